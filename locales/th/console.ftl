# คอนโซลสายด่วน (console/) ไม่รวมอยู่ในแอปโทรศัพท์

app-title = คอนโซลสายด่วน Waymark
language-label = ภาษา
nav-label = ส่วนต่าง ๆ
nav-inbox = กล่องข้อความ
nav-operators = เจ้าหน้าที่
nav-canned = ข้อความตอบกลับสำเร็จรูป
nav-audit = บันทึกการใช้งาน
nav-retention = การเก็บรักษาข้อมูล
nav-keys = กุญแจสายด่วน
signout = ออกจากระบบ
signed-in-as = เข้าสู่ระบบในชื่อ { $name }
loading = กำลังโหลด…
new-messages = { $count ->
   *[other] ข้อความใหม่ { $count } ข้อความ
}

signin-title = เข้าสู่ระบบ
signin-submit = เข้าสู่ระบบ
signin-working = กำลังตรวจสอบ…
field-name = ชื่อ
field-passphrase = รหัสผ่าน
field-passphrase-new = รหัสผ่าน (อย่างน้อย { $min } ตัวอักษร)
field-passphrase-again = รหัสผ่านอีกครั้ง

invite-title = เข้าร่วมทีมสายด่วน
invite-intro = คุณได้รับเชิญในฐานะ{ $role } เลือกชื่อและรหัสผ่านของคุณ กุญแจของคุณสร้างขึ้นบนคอมพิวเตอร์เครื่องนี้และถูกเก็บไว้โดยล็อกด้วยรหัสผ่านของคุณเท่านั้น
invite-submit = เข้าร่วม
invite-heading = เชิญเพื่อนร่วมงาน
invite-role = บทบาท
invite-create = สร้างลิงก์คำเชิญ
invite-expires = ลิงก์ใช้ได้ครั้งเดียว จนถึง { $time }
role-admin = ผู้ดูแลระบบ
role-operator = เจ้าหน้าที่รับเรื่อง

import-title = นำเข้ากุญแจสายด่วน
import-intro = วางกุญแจส่วนตัวของสายด่วน (เลขฐานสิบหก 64 หลัก) กุญแจจะถูกล็อกด้วยกุญแจของคุณเองในเบราว์เซอร์นี้ รีเลย์ไม่เคยเห็นกุญแจนี้
import-field = กุญแจส่วนตัวของสายด่วน
import-submit = นำเข้า
nokey-title = กำลังรอสิทธิ์เข้าถึง
your-fingerprint = ลายนิ้วมือกุญแจของคุณ (ผู้ดูแลระบบจะเทียบก่อนมอบสิทธิ์):
nokey-operator = ผู้ดูแลระบบยังไม่ได้มอบกุญแจสายด่วนให้คุณ โปรดขอให้มอบสิทธิ์เข้าถึง แล้วเข้าสู่ระบบอีกครั้ง

inbox-title = กล่องข้อความ
inbox-empty = ยังไม่มีข้อความ
inbox-no-match = ไม่มีการสนทนาที่ตรงกับตัวกรองนี้
inbox-unreadable = { $count ->
   *[other] มี { $count } ข้อความที่เปิดไม่ได้ด้วยกุญแจสายด่วนที่คุณมี ข้อความอาจเสียหาย หรือถูกปิดผนึกด้วยกุญแจที่คุณยังไม่ได้รับ
}
filter-status = สถานะ
filter-any-status = ทุกสถานะ
filter-assignee = มอบหมายให้
filter-anyone = ทุกคน
filter-mine = ของฉัน
filter-unassigned = ยังไม่มีผู้รับผิดชอบ
search-placeholder = ค้นหาในข้อความที่คุณอ่านได้
col-person = ข้อความ
col-language = ภาษา
col-status = สถานะ
col-assignee = มอบหมายให้
col-unread = ยังไม่อ่าน
col-last = กิจกรรมล่าสุด
col-role = บทบาท
col-state = สถานะบัญชี
col-fingerprint = ลายนิ้วมือกุญแจ
col-access = สิทธิ์เข้าถึง
col-time = เวลา
col-operator = ใคร
col-action = ทำอะไร
col-conversation = การสนทนา
col-target = เพื่อนร่วมงาน
col-key-id = รหัสกุญแจ
col-public-key = กุญแจสาธารณะ

status-new = ใหม่
status-open = เปิดอยู่
status-waiting = รอผู้ติดต่อ
status-closed = ปิดแล้ว
state-active = ใช้งานอยู่
state-suspended = ระงับชั่วคราว
state-removed = ถูกนำออกแล้ว
assignee-nobody = ยังไม่มีใคร
assignee-me = ฉัน
assignee-me-named = ฉัน ({ $name })
saved = บันทึกแล้ว
assign-to-me = มอบหมายให้ฉัน

back-to-inbox = กลับไปที่กล่องข้อความ
conv-started = เริ่มการสนทนาเมื่อ { $time }
message-meta = เขียนเมื่อ { $time }
message-unreadable = ข้อความนี้เปิดไม่ได้ด้วยกุญแจสายด่วนที่คุณมี
record-unreadable = รายการนี้เปิดไม่ได้ด้วยกุญแจสายด่วนที่คุณมี
reply-by = ตอบกลับโดย { $name }
note-by = บันทึกส่วนตัวโดย { $name }
delivery-sent = รออยู่ในกล่องรับ
delivery-picked-up = โทรศัพท์รับไปแล้ว
reply-label = ตอบกลับ
reply-send = ส่งคำตอบ
canned-pick = แทรกข้อความสำเร็จรูป…
canned-other-languages = ภาษาอื่น
note-label = บันทึกส่วนตัว
note-private = มีเพียงทีมงานที่เห็นบันทึก ผู้ติดต่อไม่เห็น
note-add = เพิ่มบันทึก
tags-label = แท็ก (คั่นด้วยจุลภาค)
tags-save = บันทึกแท็ก
export = ส่งออกการสนทนา
export-heading = การสนทนา Waymark { $conversation } (ส่งออกแล้ว ถอดรหัสแล้ว)

grant = มอบสิทธิ์เข้าถึง
grant-explain = เมื่อเพื่อนร่วมงานเข้าร่วมแล้ว ให้เทียบลายนิ้วมือกุญแจกับที่เขาเห็นบนหน้าจอ แล้วจึงมอบสิทธิ์ เบราว์เซอร์ของคุณจะล็อกกุญแจสายด่วนด้วยกุญแจของเขา
access-ok = มีกุญแจสายด่วนแล้ว
access-missing = ต้องการสิทธิ์เข้าถึง
suspend = ระงับ
resume = กลับมาใช้งาน
remove = นำออก
remove-confirm = คลิกอีกครั้งเพื่อนำ { $name } ออก

canned-new = ข้อความสำเร็จรูปใหม่
canned-editing = แก้ไขข้อความสำเร็จรูป
canned-title = หัวข้อ
canned-body = ข้อความ
canned-save = บันทึก
canned-update = บันทึกการแก้ไข
canned-empty = ยังไม่มีข้อความสำเร็จรูป
edit = แก้ไข
delete = ลบ

audit-explain = ใครทำอะไรเมื่อไร บันทึกนี้ไม่เคยเก็บสิ่งที่ใครเขียน
audit-older = รายการก่อนหน้า
audit-signed_in = เข้าสู่ระบบ
audit-signed_out = ออกจากระบบ
audit-sign_in_failed = เข้าสู่ระบบไม่สำเร็จ
audit-opened = เปิดการสนทนา
audit-status = เปลี่ยนสถานะ
audit-assigned = มอบหมายการสนทนา
audit-tagged = เปลี่ยนแท็ก
audit-noted = เพิ่มบันทึก
audit-replied = ตอบกลับ
audit-exported = ส่งออกการสนทนา
audit-invited = เชิญผู้อื่น
audit-joined = เข้าร่วม
audit-granted = มอบสิทธิ์เข้าถึง
audit-suspended = ระงับเพื่อนร่วมงาน
audit-resumed = ให้เพื่อนร่วมงานกลับมาใช้งาน
audit-removed = นำเพื่อนร่วมงานออก
audit-key_added = เพิ่มกุญแจสายด่วน
audit-canned_saved = บันทึกข้อความสำเร็จรูป
audit-canned_deleted = ลบข้อความสำเร็จรูป
audit-retention_set = เปลี่ยนนโยบายการเก็บรักษา
audit-retention_deleted = ลบการสนทนาตามนโยบายการเก็บรักษา

retention-explain = การสนทนาจะถูกลบออกจากรีเลย์อย่างถาวร โดยเก็บไว้เพียงสิ่งที่ป้องกันไม่ให้โทรศัพท์ส่งซ้ำ เว้นช่องว่างไว้เพื่อเก็บการสนทนาตลอดไป
retention-closed = ลบการสนทนาที่ปิดแล้วหลังจาก (วัน)
retention-inactive = ลบการสนทนาที่ไม่มีความเคลื่อนไหวหลังจาก (วัน)
retention-save = บันทึกนโยบาย
retention-saved = บันทึกนโยบายแล้ว
retention-run = ใช้ตอนนี้
retention-deleted = { $count ->
   *[other] ลบการสนทนาแล้ว { $count } รายการ
}

keys-rotate = เพิ่มหรือเปลี่ยนกุญแจสายด่วน
keys-explain = วางกุญแจส่วนตัวใหม่ จากนั้นมอบให้เพื่อนร่วมงานแต่ละคนในหน้าเจ้าหน้าที่ และเผยแพร่กุญแจสาธารณะใหม่ในชุดเนื้อหาที่ลงนามแล้ว (docs/console.md)
keys-add = เพิ่มกุญแจ

error-network = ติดต่อรีเลย์ไม่ได้ สิ่งที่คุณพิมพ์ไม่หายไป ลองอีกครั้งเมื่อการเชื่อมต่อกลับมา
error-session-expired = เซสชันของคุณสิ้นสุดแล้ว โปรดเข้าสู่ระบบอีกครั้ง สิ่งที่คุณพิมพ์ยังอยู่
error-bad-credentials = ชื่อหรือรหัสผ่านไม่ถูกต้อง หรือบัญชีนี้ไม่ได้ใช้งานแล้ว
error-rate-limited = พยายามหลายครั้งเกินไป รอสักครู่แล้วลองอีกครั้ง
error-forbidden = เฉพาะผู้ดูแลระบบเท่านั้นที่ทำสิ่งนี้ได้
error-not-found = สิ่งนี้ไม่มีอยู่บนรีเลย์แล้ว
error-storage = รีเลย์บันทึกสิ่งนี้ไม่ได้ ลองอีกครั้งในอีกสักครู่
error-unknown = เกิดข้อผิดพลาด ({ $code }) ลองอีกครั้ง
error-does-not-open = สิ่งนี้เปิดไม่ได้ด้วยกุญแจที่คุณมี
error-key-blob = กุญแจของคุณบนรีเลย์เปิดด้วยรหัสผ่านนี้ไม่ได้ โปรดติดต่อผู้ดูแลระบบ
error-no-hotline-key = คุณยังไม่มีกุญแจสายด่วน
error-passphrase-short = รหัสผ่านต้องมีอย่างน้อย 12 ตัวอักษร
error-passphrase-mismatch = รหัสผ่านทั้งสองไม่ตรงกัน
error-name-empty = กรอกชื่อ
error-name-taken = ชื่อนี้มีผู้ใช้แล้ว โปรดเลือกชื่ออื่น
error-invite-gone = ลิงก์คำเชิญนี้ใช้ไม่ได้ อาจถูกใช้ไปแล้วหรือหมดอายุ โปรดขอลิงก์ใหม่
error-key-hex = กุญแจสายด่วนคือเลขฐานสิบหก 64 หลัก (0–9, a–f)
error-reply-empty = เขียนคำตอบก่อน
error-note-empty = เขียนบันทึกก่อน
error-canned-empty = ข้อความสำเร็จรูปต้องมีหัวข้อและข้อความ
error-too-long = ข้อความยาวเกินไป (ไม่เกิน 8 KiB)
error-no-route = การสนทนานี้ยังไม่มีที่อยู่สำหรับตอบกลับ โทรศัพท์ยังไม่ได้ส่งมา โปรดรอข้อความถัดไป
error-days = กรอกจำนวนวันเป็นจำนวนเต็ม หรือเว้นว่างไว้
