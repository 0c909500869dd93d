# Waymark — strings for lessons, quizzes, checklists, the red-flag check, the hotline directory and search (Lao). Machine-drafted; awaiting native-speaker review.
# Every message id mirrors locales/en/content-ui.ftl exactly.

## Home menu

menu-lessons = ບົດຮຽນ
menu-checklists = ລາຍການກວດສອບ ເພື່ອການເຄື່ອນຍ້າຍທີ່ປອດໄພ
menu-redflags = ກວດສອບຂໍ້ສະເໜີວຽກ
menu-directory = ສາຍດ່ວນ ແລະ ຄວາມຊ່ວຍເຫຼືອ
menu-search = ຄົ້ນຫາ

## Lessons and quizzes

lessons-title = ບົດຮຽນ
lessons-intro = ບົດຮຽນສັ້ນໆ ກ່ຽວກັບການເຮັດວຽກທີ່ປອດໄພ ແລະ ການຮັກສາຄວາມປອດໄພ. ຄຳຕອບຂອງທ່ານຈະຢູ່ໃນໂທລະສັບນີ້ເທົ່ານັ້ນ ແລະ ບໍ່ມີໃຜຮູ້ວ່າທ່ານແມ່ນໃຜ.
lesson-progress = ຮຽນແລ້ວ { $done } ຈາກ { $total } ບົດ
lesson-quiz-start = ເລີ່ມແບບທົດສອບ
lesson-quiz-not-started = ຍັງບໍ່ທັນໄດ້ເຮັດແບບທົດສອບ
lesson-quiz-score = ແບບທົດສອບ: ຖືກ { $correct } ຈາກ { $total } ຂໍ້
quiz-question-count = ຄຳຖາມທີ { $number } ຈາກ { $total }
quiz-correct = ຖືກຕ້ອງ
quiz-not-correct = ຍັງບໍ່ຖືກປານໃດ
quiz-next = ຄຳຖາມຕໍ່ໄປ
quiz-finish = ເບິ່ງຜົນຂອງຂ້ອຍ
quiz-result = ທ່ານຕອບຖືກ { $correct } ຈາກ { $total } ຂໍ້.
quiz-retry = ເຮັດແບບທົດສອບອີກຄັ້ງ
quiz-right-answer = ຄຳຕອບທີ່ຖືກ
quiz-your-answer = ຄຳຕອບຂອງທ່ານ
quiz-review-title = ລອງເບິ່ງຄຳຖາມເຫຼົ່ານີ້ອີກຄັ້ງ

## Checklists

checklists-title = ລາຍການກວດສອບ ເພື່ອການເຄື່ອນຍ້າຍທີ່ປອດໄພ
checklists-choose-route = ເລືອກເສັ້ນທາງຂອງທ່ານ
checklists-progress = ເຮັດແລ້ວ { $done } ຈາກ { $total }
checklists-why = ເປັນຫຍັງຈຶ່ງສຳຄັນ
checklists-learn-more = ຮຽນຮູ້ເພີ່ມເຕີມໃນບົດຮຽນ

## Red-flag check

redflags-found = ສັນຍານເຕືອນທີ່ພົບ: { $count }
redflags-none-found = ບໍ່ພົບສັນຍານເຕືອນໃນຄຳຕອບຂອງທ່ານ.
redflags-find-out = ສິ່ງທີ່ຄວນຊອກຮູ້ກ່ອນຕັດສິນໃຈ: { $count }
redflags-hotlines = ເບີໂທທີ່ຊ່ວຍທ່ານໄດ້ ຕາມເສັ້ນທາງຂອງທ່ານ
redflags-no-hotlines = ພວກເຮົາຍັງບໍ່ມີເບີໂທທີ່ກວດສອບແລ້ວທີ່ຊ່ວຍໄດ້ໃນປະເທດນີ້. ກ່ອນເດີນທາງ ໃຫ້ຊອກຫາເບີໂທຂອງສະຖານທູດປະເທດຂອງທ່ານຢູ່ທີ່ນັ້ນ ແລະ ເກັບໄວ້ກັບຕົວ.
redflags-unanswered = ຕອບທຸກຄຳຖາມ ເພື່ອເບິ່ງຜົນ.

## Hotline directory

directory-title = ສາຍດ່ວນ ແລະ ຄວາມຊ່ວຍເຫຼືອ
directory-intro = ສະແດງສະເພາະເບີໂທທີ່ພວກເຮົາໄດ້ກວດສອບກັບແຫຼ່ງຂໍ້ມູນແລ້ວ. ແຕ່ລະເບີບອກວ່າ ກວດສອບຄັ້ງລ່າສຸດເມື່ອໃດ.
link-unavailable = ບໍ່ມີແອັບໃນໂທລະສັບນີ້ທີ່ເປີດສິ່ງນີ້ໄດ້. ເບີ ຫຼື ທີ່ຢູ່ສະແດງໄວ້ບ່ອນນີ້ ເພື່ອໃຫ້ທ່ານໃຊ້ດ້ວຍວິທີອື່ນໄດ້.
directory-checked = ກວດສອບເມື່ອ { $date }
directory-source = ແຫຼ່ງຂໍ້ມູນ: { $source }
directory-undated = ບໍ່ລະບຸວັນທີ
date-day-month-year = { $day } { $month } { $year }
date-month-year = { $month } { $year }
date-year = ປີ { $year }
date-approximate = ປະມານ { $date }
date-month-1 = ມັງກອນ
date-month-2 = ກຸມພາ
date-month-3 = ມີນາ
date-month-4 = ເມສາ
date-month-5 = ພຶດສະພາ
date-month-6 = ມິຖຸນາ
date-month-7 = ກໍລະກົດ
date-month-8 = ສິງຫາ
date-month-9 = ກັນຍາ
date-month-10 = ຕຸລາ
date-month-11 = ພະຈິກ
date-month-12 = ທັນວາ
directory-call = ໂທ
directory-sms = ສົ່ງຂໍ້ຄວາມ SMS
directory-whatsapp = ສົ່ງຂໍ້ຄວາມທາງ WhatsApp
directory-open-24h = ເປີດ 24 ຊົ່ວໂມງ
directory-hours = ເວລາເປີດ ຕາມທີ່ປະກາດໄວ້: { $hours }
directory-hours-daily = ທຸກມື້ { $from }–{ $to } ໂມງ
directory-hours-number = { $hours } (ເບີ { $number })
directory-free = ໂທຟຣີ
directory-languages = ພາສາ: { $languages }
directory-empty = ບໍ່ມີເບີທີ່ກວດສອບແລ້ວ ກົງກັບທີ່ທ່ານເລືອກ. ລອງເລືອກປະເທດ ຫຼື ຄວາມຕ້ອງການອື່ນ.
directory-filter-country = ປະເທດ
directory-filter-language = ພາສາ
directory-filter-purpose = ສິ່ງທີ່ທ່ານຕ້ອງການ

purpose-trafficking = ການຄ້າມະນຸດ
purpose-labour = ບັນຫາວຽກ ແລະ ຄ່າຈ້າງທີ່ບໍ່ໄດ້ຮັບ
purpose-migrants = ແຮງງານເຄື່ອນຍ້າຍ
purpose-children = ເດັກ ແລະ ໄວໜຸ່ມ
purpose-women = ແມ່ຍິງທີ່ປະສົບຄວາມຮຸນແຮງ
purpose-emergency = ບໍລິການສຸກເສີນ
service-police = ເຫດສຸກເສີນ: ຕຳຫຼວດ
service-tourist-police = ເຫດສຸກເສີນ: ຕຳຫຼວດທ່ອງທ່ຽວ ສຳລັບຄົນຕ່າງປະເທດ
service-fire = ເຫດສຸກເສີນ: ດັບເພີງ
service-disaster = ເຫດສຸກເສີນ: ອຸບັດຕິເຫດ ແລະ ໄພພິບັດທຳມະຊາດ
service-all = ເຫດສຸກເສີນ: ຕຳຫຼວດ, ດັບເພີງ, ລົດໂຮງໝໍ
service-unspecified = ເບີໂທສຸກເສີນ
purpose-social = ການຊ່ວຍເຫຼືອທາງສັງຄົມ ແລະ ການໃຫ້ຄຳປຶກສາ
purpose-abroad = ພົນລະເມືອງທີ່ຢູ່ຕ່າງປະເທດ

country-TH = ໄທ
country-MM = ມຽນມາ
country-KH = ກຳປູເຈຍ
country-LA = ລາວ
country-VN = ຫວຽດນາມ
country-MY = ມາເລເຊຍ
country-SG = ສິງກະໂປ
country-ID = ອິນໂດເນເຊຍ
country-PH = ຟີລິບປິນ
country-BN = ບຣູໄນ
country-TW = ໄຕ້ຫວັນ
country-HK = ຮົງກົງ
country-KR = ເກົາຫຼີໃຕ້
country-JP = ຍີ່ປຸ່ນ
country-AE = ສະຫະລັດອາຣັບເອມິເຣດ
country-SA = ຊາອຸດີອາຣາເບຍ

## Search

search-title = ຄົ້ນຫາ
search-prompt = ພິມຄຳທີ່ຕ້ອງການຄົ້ນຫາ
search-no-results = ບໍ່ພົບຫຍັງ. ລອງໃຊ້ຄຳທີ່ສັ້ນກວ່ານີ້.
search-english-fallback = ບໍ່ພົບເປັນພາສາລາວ. ຜົນເຫຼົ່ານີ້ກົງກັບຂໍ້ຄວາມພາສາອັງກິດ.
search-english-match = ພົບໃນຂໍ້ຄວາມພາສາອັງກິດ
search-results = ພົບ { $count } ລາຍການ
search-kind-lesson = ບົດຮຽນ
search-kind-checklist = ລາຍການກວດສອບ
search-kind-redflag = ການກວດສອບຂໍ້ສະເໜີວຽກ
search-kind-directory = ສາຍດ່ວນ
directory-more-languages = ແລະ ພາສາອື່ນໆ

## Language names (for hotline languages; Waymark's own nine use their own names)

lang-zh = ພາສາຈີນ (ຈີນກາງ)
lang-yue = ພາສາກວາງຕຸ້ງ
lang-ja = ພາສາຍີ່ປຸ່ນ
lang-ko = ພາສາເກົາຫຼີ
lang-hi = ພາສາຮິນດີ
lang-ne = ພາສາເນປານ
lang-ur = ພາສາອູຣດູ
lang-bn = ພາສາເບັງກາລີ
lang-ta = ພາສາທະມິນ
lang-pa = ພາສາປັນຈາບີ
lang-ml = ພາສາມາລາຢາລຳ
lang-ru = ພາສາຣັດເຊຍ
lang-uz = ພາສາອຸສເບັກ
lang-mn = ພາສາມົງໂກລີ
lang-ar = ພາສາອາຣັບ
lang-am = ພາສາອຳຮາຣິກ
lang-es = ພາສາສະເປນ
lang-pt = ພາສາປອກຕຸຍການ
lang-hmn = ພາສາມົ້ງ

## Lists, marks and composed lines (the UIs print these, never their own)

list-separator = {", "}
list-last-separator = {" ແລະ "}
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
checklists-no-route = ຍັງບໍ່ໄດ້ເລືອກເສັ້ນທາງ
directory-source-detail = { $host }, { $date }
directory-open-source = ເປີດແຫຼ່ງຂໍ້ມູນ
directory-filter-all = ທັງໝົດ
lesson-list-line = { $title } — { $quiz }
classroom-heading = { $lesson } · { $step } · { $progress }
classroom-status = { $hands } · { $hint }
classroom-summary-row = { $pre }  →  { $post }
list-numbered = { $number }. { $text }
mark-right = ✓
