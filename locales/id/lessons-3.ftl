# Waymark — bagian tambahan pelajaran 5 dan 6, dan pelajaran 9–12 (bahasa Indonesia, terjemahan mesin yang belum ditinjau).

## Your rights at work (added sections)

lesson-rights-at-work-deductions-and-days-off-title = Potongan gaji dan hari libur
lesson-rights-at-work-deductions-and-days-off-body = Majikan hanya boleh memotong gajimu untuk hal yang diizinkan hukum atau kontrak, seperti pajak atau jaminan sosial, dan harus memberi tahu untuk apa setiap potongan itu. Biaya yang tidak pernah kamu setujui, misalnya untuk tempat tinggal, makan, alat kerja, atau biaya perekrutan, tidak adil. Mintalah slip gaji setiap kali kamu dibayar dan simpanlah. Kamu berhak atas sedikitnya satu hari libur penuh setiap minggu, dan kamu boleh menghabiskannya di luar tempat kerja.
lesson-rights-at-work-permits-and-status-title = Izin kerja, dan hakmu tanpa dokumen
lesson-rights-at-work-permits-and-status-body = Izin kerja atau visa kerja membuatmu boleh bekerja secara sah, sering hanya untuk satu pekerjaan atau satu majikan. Cari tahu apa yang diizinkan, kapan berakhir, dan siapa yang harus memperpanjangnya, lalu simpan salinannya. Jika kamu kehilangan status sah, misalnya karena majikan tidak memperpanjang izinmu atau karena kamu meninggalkan pekerjaan yang penuh kekerasan, kamu tetap punya hak: dibayar untuk pekerjaan yang sudah kamu lakukan, aman dari kekerasan, dan meminta bantuan. Di beberapa negara pekerja tanpa dokumen bisa ditahan, jadi tanyakan dulu pilihanmu kepada saluran bantuan atau organisasi pendamping.

## Online grooming and sextortion (added section)

lesson-online-grooming-exploitation-and-harassment-title = Eksploitasi dan pelecehan seksual
lesson-online-grooming-exploitation-and-harassment-body = Eksploitasi seksual adalah ketika seseorang memanfaatkan orang lain untuk seks atau foto seksual demi uang atau keuntungan, sering lewat utang, ancaman, atau kebohongan. Jika orang itu anak di bawah 18 tahun, itu selalu eksploitasi, walaupun anak itu tampak setuju. Pelecehan seksual adalah kata-kata, sentuhan, atau permintaan seksual yang tidak diinginkan, misalnya atasan yang meminta seks sebagai imbalan pekerjaan atau gaji. Itu tidak pernah salah orang yang mengalaminya. Catat apa yang terjadi dan kapan, ceritakan kepada orang yang kamu percaya, dan hubungi layanan dari direktori.

## Smuggling is not trafficking

lesson-smuggling-or-trafficking-title = Penyelundupan atau perdagangan orang?
lesson-smuggling-or-trafficking-summary = Pelajari perbedaan antara diselundupkan melewati perbatasan dan diperdagangkan, dan mengapa aturannya berbeda untuk anak.

lesson-smuggling-or-trafficking-smuggling-title = Apa itu penyelundupan
lesson-smuggling-or-trafficking-smuggling-body = Penyelundupan migran berarti membantu seseorang menyeberangi perbatasan tanpa izin, dengan imbalan uang. Orang itu biasanya setuju, dan kesepakatannya biasanya selesai setelah perbatasan. Penyelundupan berbahaya: orang meninggal di perahu, truk, dan hutan. Orang yang menyeberang tanpa dokumen bisa bermasalah dengan hukum keimigrasian, tetapi kejahatan penyelundupan dilakukan oleh penyelundupnya.

lesson-smuggling-or-trafficking-difference-title = Apa yang membuatnya menjadi perdagangan orang
lesson-smuggling-or-trafficking-difference-body = Perdagangan orang adalah soal eksploitasi: seseorang memakai kebohongan, kekerasan, ancaman, utang, atau keadaan sulit orang lain untuk mengendalikannya dan mengambil untung dari tenaga atau tubuhnya. Perdagangan orang tidak memerlukan perbatasan; bisa terjadi di dalam satu negara. Penyelundupan bisa berubah menjadi perdagangan orang, misalnya ketika penyelundup berkata harganya naik dan orang itu harus bekerja, tanpa bebas pergi, sampai lunas. Persetujuan di awal tidak berlaku jika didapat dengan kebohongan atau ancaman.

lesson-smuggling-or-trafficking-children-title = Untuk anak, tidak perlu kekerasan atau kebohongan
lesson-smuggling-or-trafficking-children-body = Anak adalah siapa pun yang berusia di bawah 18 tahun. Jika seorang anak direkrut, dipindahkan, diserahkan, atau diterima agar seseorang bisa mengeksploitasinya, itu perdagangan orang walaupun tidak ada kekerasan, ancaman, atau kebohongan, dan walaupun anak atau orang tuanya setuju. Misalnya, anak 16 tahun yang dibawa ke kota untuk bekerja malam di tempat karaoke adalah korban perdagangan orang, meskipun ia pergi dengan sukarela. Ini aturan Protokol PBB tentang perdagangan orang.

lesson-smuggling-or-trafficking-q1 = Sok membayar seorang laki-laki untuk membawanya menyeberangi perbatasan tanpa dokumen. Di seberang, laki-laki itu pergi, dan Sok mencari pekerjaan sendiri. Ini kemungkinan besar apa?
lesson-smuggling-or-trafficking-q1-a = Perdagangan orang, karena ia menyeberang tanpa dokumen.
lesson-smuggling-or-trafficking-q1-a-why = Kurang tepat. Menyeberang tanpa dokumen saja belum cukup untuk disebut perdagangan orang. Perdagangan orang memerlukan eksploitasi, dan tidak ada yang mengendalikan Sok setelah perbatasan.
lesson-smuggling-or-trafficking-q1-b = Tidak ada yang melanggar hukum, karena Sok setuju dan membayar.
lesson-smuggling-or-trafficking-q1-b-why = Kurang tepat. Membayar orang untuk menyeberang perbatasan tanpa izin adalah penyelundupan, dan itu berbahaya, walaupun orangnya setuju.
lesson-smuggling-or-trafficking-q1-c = Penyelundupan: kesepakatan selesai di perbatasan dan Sok bebas.
lesson-smuggling-or-trafficking-q1-c-why = Benar. Sok dibantu menyeberang demi uang, dan setelah itu tidak ada yang mengeksploitasi atau mengendalikannya. Itu penyelundupan, bukan perdagangan orang.

lesson-smuggling-or-trafficking-q2 = Setelah perbatasan, penyelundup berkata kepada Lin bahwa sekarang ia berutang tiga kali lipat dan harus bekerja di pabrik, tanpa boleh keluar, sampai lunas. Apa yang terjadi?
lesson-smuggling-or-trafficking-q2-a = Penyelundupan itu sudah menjadi perdagangan orang, karena utang dipakai untuk menahannya.
lesson-smuggling-or-trafficking-q2-a-why = Benar. Utang yang tiba-tiba membengkak dan menghalanginya pergi adalah jeratan utang, salah satu tanda kerja paksa. Lin sekarang diperdagangkan dan berhak mendapat bantuan.
lesson-smuggling-or-trafficking-q2-b = Tetap hanya penyelundupan, karena ia setuju menyeberang perbatasan.
lesson-smuggling-or-trafficking-q2-b-why = Kurang tepat. Ia setuju dibawa melewati perbatasan, bukan dikurung dan dipaksa bekerja. Persetujuan itu tidak mencakup apa yang terjadi sekarang.
lesson-smuggling-or-trafficking-q2-c = Itu utang usaha, jadi ia harus melunasinya dulu sebelum boleh meminta bantuan siapa pun.
lesson-smuggling-or-trafficking-q2-c-why = Tidak benar. Utang tidak pernah memberi hak kepada siapa pun untuk memaksa orang bekerja atau mengurungnya. Ia bisa meminta bantuan sekarang.

lesson-smuggling-or-trafficking-q3 = Seorang anak perempuan 16 tahun setuju ikut kenalan keluarganya ke kota untuk bekerja malam di tempat karaoke. Tidak ada yang mengancamnya. Apakah ini perdagangan orang?
lesson-smuggling-or-trafficking-q3-a = Bukan, karena ia setuju pergi, dan tidak ada yang memaksa atau menipunya.
lesson-smuggling-or-trafficking-q3-a-why = Banyak orang mengira begitu, tetapi untuk anak aturannya berbeda. Jika anak dipindahkan untuk dieksploitasi, kekerasan dan kebohongan tidak diperlukan untuk disebut perdagangan orang.
lesson-smuggling-or-trafficking-q3-b = Ya. Ia masih anak, dan ia dipindahkan untuk dieksploitasi.
lesson-smuggling-or-trafficking-q3-b-why = Benar. Ia di bawah 18 tahun dan dibawa bekerja di tempat ia bisa dieksploitasi. Itu perdagangan orang, meskipun ia pergi dengan sukarela.
lesson-smuggling-or-trafficking-q3-c = Hanya jika ia dibawa ke negara lain.
lesson-smuggling-or-trafficking-q3-c-why = Kurang tepat. Perdagangan orang tidak memerlukan perbatasan. Memindahkan anak ke kota lain untuk dieksploitasi juga perdagangan orang.

lesson-smuggling-or-trafficking-q4 = Apakah perdagangan orang selalu berarti menyeberangi perbatasan?
lesson-smuggling-or-trafficking-q4-a = Ya. Perdagangan orang berarti membawa orang ke negara lain.
lesson-smuggling-or-trafficking-q4-a-why = Kurang tepat. Menyeberang perbatasan adalah bagian dari penyelundupan, sedangkan perdagangan orang adalah soal eksploitasi, di mana pun terjadinya.
lesson-smuggling-or-trafficking-q4-b = Tidak, tetapi perdagangan orang di dalam negeri jauh lebih ringan.
lesson-smuggling-or-trafficking-q4-b-why = Tidak benar. Orang yang dieksploitasi di negaranya sendiri mengalami kerugian yang sama dan punya hak yang sama atas bantuan.
lesson-smuggling-or-trafficking-q4-c = Tidak. Ini juga bisa terjadi di dalam satu negara.
lesson-smuggling-or-trafficking-q4-c-why = Benar. Perdagangan orang bisa terjadi di kampung halaman seseorang atau di kota di negaranya sendiri, tanpa perbatasan apa pun.

lesson-smuggling-or-trafficking-q5 = Seorang laki-laki diselundupkan ke suatu negara tanpa dokumen, dan sekarang dipaksa bekerja. Apa yang benar?
lesson-smuggling-or-trafficking-q5-a = Ia mungkin korban perdagangan orang, dan tetap bisa meminta bantuan.
lesson-smuggling-or-trafficking-q5-a-why = Benar. Cara ia masuk ke negara itu tidak menghapus haknya. Ia bisa menghubungi saluran bantuan atau organisasi pendamping dan menanyakan pilihannya.
lesson-smuggling-or-trafficking-q5-b = Ia tidak bisa meminta bantuan, karena ia masuk ke negara itu tanpa dokumen.
lesson-smuggling-or-trafficking-q5-b-why = Ini ketakutan yang umum, tetapi tidak benar. Orang tanpa dokumen juga dilindungi dari kerja paksa, dan banyak layanan membantu mereka.
lesson-smuggling-or-trafficking-q5-c = Ia harus pulang dulu, baru kemudian boleh melaporkan apa yang terjadi.
lesson-smuggling-or-trafficking-q5-c-why = Kurang tepat. Ia bisa meminta bantuan di tempat ia berada sekarang. Layanan pendamping juga bisa membantunya pulang dengan aman jika ia mau.

## Forced and brokered marriage

lesson-forced-marriage-title = Pernikahan paksa dan pernikahan lewat calo
lesson-forced-marriage-summary = Pelajari apa itu pernikahan paksa, tanda bahaya ketika calo mengatur pernikahan ke luar negeri, dan cara mendapatkan bantuan.

lesson-forced-marriage-forced-title = Ketika seseorang tidak bisa menolak
lesson-forced-marriage-forced-body = Pernikahan paksa adalah pernikahan yang tidak bisa ditolak dengan bebas, karena ancaman, tekanan, kekerasan, atau kesepakatan yang dibuat orang lain. Ini bisa terjadi pada perempuan dan laki-laki, anak perempuan dan anak laki-laki. ILO menggolongkan pernikahan paksa sebagai salah satu bentuk perbudakan modern. Anak di bawah 18 tahun tidak bisa memberikan persetujuan yang penuh dan bebas untuk menikah, jadi perkawinan anak selalu merupakan bahaya serius, dan banyak negara melarangnya.

lesson-forced-marriage-brokered-title = Pernikahan yang diatur calo
lesson-forced-marriage-brokered-body = Sebagian calo menawarkan mencarikan suami atau istri di negara lain, sering disertai uang untuk keluarga. Sebagian pernikahan seperti itu tulus, tetapi sebagian dipakai untuk memperdagangkan perempuan dan anak perempuan. Pengantin dibawa jauh, tidak bisa berbahasa setempat, dokumennya diambil, dan dipaksa bekerja, melahirkan anak, atau tetap tinggal. Tanda bahayanya: calo yang membayar keluarga, pernikahan yang diatur dalam hitungan hari, pasangan yang belum pernah kamu temui, janji hidup kaya, dan surat-surat dalam bahasa yang tidak bisa kamu baca.

lesson-forced-marriage-help-title = Pilihanmu, dan tempat mencari bantuan
lesson-forced-marriage-help-body = Kamu berhak memilih apakah, kapan, dan dengan siapa kamu menikah. Jika kamu atau temanmu didesak untuk menikah, bicaralah dengan orang yang kamu percaya, seperti guru, kerabat, atau pekerja sosial, atau hubungi layanan dari direktori. Jika kamu sudah menikah dan dikendalikan, simpan salinan dokumenmu dan daftar nomor di kertas. Menikah tidak menghapus hakmu: kedutaan dan saluran bantuan juga bisa membantumu.

lesson-forced-marriage-q1 = Orang tua Nang sudah sepakat dengan seorang calo bahwa Nang akan menikah dengan laki-laki di luar negeri yang belum pernah ia temui. Calo itu akan membayar keluarganya. Nang tidak mau menikah dengannya. Apa yang benar?
lesson-forced-marriage-q1-a = Ia harus menerima, karena orang tuanya setuju dan uang sudah dibayar.
lesson-forced-marriage-q1-a-why = Kurang tepat. Tidak ada yang bisa menyetujui pernikahan atas nama orang lain. Uang yang dibayarkan kepada keluarga tidak menghapus hak Nang untuk menolak.
lesson-forced-marriage-q1-b = Itu pernikahan paksa; ia boleh menolak dan mencari bantuan.
lesson-forced-marriage-q1-b-why = Benar. Pernikahan memerlukan persetujuan bebas kedua orang. Nang bisa berbicara dengan orang yang ia percaya atau menghubungi layanan dari direktori.
lesson-forced-marriage-q1-c = Baru menjadi masalah jika nanti suaminya memperlakukannya dengan buruk.
lesson-forced-marriage-q1-c-why = Kurang tepat. Masalahnya sudah dimulai sekarang: ia didesak masuk ke pernikahan yang tidak ia inginkan, diatur oleh calo yang membayar keluarganya.

lesson-forced-marriage-q2 = Manakah tanda bahaya bahwa pernikahan yang diatur calo mungkin merupakan perdagangan orang?
lesson-forced-marriage-q2-a = Calo membayar keluarga dan terburu-buru melangsungkan pernikahan.
lesson-forced-marriage-q2-a-why = Benar. Uang untuk keluarga dan pernikahan yang terburu-buru adalah tanda bahaya. Keduanya tidak menyisakan waktu untuk memeriksa siapa sebenarnya pasangannya.
lesson-forced-marriage-q2-b = Suaminya tinggal dan bekerja di negara lain, jauh dari keluarganya.
lesson-forced-marriage-q2-b-why = Tidak dengan sendirinya. Banyak pasangan yang tulus tinggal di dua negara. Tanda bahayanya menyangkut uang, ketergesaan, kerahasiaan, dan kendali.
lesson-forced-marriage-q2-c = Pasangan itu akan tinggal bersama orang tua suami.
lesson-forced-marriage-q2-c-why = Tidak dengan sendirinya. Tinggal bersama keluarga biasa di banyak tempat. Ini mengkhawatirkan jika ia dikurung di rumah, atau dokumen atau ponselnya diambil.

lesson-forced-marriage-q3 = Seorang anak perempuan 15 tahun berkata ia akan segera menikah, karena keluarganya mengaturnya dan ia sudah setuju. Apa yang perlu kita pahami?
lesson-forced-marriage-q3-a = Karena ia sendiri setuju, itu pilihan bebasnya.
lesson-forced-marriage-q3-a-why = Kurang tepat. Anak tidak bisa memberikan persetujuan yang penuh dan bebas untuk menikah. Persetujuannya tidak membuat pernikahan itu aman baginya.
lesson-forced-marriage-q3-b = Bisa diterima jika menikah muda adalah adat di desanya.
lesson-forced-marriage-q3-b-why = Kurang tepat. Adat tidak mengurangi bahayanya. Perkawinan anak merenggut sekolah, kesehatan, dan pilihan, dan banyak negara melarangnya.
lesson-forced-marriage-q3-c = Ia masih anak, jadi tidak bisa setuju dengan bebas; ia bisa dibantu.
lesson-forced-marriage-q3-c-why = Benar. Ia di bawah 18 tahun. Orang dewasa yang dipercaya, guru, atau layanan dari direktori bisa membantu dia dan keluarganya.

lesson-forced-marriage-q4 = Mai menikah lewat calo dan pindah ke luar negeri. Keluarga suaminya menyimpan paspornya dan tidak membolehkannya keluar sendirian. Apa yang bisa ia lakukan?
lesson-forced-marriage-q4-a = Meminta bantuan kedutaan atau saluran bantuan; menikah tidak menghapus haknya.
lesson-forced-marriage-q4-a-why = Benar. Paspor yang ditahan dan larangan keluar adalah tanda kendali. Kedutaan dan saluran bantuan juga membantu orang yang sudah menikah.
lesson-forced-marriage-q4-b = Tidak ada, karena istri harus menurut pada keluarga suami dan tinggal di rumah.
lesson-forced-marriage-q4-b-why = Tidak benar. Pernikahan tidak memberi hak kepada siapa pun untuk menahan dokumennya atau mengurungnya.
lesson-forced-marriage-q4-c = Menunggu sampai punya anak, karena saat itu keluarga akan lebih percaya.
lesson-forced-marriage-q4-c-why = Kurang tepat. Menunggu bisa membuatnya makin sulit pergi. Ia bisa diam-diam meminta bantuan sekarang, saat aman.

lesson-forced-marriage-q5 = Siapa yang bisa dipaksa menikah?
lesson-forced-marriage-q5-a = Hanya anak perempuan dari keluarga miskin di desa.
lesson-forced-marriage-q5-a-why = Kurang tepat. Kemiskinan menambah risiko, tetapi pernikahan paksa juga terjadi di keluarga yang tidak miskin.
lesson-forced-marriage-q5-b = Perempuan dan laki-laki, anak perempuan dan anak laki-laki, dari keluarga mana pun.
lesson-forced-marriage-q5-b-why = Benar. Siapa pun bisa didesak masuk ke pernikahan yang tidak diinginkannya, dan setiap orang berhak menolak.
lesson-forced-marriage-q5-c = Hanya orang yang dibawa ke negara lain.
lesson-forced-marriage-q5-c-why = Kurang tepat. Banyak pernikahan paksa terjadi di dalam satu negara, bahkan di desa yang sama.

## Domestic work and fishing

lesson-domestic-work-and-fishing-title = Pekerja rumah tangga dan perikanan
lesson-domestic-work-and-fishing-summary = Pelajari risiko bekerja di rumah pribadi atau di kapal ikan, dan standar yang bisa diminta para pekerja ini.

lesson-domestic-work-and-fishing-domestic-title = Bekerja di rumah pribadi
lesson-domestic-work-and-fishing-domestic-body = Pekerja rumah tangga membersihkan rumah, memasak, dan merawat anak atau orang lanjut usia di rumah pribadi. Karena pekerjaan itu berlangsung di balik pintu tertutup, kekerasan sulit terlihat oleh orang lain. Konvensi ILO tentang Pekerja Rumah Tangga menyatakan bahwa pekerja rumah tangga menyimpan sendiri paspor dan KTP-nya, mendapat istirahat sedikitnya 24 jam berturut-turut setiap minggu, tidak wajib tinggal di rumah selama istirahat, dan harus diberi tahu syarat kerjanya, sebisa mungkin dalam kontrak tertulis. Tidak semua negara sudah meratifikasinya, tetapi ini standar yang adil untuk diminta.

lesson-domestic-work-and-fishing-fishing-title = Bekerja di kapal ikan
lesson-domestic-work-and-fishing-fishing-body = Bekerja di kapal ikan bisa berarti berbulan-bulan di laut, jauh dari bantuan. Tanda bahayanya: perekrut tidak bisa menyebut nama kapal, pelabuhan, atau lama pelayaran; tidak ada perjanjian kerja tertulis; gaji ditahan sampai akhir pelayaran; dokumen disimpan kapten; dan dipindahkan dari kapal ke kapal di tengah laut. Konvensi ILO tentang Pekerjaan dalam Penangkapan Ikan meminta perjanjian kerja tertulis, istirahat sedikitnya 10 jam dalam setiap 24 jam pada pelayaran panjang, dan hak untuk dipulangkan.

lesson-domestic-work-and-fishing-both-title = Tetap terhubung
lesson-domestic-work-and-fishing-both-body = Di kedua pekerjaan, simpan sendiri dokumenmu, salinan kontrak, dan daftar nomor di kertas. Beri tahu keluargamu nama majikan dan alamatnya, atau nama kapal dan pelabuhannya. Sepakati dengan mereka seberapa sering kamu akan menelepon. Jika keluargamu lama tidak bisa menghubungimu, mereka bisa meminta saran dari saluran bantuan.

lesson-domestic-work-and-fishing-q1 = Majikanmu berkata pekerja rumah tangga tidak dapat hari libur karena tinggal di rumah itu. Apa yang benar?
lesson-domestic-work-and-fishing-q1-a = Itu benar, karena tinggal di rumah berarti selalu bertugas.
lesson-domestic-work-and-fishing-q1-a-why = Kurang tepat. Tinggal di rumah majikan tidak berarti bekerja terus-menerus. Pekerja rumah tangga juga perlu istirahat.
lesson-domestic-work-and-fishing-q1-b = Kamu baru berhak libur mingguan setelah bekerja setahun penuh.
lesson-domestic-work-and-fishing-q1-b-why = Kurang tepat. Istirahat mingguan berlaku setiap minggu, sejak awal. Cuti tahunan adalah hak yang lain.
lesson-domestic-work-and-fishing-q1-c = Kamu berhak libur 24 jam berturut-turut setiap minggu.
lesson-domestic-work-and-fishing-q1-c-why = Benar. Standar ILO adalah istirahat sedikitnya 24 jam berturut-turut setiap minggu, dan kamu tidak wajib tetap di rumah selama istirahat.

lesson-domestic-work-and-fishing-q2 = Seorang perekrut menawarkan kerja di kapal ikan, tetapi tidak bisa menyebut nama kapal, pelabuhan, atau lama pelayaran. Apa artinya?
lesson-domestic-work-and-fishing-q2-a = Itu biasa, karena kapal ikan selalu mengubah rencananya.
lesson-domestic-work-and-fishing-q2-a-why = Kurang tepat. Rencana di laut bisa berubah, tetapi perekrut yang jujur tahu kapal dan pelabuhan mana untuk pekerjaan itu.
lesson-domestic-work-and-fishing-q2-b = Itu tanda bahaya; mintalah rinciannya secara tertulis dulu.
lesson-domestic-work-and-fishing-q2-b-why = Benar. Tanpa nama kapal dan pelabuhan, tidak ada yang bisa menemukanmu atau memeriksa pekerjaan itu. Minta rincian dan perjanjian kerja tertulis sebelum berangkat.
lesson-domestic-work-and-fishing-q2-c = Tidak masalah jika gajinya cukup tinggi.
lesson-domestic-work-and-fishing-q2-c-why = Kurang tepat. Gaji tinggi dengan rincian yang hilang adalah alasan untuk memeriksa lebih teliti, bukan sebaliknya.

lesson-domestic-work-and-fishing-q3 = Kapten berkata akan menyimpan paspor para nelayan dan membayar semua orang di akhir pelayaran. Apa yang perlu diketahui para nelayan?
lesson-domestic-work-and-fishing-q3-a = Paspor dan gaji yang ditahan adalah tanda kerja paksa.
lesson-domestic-work-and-fishing-q3-a-why = Benar. Keduanya ada dalam daftar tanda kerja paksa ILO. Bersama-sama, keduanya membuat nelayan sangat sulit pergi.
lesson-domestic-work-and-fishing-q3-b = Kapten memang harus menyimpan paspor selama di laut, jadi ini aman.
lesson-domestic-work-and-fishing-q3-b-why = Kurang tepat. Kapal mungkin harus menunjukkan siapa saja awaknya, tetapi itu tidak berarti kapten boleh memegang paspormu selama pelayaran.
lesson-domestic-work-and-fishing-q3-c = Dibayar di akhir lebih baik, karena membantu nelayan menabung.
lesson-domestic-work-and-fishing-q3-c-why = Kedengarannya membantu, tetapi gaji yang ditahan sampai akhir berarti kamu mungkin tidak pernah menerimanya, dan kamu tidak bisa pergi tanpa kehilangannya.

lesson-domestic-work-and-fishing-q4 = Ana bekerja di sebuah rumah di luar negeri, dan setiap malam majikannya mengambil ponselnya. Apa langkah terbaik berikutnya?
lesson-domestic-work-and-fishing-q4-a = Menerimanya, karena majikan bertanggung jawab atas dirinya di malam hari.
lesson-domestic-work-and-fishing-q4-a-why = Kurang tepat. Ponsel itu miliknya. Memutus hubungannya dengan orang lain adalah tanda bahaya isolasi.
lesson-domestic-work-and-fishing-q4-b = Menyimpan nomor di kertas, dan meminta bantuan saluran bantuan jika merasa tidak aman.
lesson-domestic-work-and-fishing-q4-b-why = Benar. Daftar di kertas tetap berguna tanpa ponsel. Saluran bantuan atau kedutaannya bisa membantunya membuat rencana yang aman.
lesson-domestic-work-and-fishing-q4-c = Kabur malam itu juga, tanpa memberi tahu siapa pun.
lesson-domestic-work-and-fishing-q4-c-why = Pergi bisa jadi pilihan yang tepat, tetapi melakukannya sendirian di malam hari berisiko. Lebih aman merencanakannya bersama saluran bantuan atau kedutaan.

lesson-domestic-work-and-fishing-q5 = Mengapa pekerjaan rumah tangga dan pekerjaan di laut sangat berisiko?
lesson-domestic-work-and-fishing-q5-a = Karena pekerjaan ini selalu ilegal di negara lain.
lesson-domestic-work-and-fishing-q5-a-why = Kurang tepat. Keduanya pekerjaan nyata yang bisa dilakukan secara sah dan aman. Risikonya datang dari betapa tersembunyinya pekerjaan itu.
lesson-domestic-work-and-fishing-q5-b = Karena gajinya jauh lebih rendah daripada pekerjaan lain di luar negeri.
lesson-domestic-work-and-fishing-q5-b-why = Gaji rendah bisa jadi masalah, tetapi risiko yang lebih besar adalah tidak ada yang bisa melihat apa yang terjadi pada para pekerja.
lesson-domestic-work-and-fishing-q5-c = Karena pekerjaannya tersembunyi, jauh dari bantuan.
lesson-domestic-work-and-fishing-q5-c-why = Benar. Di rumah pribadi atau jauh di laut, sedikit orang bisa melihat kekerasan, dan sulit meminta bantuan. Karena itu tetap terhubung sangat penting.

## Money: sending, borrowing, insurance

lesson-money-abroad-title = Uang: mengirim, meminjam, asuransi
lesson-money-abroad-summary = Pelajari cara mengirim uang ke rumah dengan aman, risiko meminjam dari rentenir dan perekrut, dan apa yang perlu ditanyakan tentang asuransi.

lesson-money-abroad-sending-title = Mengirim uang ke rumah
lesson-money-abroad-sending-body = Kirim uang lewat bank atau layanan pengiriman uang yang berizin. Bandingkan biaya dan kursnya, karena keduanya mengurangi uang yang sampai. Simpan setiap tanda terima dan nomor transaksi. Jangan pernah memberikan PIN atau kode sekali pakai, bahkan kepada agen atau majikanmu. Mengirim lewat pembawa uang tanpa izin mungkin tampak lebih murah, tetapi jika uangnya hilang, mungkin tidak ada cara untuk mendapatkannya kembali.

lesson-money-abroad-moneylenders-title = Meminjam dan rentenir
lesson-money-abroad-moneylenders-body = Banyak orang meminjam uang untuk bermigrasi. Pinjaman dari perekrut, calo, atau rentenir tanpa izin bisa menjebakmu: bunganya tinggi, utangnya membengkak, dan pemberi pinjaman bisa menahan dokumenmu atau mengancam keluargamu. Sebelum meminjam, tanyakan jumlah total yang harus kamu bayar, secara tertulis. Pinjamlah dari bank, koperasi, atau pemberi pinjaman berizin, dan jangan pernah menyerahkan paspor, KTP, atau kartu bank sebagai jaminan. Utang tidak pernah memberi hak kepada siapa pun untuk memaksamu bekerja.

lesson-money-abroad-insurance-title = Asuransi
lesson-money-abroad-insurance-body = Beberapa negara mewajibkan asuransi bagi pekerja yang berangkat lewat jalur resmi, dan beberapa negara tujuan mewajibkan majikan mengasuransikan pekerjanya. Sebelum berangkat, tanyakan asuransi apa yang kamu miliki, apa yang ditanggungnya (sakit, kecelakaan, kematian, kehilangan pekerjaan), siapa yang membayar, dan bagaimana cara mengajukan klaim. Tinggalkan nama perusahaan asuransi dan nomor polis bersama salinan yang kamu tinggalkan di rumah. Berangkat lewat jalur resmi sering kali yang membuatmu terlindungi.

lesson-money-abroad-q1 = Manakah cara paling aman mengirim uang ke rumah?
lesson-money-abroad-q1-a = Lewat bank atau layanan berizin, dan simpan tanda terimanya.
lesson-money-abroad-q1-a-why = Benar. Layanan berizin bisa dimintai tanggung jawab, dan tanda terima membantu jika ada masalah. Membandingkan biaya membuat uang yang sampai lebih banyak.
lesson-money-abroad-q1-b = Menitipkan uang tunai kepada teman majikan yang akan pulang kampung.
lesson-money-abroad-q1-b-why = Kurang tepat. Mungkin ia baik hati, tetapi jika uangnya tidak sampai, kamu tidak punya tanda terima dan tidak ada tempat mengadu.
lesson-money-abroad-q1-c = Layanan mana pun yang biayanya paling murah, walaupun tidak berizin.
lesson-money-abroad-q1-c-why = Kurang tepat. Biaya murah bisa menyembunyikan kurs yang buruk, dan layanan tanpa izin mungkin tidak mengembalikan uangmu jika hilang.

lesson-money-abroad-q2 = Seseorang menelepon dan mengaku dari toko pengiriman uang. Ia meminta kode yang dikirim ke ponselmu untuk menyelesaikan pengiriman. Apa yang sebaiknya kamu lakukan?
lesson-money-abroad-q2-a = Memberikan kodenya, karena toko memerlukannya untuk mengirim uang.
lesson-money-abroad-q2-a-why = Tidak benar. Layanan asli tidak pernah meminta kode sekali pakai milikmu. Siapa pun yang memegang kode itu bisa mengambil uangmu.
lesson-money-abroad-q2-b = Memberikan kode jika penelepon tahu namamu dan jumlah uangnya.
lesson-money-abroad-q2-b-why = Kurang tepat. Penipu sering tahu nama dan datamu. Mengetahuinya tidak membuktikan siapa penelepon itu.
lesson-money-abroad-q2-c = Jangan pernah memberikannya; tutup telepon dan hubungi tokonya sendiri.
lesson-money-abroad-q2-c-why = Benar. Simpan kode itu untuk dirimu sendiri, dan hubungi atau datangi toko dengan data yang sudah kamu ketahui, bukan yang diberikan penelepon.

lesson-money-abroad-q3 = Seorang perekrut menawarkan pinjaman untuk biaya penempatan dan memintamu meninggalkan KTP padanya sebagai jaminan. Apa risikonya?
lesson-money-abroad-q3-a = Tidak ada risiko, asalkan kamu memang berniat melunasinya.
lesson-money-abroad-q3-a-why = Kurang tepat. Walaupun kamu berniat melunasi, ia bisa membuat utangnya membengkak, dan KTP-mu memberinya kuasa atas dirimu.
lesson-money-abroad-q3-b = Ia bisa memakai utang dan KTP-mu untuk mengendalikanmu.
lesson-money-abroad-q3-b-why = Benar. Pinjaman dari perekrut ditambah dokumenmu di tangannya adalah dua tanda kerja paksa sekaligus.
lesson-money-abroad-q3-c = Satu-satunya risiko adalah seberapa tinggi bunganya nanti.
lesson-money-abroad-q3-c-why = Bunga memang penting, tetapi bukan satu-satunya risiko. Bahaya yang lebih besar adalah ia memegang KTP dan utangmu sekaligus.

lesson-money-abroad-q4 = Kamu tidak bisa melunasi pinjaman, dan pemberi pinjaman berkata kamu harus bekerja untuknya tanpa bayaran sampai lunas. Apa yang benar?
lesson-money-abroad-q4-a = Utang tidak membolehkan kerja paksa; tanyakan ke bantuan hukum atau saluran bantuan.
lesson-money-abroad-q4-a-why = Benar. Bekerja tanpa bayaran untuk melunasi utang adalah jeratan utang. Saluran bantuan atau layanan bantuan hukum bisa memberi tahu apa yang bisa kamu lakukan.
lesson-money-abroad-q4-b = Kamu harus bekerja untuknya, karena kamu sudah menandatangani pinjaman.
lesson-money-abroad-q4-b-why = Kurang tepat. Surat pinjaman tidak membuat kerja paksa menjadi sah. Kamu mungkin masih berutang uang, tetapi tidak berutang kebebasanmu.
lesson-money-abroad-q4-c = Itu adil, asalkan ia mengurangi sedikit utangnya setiap bulan.
lesson-money-abroad-q4-c-why = Kurang tepat. Jika kamu tidak bisa pergi dan tidak dibayar, itu tetap jeratan utang, walaupun utangnya berkurang perlahan.

lesson-money-abroad-q5 = Sebelum berangkat, apa yang perlu kamu ketahui tentang asuransi?
lesson-money-abroad-q5-a = Tidak ada, karena asuransi hanya untuk orang yang banyak uang.
lesson-money-abroad-q5-a-why = Kurang tepat. Sebagian pekerja yang berangkat lewat jalur resmi sudah ditanggung, dan kecelakaan di luar negeri bisa merugikan keluarga jauh lebih besar.
lesson-money-abroad-q5-b = Hanya harganya, karena semua polis menanggung hal yang sama.
lesson-money-abroad-q5-b-why = Kurang tepat. Polis sangat berbeda: ada yang tidak menanggung sakit atau kehilangan pekerjaan. Tanyakan apa yang ditanggung polismu.
lesson-money-abroad-q5-c = Apa yang ditanggung, siapa yang membayar, dan cara klaimnya.
lesson-money-abroad-q5-c-why = Benar. Mengetahui apa yang ditanggung dan cara klaimnya, dan meninggalkan datanya pada keluarga, membuat asuransi benar-benar bisa membantu.
