# Waymark — strings for lessons, quizzes, checklists, the red-flag check, the hotline directory and search (Malay). Machine-drafted; awaiting native-speaker review.

## Home menu

menu-lessons = Pelajaran
menu-checklists = Senarai semak migrasi selamat
menu-redflags = Semak tawaran kerja
menu-directory = Talian bantuan dan sokongan
menu-search = Cari

## Lessons and quizzes

lessons-title = Pelajaran
lessons-intro = Pelajaran ringkas tentang kerja yang selamat dan cara menjaga keselamatan diri. Jawapan anda kekal dalam telefon ini dan tiada sesiapa dapat melihat siapa anda.
lesson-progress = { $done } daripada { $total } pelajaran selesai
lesson-quiz-start = Mulakan kuiz
lesson-quiz-not-started = Kuiz belum dijawab
lesson-quiz-score = Kuiz: { $correct } daripada { $total } betul
quiz-question-count = Soalan { $number } daripada { $total }
quiz-correct = Betul
quiz-not-correct = Kurang tepat
quiz-next = Soalan seterusnya
quiz-finish = Lihat keputusan saya
quiz-result = Anda menjawab { $correct } daripada { $total } soalan dengan betul.
quiz-retry = Cuba kuiz sekali lagi
quiz-right-answer = Jawapan yang betul
quiz-your-answer = Jawapan anda
quiz-review-title = Lihat semula soalan-soalan ini

## Checklists

checklists-title = Senarai semak migrasi selamat
checklists-choose-route = Pilih laluan anda
checklists-progress = { $done } daripada { $total } selesai
checklists-why = Mengapa ia penting
checklists-learn-more = Ketahui lebih lanjut dalam pelajaran

## Red-flag check

redflags-found = Tanda amaran ditemui: { $count }
redflags-none-found = Tiada tanda amaran ditemui dalam jawapan anda.
redflags-find-out = Perkara yang perlu diketahui sebelum membuat keputusan: { $count }
redflags-hotlines = Nombor yang boleh membantu di laluan anda
redflags-no-hotlines = Kami belum ada nombor yang telah disemak yang boleh membantu di negara ini. Sebelum pergi, cari nombor telefon kedutaan negara anda di sana dan simpan bersama anda.
redflags-unanswered = Jawab setiap soalan untuk melihat keputusan.

## Hotline directory

directory-title = Talian bantuan dan sokongan
directory-intro = Hanya nombor yang telah kami semak dengan sumbernya dipaparkan. Setiap nombor menunjukkan bila kali terakhir ia disemak.
link-unavailable = Tiada aplikasi dalam telefon ini yang boleh membukanya. Nombor atau alamatnya dipaparkan di sini supaya anda boleh menggunakannya dengan cara lain.
directory-checked = Disemak { $date }
directory-source = Sumber: { $source }
directory-undated = tiada tarikh
date-day-month-year = { $day } { $month } { $year }
date-month-year = { $month } { $year }
date-year = tahun { $year }
date-approximate = kira-kira { $date }
date-month-1 = Januari
date-month-2 = Februari
date-month-3 = Mac
date-month-4 = April
date-month-5 = Mei
date-month-6 = Jun
date-month-7 = Julai
date-month-8 = Ogos
date-month-9 = September
date-month-10 = Oktober
date-month-11 = November
date-month-12 = Disember
directory-call = Telefon
directory-sms = Hantar mesej teks
directory-whatsapp = Hubungi melalui WhatsApp
directory-open-24h = Dibuka 24 jam
directory-hours = Waktu operasi seperti yang diterbitkan: { $hours }
directory-hours-daily = Setiap hari { $from }–{ $to }
directory-hours-number = { $hours } (nombor { $number })
directory-free = Panggilan percuma
directory-languages = Bahasa perkhidmatan: { $languages }
directory-empty = Tiada nombor yang telah disemak sepadan dengan pilihan anda. Cuba negara atau keperluan lain.
directory-filter-country = Negara
directory-filter-language = Bahasa
directory-filter-purpose = Apa yang anda perlukan

purpose-trafficking = Pemerdagangan orang
purpose-labour = Masalah kerja dan gaji tidak dibayar
purpose-migrants = Pekerja migran
purpose-children = Kanak-kanak dan remaja
purpose-women = Wanita yang menghadapi keganasan
purpose-emergency = Perkhidmatan kecemasan
service-police = Kecemasan: polis
service-tourist-police = Kecemasan: polis pelancong, untuk warga asing
service-fire = Kecemasan: bomba
service-disaster = Kecemasan: insiden dan bencana alam
service-all = Kecemasan: polis, bomba, ambulans
service-unspecified = Nombor kecemasan
purpose-social = Bantuan sosial dan kaunseling
purpose-abroad = Rakyat di luar negara

# Thailand, Myanmar, Laos, Malaysia, Indonesia, Taiwan and Hong Kong are written the same in Malay as in English.
country-TH = Thailand
country-MM = Myanmar
country-KH = Kemboja
country-LA = Laos
country-VN = Vietnam
country-MY = Malaysia
country-SG = Singapura
country-ID = Indonesia
country-PH = Filipina
country-BN = Brunei Darussalam
country-TW = Taiwan
country-HK = Hong Kong
country-KR = Korea Selatan
country-JP = Jepun
country-AE = Emiriah Arab Bersatu
country-SA = Arab Saudi

## Search

search-title = Cari
search-prompt = Taip satu perkataan
search-no-results = Tiada hasil ditemui. Cuba perkataan yang lebih pendek.
search-english-fallback = Tiada hasil dalam bahasa Melayu. Hasil ini sepadan dengan teks bahasa Inggeris.
search-english-match = Ditemui dalam teks bahasa Inggeris
search-results = { $count } hasil
search-kind-lesson = Pelajaran
search-kind-checklist = Senarai semak
search-kind-redflag = Semakan tawaran kerja
search-kind-directory = Talian bantuan
directory-more-languages = dan bahasa lain

## Language names (for hotline languages; Waymark's own nine use their own names)

lang-zh = Bahasa Cina (Mandarin)
lang-yue = Bahasa Kantonis
lang-ja = Bahasa Jepun
lang-ko = Bahasa Korea
lang-hi = Bahasa Hindi
lang-ne = Bahasa Nepal
lang-ur = Bahasa Urdu
lang-bn = Bahasa Benggali
lang-ta = Bahasa Tamil
lang-pa = Bahasa Punjabi
lang-ml = Bahasa Malayalam
lang-ru = Bahasa Rusia
lang-uz = Bahasa Uzbek
lang-mn = Bahasa Mongolia
lang-ar = Bahasa Arab
lang-am = Bahasa Amhara
lang-es = Bahasa Sepanyol
lang-pt = Bahasa Portugis
lang-hmn = Bahasa Hmong

## Lists, marks and composed lines (the UIs print these, never their own)

list-separator = {", "}
list-last-separator = {" dan "}
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
checklists-no-route = Belum ada laluan dipilih
directory-source-detail = { $host }, { $date }
directory-open-source = Buka sumber
directory-filter-all = Semua
lesson-list-line = { $title } — { $quiz }
classroom-heading = { $lesson } · { $step } · { $progress }
classroom-status = { $hands } · { $hint }
classroom-summary-row = { $pre }  →  { $post }
list-numbered = { $number }. { $text }
mark-right = ✓
