# Waymark — strings for lessons, quizzes, checklists, the red-flag check, the hotline directory and search (Filipino). Machine-drafted; awaiting native-speaker review.

## Home menu

menu-lessons = Mga aralin
menu-checklists = Mga tseklist para sa ligtas na pangingibang-bansa
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

## Checklists

checklists-title = Mga tseklist para sa ligtas na pangingibang-bansa
checklists-choose-route = Piliin ang iyong ruta
checklists-progress = Tapos na ang { $done } sa { $total }
checklists-why = Bakit ito mahalaga
checklists-learn-more = Alamin pa sa aralin

## Red-flag check

redflags-found = Mga babalang palatandaang nakita: { $count }
redflags-none-found = Walang nakitang babalang palatandaan sa mga sagot mo.
redflags-hotlines = Mga numerong makatutulong sa ruta mo
redflags-unanswered = Sagutin ang bawat tanong para makita ang resulta.

## Hotline directory

directory-title = Mga linya ng tulong at saklolo
directory-intro = Ipinapakita lang ang mga numerong nasuri namin batay sa isang pinagmulan. Nakasaad sa bawat isa kung kailan ito huling nasuri.
directory-checked = Nasuri noong { $date }
directory-source = Pinagmulan: { $source }
directory-call = Tumawag
directory-sms = Magpadala ng mensaheng SMS
directory-whatsapp = Magmensahe sa WhatsApp
directory-open-24h = Bukas nang 24 na oras
directory-hours = Oras ayon sa inilathala: { $hours }
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
purpose-emergency = Emerhensiya: pulis, bumbero, ambulansiya
purpose-social = Tulong panlipunan at pagpapayo
purpose-abroad = Mga mamamayang nasa ibang bansa

country-TH = Taylandiya
country-MM = Myanmar (Burma)
country-KH = Kambodya
country-LA = Laos (Lao PDR)
country-VN = Biyetnam
country-MY = Malaysya
country-SG = Singapur
country-ID = Indonesya
country-PH = Pilipinas
country-BN = Brunei Darussalam
country-TW = Taywan
country-HK = Hongkong
country-KR = Timog Korea
country-JP = Hapon
country-AE = Nagkakaisang Arabong Emirato
country-SA = Saudi Arabiya

## Search

search-title = Maghanap
search-prompt = Magtipa ng salita
search-no-results = Walang nakita. Subukan ang mas maikling salita.
search-english-fallback = Walang nakita sa Filipino. Tugma ang mga resultang ito sa tekstong Ingles.
search-english-match = Nakita sa tekstong Ingles
search-results = { $count } resulta
search-kind-lesson = Aralin
search-kind-checklist = Tseklist
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
