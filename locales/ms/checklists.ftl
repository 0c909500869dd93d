# Waymark — safe-migration checklists (Malay). Machine-drafted; awaiting native-speaker review.
# One line per message. No placeables: these strings are plain text.

## Routes

route-mm-th = Myanmar ke Thailand
route-kh-th = Kemboja ke Thailand
route-la-th = Laos ke Thailand
route-id-my = Indonesia ke Malaysia
route-ph-hk = Filipina ke Hong Kong
route-vn-tw = Vietnam ke Taiwan

## Stages

checklist-before-departure-title = Sebelum anda bertolak
checklist-during-travel-title = Semasa dalam perjalanan
checklist-on-arrival-title = Apabila anda tiba
checklist-returning-home-title = Apabila anda pulang

## Before you leave

check-licensed-agency-title = Gunakan hanya agensi pengambilan pekerja yang berlesen
check-licensed-agency-why = Tanya kementerian buruh negara anda, atau pejabat yang menguruskan pekerja ke luar negara, sama ada lesen agensi itu tulen dan masih sah. Semak juga kerja dan majikan itu sendiri, bukan hanya agensinya.
check-no-recruitment-fees-title = Jangan bayar yuran untuk mendapat kerja
check-no-recruitment-fees-why = Peraturan buruh antarabangsa menyatakan bahawa pekerja tidak patut membayar sebarang yuran atau kos untuk diambil bekerja. Yuran dan pinjaman boleh menjadi hutang yang memerangkap anda.
check-written-contract-title = Dapatkan kontrak bertulis dalam bahasa yang anda faham
check-written-contract-why = Kontrak bertulis menunjukkan apa yang dijanjikan kepada anda tentang kerja, gaji dan waktu kerja. Simpan sendiri salinan yang telah anda tandatangani, dan jangan tandatangani apa-apa yang anda tidak faham atau tidak setuju.
check-copies-with-family-title = Tinggalkan salinan dokumen anda dengan keluarga
check-copies-with-family-why = Berikan mereka salinan pasport dan kontrak anda, gambar terkini anda, dan alamat tempat anda akan tinggal. Jika seseorang menyuruh anda merahsiakan kerja atau perjalanan itu, itu ialah tanda amaran.
check-th-approved-contract-title = Pastikan kedua-dua negara meluluskan kontrak dan permit kerja anda
check-th-approved-contract-why = Kementerian Buruh Thailand menasihatkan supaya kontrak dan permit kerja anda disahkan oleh pihak berkuasa negara anda dan Thailand. Dengan cara ini anda pergi bekerja sebagai pekerja yang sah.
check-kh-mou-documents-title = Gunakan saluran rasmi MoU dan dapatkan semua dokumen anda
check-kh-mou-documents-why = Kemboja dan Thailand mempunyai perjanjian rasmi untuk menghantar pekerja, yang dipanggil MoU. Untuk saluran ini anda memerlukan pasport, Kad Pekerja Kemboja di Luar Negara, visa dan kontrak.
check-id-siskop2mi-title = Daftar dalam SISKOP2MI sebelum anda bertolak
check-id-siskop2mi-why = SISKOP2MI ialah sistem rasmi Indonesia untuk pekerja migran, dan kerajaan menyatakan ia tidak dapat melindungi pekerja yang tidak berdaftar. Sistem ini juga menyenaraikan agensi yang berlesen, jadi anda boleh menyemak agensi anda di situ.
check-ph-dmw-check-title = Semak agensi dan pesanan kerja itu dengan Jabatan Pekerja Migran (DMW)
check-ph-dmw-check-why = Jabatan Pekerja Migran Filipina (Department of Migrant Workers, DMW) boleh menunjukkan sama ada lesen sesebuah agensi masih sah, atau telah digantung, dibatalkan atau diharamkan. Semak juga pesanan kerja yang tepat, bukan hanya agensinya.
check-mm-licensed-agency-title = Pastikan agensi mempunyai lesen untuk menghantar pekerja dari Myanmar ke luar negara
check-mm-licensed-agency-why = Undang-undang Myanmar berkaitan Pekerjaan di Luar Negara (1999) hanya membenarkan agensi berlesen menghantar pekerja ke luar negara, dan menghantar pekerja tanpa lesen boleh dihukum penjara sehingga tujuh tahun. Pada 2020 terdapat lebih daripada 260 agensi berlesen. Minta untuk melihat lesen agensi sebelum anda menandatangani apa-apa.
check-mm-safe-migration-info-title = Dapatkan nasihat tentang migrasi selamat sebelum anda pergi
check-mm-safe-migration-info-why = Pusat Sumber Migran (Migrant Resource Centre) boleh menjawab soalan anda tentang bekerja di luar negara. Agensi migrasi PBB, IOM, juga pernah memberi nasihat kepada penduduk Myanmar melalui halaman Facebook "Miss Migration" dan kempen "Know Before You Go".
check-kh-approved-agency-title = Pastikan agensi diluluskan oleh kementerian buruh Kemboja
check-kh-approved-agency-why = Kementerian Buruh dan Latihan Vokasional Kemboja (MoLVT) meluluskan agensi yang menghantar pekerja ke luar negara dan menerbitkan senarai agensi tersebut; senarai tahun 2017 mengandungi 77 agensi. Tanya sama ada agensi anda ada dalam senarai terkini.
check-kh-police-hotline-title = Berikan nombor talian polis Kemboja kepada keluarga anda
check-kh-police-hotline-why = Talian polis kebangsaan dalam direktori aplikasi ini menerima laporan tentang pemerdagangan orang dan orang yang ditahan di luar kehendak mereka, contohnya di pusat penipuan. Talian ini menjawab dalam bahasa Khmer, Vietnam, Inggeris dan Cina, dan panggilan percuma walaupun tiada kredit telefon.
check-la-licensed-agency-title = Gunakan hanya syarikat perkhidmatan pekerjaan yang berlesen di Laos
check-la-licensed-agency-why = Di Laos, syarikat yang mencarikan kerja untuk pekerja mesti mempunyai lesen daripada Kementerian Buruh dan Kebajikan Sosial (MOLSW), di bawah keputusan kementerian pada 2010. Minta syarikat itu menunjukkan lesennya, dan tanya kementerian jika anda tidak pasti.
check-la-dangerous-work-title = Ketahui bahawa undang-undang Laos tidak membenarkan pekerja dihantar untuk kerja berbahaya
check-la-dangerous-work-why = Undang-undang Buruh Laos 2013 melarang pekerja dihantar ke luar negara untuk melakukan kerja berbahaya. Perekrut yang menawarkan kerja sebegitu melanggar undang-undang, jadi berbincanglah dengan orang yang anda percayai sebelum anda bersetuju.
check-la-youth-helpline-title = Jika anda masih muda, bercakaplah dengan talian bantuan Kesatuan Belia Laos
check-la-youth-helpline-why = Kesatuan Belia Laos mengendalikan talian kaunseling untuk kanak-kanak dan orang muda dengan sokongan UNICEF. Talian ini percuma, dibuka siang dan malam, dan juga menggunakan bahasa Hmong. Hubungi talian ini jika anda tidak pasti tentang tawaran kerja atau ada orang yang mendesak anda untuk pergi.
check-id-sip3mi-licence-title = Pastikan syarikat penempatan (P3MI) memegang lesen SIP3MI
check-id-sip3mi-licence-why = Hanya syarikat penempatan yang memegang lesen SIP3MI boleh menghantar pekerja Indonesia ke luar negara secara sah. Kementerian Perlindungan Pekerja Migran Indonesia (Kementerian P2MI, dahulu BP2MI) menyenaraikan syarikat berlesen dalam SISKOP2MI, dan pejabat BP3MI boleh membantu anda menyemak.
check-ph-warning-signs-title = Kenali tanda amaran pengambilan pekerja secara haram
check-ph-warning-signs-why = Jabatan Pekerja Migran Filipina (DMW) memberi amaran tentang perekrut tanpa lesen, pesanan kerja yang tidak pernah diluluskan, dan yuran yang lebih tinggi daripada yang dibenarkan oleh undang-undang. Jika anda nampak mana-mana tanda ini, jangan bayar dan jangan tandatangan.
check-ph-poea-now-dmw-title = Ketahui bahawa POEA kini sebahagian daripada Jabatan Pekerja Migran (DMW)
check-ph-poea-now-dmw-why = Akta Republik 11641 (Republic Act 11641) menubuhkan DMW dan memasukkan POEA ke dalamnya. Panduan lama mungkin masih menyebut POEA; kini DMW yang menyemak lesen dan pesanan kerja.
check-ph-actionline-title = Beritahu keluarga anda tentang Actionline Menentang Pemerdagangan Orang
check-ph-actionline-why = Majlis Antara Agensi Menentang Pemerdagangan Orang (IACAT) dan Suruhanjaya Rakyat Filipina di Luar Negara (CFO) mengendalikan talian ini siang dan malam untuk mangsa pemerdagangan orang dan keluarga mereka. Talian ini menerima laporan dan panggilan kecemasan dalam bahasa Filipino dan Inggeris, dan ada dalam direktori aplikasi ini.
check-vn-dolab-licence-title = Semak lesen syarikat dengan Jabatan Buruh Luar Negara Vietnam (DOLAB)
check-vn-dolab-licence-why = Di bawah Undang-undang Vietnam 69/2020/QH14, syarikat yang menghantar pekerja ke luar negara secara kontrak mesti mempunyai lesen. Tanya DOLAB sama ada lesen syarikat itu tulen dan masih sah sebelum anda menandatangani apa-apa.
check-vn-hotline-family-title = Berikan nombor talian kebangsaan Vietnam menentang pemerdagangan orang kepada keluarga anda
check-vn-hotline-family-why = Talian kebangsaan perlindungan kanak-kanak Vietnam kini juga menerima laporan tentang pemerdagangan orang, memberi nasihat dan menyokong mangsa. Talian ini percuma dan dibuka siang dan malam. Ia menggantikan talian lama, jadi gunakan nombor dalam direktori aplikasi ini.
check-travel-smart-guide-title = Baca panduan ILO "Travel Smart – Work Smart" untuk negara yang anda tuju
check-travel-smart-guide-why = Pertubuhan Buruh Antarabangsa (ILO) telah menghasilkan buku kecil ini dalam beberapa bahasa untuk orang yang akan bekerja di Thailand atau Malaysia. Buku ini menyenaraikan kenalan kedutaan dan talian bantuan.

## While you travel

check-keep-passport-title = Simpan pasport dan kad pengenalan anda bersama anda
check-keep-passport-why = Jangan serahkan kepada perekrut, orang tengah atau pemandu perjalanan untuk dipegang. Apabila orang lain menyimpan dokumen pengenalan diri seseorang, itu ialah salah satu tanda buruh paksa.
check-keep-phone-title = Bawa telefon anda sendiri dan pastikan baterinya dicas
check-keep-phone-why = Telefon ialah cara anda terus berhubung dengan keluarga dan meminta bantuan. Di pusat penipuan, penjenayah mengambil telefon dan pasport orang.
check-no-tourist-visa-title = Jangan pergi bekerja dengan visa pelancong
check-no-tourist-visa-why = Visa pelancong tidak memberi anda kebenaran untuk bekerja. Tanpa dokumen yang betul, lebih sukar untuk anda menuntut hak anda dan lebih mudah bagi orang lain untuk mengawal anda.
check-stay-in-touch-title = Beritahu keluarga di mana anda berada pada setiap peringkat
check-stay-in-touch-why = Hantar mesej apabila anda bertolak, apabila anda menyeberangi sempadan dan apabila anda tiba. Jika mereka tidak lagi mendapat khabar daripada anda, mereka akan tahu bahawa mungkin ada sesuatu yang tidak kena.
check-save-contacts-title = Cari kenalan bantuan untuk negara yang anda tuju
check-save-contacts-why = Aplikasi ini mempunyai direktori talian bantuan yang telah disemak, jadi cari talian untuk negara destinasi anda sebelum anda memerlukannya. Simpan juga butiran hubungan kedutaan atau konsulat anda dan keluarga anda.
check-plan-changes-title = Berhati-hati jika rancangan berubah di tengah jalan
check-plan-changes-why = Jika anda dibawa ke negara, tempat atau kerja yang berbeza daripada yang dijanjikan, ini ialah tanda amaran yang serius. Sebahagian orang diterbangkan ke sebuah negara, kemudian dibawa menyeberangi sempadan ke pusat penipuan.
check-no-gifts-loans-title = Jangan terima hadiah atau pinjaman daripada perekrut atau pemandu perjalanan
check-no-gifts-loans-why = Hadiah atau pinjaman boleh digunakan kemudian untuk mengatakan bahawa anda berhutang. Hutang seperti ini boleh digunakan untuk memaksa anda bekerja.
check-th-scam-border-title = Berwaspada dengan kerja di Thailand yang berakhir dengan perjalanan merentas sempadan lain
check-th-scam-border-why = Kumpulan penjenayah mengiklankan kerja bergaji tinggi dengan perjalanan dan tempat tinggal percuma di media sosial dan laman kerja, termasuk kepada orang berpendidikan tinggi dan mahir komputer. Sesetengah orang diterbangkan ke Thailand, kemudian dibawa merentas sempadan ke pusat penipuan, tempat pasport dan telefon mereka dirampas. Pejabat hak asasi manusia PBB menganggarkan sekurang-kurangnya 120,000 orang ditahan di Myanmar dan kira-kira 100,000 orang di Kemboja.

## When you arrive

check-job-matches-contract-title = Semak sama ada kerja, gaji dan waktu kerja sepadan dengan kontrak anda
check-job-matches-contract-why = Jika kerja itu berbeza daripada yang dijanjikan, anda telah ditipu. Ini ialah salah satu tanda buruh paksa, dan anda boleh meminta bantuan.
check-passport-at-work-title = Jangan biarkan majikan menyimpan pasport anda
check-passport-at-work-why = Pasport anda adalah milik anda. Majikan yang menyimpan dokumen pengenalan diri pekerja menunjukkan salah satu tanda buruh paksa.
check-salary-to-bank-title = Jika boleh, minta gaji anda dimasukkan ke dalam akaun bank anda sendiri
check-salary-to-bank-why = Bayaran ke dalam akaun bank meninggalkan rekod tentang gaji yang dibayar kepada anda. Rekod ini boleh membantu anda jika gaji anda lewat, tidak dibayar atau terlalu rendah.
check-record-hours-pay-title = Catat waktu kerja dan gaji anda
check-record-hours-pay-why = Catatan harian yang ringkas membantu anda melihat sama ada ada gaji yang tidak dibayar atau anda bekerja terlalu lama. Ia juga boleh membantu jika anda membuat aduan kemudian.
check-send-address-title = Hantar alamat anda dan nama majikan anda kepada keluarga
check-send-address-why = Jika sesuatu berlaku kepada anda, keluarga anda akan tahu di mana anda berada dan apa yang perlu diberitahu kepada orang yang boleh membantu.
check-learn-warning-signs-title = Ketahui tanda-tanda buruh paksa
check-learn-warning-signs-why = Tanda-tandanya termasuk tidak bebas untuk pergi, gaji yang ditahan, hutang yang terus bertambah, dan ugutan. Pelajaran dalam aplikasi ini menerangkan setiap tanda.
check-get-help-early-title = Minta bantuan awal jika ada sesuatu yang tidak kena
check-get-help-early-why = Anda tidak perlu menunggu sehingga keadaan menjadi lebih teruk. Gunakan talian bantuan daripada direktori dalam aplikasi ini untuk bercakap dengan seseorang yang boleh menasihati anda.
check-th-migrant-hotline-title = Simpan talian bantuan pekerja migran Kementerian Buruh Thailand
check-th-migrant-hotline-why = Jabatan Pekerjaan Thailand mengendalikan talian bantuan untuk pekerja migran yang ada soalan tentang permit kerja, pertukaran majikan dan pengambilan pekerja, dan untuk aduan. Menurut sumber, talian ini menggunakan bahasa Myanmar, Khmer, Inggeris dan Thai; bahasa Laos belum disahkan. Waktu operasinya berbeza antara sumber, jadi mungkin tiada yang menjawab pada waktu malam.
check-th-police-language-title = Di Thailand, ketahui talian kecemasan yang menggunakan bahasa anda
check-th-police-language-why = Talian kecemasan polis biasa di Thailand menjawab dalam bahasa Thai sahaja. Talian Polis Pelancong dalam direktori aplikasi ini adalah untuk warga asing dan dibuka siang dan malam; sumber menyenaraikan bahasa Inggeris dan bahasa lain untuknya, tetapi bukan bahasa Myanmar, Khmer atau Laos.
check-th-official-complaints-title = Ketahui bahawa anda boleh membuat aduan tentang pegawai yang menguruskan pekerja migran
check-th-official-complaints-why = Kementerian Buruh Thailand mempunyai talian aduan, dalam direktori aplikasi ini, yang juga menerima aduan tentang pegawai yang menguruskan pekerja migran, contohnya pegawai yang meminta rasuah daripada anda. Talian ini menjawab dalam bahasa Thai, jadi minta orang yang anda percayai membantu membuat panggilan.
check-id-p2mi-complaints-title = Simpan talian aduan kementerian pekerja migran Indonesia
check-id-p2mi-complaints-why = Pusat panggilan Kementerian P2MI menerima aduan tentang penempatan haram, gaji yang tidak dibayar dan pemerdagangan orang, siang dan malam. Panggilan dari dalam Indonesia adalah percuma; dari Malaysia anda perlu menghubungi nombor lain yang tidak percuma. Kedua-dua nombor ada dalam direktori aplikasi ini.
check-my-mapo-report-title = Di Malaysia, anda boleh melaporkan pemerdagangan orang kepada MAPO
check-my-mapo-report-why = Majlis Anti Pemerdagangan Orang dan Anti Penyeludupan Migran (MAPO) di bawah Kementerian Dalam Negeri Malaysia mempunyai talian untuk laporan, dalam direktori aplikasi ini. Talian ini menjawab dalam bahasa Melayu, setiap hari dari awal pagi hingga malam.
check-my-talian-kasih-title = Di Malaysia, Talian Kasih membantu jika anda didera atau mengalami keganasan
check-my-talian-kasih-why = Talian Kasih, dikendalikan oleh Kementerian Pembangunan Wanita, Keluarga dan Masyarakat Malaysia, menjawab siang dan malam tentang penderaan, keganasan rumah tangga dan kecemasan kebajikan. Anda juga boleh menghubunginya melalui WhatsApp. Talian ini ada dalam direktori aplikasi ini.
check-ph-owwa-hotline-title = Simpan talian DMW-OWWA yang boleh anda hubungi dari Hong Kong
check-ph-owwa-hotline-why = Jabatan Pekerja Migran (DMW) dan OWWA mengendalikan talian siang dan malam untuk pekerja Filipina di luar negara yang dalam kesusahan: bantuan untuk pulang, bantuan guaman dan bantuan untuk pekerja yang ditahan. Direktori aplikasi ini mempunyai nombor untuk dihubungi dari luar negara.
check-hk-fdh-hotline-title = Simpan talian Jabatan Buruh Hong Kong untuk pembantu rumah asing
check-hk-fdh-hotline-why = Talian ini menerima soalan tentang hak anda di tempat kerja dan aduan terhadap agensi pekerjaan, dan merujuk kes eksploitasi atau penderaan. Ia dibuka siang dan malam; jurubahasa, termasuk untuk bahasa Filipino, ada dari pagi hingga lewat malam kecuali pada cuti umum.
check-tw-worker-hotline-title = Simpan talian bantuan Taiwan untuk pekerja asing
check-tw-worker-hotline-why = Kementerian Buruh Taiwan mengendalikan talian ini siang dan malam, setiap hari sepanjang tahun, dan panggilan percuma dari telefon talian tetap, telefon bimbit dan telefon awam. Talian ini menggunakan bahasa Vietnam dan bahasa lain. Anda boleh bertanya tentang kerja dan hak anda, membuat aduan atau melaporkan penderaan.
check-tw-hotline-interpreter-title = Minta jurubahasa dalam panggilan ke talian bantuan Taiwan
check-tw-hotline-interpreter-why = Talian bantuan pekerja asing Kementerian Buruh Taiwan boleh mengatur panggilan tiga pihak dengan jurubahasa, supaya anda dan orang yang perlu anda bercakap dapat saling memahami.
check-tw-shelter-title = Di Taiwan, anda boleh meminta dirujuk ke rumah perlindungan
check-tw-shelter-why = Jika anda mangsa pemerdagangan orang di Taiwan, talian bantuan pekerja asing Kementerian Buruh boleh merujuk anda ke rumah perlindungan. Talian ini juga menerima laporan penderaan dan aduan tentang kerja.

## When you go home

check-collect-wages-title = Minta semua gaji yang terhutang kepada anda sebelum anda pulang
check-collect-wages-why = Menahan gaji pekerja ialah salah satu tanda buruh paksa. Mungkin lebih sukar untuk mendapatkan wang anda selepas anda meninggalkan negara itu.
check-documents-before-leaving-title = Pastikan pasport dan semua dokumen anda ada bersama anda
check-documents-before-leaving-why = Anda memerlukan dokumen anda sendiri untuk melancong dan untuk membuktikan siapa anda. Jika majikan anda enggan memulangkannya, hubungi talian bantuan daripada direktori dalam aplikasi ini.
check-keep-records-title = Simpan salinan kontrak, slip gaji dan rekod bank anda
check-keep-records-why = Anda mungkin memerlukannya kemudian untuk menuntut gaji yang tidak anda terima atau untuk melaporkan apa yang berlaku kepada anda.
check-report-after-return-title = Laporkan penderaan atau penipuan, walaupun selepas anda pulang
check-report-after-return-why = Jika anda ditipu, tidak dibayar atau dicederakan, anda masih boleh meminta bantuan selepas anda pulang. Talian bantuan atau kumpulan sokongan boleh menerangkan pilihan anda.
check-check-new-offers-title = Semak setiap tawaran kerja baharu sebelum anda pergi lagi
check-check-new-offers-why = Gunakan semakan yang sama seperti kali pertama: agensi berlesen, tiada yuran dan kontrak bertulis. Jangan ambil pinjaman daripada perekrut untuk membiayai perjalanan seterusnya.
check-share-warning-signs-title = Beritahu kawan dan keluarga tentang tanda amaran yang anda lihat
check-share-warning-signs-why = Apa yang anda pelajari boleh melindungi orang lain yang merancang untuk bekerja di luar negara. Pelajaran dalam aplikasi ini boleh membantu anda menerangkan tanda-tandanya.
check-id-sapa-title = Setelah pulang ke Indonesia, wanita dan kanak-kanak boleh mendapat bantuan daripada SAPA
check-id-sapa-why = SAPA ialah perkhidmatan Kementerian Pemerkasaan Wanita dan Perlindungan Kanak-kanak Indonesia untuk melaporkan keganasan terhadap wanita dan kanak-kanak, termasuk pemerdagangan orang. Anda boleh menelefon atau menghantar mesej WhatsApp; perkhidmatan ini ada dalam direktori aplikasi ini.
check-vn-hotline-return-title = Setelah pulang ke Vietnam, talian kebangsaan boleh membantu anda
check-vn-hotline-return-why = Jika anda pernah menjadi mangsa pemerdagangan orang, talian kebangsaan Vietnam menentang pemerdagangan orang memberi kaunseling dan sokongan kepada mangsa, percuma serta siang dan malam. Talian ini ada dalam direktori aplikasi ini.
