# Waymark — safety strings (Thai). Machine-drafted; awaiting native-speaker review.
# Every message id mirrors locales/en/safety.ftl exactly.
# "-brand" is defined in app.ftl: never define or translate it here.

## Duress PIN

duress-title = รหัส PIN ที่สองสำหรับกรณีฉุกเฉิน
duress-explain = ถ้ามีคนบังคับให้คุณเปิด { -brand } ให้ใส่รหัส PIN ที่สองนี้แทน จะเปิดเป็นแบบที่ไม่มีอะไรน่าสงสัย และแสดงเฉพาะข้อมูลทั่วไปที่ใครก็ดูได้
duress-set-done = รหัส PIN ที่สองของคุณพร้อมใช้แล้ว
duress-removed = ลบรหัส PIN ที่สองของคุณแล้ว
duress-wipe-explain = คุณเลือกได้ว่าจะให้ลบทุกอย่างเมื่อใช้รหัส PIN ที่สอง การลบต่อหน้าใครบางคนอาจทำให้เขาโกรธมากขึ้น ตัวเลือกนี้จึงปิดอยู่ จนกว่าคุณจะเปิดเอง
duress-wipe-on = รหัส PIN ที่สองลบทุกอย่าง: เปิด
duress-wipe-off = รหัส PIN ที่สองลบทุกอย่าง: ปิด

## Wrong-PIN protection

policy-title = การป้องกันการเดารหัส
policy-delays = หลังใส่รหัส PIN ผิด 5 ครั้ง { -brand } จะให้คุณรอนานขึ้นก่อนลองใหม่แต่ละครั้ง
policy-wipe-off = ลบเมื่อใส่รหัส PIN ผิดหลายครั้งเกินไป: ปิด
policy-wipe-on = ลบทุกอย่างเมื่อใส่รหัส PIN ผิด { $count } ครั้งติดกัน
policy-failures = ใส่รหัส PIN ผิดตั้งแต่ครั้งล่าสุดที่ใส่ถูก: { $count } ครั้ง
unlock-wait = โปรดรอ { $seconds } วินาทีก่อนลองอีกครั้ง
unlock-wait-minutes = โปรดรอ { $minutes } นาทีก่อนลองอีกครั้ง

## Erase everything

wipe-title = ลบทุกอย่าง
wipe-explain = ขั้นตอนนี้จะลบรหัส PIN ผู้ติดต่อ ข้อความ และความคืบหน้าของคุณออกจากโทรศัพท์เครื่องนี้ทันที และเอากลับคืนมาไม่ได้
wipe-confirm = ลบเลย
wipe-done = ลบทุกอย่างแล้ว ตอนนี้ { -brand } เหมือนใหม่

## Quick exit

quick-exit = ออกด่วน

## Disguise

disguise-title = อำพรางแอป
disguise-explain = เลือกว่าจะให้ { -brand } แสดงบนหน้าจอโฮมและในการแจ้งเตือนอย่างไร
disguise-none = { -brand }
disguise-calculator = เครื่องคิดเลข
disguise-notes = โน้ต
disguise-weather = สภาพอากาศ
notification-body = แตะเพื่อเปิด
calculator-error = ข้อผิดพลาด

## Emergency contacts

contacts-title = ผู้ติดต่อฉุกเฉิน
contacts-empty = คุณยังไม่ได้เพิ่มใครเลย
contact-saved = บันทึกผู้ติดต่อแล้ว
contact-removed = ลบผู้ติดต่อแล้ว
contact-trusted = คนที่ไว้ใจ สำหรับขอความช่วยเหลือ
channel-sms = ข้อความ (SMS)
channel-call = การโทร
settings-country = ประเทศของคุณ (สำหรับหมายเลขโทรศัพท์)

## SOS

sos-title = ขอความช่วยเหลือ (SOS)
sos-explain = ส่งข้อความ (SMS) ถึงคนที่คุณไว้ใจ ใช้ได้แม้ไม่มีอินเทอร์เน็ตมือถือ
sos-sms-warning = ข้อความ SMS ไม่ได้เข้ารหัสและไม่เป็นความลับ บริษัทโทรศัพท์ และใครก็ตามที่ดูโทรศัพท์ของผู้รับ อ่านข้อความนี้ได้
sos-message = ฉันต้องการความช่วยเหลือด่วน ช่วยโทรหาฉันหรือมาหาฉันเดี๋ยวนี้เลย
sos-message-named = { $name } ต้องการความช่วยเหลือด่วน ช่วยโทรหาหรือมาหาเดี๋ยวนี้เลย
sos-location = ตำแหน่งของฉัน: { $latitude }, { $longitude } (ในรัศมี { $accuracy } เมตร): { $link }
sos-practice = ฝึกซ้อม: จะไม่มีการส่งอะไรออกไป
sos-ready = พร้อมส่งถึงคนที่ไว้ใจ { $count } คน
sos-review = ตรวจดูว่าใครจะได้รับข้อความนี้ จะไม่มีการส่งจนกว่าคุณจะยืนยัน
sos-confirm = ส่ง SOS ตอนนี้
sos-cancel = ไม่ส่ง
sos-sent = ส่ง SOS ถึงคนที่ไว้ใจ { $count } คนแล้ว แต่ละคนได้รับข้อความนี้:
sos-to = ถึง { $name } ({ $phone })
sos-history-title = ประวัติการขอความช่วยเหลือ

## Traces on this phone

traces-title = ร่องรอยในโทรศัพท์เครื่องนี้
traces-intro = คนที่ค้นดูโทรศัพท์ของคุณอาจเห็นร่องรอยของ { -brand } หรือของคนที่คุณติดต่อ ให้ตรวจดูจุดเหล่านี้เมื่อปลอดภัยแล้ว
traces-call-log = ประวัติการโทร: การโทรไปสายด่วนจะแสดงในประวัติการโทรของโทรศัพท์ คุณลบได้ทีละรายการ
traces-sms = ข้อความ: ข้อความขอความช่วยเหลือจะยังอยู่ในข้อความที่ส่งแล้ว คุณลบได้หลังส่ง
traces-gallery = รูปภาพและภาพหน้าจอ: รูปเอกสารหรือรูปแชตจะถูกบันทึกไว้ในคลังรูปภาพของคุณ
traces-notifications = การแจ้งเตือน: ข้อความอาจแสดงบนหน้าจอล็อก ให้ปิดการแสดงตัวอย่างข้อความในการตั้งค่าของโทรศัพท์
traces-cloud = ข้อมูลสำรองออนไลน์: โทรศัพท์อาจคัดลอกรูปภาพ ข้อความ และประวัติการโทร ไปไว้ในบัญชีออนไลน์ที่คนอื่นเปิดดูได้
traces-browser = เว็บเบราว์เซอร์: คำที่ค้นหาและหน้าที่คุณเปิดจะอยู่ในประวัติ ให้ใช้แท็บส่วนตัว หรือล้างประวัติ
traces-keyboard = แป้นพิมพ์: แป้นพิมพ์อาจแนะนำคำที่คุณเคยพิมพ์ เช่น ชื่อคนหรือชื่อสถานที่

## Errors

error-wait = ใส่รหัส PIN ผิดหลายครั้งเกินไป โปรดรอ { $seconds } วินาทีก่อนลองอีกครั้ง
error-wait-minutes = ใส่รหัส PIN ผิดหลายครั้งเกินไป โปรดรอ { $minutes } นาทีก่อนลองอีกครั้ง
error-duress-same-as-pin = รหัส PIN ที่สองต้องไม่ซ้ำกับรหัส PIN ของคุณ
error-contact-name-empty = โปรดใส่ชื่อ
error-contact-name-too-long = ชื่อมีได้ไม่เกิน { $max } ตัวอักษร
error-note-too-long = หมายเหตุมีได้ไม่เกิน { $max } ตัวอักษร
error-phone-invalid = นี่ดูไม่เหมือนหมายเลขโทรศัพท์
error-phone-needs-country = ใส่รหัสประเทศ (เช่น +66) หรือเลือกประเทศของคุณในการตั้งค่า
error-contact-not-found = ไม่มีผู้ติดต่อนี้แล้ว
error-no-trusted-contacts = โปรดเลือกผู้ติดต่อที่ไว้ใจอย่างน้อยหนึ่งคนก่อน
error-wipe-policy-range = โปรดเลือกตัวเลขตั้งแต่ { $min } ถึง { $max }
error-unknown-country = ไม่มีประเทศนี้ให้เลือก

## Screens of the profile and safety flows

duress-pin-label = PIN ที่สอง
duress-set = บันทึก PIN ที่สอง
duress-remove = ลบ PIN ที่สอง
duress-state-on = ตั้ง PIN ที่สองไว้แล้ว
duress-state-off = ยังไม่ได้ตั้ง PIN ที่สอง
settings-country-none = ยังไม่ได้เลือก
sos-history-empty = ยังไม่เคยส่งหรือฝึกส่ง SOS
sos-history-sent = { $date }: ส่งถึงคนที่ไว้ใจ { $count } คน
sos-history-practice = { $date }: ฝึกส่งถึงคนที่ไว้ใจ { $count } คน
sos-history-location = มีตำแหน่งของคุณอยู่ในข้อความ

# SOS location, chosen at review: the platform asks for permission only then.
sos-location-add = ใส่ตำแหน่งของฉัน
sos-location-add-explain = โทรศัพท์จะขออนุญาตก่อน ทุกคนที่อ่านข้อความจะเห็นว่าคุณอยู่ที่ไหน
sos-location-included = ข้อความนี้มีตำแหน่งของคุณอยู่ด้วย
sos-location-unavailable = ใส่ตำแหน่งของคุณไม่ได้ (ไม่ได้รับอนุญาต หรือโทรศัพท์ไม่รู้ว่าคุณอยู่ที่ไหน) SOS ยังใช้ได้โดยไม่มีตำแหน่ง
