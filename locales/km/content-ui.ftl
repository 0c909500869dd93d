# Waymark — strings for lessons, quizzes, checklists, the red-flag check, the hotline directory and search (Khmer). Machine-drafted; awaiting native-speaker review.
# Every message id mirrors locales/en/content-ui.ftl exactly.

## Home menu

menu-lessons = មេរៀន
menu-checklists = បញ្ជីត្រួតពិនិត្យ សម្រាប់ការធ្វើចំណាកស្រុកដោយសុវត្ថិភាព
menu-redflags = ពិនិត្យការផ្ដល់ការងារ
menu-directory = ខ្សែទូរស័ព្ទជំនួយ និងកន្លែងផ្ដល់ជំនួយ
menu-search = ស្វែងរក

## Lessons and quizzes

lessons-title = មេរៀន
lessons-intro = មេរៀនខ្លីៗ អំពីការងារដោយសុវត្ថិភាព និងការរក្សាសុវត្ថិភាព។ ចម្លើយរបស់អ្នកនៅតែលើទូរស័ព្ទនេះ ហើយគ្មាននរណាម្នាក់អាចដឹងថា អ្នកជានរណាទេ។
lesson-progress = បានបញ្ចប់មេរៀន { $done } ក្នុងចំណោម { $total }
lesson-quiz-start = ចាប់ផ្ដើមធ្វើកម្រងសំណួរ
lesson-quiz-not-started = មិនទាន់បានធ្វើកម្រងសំណួរនៅឡើយទេ
lesson-quiz-score = កម្រងសំណួរ៖ ត្រូវ { $correct } ក្នុងចំណោម { $total }
quiz-question-count = សំណួរទី { $number } ក្នុងចំណោម { $total }
quiz-correct = ត្រឹមត្រូវ
quiz-not-correct = មិនទាន់ត្រឹមត្រូវទេ
quiz-next = សំណួរបន្ទាប់
quiz-finish = មើលលទ្ធផលរបស់ខ្ញុំ
quiz-result = អ្នកបានឆ្លើយត្រូវ { $correct } សំណួរ ក្នុងចំណោម { $total } សំណួរ។
quiz-retry = ធ្វើកម្រងសំណួរម្ដងទៀត
quiz-right-answer = ចម្លើយត្រឹមត្រូវ
quiz-your-answer = ចម្លើយរបស់អ្នក
quiz-review-title = សូមមើលសំណួរទាំងនេះម្ដងទៀត

## Checklists

checklists-title = បញ្ជីត្រួតពិនិត្យ សម្រាប់ការធ្វើចំណាកស្រុកដោយសុវត្ថិភាព
checklists-choose-route = ជ្រើសរើសផ្លូវធ្វើដំណើររបស់អ្នក
checklists-progress = បានធ្វើរួច { $done } ក្នុងចំណោម { $total }
checklists-why = ហេតុអ្វីរឿងនេះសំខាន់
checklists-learn-more = ស្វែងយល់បន្ថែមក្នុងមេរៀន

## Red-flag check

redflags-found = សញ្ញាព្រមានដែលរកឃើញ៖ { $count }
redflags-none-found = រកមិនឃើញសញ្ញាព្រមាន នៅក្នុងចម្លើយរបស់អ្នកទេ។
redflags-find-out = អ្វីដែលត្រូវស្វែងយល់មុនពេលសម្រេចចិត្ត៖ { $count }
redflags-hotlines = លេខទូរស័ព្ទដែលអាចជួយបាន នៅតាមផ្លូវធ្វើដំណើររបស់អ្នក
redflags-no-hotlines = យើងមិនទាន់មានលេខដែលបានពិនិត្យ ដែលអាចជួយនៅក្នុងប្រទេសនេះនៅឡើយទេ។ មុនពេលចេញដំណើរ សូមស្វែងរកលេខទូរសព្ទរបស់ស្ថានទូតប្រទេសអ្នកនៅទីនោះ ហើយរក្សាទុកជាមួយខ្លួន។
redflags-unanswered = សូមឆ្លើយគ្រប់សំណួរ ដើម្បីមើលលទ្ធផល។

## Hotline directory

directory-title = ខ្សែទូរស័ព្ទជំនួយ និងកន្លែងផ្ដល់ជំនួយ
directory-intro = បង្ហាញតែលេខដែលយើងបានពិនិត្យជាមួយប្រភពប៉ុណ្ណោះ។ លេខនីមួយៗប្រាប់ថា យើងបានពិនិត្យវាចុងក្រោយនៅពេលណា។
link-unavailable = គ្មានកម្មវិធីណានៅលើទូរសព្ទនេះអាចបើកវាបានទេ។ លេខ ឬអាសយដ្ឋានត្រូវបានបង្ហាញនៅទីនេះ ដើម្បីឱ្យអ្នកអាចប្រើវាតាមវិធីផ្សេង។
directory-checked = បានពិនិត្យនៅ { $date }
directory-source = ប្រភព៖ { $source }
directory-undated = គ្មានកាលបរិច្ឆេទ
date-day-month-year = ថ្ងៃទី { $day } ខែ{ $month } ឆ្នាំ { $year }
date-month-year = ខែ{ $month } ឆ្នាំ { $year }
date-year = ឆ្នាំ { $year }
date-approximate = ប្រហែល { $date }
date-month-1 = មករា
date-month-2 = កុម្ភៈ
date-month-3 = មីនា
date-month-4 = មេសា
date-month-5 = ឧសភា
date-month-6 = មិថុនា
date-month-7 = កក្កដា
date-month-8 = សីហា
date-month-9 = កញ្ញា
date-month-10 = តុលា
date-month-11 = វិច្ឆិកា
date-month-12 = ធ្នូ
directory-call = ហៅទូរស័ព្ទ
directory-sms = ផ្ញើសារជាអក្សរ
directory-whatsapp = WhatsApp
directory-open-24h = បើក 24 ម៉ោង
directory-hours = ម៉ោងបើក តាមការផ្សព្វផ្សាយ៖ { $hours }
directory-hours-daily = រៀងរាល់ថ្ងៃ ម៉ោង { $from }–{ $to }
directory-hours-number = { $hours } (លេខ { $number })
directory-free = ហៅដោយឥតគិតថ្លៃ
directory-languages = ភាសា៖ { $languages }
directory-empty = គ្មានលេខដែលបានពិនិត្យ ត្រូវនឹងជម្រើសរបស់អ្នកទេ។ សូមសាកល្បងប្រទេស ឬតម្រូវការផ្សេង។
directory-filter-country = ប្រទេស
directory-filter-language = ភាសា
directory-filter-purpose = អ្វីដែលអ្នកត្រូវការ

purpose-trafficking = ការជួញដូរមនុស្ស
purpose-labour = បញ្ហាការងារ និងប្រាក់ឈ្នួលដែលមិនបានបើក
purpose-migrants = ពលករចំណាកស្រុក
purpose-children = កុមារ និងយុវជន
purpose-women = ស្ត្រីដែលរងអំពើហិង្សា
purpose-emergency = សេវាសង្គ្រោះបន្ទាន់
service-police = ពេលអាសន្ន៖ ប៉ូលិស
service-tourist-police = ពេលអាសន្ន៖ ប៉ូលិសទេសចរណ៍ សម្រាប់ជនបរទេស
service-fire = ពេលអាសន្ន៖ អគ្គិភ័យ
service-disaster = ពេលអាសន្ន៖ ឧប្បត្តិហេតុ និងគ្រោះមហន្តរាយធម្មជាតិ
service-all = ពេលអាសន្ន៖ ប៉ូលិស អគ្គិភ័យ រថយន្តសង្គ្រោះបន្ទាន់
service-unspecified = លេខសង្គ្រោះបន្ទាន់
purpose-social = ជំនួយសង្គម និងការប្រឹក្សា
purpose-abroad = ពលរដ្ឋដែលនៅបរទេស

country-TH = ថៃ
country-MM = មីយ៉ាន់ម៉ា
country-KH = កម្ពុជា
country-LA = ឡាវ
country-VN = វៀតណាម
country-MY = ម៉ាឡេស៊ី
country-SG = សិង្ហបុរី
country-ID = ឥណ្ឌូនេស៊ី
country-PH = ហ្វីលីពីន
country-BN = ព្រុយណេ
country-TW = តៃវ៉ាន់
country-HK = ហុងកុង
country-KR = កូរ៉េខាងត្បូង
country-JP = ជប៉ុន
country-AE = អេមីរ៉ាតអារ៉ាប់រួម
country-SA = អារ៉ាប៊ីសាអូឌីត

## Search

search-title = ស្វែងរក
search-prompt = វាយពាក្យមួយ
search-no-results = រកមិនឃើញអ្វីទេ។ សូមសាកល្បងពាក្យដែលខ្លីជាងនេះ។
search-english-fallback = រកមិនឃើញជាភាសាខ្មែរទេ។ លទ្ធផលទាំងនេះត្រូវនឹងអត្ថបទភាសាអង់គ្លេស។
search-english-match = រកឃើញក្នុងអត្ថបទភាសាអង់គ្លេស
search-results = រកឃើញលទ្ធផល { $count }
search-kind-lesson = មេរៀន
search-kind-checklist = បញ្ជីត្រួតពិនិត្យ
search-kind-redflag = ការពិនិត្យការផ្ដល់ការងារ
search-kind-directory = ខ្សែទូរស័ព្ទជំនួយ
directory-more-languages = និងភាសាផ្សេងទៀត

## Language names (for hotline languages; Waymark's own nine use their own names)

lang-zh = ចិន (កុកងឺ)
lang-yue = កាតាំង
lang-ja = ជប៉ុន
lang-ko = កូរ៉េ
lang-hi = ហិណ្ឌី
lang-ne = នេប៉ាល់
lang-ur = អ៊ូរឌូ
lang-bn = បង់ក្លា
lang-ta = តាមីល
lang-pa = ពុនចាប៊ី
lang-ml = ម៉ាឡាយ៉ាឡាម
lang-ru = រុស្ស៊ី
lang-uz = អ៊ូសបេគ
lang-mn = ម៉ុងហ្គោលី
lang-ar = អារ៉ាប់
lang-am = អំហារិក
lang-es = អេស្ប៉ាញ
lang-pt = ព័រទុយហ្គាល់
lang-hmn = ម៉ុង

## Lists, marks and composed lines (the UIs print these, never their own)

list-separator = {", "}
list-last-separator = {" និង "}
label-value = { $label }៖ { $value }
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
checklists-no-route = មិនទាន់បានជ្រើសរើសផ្លូវធ្វើដំណើរ
directory-source-detail = { $host }, { $date }
directory-open-source = បើកប្រភព
directory-filter-all = ទាំងអស់
lesson-list-line = { $title } — { $quiz }
classroom-heading = { $lesson } · { $step } · { $progress }
classroom-status = { $hands } · { $hint }
classroom-summary-row = { $pre }  →  { $post }
list-numbered = { $number }. { $text }
mark-right = ✓
