# Waymark — content pack messages (Thai). Machine-drafted; awaiting native-speaker review.

content-version = เนื้อหาเวอร์ชัน { $version }
error-pack-malformed = ไฟล์นี้ไม่ใช่ชุดเนื้อหาของ Waymark หรือไฟล์เสียหาย
error-pack-untrusted = ชุดเนื้อหานี้ไม่ได้ลงนามโดยผู้เผยแพร่ที่แอปนี้เชื่อถือ ไม่มีอะไรถูกเปลี่ยน
error-pack-bad-signature = ชุดเนื้อหานี้ถูกแก้ไขหลังจากลงนามแล้ว ไม่มีอะไรถูกเปลี่ยน
error-pack-not-newer = ชุดเนื้อหานี้ไม่ใหม่กว่าเนื้อหาที่คุณมีอยู่ (เวอร์ชัน { $version }) ไม่มีอะไรถูกเปลี่ยน
error-pack-invalid = ชุดเนื้อหานี้ไม่ครบหรือมีข้อผิดพลาด ไม่มีอะไรถูกเปลี่ยน
