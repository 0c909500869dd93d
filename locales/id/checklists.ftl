# Waymark — safe-migration checklists (Indonesian). Machine-drafted; awaiting native-speaker review.
# One line per message. No placeables: these strings are plain text.

## Routes

route-mm-th = Myanmar ke Thailand
route-kh-th = Kamboja ke Thailand
route-la-th = Laos ke Thailand
route-id-my = Indonesia ke Malaysia
route-ph-hk = Filipina ke Hong Kong
route-vn-tw = Vietnam ke Taiwan

## Stages

checklist-before-departure-title = Sebelum berangkat
checklist-during-travel-title = Selama perjalanan
checklist-on-arrival-title = Saat tiba
checklist-returning-home-title = Saat pulang

## Before you leave

check-licensed-agency-title = Gunakan hanya agen perekrutan yang berizin
check-licensed-agency-why = Tanyakan kepada kementerian ketenagakerjaan di negara Anda, atau kantor yang mengurus pekerja ke luar negeri, apakah izin agen itu asli dan masih berlaku. Periksa juga pekerjaan dan majikannya, bukan hanya agennya.
check-no-recruitment-fees-title = Jangan membayar biaya untuk mendapat pekerjaan
check-no-recruitment-fees-why = Aturan perburuhan internasional menyatakan bahwa pekerja tidak seharusnya membayar biaya atau ongkos apa pun untuk direkrut. Biaya dan pinjaman bisa menjadi utang yang menjerat Anda.
check-written-contract-title = Mintalah kontrak tertulis dalam bahasa yang Anda pahami
check-written-contract-why = Kontrak tertulis menunjukkan apa yang dijanjikan kepada Anda tentang pekerjaan, gaji, dan jam kerja. Simpan sendiri salinan yang sudah Anda tanda tangani, dan jangan menandatangani apa pun yang tidak Anda pahami atau tidak Anda setujui.
check-copies-with-family-title = Tinggalkan salinan dokumen Anda kepada keluarga
check-copies-with-family-why = Berikan kepada mereka salinan paspor dan kontrak Anda, foto diri Anda yang terbaru, dan alamat tempat Anda akan tinggal. Jika seseorang menyuruh Anda merahasiakan pekerjaan atau perjalanan itu, itu adalah tanda bahaya.
check-th-approved-contract-title = Pastikan kontrak dan izin kerja Anda disetujui oleh kedua negara
check-th-approved-contract-why = Kementerian Tenaga Kerja Thailand menyarankan agar kontrak dan izin kerja Anda disahkan oleh pihak berwenang di negara Anda dan di Thailand. Dengan cara ini Anda berangkat bekerja sebagai pekerja yang sah.
check-kh-mou-documents-title = Berangkatlah lewat jalur resmi MoU dan urus semua dokumen Anda
check-kh-mou-documents-why = Kamboja dan Thailand punya perjanjian resmi untuk pengiriman pekerja, yang disebut MoU. Untuk jalur ini Anda memerlukan paspor, Kartu Pekerja Kamboja di Luar Negeri, visa, dan kontrak.
check-id-siskop2mi-title = Daftarkan diri di SISKOP2MI sebelum berangkat
check-id-siskop2mi-why = SISKOP2MI adalah sistem resmi Indonesia untuk pekerja migran, dan pemerintah menyatakan tidak bisa melindungi pekerja yang tidak terdaftar. Sistem ini juga memuat daftar agen yang berizin, jadi Anda bisa memeriksa agen Anda di sana.
check-ph-dmw-check-title = Periksa agen dan permintaan kerjanya di Departemen Pekerja Migran (DMW)
check-ph-dmw-check-why = Departemen Pekerja Migran Filipina (Department of Migrant Workers, DMW) bisa menunjukkan apakah izin sebuah agen masih berlaku, atau sedang dibekukan, dicabut, atau dilarang. Periksa juga permintaan kerjanya secara tepat, bukan hanya agennya.
check-mm-licensed-agency-title = Pastikan agen punya izin untuk mengirim pekerja dari Myanmar ke luar negeri
check-mm-licensed-agency-why = Undang-undang Myanmar tentang Pekerjaan di Luar Negeri (1999) hanya mengizinkan agen berizin mengirim pekerja ke luar negeri, dan mengirim pekerja tanpa izin bisa dihukum penjara sampai tujuh tahun. Pada 2020 ada lebih dari 260 agen berizin. Mintalah melihat izin agen sebelum Anda menandatangani apa pun.
check-mm-safe-migration-info-title = Carilah nasihat tentang migrasi aman sebelum berangkat
check-mm-safe-migration-info-why = Pusat Informasi Pekerja Migran (Migrant Resource Centre) bisa menjawab pertanyaan Anda tentang bekerja di luar negeri. Badan migrasi PBB, IOM, juga pernah memberi nasihat kepada warga Myanmar lewat halaman Facebook "Miss Migration" dan kampanye "Know Before You Go".
check-kh-approved-agency-title = Pastikan agen disetujui oleh kementerian tenaga kerja Kamboja
check-kh-approved-agency-why = Kementerian Tenaga Kerja dan Pelatihan Kejuruan Kamboja (MoLVT) menyetujui agen yang mengirim pekerja ke luar negeri dan menerbitkan daftarnya; daftar tahun 2017 memuat 77 agen. Tanyakan apakah agen Anda ada di daftar terbaru.
check-kh-police-hotline-title = Berikan nomor saluran polisi Kamboja kepada keluarga Anda
check-kh-police-hotline-why = Saluran polisi nasional di daftar aplikasi ini menerima laporan perdagangan orang dan orang yang ditahan di luar kehendaknya, misalnya di markas penipuan daring. Saluran ini melayani dalam bahasa Khmer, Vietnam, Inggris, dan Mandarin, dan panggilannya gratis meskipun pulsa habis.
check-la-licensed-agency-title = Gunakan hanya perusahaan jasa penempatan kerja yang berizin di Laos
check-la-licensed-agency-why = Di Laos, perusahaan yang mencarikan kerja bagi pekerja harus punya izin dari Kementerian Tenaga Kerja dan Kesejahteraan Sosial (MOLSW), berdasarkan keputusan kementerian tahun 2010. Mintalah perusahaan menunjukkan izinnya, dan tanyakan ke kementerian jika Anda ragu.
check-la-dangerous-work-title = Ketahuilah bahwa hukum Laos melarang pengiriman pekerja ke pekerjaan berbahaya
check-la-dangerous-work-why = Undang-Undang Ketenagakerjaan Laos tahun 2013 melarang pengiriman pekerja ke luar negeri untuk pekerjaan berbahaya. Perekrut yang menawarkan pekerjaan seperti itu melanggar hukum, jadi bicarakan dulu dengan orang yang Anda percayai sebelum setuju.
check-la-youth-helpline-title = Jika Anda masih muda, bicaralah dengan saluran bantuan Persatuan Pemuda Laos
check-la-youth-helpline-why = Persatuan Pemuda Laos menjalankan saluran konseling untuk anak dan remaja dengan dukungan UNICEF. Saluran ini gratis, buka siang dan malam, dan juga melayani bahasa Hmong. Teleponlah jika Anda ragu tentang tawaran kerja atau ada orang yang mendesak Anda untuk pergi.
check-id-sip3mi-licence-title = Pastikan perusahaan penempatan (P3MI) memegang izin SIP3MI
check-id-sip3mi-licence-why = Hanya perusahaan penempatan yang memegang izin SIP3MI yang boleh menempatkan pekerja Indonesia ke luar negeri secara resmi. Kementerian Pelindungan Pekerja Migran Indonesia (Kementerian P2MI, dulu BP2MI) memuat daftar perusahaan berizin di SISKOP2MI, dan kantor BP3MI bisa membantu Anda memeriksanya.
check-ph-warning-signs-title = Kenali tanda bahaya perekrutan ilegal
check-ph-warning-signs-why = Departemen Pekerja Migran Filipina (DMW) memperingatkan tentang perekrut tanpa izin, permintaan kerja yang tidak pernah disetujui, dan biaya yang lebih tinggi daripada yang diizinkan hukum. Jika Anda melihat salah satunya, jangan membayar dan jangan menandatangani.
check-ph-poea-now-dmw-title = Ketahuilah bahwa POEA kini menjadi bagian dari Departemen Pekerja Migran (DMW)
check-ph-poea-now-dmw-why = Undang-Undang Republik 11641 (Republic Act 11641) membentuk DMW dan memasukkan POEA ke dalamnya. Panduan lama mungkin masih menyebut POEA; sekarang DMW-lah yang memeriksa izin dan permintaan kerja.
check-ph-actionline-title = Beri tahu keluarga Anda tentang Actionline Melawan Perdagangan Orang
check-ph-actionline-why = Dewan Antarlembaga Melawan Perdagangan Orang (IACAT) dan Komisi Warga Filipina di Luar Negeri (CFO) menjalankan saluran ini siang dan malam untuk korban perdagangan orang dan keluarganya. Saluran ini menerima laporan dan panggilan darurat dalam bahasa Filipino dan Inggris, dan ada di daftar aplikasi ini.
check-vn-dolab-licence-title = Periksa izin perusahaan di Departemen Tenaga Kerja Luar Negeri Vietnam (DOLAB)
check-vn-dolab-licence-why = Menurut Undang-Undang Vietnam Nomor 69/2020/QH14, perusahaan yang mengirim pekerja ke luar negeri dengan kontrak wajib punya izin. Tanyakan kepada DOLAB apakah izin perusahaan itu asli dan masih berlaku sebelum Anda menandatangani apa pun.
check-vn-hotline-family-title = Berikan nomor saluran nasional Vietnam melawan perdagangan orang kepada keluarga Anda
check-vn-hotline-family-why = Saluran nasional perlindungan anak Vietnam kini juga menerima laporan perdagangan orang, memberi nasihat, dan mendampingi korban. Saluran ini gratis dan buka siang dan malam. Saluran ini menggantikan saluran lama, jadi gunakan nomor di daftar aplikasi ini.
check-travel-smart-guide-title = Bacalah panduan ILO "Travel Smart – Work Smart" untuk negara tujuan Anda
check-travel-smart-guide-why = Organisasi Perburuhan Internasional (ILO) membuat buku saku ini dalam beberapa bahasa untuk orang yang akan bekerja di Thailand atau Malaysia. Isinya memuat kontak kedutaan dan saluran bantuan.

## While you travel

check-keep-passport-title = Simpan sendiri paspor dan kartu identitas Anda
check-keep-passport-why = Jangan serahkan kepada perekrut, calo, atau pemandu perjalanan untuk dipegang. Jika orang lain menahan dokumen identitas seseorang, itu adalah salah satu tanda kerja paksa.
check-keep-phone-title = Bawa sendiri ponsel Anda dan pastikan baterainya terisi
check-keep-phone-why = Ponsel adalah cara Anda tetap berhubungan dengan keluarga dan meminta bantuan. Di markas penipuan daring, para penjahat mengambil ponsel dan paspor orang.
check-no-tourist-visa-title = Jangan berangkat bekerja dengan visa turis
check-no-tourist-visa-why = Visa turis tidak memberi Anda izin untuk bekerja. Tanpa dokumen yang benar, lebih sulit bagi Anda untuk menuntut hak Anda dan lebih mudah bagi orang lain untuk mengendalikan Anda.
check-stay-in-touch-title = Beri tahu keluarga di mana Anda berada di setiap tahap
check-stay-in-touch-why = Kirim pesan saat Anda berangkat, saat menyeberangi perbatasan, dan saat tiba. Jika mereka tidak lagi mendapat kabar dari Anda, mereka akan tahu bahwa mungkin ada yang tidak beres.
check-save-contacts-title = Cari kontak bantuan untuk negara tujuan Anda
check-save-contacts-why = Aplikasi ini punya daftar saluran bantuan yang sudah diperiksa, jadi carilah saluran untuk negara tujuan Anda sebelum Anda membutuhkannya. Simpan juga kontak kedutaan besar atau konsulat Anda dan keluarga Anda.
check-plan-changes-title = Berhati-hatilah jika rencana berubah di tengah jalan
check-plan-changes-why = Jika Anda dibawa ke negara, tempat, atau pekerjaan yang berbeda dari yang dijanjikan, ini adalah tanda bahaya yang serius. Sebagian orang diterbangkan ke satu negara, lalu dibawa menyeberangi perbatasan ke markas penipuan daring.
check-no-gifts-loans-title = Jangan terima hadiah atau pinjaman dari perekrut atau pemandu perjalanan
check-no-gifts-loans-why = Hadiah atau pinjaman bisa kemudian dipakai untuk mengatakan bahwa Anda berutang. Utang seperti ini bisa dipakai untuk memaksa Anda bekerja.
check-th-scam-border-title = Waspadai pekerjaan di Thailand yang berakhir dengan perjalanan melintasi perbatasan lain
check-th-scam-border-why = Kelompok kriminal mengiklankan pekerjaan bergaji tinggi dengan perjalanan dan tempat tinggal gratis di media sosial dan situs lowongan, juga untuk orang berpendidikan tinggi dan mahir komputer. Sebagian orang diterbangkan ke Thailand lalu dibawa melintasi perbatasan ke markas penipuan daring, tempat paspor dan ponsel mereka disita. Kantor HAM PBB memperkirakan sedikitnya 120.000 orang ditahan di Myanmar dan sekitar 100.000 orang di Kamboja.

## When you arrive

check-job-matches-contract-title = Periksa apakah pekerjaan, gaji, dan jam kerja sesuai dengan kontrak Anda
check-job-matches-contract-why = Jika pekerjaannya berbeda dari yang dijanjikan, Anda telah ditipu. Ini adalah salah satu tanda kerja paksa, dan Anda bisa meminta bantuan.
check-passport-at-work-title = Jangan biarkan majikan menahan paspor Anda
check-passport-at-work-why = Paspor Anda adalah milik Anda. Majikan yang menahan dokumen identitas pekerja menunjukkan salah satu tanda kerja paksa.
check-salary-to-bank-title = Jika bisa, mintalah gaji Anda masuk ke rekening bank Anda sendiri
check-salary-to-bank-why = Pembayaran ke rekening bank meninggalkan catatan tentang berapa gaji yang Anda terima. Catatan ini bisa membantu jika gaji Anda terlambat, tidak dibayar, atau terlalu sedikit.
check-record-hours-pay-title = Catat jam kerja dan gaji Anda
check-record-hours-pay-why = Catatan harian yang sederhana membantu Anda melihat apakah ada gaji yang kurang atau jam kerja yang terlalu panjang. Catatan ini juga bisa membantu jika nanti Anda mengajukan pengaduan.
check-send-address-title = Kirim alamat Anda dan nama majikan Anda kepada keluarga
check-send-address-why = Jika terjadi sesuatu pada Anda, keluarga akan tahu di mana Anda berada dan apa yang perlu disampaikan kepada orang-orang yang bisa membantu.
check-learn-warning-signs-title = Kenali tanda-tanda kerja paksa
check-learn-warning-signs-why = Tanda-tandanya antara lain tidak bebas pergi, gaji yang ditahan, utang yang terus bertambah, dan ancaman. Pelajaran di aplikasi ini menjelaskan setiap tanda.
check-get-help-early-title = Mintalah bantuan sejak awal jika ada yang tidak beres
check-get-help-early-why = Anda tidak perlu menunggu sampai keadaan makin buruk. Gunakan saluran bantuan dari daftar di aplikasi ini untuk berbicara dengan orang yang bisa memberi Anda nasihat.
check-th-migrant-hotline-title = Simpan saluran bantuan pekerja migran dari Kementerian Tenaga Kerja Thailand
check-th-migrant-hotline-why = Departemen Ketenagakerjaan Thailand menjalankan saluran bantuan bagi pekerja migran yang punya pertanyaan tentang izin kerja, pindah majikan, dan perekrutan, serta untuk pengaduan. Menurut sumber, saluran ini melayani bahasa Burma, Khmer, Inggris, dan Thai; bahasa Laos belum dipastikan. Jam layanannya berbeda-beda menurut sumber, jadi mungkin tidak ada yang menjawab pada malam hari.
check-th-police-language-title = Di Thailand, ketahuilah saluran darurat mana yang melayani bahasa Anda
check-th-police-language-why = Saluran darurat polisi biasa di Thailand hanya melayani dalam bahasa Thai. Saluran Polisi Pariwisata di daftar aplikasi ini ditujukan untuk orang asing dan buka siang dan malam; sumber menyebut bahasa Inggris dan bahasa lain, tetapi tidak menyebut bahasa Burma, Khmer, atau Laos.
check-th-official-complaints-title = Ketahuilah bahwa Anda bisa mengadukan petugas yang mengurus pekerja migran
check-th-official-complaints-why = Kementerian Tenaga Kerja Thailand punya saluran pengaduan, di daftar aplikasi ini, yang juga menerima pengaduan tentang petugas yang mengurus pekerja migran, misalnya petugas yang meminta suap dari Anda. Saluran ini melayani dalam bahasa Thai, jadi mintalah orang yang Anda percayai membantu menelepon.
check-id-p2mi-complaints-title = Simpan saluran pengaduan Kementerian P2MI
check-id-p2mi-complaints-why = Pusat layanan Kementerian P2MI menerima pengaduan tentang penempatan ilegal, gaji yang tidak dibayar, dan perdagangan orang, siang dan malam. Panggilan dari dalam Indonesia gratis; dari Malaysia Anda harus menelepon nomor lain yang tidak gratis. Kedua nomor ada di daftar aplikasi ini.
check-my-mapo-report-title = Di Malaysia, Anda bisa melaporkan perdagangan orang ke MAPO
check-my-mapo-report-why = Dewan Antiperdagangan Orang dan Antipenyelundupan Migran (MAPO) di bawah Kementerian Dalam Negeri Malaysia punya saluran untuk laporan, di daftar aplikasi ini. Saluran ini melayani dalam bahasa Melayu, setiap hari dari pagi-pagi sampai malam.
check-my-talian-kasih-title = Di Malaysia, Talian Kasih membantu saat ada kekerasan dan penganiayaan
check-my-talian-kasih-why = Talian Kasih dari Kementerian Perempuan, Keluarga, dan Pembangunan Masyarakat Malaysia menjawab siang dan malam soal penganiayaan, kekerasan dalam rumah tangga, dan keadaan darurat kesejahteraan. Anda juga bisa menghubunginya lewat WhatsApp. Saluran ini ada di daftar aplikasi ini.
check-ph-owwa-hotline-title = Simpan saluran DMW-OWWA yang bisa Anda hubungi dari Hong Kong
check-ph-owwa-hotline-why = Departemen Pekerja Migran (DMW) dan OWWA menjalankan saluran siang dan malam untuk pekerja Filipina di luar negeri yang sedang kesulitan: bantuan pulang, bantuan hukum, dan bantuan bagi pekerja yang ditahan. Daftar aplikasi ini memuat nomor untuk menelepon dari luar negeri.
check-hk-fdh-hotline-title = Simpan saluran Departemen Tenaga Kerja Hong Kong untuk pekerja rumah tangga
check-hk-fdh-hotline-why = Saluran ini menerima pertanyaan tentang hak Anda di tempat kerja dan pengaduan terhadap agen penyalur, serta meneruskan kasus eksploitasi atau penganiayaan. Saluran ini buka siang dan malam; penerjemah, termasuk untuk bahasa Filipino, tersedia dari pagi sampai larut malam kecuali hari libur umum.
check-tw-worker-hotline-title = Simpan saluran bantuan Taiwan untuk pekerja asing
check-tw-worker-hotline-why = Kementerian Tenaga Kerja Taiwan menjalankan saluran ini siang dan malam, setiap hari sepanjang tahun, dan panggilannya gratis dari telepon rumah, ponsel, dan telepon umum. Saluran ini melayani bahasa Vietnam dan bahasa lain. Anda bisa bertanya tentang pekerjaan dan hak Anda, mengadu, atau melaporkan penganiayaan.
check-tw-hotline-interpreter-title = Mintalah penerjemah dalam panggilan ke saluran bantuan Taiwan
check-tw-hotline-interpreter-why = Saluran bantuan pekerja asing dari Kementerian Tenaga Kerja Taiwan bisa menyambungkan panggilan tiga arah dengan penerjemah, supaya Anda dan orang yang perlu Anda ajak bicara saling mengerti.
check-tw-shelter-title = Di Taiwan, Anda bisa meminta dirujuk ke rumah aman
check-tw-shelter-why = Jika Anda korban perdagangan orang di Taiwan, saluran bantuan pekerja asing dari Kementerian Tenaga Kerja bisa merujuk Anda ke rumah aman. Saluran ini juga menerima laporan penganiayaan dan pengaduan tentang pekerjaan.

## When you go home

check-collect-wages-title = Mintalah semua gaji yang menjadi hak Anda sebelum pulang
check-collect-wages-why = Menahan gaji pekerja adalah salah satu tanda kerja paksa. Mungkin lebih sulit mendapatkan uang Anda setelah Anda meninggalkan negara itu.
check-documents-before-leaving-title = Pastikan paspor dan semua dokumen Anda ada pada Anda
check-documents-before-leaving-why = Anda memerlukan dokumen Anda sendiri untuk bepergian dan untuk membuktikan siapa Anda. Jika majikan tidak mau mengembalikannya, hubungi saluran bantuan dari daftar di aplikasi ini.
check-keep-records-title = Simpan salinan kontrak, slip gaji, dan catatan bank Anda
check-keep-records-why = Nanti Anda mungkin memerlukannya untuk menuntut gaji yang tidak dibayar atau untuk melaporkan apa yang terjadi pada Anda.
check-report-after-return-title = Laporkan kekerasan atau penipuan, bahkan setelah Anda pulang
check-report-after-return-why = Jika Anda dibohongi, tidak dibayar, atau disakiti, Anda tetap bisa meminta bantuan setelah pulang. Saluran bantuan atau kelompok pendamping bisa menjelaskan pilihan-pilihan Anda.
check-check-new-offers-title = Periksa setiap tawaran kerja baru sebelum berangkat lagi
check-check-new-offers-why = Lakukan pemeriksaan yang sama seperti pertama kali: agen yang berizin, tanpa biaya, dan kontrak tertulis. Jangan mengambil pinjaman dari perekrut untuk membiayai keberangkatan berikutnya.
check-share-warning-signs-title = Ceritakan kepada teman dan keluarga tanda-tanda bahaya yang Anda lihat
check-share-warning-signs-why = Apa yang Anda pelajari bisa melindungi orang lain yang berencana bekerja di luar negeri. Pelajaran di aplikasi ini bisa membantu Anda menjelaskan tanda-tandanya.
check-id-sapa-title = Setelah kembali ke Indonesia, perempuan dan anak bisa meminta bantuan SAPA
check-id-sapa-why = SAPA (Sahabat Perempuan dan Anak) adalah layanan Kementerian Pemberdayaan Perempuan dan Perlindungan Anak untuk melaporkan kekerasan terhadap perempuan dan anak, termasuk perdagangan orang. Anda bisa menelepon atau mengirim pesan WhatsApp; layanan ini ada di daftar aplikasi ini.
check-vn-hotline-return-title = Setelah kembali ke Vietnam, saluran nasional bisa membantu Anda
check-vn-hotline-return-why = Jika Anda pernah menjadi korban perdagangan orang, saluran nasional Vietnam melawan perdagangan orang memberi konseling dan pendampingan kepada korban, gratis dan siang malam. Saluran ini ada di daftar aplikasi ini.
