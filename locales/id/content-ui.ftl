# Waymark — strings for lessons, quizzes, checklists, the red-flag check, the hotline directory and search (Indonesian). Machine-drafted; awaiting native-speaker review.

## Home menu

menu-lessons = Pelajaran
menu-checklists = Daftar periksa migrasi aman
menu-redflags = Periksa tawaran kerja
menu-directory = Saluran bantuan dan dukungan
menu-search = Cari

## Lessons and quizzes

lessons-title = Pelajaran
lessons-intro = Pelajaran singkat tentang bekerja dengan aman dan menjaga keselamatan. Jawaban Anda tetap tersimpan di ponsel ini dan tidak ada yang bisa melihat siapa Anda.
lesson-progress = { $done } dari { $total } pelajaran selesai
lesson-quiz-start = Mulai kuis
lesson-quiz-not-started = Kuis belum dikerjakan
lesson-quiz-score = Kuis: { $correct } dari { $total } benar
quiz-question-count = Pertanyaan { $number } dari { $total }
quiz-correct = Benar
quiz-not-correct = Kurang tepat
quiz-next = Pertanyaan berikutnya
quiz-finish = Lihat hasil saya
quiz-result = Anda menjawab { $correct } dari { $total } pertanyaan dengan benar.
quiz-retry = Coba kuis lagi
quiz-right-answer = Jawaban yang benar
quiz-your-answer = Jawaban Anda
quiz-review-title = Lihat lagi pertanyaan-pertanyaan ini

## Checklists

checklists-title = Daftar periksa migrasi aman
checklists-choose-route = Pilih rute Anda
checklists-progress = { $done } dari { $total } selesai
checklists-why = Mengapa ini penting
checklists-learn-more = Pelajari lebih lanjut di pelajaran

## Red-flag check

redflags-found = Tanda bahaya yang ditemukan: { $count }
redflags-none-found = Tidak ada tanda bahaya dalam jawaban Anda.
redflags-find-out = Hal yang perlu dicari tahu sebelum memutuskan: { $count }
redflags-hotlines = Nomor yang bisa membantu di rute Anda
redflags-no-hotlines = Kami belum punya nomor yang sudah diperiksa yang bisa membantu di negara ini. Sebelum berangkat, cari nomor telepon kedutaan negara Anda di sana dan simpan selalu.
redflags-unanswered = Jawab semua pertanyaan untuk melihat hasilnya.

## Hotline directory

directory-title = Saluran bantuan dan dukungan
directory-intro = Hanya nomor yang sudah kami periksa dengan sumbernya yang ditampilkan. Setiap nomor menunjukkan kapan terakhir diperiksa.
link-unavailable = Tidak ada aplikasi di ponsel ini yang bisa membukanya. Nomor atau alamatnya ditampilkan di sini agar bisa Anda gunakan dengan cara lain.
directory-checked = Diperiksa { $date }
directory-source = Sumber: { $source }
directory-undated = tanpa tanggal
date-day-month-year = { $day } { $month } { $year }
date-month-year = { $month } { $year }
date-year = tahun { $year }
date-approximate = sekitar { $date }
date-month-1 = Januari
date-month-2 = Februari
date-month-3 = Maret
date-month-4 = April
date-month-5 = Mei
date-month-6 = Juni
date-month-7 = Juli
date-month-8 = Agustus
date-month-9 = September
date-month-10 = Oktober
date-month-11 = November
date-month-12 = Desember
directory-call = Telepon
directory-sms = Kirim pesan teks
directory-whatsapp = Hubungi lewat WhatsApp
directory-open-24h = Buka 24 jam
directory-hours = Jam layanan menurut sumber: { $hours }
directory-hours-daily = Setiap hari { $from }–{ $to }
directory-hours-number = { $hours } (nomor { $number })
directory-free = Gratis untuk ditelepon
directory-languages = Bahasa layanan: { $languages }
directory-empty = Tidak ada nomor yang sudah diperiksa yang cocok dengan pilihan Anda. Coba negara atau kebutuhan lain.
directory-filter-country = Negara
directory-filter-language = Bahasa
directory-filter-purpose = Yang Anda butuhkan

purpose-trafficking = Perdagangan orang
purpose-labour = Masalah kerja dan gaji yang tidak dibayar
purpose-migrants = Pekerja migran
purpose-children = Anak dan remaja
purpose-women = Perempuan korban kekerasan
purpose-emergency = Layanan darurat
service-police = Darurat: polisi
service-tourist-police = Darurat: polisi pariwisata, untuk warga asing
service-fire = Darurat: pemadam kebakaran
service-disaster = Darurat: insiden dan bencana alam
service-all = Darurat: polisi, pemadam kebakaran, ambulans
service-unspecified = Nomor darurat
purpose-social = Bantuan sosial dan konseling
purpose-abroad = Warga negara di luar negeri

# Thailand, Myanmar, Laos, Malaysia, Indonesia, Taiwan and Hong Kong are written the same in Indonesian as in English.
country-TH = Thailand
country-MM = Myanmar
country-KH = Kamboja
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
country-JP = Jepang
country-AE = Uni Emirat Arab
country-SA = Arab Saudi

## Search

search-title = Cari
search-prompt = Ketik sebuah kata
search-no-results = Tidak ada hasil. Coba kata yang lebih pendek.
search-english-fallback = Tidak ada hasil dalam bahasa Indonesia. Hasil ini cocok dengan teks bahasa Inggris.
search-english-match = Ditemukan di teks bahasa Inggris
search-results = { $count } hasil
search-kind-lesson = Pelajaran
search-kind-checklist = Daftar periksa
search-kind-redflag = Pemeriksaan tawaran kerja
search-kind-directory = Saluran bantuan
directory-more-languages = dan bahasa lain

## Language names (for hotline languages; Waymark's own nine use their own names)

lang-zh = Bahasa Mandarin
lang-yue = Bahasa Kanton
lang-ja = Bahasa Jepang
lang-ko = Bahasa Korea
lang-hi = Bahasa Hindi
lang-ne = Bahasa Nepal
lang-ur = Bahasa Urdu
lang-bn = Bahasa Bengali
lang-ta = Bahasa Tamil
lang-pa = Bahasa Punjabi
lang-ml = Bahasa Malayalam
lang-ru = Bahasa Rusia
lang-uz = Bahasa Uzbek
lang-mn = Bahasa Mongolia
lang-ar = Bahasa Arab
lang-am = Bahasa Amhar
lang-es = Bahasa Spanyol
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
checklists-no-route = Belum ada rute yang dipilih
directory-source-detail = { $host }, { $date }
directory-open-source = Buka sumber
directory-filter-all = Semua
lesson-list-line = { $title } — { $quiz }
classroom-heading = { $lesson } · { $step } · { $progress }
classroom-status = { $hands } · { $hint }
classroom-summary-row = { $pre }  →  { $post }
list-numbered = { $number }. { $text }
mark-right = ✓
