# Waymark — application strings (Thai). Machine-drafted; awaiting native-speaker review.
# Every message id mirrors locales/en/app.ftl exactly.
# "-brand" is the product name: never translate it.

-brand = Waymark

## Set-up screen

setup-title = ตั้งค่า { -brand }
setup-intro = ตั้งรหัส PIN (ตัวเลข 4 ถึง 12 หลัก) หรือรหัสผ่าน (อย่างน้อย 8 ตัวอักษร) ทุกอย่างที่คุณเก็บไว้ใน { -brand } จะถูกล็อกด้วยรหัสนี้
setup-pin-label = รหัส PIN หรือรหัสผ่าน
setup-confirm-label = ใส่อีกครั้ง
setup-submit = สร้างพื้นที่ส่วนตัวของฉัน
setup-warning = ถ้าคุณลืมรหัส PIN จะไม่มีใครเปิดข้อมูลของคุณได้ แม้แต่ทีมงาน { -brand } ก็เปิดไม่ได้
setup-done = พื้นที่ส่วนตัวของคุณพร้อมใช้แล้ว และล็อกด้วยรหัส PIN ของคุณ

## Unlock screen

unlock-title = ใส่รหัส PIN ของคุณ
unlock-prompt = ใส่รหัส PIN หรือรหัสผ่านเพื่อเปิด { -brand }
unlock-submit = เปิด
unlock-done = ปลดล็อกแล้ว

## Locking

lock-action = ล็อกตอนนี้
lock-done = { -brand } ล็อกแล้ว
lock-on-exit = { -brand } จะล็อกอีกครั้งทันทีที่คำสั่งนี้ทำงานเสร็จ

## Home screen

home-title = หน้าหลัก
home-greeting = ยินดีต้อนรับกลับมา
home-greeting-named = ยินดีต้อนรับกลับมา { $name }
home-language = ภาษา: { $language }
review-machine-drafted = คำแปลนี้แปลด้วยเครื่อง และยังไม่ได้ตรวจโดยเจ้าของภาษา
review-native-reviewed = คำแปลนี้ผ่านการตรวจโดยเจ้าของภาษาแล้ว

## Profile state

state-new = ยังไม่ได้ตั้งค่า
state-locked = ล็อกอยู่
state-unlocked = ปลดล็อกแล้ว
status-state = สถานะ: { $state }

## Changing the PIN

change-pin-title = เปลี่ยนรหัส PIN
change-pin-current = รหัส PIN หรือรหัสผ่านปัจจุบัน
change-pin-new = รหัส PIN หรือรหัสผ่านใหม่
change-pin-done = เปลี่ยนรหัส PIN ของคุณแล้ว

## Settings

settings-title = การตั้งค่า
settings-language = ภาษา
settings-language-device = ตามเครื่องนี้ ({ $language })
settings-display-name = ให้ { -brand } เรียกคุณว่าอะไร
settings-saved = บันทึกแล้ว

## Language check (for translators)

l10n-check-ok = ทั้ง { $count } ภาษามีข้อความครบทุกข้อความ
l10n-check-failed = พบปัญหา { $count } จุดในคำแปล
content-root-missing = ไม่พบโฟลเดอร์ content/ และ locales/ ที่นั่นหรือในโฟลเดอร์ที่อยู่เหนือขึ้นไป ให้เรียกใช้ภายในที่เก็บโค้ดของ { -brand } หรือระบุ --root DIR

## Errors

error-wrong-pin = รหัส PIN หรือรหัสผ่านไม่ถูกต้อง
error-pin-empty = โปรดใส่รหัส PIN หรือรหัสผ่าน
error-pin-too-short = รหัส PIN ต้องมีตัวเลขอย่างน้อย 4 หลัก
error-pin-too-long = รหัส PIN มีตัวเลขได้ไม่เกิน 12 หลัก
error-passphrase-too-short = รหัสผ่านต้องมีอย่างน้อย { $min } ตัวอักษร
error-passphrase-too-long = รหัสผ่านมีได้ไม่เกิน { $max } ตัวอักษร
error-pin-missing = ไม่ได้ใส่รหัส PIN โปรดตั้งค่า WAYMARK_PIN หรือพิมพ์รหัสทางอินพุตมาตรฐาน
error-input-not-text = ข้อมูลที่ป้อนไม่ใช่ข้อความที่อ่านได้ (ต้องเป็น UTF-8) ไม่มีอะไรเปลี่ยนแปลง
error-file-not-found = ไม่มีไฟล์ที่ตำแหน่งนี้
error-pins-differ = สิ่งที่ใส่ทั้งสองครั้งไม่ตรงกัน
error-not-set-up = ยังไม่ได้ตั้งค่า { -brand } ในเครื่องนี้
error-already-set-up = ตั้งค่า { -brand } ในเครื่องนี้ไว้แล้ว
error-locked = { -brand } ล็อกอยู่ โปรดใส่รหัส PIN ก่อน
error-corrupted = ข้อมูลที่บันทึกไว้เสียหายและอ่านไม่ได้ ไม่มีอะไรเปลี่ยนแปลง หากคุณสำรองข้อมูลไว้ คุณสามารถลบแล้วกู้คืนด้วยรหัสกู้คืนของคุณได้
error-platform-secret = ที่เก็บข้อมูลแบบปลอดภัยของโทรศัพท์เครื่องนี้ไม่ตอบสนอง โปรดลองอีกครั้ง
error-storage = { -brand } บันทึกหรืออ่านข้อมูลในเครื่องนี้ไม่ได้
error-unknown-language = ไม่มีภาษานี้ให้ใช้
error-name-too-long = ชื่อมีได้ไม่เกิน { $max } ตัวอักษร
error-invalid-input = ใช้ค่านี้ตรงนี้ไม่ได้
error-usage = ไม่เข้าใจคำสั่งนี้
error-tui-needs-terminal = แอปเทอร์มินัลต้องใช้หน้าจอเทอร์มินัล ในสคริปต์ โปรดใช้คำสั่งอื่นแทน
error-internal = เกิดข้อผิดพลาดภายใน { -brand } ข้อมูลของคุณยังปลอดภัย โปรดลองอีกครั้ง

## Screens of the profile and safety flows

settings-display-name-hint = ไม่บังคับ ถ้าเว้นว่างไว้ { -brand } จะไม่เรียกชื่อคุณ

# The phone's key store lost the key of the device secret: nothing stored opens again.
error-platform-secret-lost = กุญแจที่ปกป้องข้อมูลที่บันทึกไว้ในแอปนี้ไม่อยู่ในโทรศัพท์เครื่องนี้แล้ว ข้อมูลที่บันทึกไว้ที่นี่จะเปิดไม่ได้อีก
secret-lost-title = ข้อมูลที่บันทึกไว้เปิดไม่ได้อีกแล้ว
secret-lost-explain = ที่เก็บกุญแจแบบปลอดภัยของโทรศัพท์เครื่องนี้ไม่มีกุญแจที่ปกป้องข้อมูลที่บันทึกไว้ในแอปนี้แล้ว กรณีนี้เกิดขึ้นได้หลังจากยกเลิกการล็อกหน้าจอหรือรีเซ็ตโทรศัพท์ ตอนนี้ไม่มี PIN ใดเปิดได้ และไม่มีใครอื่นเปิดได้เช่นกัน
secret-lost-start-over = เริ่มใหม่
secret-lost-start-over-explain = ลบสิ่งที่เหลืออยู่ในโทรศัพท์เครื่องนี้ แล้วตั้งค่าแอปใหม่ด้วย PIN ใหม่
secret-lost-restore = กู้คืนจากข้อมูลสำรอง
secret-lost-restore-explain = ลบสิ่งที่เหลืออยู่ในโทรศัพท์เครื่องนี้ จากนั้นตั้ง PIN ใหม่และใส่รหัสกู้คืนเพื่อนำข้อมูลสำรองล่าสุดกลับมา
