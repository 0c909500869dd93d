# Waymark — quiet contact, sync and backup strings (Thai). Machine-drafted; awaiting native-speaker review.
# Every message id mirrors locales/en/quiet.ftl exactly.

## Quiet contact: written messages to a hotline, sealed so only the hotline can read them.

quiet-title = ติดต่อแบบเงียบ ๆ
quiet-intro = เขียนข้อความถึงสายด่วนได้ โดยไม่ต้องโทร ข้อความของคุณจะถูกปิดผนึกไว้ในโทรศัพท์เครื่องนี้ ให้สายด่วนเท่านั้นที่อ่านได้ ข้อความจะรออยู่ในเครื่องจนกว่าจะมีสัญญาณอินเทอร์เน็ต แล้วจึงส่งออกไป
quiet-hotlines-title = เขียนถึง
quiet-conversations-title = บทสนทนาของคุณ
quiet-empty = คุณยังไม่ได้เขียนถึงสายด่วนเลย
quiet-outbox-waiting = { $count ->
   *[other] มีข้อความ { $count } ข้อความ กำลังรอสัญญาณอินเทอร์เน็ต
}
quiet-privacy-note = สายด่วนเท่านั้นที่อ่านข้อความเหล่านี้ได้ เซิร์ฟเวอร์ที่ส่งต่อข้อความอ่านข้อความไม่ได้ และไม่รู้หมายเลขโทรศัพท์ของคุณ
quiet-compose-hint = เขียนข้อความของคุณ
quiet-send = ส่ง
quiet-new-conversation = เริ่มบทสนทนาใหม่
quiet-retry = ลองอีกครั้ง
quiet-earlier = ข้อความก่อนหน้า
quiet-you = คุณ
quiet-development-note = นี่คือสายด่วนทดสอบ สำหรับลองใช้แอป จะไม่มีใครตอบจริง อย่าใช้ในเหตุฉุกเฉิน

quiet-status-queued = รอส่ง
quiet-status-sent = ส่งแล้ว
quiet-status-delivered = ถึงสายด่วนแล้ว
quiet-status-replied = สายด่วนตอบกลับแล้ว
quiet-status-needs-attention = ส่งไม่สำเร็จ โปรดลองอีกครั้ง

quiet-hotline-waymark-dev-name = สายด่วนทดสอบของแอปนี้
quiet-hotline-waymark-dev-about = สายด่วนสำหรับฝึกใช้การติดต่อแบบเงียบ ๆ ข้อความจะไปที่กล่องข้อความทดสอบ ไม่ได้ไปถึงผู้ช่วยเหลือจริง

## Sync

sync-title = ส่งและรับข้อความ
sync-now = ส่งและรับตอนนี้
sync-offline = ไม่มีสัญญาณอินเทอร์เน็ต ข้อความของคุณปลอดภัยอยู่ในโทรศัพท์เครื่องนี้ และจะส่งออกไปทีหลัง
sync-running = กำลังส่งและรับข้อความ…
sync-done = ส่งแล้ว { $sent } ข้อความ ถึงปลายทางแล้ว { $delivered } ข้อความ ได้รับคำตอบ { $replies } ข้อความ
sync-waiting = { $count ->
   *[other] ยังมีข้อความรออยู่ { $count } ข้อความ แอปจะลองส่งอีกครั้งใน { $seconds } วินาที
}
sync-paused = เซิร์ฟเวอร์ขอให้แอปรอ แอปจะลองอีกครั้งใน { $minutes } นาที
sync-budget = แอปใช้คำขอครบตามจำนวนที่กำหนดไว้สำหรับชั่วโมงนี้แล้ว เพื่อไม่ให้เป็นที่สังเกต แอปจะลองอีกครั้งใน { $minutes } นาที ข้อความของคุณยังปลอดภัยอยู่ในโทรศัพท์เครื่องนี้

## Backup and restore

backup-title = สำรองข้อมูล
backup-intro = ข้อมูลสำรองจะเก็บผู้ติดต่อ บทสนทนา และความคืบหน้าของคุณไว้อย่างปลอดภัย โดยล็อกด้วยรหัสกู้คืน คนที่มีรหัสนี้เท่านั้นที่เปิดได้
backup-now = สร้างข้อมูลสำรอง
backup-done = บันทึกข้อมูลสำรองแล้ว
backup-working = กำลังสร้างข้อมูลสำรอง…
backup-code-title = รหัสกู้คืนของคุณ
backup-code-once = จดรหัสนี้ไว้ แล้วเก็บไว้ในที่ปลอดภัย รหัสนี้จะแสดงแค่ครั้งเดียว ถ้าไม่มีรหัสนี้ จะเปิดข้อมูลสำรองไม่ได้
restore-title = กู้คืนข้อมูลสำรอง
restore-intro = ใส่รหัสกู้คืนของคุณ เพื่อเอาผู้ติดต่อ บทสนทนา และความคืบหน้าของคุณกลับคืนมา
restore-working = กำลังกู้คืนข้อมูลสำรอง…
task-stop = หยุด
restore-done = กู้คืนข้อมูลสำรองแล้ว: ผู้ติดต่อ { $contacts } คน บทสนทนา { $conversations } รายการ ข้อความ { $messages } ข้อความ

## Errors

error-message-empty = โปรดเขียนข้อความก่อน
error-message-control = ข้อความนี้มีอักขระที่ส่งไม่ได้ (เช่น NUL หรือรหัสควบคุมของเทอร์มินัล) โปรดลบออกแล้วลองอีกครั้ง
error-message-too-long = ข้อความนี้ยาวเกินไป โปรดเขียนให้สั้นลง (ไม่เกิน { $max } ไบต์)
error-conversation-not-found = ไม่มีบทสนทนานี้แล้ว
error-hotline-not-found = ส่งข้อความถึงสายด่วนนี้ไม่ได้
error-outbox-full = มีข้อความ { $max } ข้อความรอส่งอยู่แล้ว โปรดรอจนกว่าข้อความบางส่วนจะส่งออกไปก่อน
error-relay-url = ใช้ที่อยู่เซิร์ฟเวอร์นี้ไม่ได้ ที่อยู่ต้องขึ้นต้นด้วย https://
error-http-timeout = WAYMARK_HTTP_TIMEOUT ต้องเป็นจำนวนวินาทีเต็ม ตั้งแต่ 1 ถึง 600
error-network = ติดต่อเซิร์ฟเวอร์ไม่ได้ ไม่มีอะไรหาย โปรดลองอีกครั้งทีหลัง
error-cancelled = หยุดแล้ว ไม่มีอะไรเปลี่ยนแปลง
error-relay-refused = เซิร์ฟเวอร์ไม่รับคำขอนี้ ไม่มีอะไรเปลี่ยนแปลง
error-relay-too-large = เซิร์ฟเวอร์ส่งคำตอบที่ใหญ่เกินไปมาก แอปจึงไม่รับ ไม่มีอะไรสูญหาย ลองอีกครั้งทีหลัง
error-recovery-code-invalid = นี่ไม่ใช่รหัสกู้คืน รหัสกู้คืนมีตัวอักษรและตัวเลขรวมกัน 24 ตัว
error-recovery-code-wrong = รหัสกู้คืนนี้เปิดข้อมูลสำรองไม่ได้ ไม่มีอะไรเปลี่ยนแปลง
error-backup-not-found = ไม่มีข้อมูลสำรองที่ตรงกับรหัสกู้คืนนี้ โปรดตรวจสอบรหัสแล้วลองอีกครั้ง ไม่มีอะไรเปลี่ยนแปลง
error-restore-not-empty = กู้คืนข้อมูลสำรองได้เฉพาะในโปรไฟล์ใหม่ ที่ยังไม่มีผู้ติดต่อหรือบทสนทนาเท่านั้น

## Forms shared by the apps

contact-add = เพิ่มผู้ติดต่อ
contact-edit = แก้ไขผู้ติดต่อ
contact-remove = ลบผู้ติดต่อ
contact-name = ชื่อ
contact-phone = หมายเลขโทรศัพท์
contact-relation = เป็นอะไรกับคุณ (เช่น พี่สาว เพื่อน)
contact-note = หมายเหตุ
contact-channel = วิธีติดต่อเขา
form-save = บันทึก
form-cancel = ยกเลิก
settings-relay = เซิร์ฟเวอร์ข้อความ
menu-quiet = เขียนถึงสายด่วน
menu-backup = สำรองและกู้คืนข้อมูล
menu-settings = การตั้งค่า

## Screens of the profile and safety flows

backup-new-code = สำรองข้อมูลด้วยรหัสกู้คืนใหม่
backup-new-code-explain = การสำรองข้อมูลครั้งต่อ ๆ ไปจะล็อกด้วยรหัสใหม่ รหัสนี้จะแสดงเพียงครั้งเดียว โปรดจดไว้
