# Waymark — strings for lessons, quizzes, checklists, the red-flag check, the hotline directory and search (Filipino). Machine-drafted; awaiting native-speaker review.

## Home menu

menu-lessons = Mga aralin
menu-checklists = Mga checklist para sa ligtas na pangingibang-bansa
menu-redflags = Suriin ang isang alok na trabaho
menu-directory = Mga linya ng tulong at saklolo
menu-search = Maghanap

## Lessons and quizzes

lessons-title = Mga aralin
lessons-intro = Maiikling aralin tungkol sa ligtas na trabaho at sa pananatiling ligtas. Nananatili sa teleponong ito ang mga sagot mo at walang makaaalam kung sino ka.
lesson-progress = Tapos na ang { $done } sa { $total } aralin
lesson-quiz-start = Simulan ang pagsusulit
lesson-quiz-not-started = Hindi pa nasasagutan ang pagsusulit
lesson-quiz-score = Pagsusulit: { $correct } sa { $total } ang tama
quiz-question-count = Tanong { $number } sa { $total }
quiz-correct = Tama
quiz-not-correct = Hindi pa tama
quiz-next = Susunod na tanong
quiz-finish = Tingnan ang resulta ko
quiz-result = Tama ang sagot mo sa { $correct } sa { $total } na tanong.
quiz-retry = Subukang muli ang pagsusulit
quiz-right-answer = Ang tamang sagot
quiz-your-answer = Ang sagot mo
quiz-review-title = Balikan ang mga tanong na ito

## Checklists

checklists-title = Mga checklist para sa ligtas na pangingibang-bansa
checklists-choose-route = Piliin ang iyong ruta
checklists-progress = Tapos na ang { $done } sa { $total }
checklists-why = Bakit ito mahalaga
checklists-learn-more = Alamin pa sa aralin

## Red-flag check

redflags-found = Mga babalang palatandaang nakita: { $count }
redflags-none-found = Walang nakitang babalang palatandaan sa mga sagot mo.
redflags-find-out = Mga dapat alamin bago magpasya: { $count }
redflags-hotlines = Mga numerong makatutulong sa ruta mo
redflags-no-hotlines = Wala pa kaming nasuring numero na makatutulong sa bansang ito. Bago ka umalis, hanapin ang numero ng telepono ng embahada ng iyong bansa roon at itago ito.
redflags-unanswered = Sagutin ang bawat tanong para makita ang resulta.

## Hotline directory

directory-title = Mga linya ng tulong at saklolo
directory-intro = Ipinapakita lang ang mga numerong nasuri namin batay sa isang pinagmulan. Nakasaad sa bawat isa kung kailan ito huling nasuri.
link-unavailable = Walang app sa teleponong ito na makapagbubukas nito. Ipinapakita rito ang numero o address para magamit mo ito sa ibang paraan.
directory-checked = Nasuri noong { $date }
directory-source = Pinagmulan: { $source }
directory-undated = walang petsa
date-day-month-year = { $month } { $day }, { $year }
date-month-year = { $month } { $year }
date-year = taong { $year }
date-approximate = bandang { $date }
date-month-1 = Enero
date-month-2 = Pebrero
date-month-3 = Marso
date-month-4 = Abril
date-month-5 = Mayo
date-month-6 = Hunyo
date-month-7 = Hulyo
date-month-8 = Agosto
date-month-9 = Setyembre
date-month-10 = Oktubre
date-month-11 = Nobyembre
date-month-12 = Disyembre
directory-call = Tumawag
directory-sms = Magpadala ng mensaheng SMS
directory-whatsapp = Magmensahe sa WhatsApp
directory-open-24h = Bukas nang 24 na oras
directory-hours = Oras ayon sa inilathala: { $hours }
directory-hours-daily = Araw-araw, { $from }–{ $to }
directory-hours-number = { $hours } (numerong { $number })
directory-free = Libre ang pagtawag
directory-languages = Mga wika: { $languages }
directory-empty = Walang nasuring numero na tugma sa pinili mo. Subukan ang ibang bansa o pangangailangan.
directory-filter-country = Bansa
directory-filter-language = Wika
directory-filter-purpose = Ang kailangan mo

purpose-trafficking = Pangangalakal ng tao
purpose-labour = Mga problema sa trabaho at sahod na hindi naibayad
purpose-migrants = Mga migranteng manggagawa
purpose-children = Mga bata at kabataan
purpose-women = Mga babaeng nakararanas ng karahasan
purpose-emergency = Mga serbisyong pang-emerhensiya
service-police = Emerhensiya: pulis
service-tourist-police = Emerhensiya: pulis para sa mga turista at dayuhan
service-fire = Emerhensiya: bumbero
service-disaster = Emerhensiya: mga insidente at likas na sakuna
service-all = Emerhensiya: pulis, bumbero, ambulansiya
service-unspecified = Numero para sa emerhensiya
purpose-social = Tulong panlipunan at pagpapayo
purpose-abroad = Mga mamamayang nasa ibang bansa

country-TH = Thailand
country-MM = Myanmar (Burma)
country-KH = Cambodia
country-LA = Laos (Lao PDR)
country-VN = Vietnam
country-MY = Malaysia
country-SG = Singapore
country-ID = Indonesia
country-PH = Pilipinas
country-BN = Brunei Darussalam
country-TW = Taiwan
country-HK = Hong Kong
country-KR = South Korea
country-JP = Japan
country-AE = United Arab Emirates
country-SA = Saudi Arabia

## Search

search-title = Maghanap
search-prompt = Magtipa ng salita
search-no-results = Walang nakita. Subukan ang mas maikling salita.
search-english-fallback = Walang nakita sa Filipino. Tugma ang mga resultang ito sa tekstong Ingles.
search-english-match = Nakita sa tekstong Ingles
search-results = { $count } resulta
search-kind-lesson = Aralin
search-kind-checklist = Checklist sa paghahanda
search-kind-redflag = Pagsusuri ng alok na trabaho
search-kind-directory = Linya ng tulong
directory-more-languages = at iba pang wika

## Language names (for hotline languages; Waymark's own nine use their own names)

lang-zh = Tsino (Mandarin)
lang-yue = Kantones
lang-ja = Hapones
lang-ko = Koreano
lang-hi = Wikang Hindi
lang-ne = Wikang Nepali
lang-ur = Wikang Urdu
lang-bn = Wikang Bengali
lang-ta = Wikang Tamil
lang-pa = Wikang Punjabi
lang-ml = Wikang Malayalam
lang-ru = Ruso
lang-uz = Usbeko
lang-mn = Mongol
lang-ar = Arabe
lang-am = Amhariko
lang-es = Espanyol
lang-pt = Portuges
lang-hmn = Wikang Hmong

## Lists, marks and composed lines (the UIs print these, never their own)

list-separator = {", "}
list-last-separator = {" at "}
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
checklists-no-route = Wala pang napiling ruta
directory-source-detail = { $host }, { $date }
directory-open-source = Buksan ang pinagmulan
directory-filter-all = Lahat
lesson-list-line = { $title } — { $quiz }
classroom-heading = { $lesson } · { $step } · { $progress }
classroom-status = { $hands } · { $hint }
classroom-summary-row = { $pre }  →  { $post }
list-numbered = { $number }. { $text }
mark-right = ✓
