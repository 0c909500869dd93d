# Waymark — strings for lessons, quizzes, checklists, the red-flag check, the hotline directory and search (Thai). Machine-drafted; awaiting native-speaker review.
# Every message id mirrors locales/en/content-ui.ftl exactly.

## Home menu

menu-lessons = บทเรียน
menu-checklists = รายการตรวจสอบเพื่อไปทำงานอย่างปลอดภัย
menu-redflags = ตรวจสอบข้อเสนองาน
menu-directory = สายด่วนและความช่วยเหลือ
menu-search = ค้นหา

## Lessons and quizzes

lessons-title = บทเรียน
lessons-intro = บทเรียนสั้น ๆ เรื่องการทำงานอย่างปลอดภัยและการดูแลตัวเองให้ปลอดภัย คำตอบของคุณเก็บอยู่ในโทรศัพท์เครื่องนี้เท่านั้น และไม่มีใครรู้ว่าคุณเป็นใคร
lesson-progress = เรียนจบแล้ว { $done } จาก { $total } บท
lesson-quiz-start = เริ่มทำแบบทดสอบ
lesson-quiz-not-started = ยังไม่ได้ทำแบบทดสอบ
lesson-quiz-score = แบบทดสอบ: ตอบถูก { $correct } จาก { $total } ข้อ
quiz-question-count = ข้อที่ { $number } จาก { $total }
quiz-correct = ถูกต้อง
quiz-not-correct = ยังไม่ใช่ทีเดียว
quiz-next = ข้อต่อไป
quiz-finish = ดูผลของฉัน
quiz-result = คุณตอบถูก { $correct } จาก { $total } ข้อ
quiz-retry = ทำแบบทดสอบอีกครั้ง
quiz-right-answer = คำตอบที่ถูก
quiz-your-answer = คำตอบของคุณ
quiz-review-title = ลองดูคำถามเหล่านี้อีกครั้ง

## Checklists

checklists-title = รายการตรวจสอบเพื่อไปทำงานอย่างปลอดภัย
checklists-choose-route = เลือกเส้นทางของคุณ
checklists-progress = ทำแล้ว { $done } จาก { $total } ข้อ
checklists-why = ทำไมจึงสำคัญ
checklists-learn-more = อ่านเพิ่มเติมในบทเรียน

## Red-flag check

redflags-found = พบสัญญาณอันตราย: { $count } ข้อ
redflags-none-found = ไม่พบสัญญาณอันตรายในคำตอบของคุณ
redflags-find-out = สิ่งที่ควรหาข้อมูลก่อนตัดสินใจ: { $count }
redflags-hotlines = เบอร์ที่ช่วยคุณได้ตามเส้นทางของคุณ
redflags-no-hotlines = เรายังไม่มีหมายเลขที่ตรวจสอบแล้วซึ่งช่วยได้ในประเทศนี้ ก่อนเดินทาง ให้หาหมายเลขโทรศัพท์ของสถานทูตประเทศของคุณในประเทศนั้นและเก็บไว้กับตัว
redflags-unanswered = ตอบให้ครบทุกข้อเพื่อดูผล

## Hotline directory

directory-title = สายด่วนและความช่วยเหลือ
directory-intro = แสดงเฉพาะเบอร์ที่เราตรวจสอบกับแหล่งข้อมูลแล้ว ทุกเบอร์บอกไว้ว่าตรวจสอบครั้งล่าสุดเมื่อไร
link-unavailable = ไม่มีแอปในโทรศัพท์เครื่องนี้ที่เปิดสิ่งนี้ได้ เบอร์หรือที่อยู่แสดงไว้ที่นี่ เพื่อให้คุณใช้วิธีอื่นได้
directory-checked = ตรวจสอบเมื่อ { $date }
directory-source = แหล่งข้อมูล: { $source }
directory-undated = ไม่ระบุวันที่
date-day-month-year = { $day } { $month } { $year }
date-month-year = { $month } { $year }
date-year = ปี { $year }
date-approximate = ประมาณ { $date }
date-month-1 = มกราคม
date-month-2 = กุมภาพันธ์
date-month-3 = มีนาคม
date-month-4 = เมษายน
date-month-5 = พฤษภาคม
date-month-6 = มิถุนายน
date-month-7 = กรกฎาคม
date-month-8 = สิงหาคม
date-month-9 = กันยายน
date-month-10 = ตุลาคม
date-month-11 = พฤศจิกายน
date-month-12 = ธันวาคม
directory-call = โทร
directory-sms = ส่งข้อความ (SMS)
directory-whatsapp = ทาง WhatsApp
directory-open-24h = เปิดตลอด 24 ชั่วโมง
directory-hours = เวลาทำการตามที่ประกาศ: { $hours }
directory-hours-daily = ทุกวัน { $from }–{ $to } น.
directory-hours-number = { $hours } (เบอร์ { $number })
directory-free = โทรฟรี
directory-languages = ภาษา: { $languages }
directory-empty = ไม่มีเบอร์ที่ตรวจสอบแล้วตรงกับที่คุณเลือก ลองเลือกประเทศหรือเรื่องที่ต้องการอื่น
directory-filter-country = ประเทศ
directory-filter-language = ภาษา
directory-filter-purpose = สิ่งที่คุณต้องการ

purpose-trafficking = การค้ามนุษย์
purpose-labour = ปัญหาการทำงานและค่าจ้างค้างจ่าย
purpose-migrants = แรงงานข้ามชาติ
purpose-children = เด็กและเยาวชน
purpose-women = ผู้หญิงที่ถูกกระทำความรุนแรง
purpose-emergency = บริการฉุกเฉิน
service-police = เหตุฉุกเฉิน: ตำรวจ
service-tourist-police = เหตุฉุกเฉิน: ตำรวจท่องเที่ยว สำหรับชาวต่างชาติ
service-fire = เหตุฉุกเฉิน: ดับเพลิง
service-disaster = เหตุฉุกเฉิน: อุบัติเหตุและภัยพิบัติทางธรรมชาติ
service-all = เหตุฉุกเฉิน: ตำรวจ ดับเพลิง รถพยาบาล
service-unspecified = หมายเลขฉุกเฉิน
purpose-social = ความช่วยเหลือทางสังคมและการให้คำปรึกษา
purpose-abroad = พลเมืองที่อยู่ต่างประเทศ

country-TH = ไทย
country-MM = เมียนมา
country-KH = กัมพูชา
country-LA = ลาว
country-VN = เวียดนาม
country-MY = มาเลเซีย
country-SG = สิงคโปร์
country-ID = อินโดนีเซีย
country-PH = ฟิลิปปินส์
country-BN = บรูไน
country-TW = ไต้หวัน
country-HK = ฮ่องกง
country-KR = เกาหลีใต้
country-JP = ญี่ปุ่น
country-AE = สหรัฐอาหรับเอมิเรตส์
country-SA = ซาอุดีอาระเบีย

## Search

search-title = ค้นหา
search-prompt = พิมพ์คำที่ต้องการค้นหา
search-no-results = ไม่พบผลลัพธ์ ลองใช้คำที่สั้นลง
search-english-fallback = ไม่พบในภาษาไทย ผลลัพธ์เหล่านี้ตรงกับข้อความภาษาอังกฤษ
search-english-match = พบในข้อความภาษาอังกฤษ
search-results = ผลลัพธ์ { $count } รายการ
search-kind-lesson = บทเรียน
search-kind-checklist = รายการตรวจสอบ
search-kind-redflag = ตรวจสอบข้อเสนองาน
search-kind-directory = สายด่วน
directory-more-languages = และภาษาอื่น ๆ

## Language names (for hotline languages; Waymark's own nine use their own names)

lang-zh = จีน (จีนกลาง)
lang-yue = จีนกวางตุ้ง
lang-ja = ญี่ปุ่น
lang-ko = เกาหลี
lang-hi = ฮินดี
lang-ne = เนปาล
lang-ur = อูรดู
lang-bn = เบงกาลี
lang-ta = ทมิฬ
lang-pa = ปัญจาบ
lang-ml = มลยาฬัม
lang-ru = รัสเซีย
lang-uz = อุซเบก
lang-mn = มองโกเลีย
lang-ar = อาหรับ
lang-am = อัมฮารา
lang-es = สเปน
lang-pt = โปรตุเกส
lang-hmn = ม้ง

## Lists, marks and composed lines (the UIs print these, never their own)

list-separator = {" "}
list-last-separator = {" และ"}
label-value = { $label }: { $value }
quiz-option = { $option }) { $text }
lesson-teacher-heading = { $title } · { $age }
checklists-stage-heading = { $stage } ({ $progress })
redflags-reason-line = { $reason } ({ $indicator })
directory-entry-heading = { $name } — { $country }
directory-provenance = { $checked } · { $source }
search-result-heading = [{ $kind }] { $title }
search-result-english = { $heading } · { $mark }
mark-bullet = •
mark-checked = ☑
mark-unchecked = ☐
mark-chosen = ●
mark-not-chosen = ○
mark-unanswered = ·
checklists-no-route = ยังไม่ได้เลือกเส้นทาง
directory-source-detail = { $host } { $date }
directory-open-source = เปิดแหล่งข้อมูล
directory-filter-all = ทั้งหมด
lesson-list-line = { $title } — { $quiz }
classroom-heading = { $lesson } · { $step } · { $progress }
classroom-status = { $hands } · { $hint }
classroom-summary-row = { $pre }  →  { $post }
list-numbered = { $number }. { $text }
mark-right = ✓
