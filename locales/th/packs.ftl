# Waymark — content pack messages (Thai). Machine-drafted; awaiting native-speaker review.

content-version = เนื้อหาเวอร์ชัน { $version }
error-pack-malformed = ไฟล์นี้ไม่ใช่ชุดเนื้อหาของ Waymark หรือไฟล์เสียหาย
error-pack-untrusted = ชุดเนื้อหานี้ไม่ได้ลงนามโดยผู้เผยแพร่ที่แอปนี้เชื่อถือ ไม่มีอะไรถูกเปลี่ยน
error-pack-bad-signature = ชุดเนื้อหานี้ถูกแก้ไขหลังจากลงนามแล้ว ไม่มีอะไรถูกเปลี่ยน
error-pack-not-newer = ชุดเนื้อหานี้ไม่ใหม่กว่าเนื้อหาที่คุณมีอยู่ (เวอร์ชัน { $version }) ไม่มีอะไรถูกเปลี่ยน
error-pack-invalid = ชุดเนื้อหานี้ไม่ครบหรือมีข้อผิดพลาด ไม่มีอะไรถูกเปลี่ยน

## Screens of the profile and safety flows

content-install-title = ติดตั้งเนื้อหาจากไฟล์
content-install-intro = บทเรียน รายการตรวจสอบ และเบอร์สายด่วนอัปเดตได้จากไฟล์ เช่น ไฟล์ที่องค์กรที่คุณไว้ใจส่งให้ { -brand } จะติดตั้งเฉพาะไฟล์ที่มีลายเซ็นถูกต้องและใหม่กว่าที่คุณมีอยู่
content-install-file = ไฟล์
content-install-action = ติดตั้ง
content-install-done = อัปเดตเนื้อหาจากเวอร์ชัน { $before } เป็นเวอร์ชัน { $after } แล้ว
