# Waymark — bahagian tambahan pelajaran 5 dan 6, dan pelajaran 9–12 (bahasa Melayu, terjemahan mesin yang belum disemak).

## Your rights at work (added sections)

lesson-rights-at-work-deductions-and-days-off-title = Potongan gaji dan hari rehat
lesson-rights-at-work-deductions-and-days-off-body = Majikan hanya boleh memotong gaji anda untuk perkara yang dibenarkan oleh undang-undang atau kontrak, seperti cukai atau caruman keselamatan sosial, dan mesti memberitahu anda tujuan setiap potongan. Caj yang anda tidak pernah setujui, contohnya untuk tempat tinggal, makanan, peralatan atau yuran pengambilan, tidak adil. Minta slip gaji setiap kali anda dibayar dan simpan. Anda patut mendapat sekurang-kurangnya satu hari rehat penuh setiap minggu, dan anda boleh menghabiskannya di luar tempat kerja.
lesson-rights-at-work-permits-and-status-title = Permit kerja, dan hak anda tanpa dokumen
lesson-rights-at-work-permits-and-status-body = Permit kerja atau visa kerja membolehkan anda bekerja secara sah, selalunya hanya untuk satu kerja atau satu majikan. Ketahui apa yang dibenarkan oleh permit anda, bila ia tamat dan siapa yang mesti memperbaharuinya, dan simpan salinannya. Jika anda hilang status sah, contohnya kerana majikan tidak memperbaharui permit atau kerana anda meninggalkan kerja yang mendera, anda masih mempunyai hak: dibayar untuk kerja yang telah dibuat, selamat daripada keganasan, dan meminta bantuan. Di sesetengah negara pekerja tanpa dokumen boleh ditahan, jadi tanya dahulu talian bantuan atau pertubuhan sokongan tentang pilihan anda.

## Online grooming and sextortion (added section)

lesson-online-grooming-exploitation-and-harassment-title = Eksploitasi dan gangguan seksual
lesson-online-grooming-exploitation-and-harassment-body = Eksploitasi seksual ialah apabila seseorang menggunakan orang lain untuk seks atau gambar seksual bagi mendapat wang atau faedah, selalunya melalui hutang, ugutan atau penipuan. Jika orang itu kanak-kanak bawah 18 tahun, ia sentiasa eksploitasi, walaupun kanak-kanak itu kelihatan bersetuju. Gangguan seksual ialah kata-kata, sentuhan atau permintaan seksual yang tidak diingini, contohnya majikan yang meminta seks sebagai balasan untuk kerja atau gaji. Ia tidak pernah salah orang yang mengalaminya. Catat apa yang berlaku dan bila, beritahu orang yang anda percayai, dan hubungi perkhidmatan daripada direktori.

## Smuggling is not trafficking

lesson-smuggling-or-trafficking-title = Penyeludupan atau pemerdagangan orang?
lesson-smuggling-or-trafficking-summary = Ketahui perbezaan antara diseludup merentas sempadan dan diperdagangkan, dan mengapa peraturannya berbeza bagi kanak-kanak.

lesson-smuggling-or-trafficking-smuggling-title = Apa itu penyeludupan
lesson-smuggling-or-trafficking-smuggling-body = Penyeludupan migran bermaksud membantu seseorang menyeberangi sempadan tanpa kebenaran, sebagai balasan wang. Orang itu biasanya bersetuju, dan urusan itu biasanya tamat selepas sempadan. Penyeludupan berbahaya: orang mati dalam bot, lori dan hutan. Orang yang menyeberang tanpa dokumen mungkin menghadapi masalah dengan undang-undang imigresen, tetapi jenayah penyeludupan dilakukan oleh penyeludup.

lesson-smuggling-or-trafficking-difference-title = Apa yang menjadikannya pemerdagangan orang
lesson-smuggling-or-trafficking-difference-body = Pemerdagangan orang ialah tentang eksploitasi: seseorang menggunakan penipuan, paksaan, ugutan, hutang atau keadaan sukar orang lain untuk mengawalnya dan mengaut untung daripada tenaga atau tubuhnya. Pemerdagangan orang tidak memerlukan sempadan; ia boleh berlaku dalam satu negara. Penyeludupan boleh bertukar menjadi pemerdagangan orang, contohnya apabila penyeludup berkata harganya naik dan orang itu mesti bekerja, tanpa bebas pergi, sehingga dibayar. Persetujuan awal tidak dikira jika ia diperoleh melalui penipuan atau ugutan.

lesson-smuggling-or-trafficking-children-title = Bagi kanak-kanak, paksaan atau penipuan tidak diperlukan
lesson-smuggling-or-trafficking-children-body = Kanak-kanak ialah sesiapa yang berumur bawah 18 tahun. Jika kanak-kanak direkrut, dipindahkan, diserahkan atau diterima supaya seseorang boleh mengeksploitasinya, itu pemerdagangan orang walaupun tiada paksaan, ugutan atau penipuan, dan walaupun kanak-kanak itu atau ibu bapanya bersetuju. Contohnya, remaja 16 tahun yang dibawa ke bandar untuk bekerja malam di pusat karaoke ialah mangsa pemerdagangan orang, walaupun dia pergi secara rela. Ini peraturan Protokol PBB tentang pemerdagangan orang.

lesson-smuggling-or-trafficking-q1 = Sok membayar seorang lelaki untuk membawanya menyeberangi sempadan tanpa dokumen. Di seberang, lelaki itu pergi, dan Sok mencari kerja sendiri. Ini paling mungkin apa?
lesson-smuggling-or-trafficking-q1-a = Pemerdagangan orang, kerana dia menyeberang tanpa dokumen.
lesson-smuggling-or-trafficking-q1-a-why = Kurang tepat. Menyeberang tanpa dokumen sahaja tidak menjadikannya pemerdagangan orang. Pemerdagangan orang memerlukan eksploitasi, dan tiada siapa mengawal Sok selepas sempadan.
lesson-smuggling-or-trafficking-q1-b = Tiada apa yang salah di sisi undang-undang, kerana Sok bersetuju dan membayar.
lesson-smuggling-or-trafficking-q1-b-why = Kurang tepat. Membayar orang untuk menyeberangi sempadan tanpa kebenaran ialah penyeludupan, dan ia berbahaya, walaupun orang itu bersetuju.
lesson-smuggling-or-trafficking-q1-c = Penyeludupan: urusan tamat di sempadan dan Sok bebas.
lesson-smuggling-or-trafficking-q1-c-why = Betul. Sok dibantu menyeberang sempadan untuk wang, dan selepas itu tiada siapa mengeksploitasi atau mengawalnya. Itu penyeludupan, bukan pemerdagangan orang.

lesson-smuggling-or-trafficking-q2 = Selepas sempadan, penyeludup memberitahu Lin bahawa kini dia berhutang tiga kali ganda dan mesti bekerja di kilang, tanpa boleh keluar, sehingga hutang dibayar. Apa yang telah berlaku?
lesson-smuggling-or-trafficking-q2-a = Penyeludupan telah bertukar menjadi pemerdagangan orang, kerana hutang digunakan untuk menahannya.
lesson-smuggling-or-trafficking-q2-a-why = Betul. Hutang yang tiba-tiba bertambah dan menghalangnya pergi ialah ikatan hutang, salah satu tanda buruh paksa. Lin kini diperdagangkan dan berhak mendapat bantuan.
lesson-smuggling-or-trafficking-q2-b = Ia masih penyeludupan sahaja, kerana dia bersetuju menyeberangi sempadan.
lesson-smuggling-or-trafficking-q2-b-why = Kurang tepat. Dia bersetuju dibawa merentas sempadan, bukan dikurung dan dipaksa bekerja. Persetujuan itu tidak meliputi apa yang berlaku sekarang.
lesson-smuggling-or-trafficking-q2-c = Ia hutang perniagaan, jadi dia mesti membayarnya dahulu sebelum boleh meminta bantuan sesiapa.
lesson-smuggling-or-trafficking-q2-c-why = Tidak betul. Hutang tidak pernah memberi sesiapa hak untuk memaksa orang bekerja atau mengurungnya. Dia boleh meminta bantuan sekarang.

lesson-smuggling-or-trafficking-q3 = Seorang remaja perempuan 16 tahun bersetuju mengikut kenalan keluarganya ke bandar untuk bekerja malam di pusat karaoke. Tiada siapa mengugutnya. Adakah ini pemerdagangan orang?
lesson-smuggling-or-trafficking-q3-a = Tidak, kerana dia bersetuju pergi, dan tiada siapa memaksa atau menipunya.
lesson-smuggling-or-trafficking-q3-a-why = Ramai orang berfikir begitu, tetapi bagi kanak-kanak peraturannya berbeza. Apabila kanak-kanak dipindahkan untuk dieksploitasi, paksaan dan penipuan tidak diperlukan untuk ia menjadi pemerdagangan orang.
lesson-smuggling-or-trafficking-q3-b = Ya. Dia kanak-kanak, dan dia dipindahkan untuk dieksploitasi.
lesson-smuggling-or-trafficking-q3-b-why = Betul. Dia bawah 18 tahun dan dibawa bekerja di tempat dia boleh dieksploitasi. Itu pemerdagangan orang, walaupun dia pergi secara rela.
lesson-smuggling-or-trafficking-q3-c = Hanya jika dia dibawa ke negara lain.
lesson-smuggling-or-trafficking-q3-c-why = Kurang tepat. Pemerdagangan orang tidak memerlukan sempadan. Memindahkan kanak-kanak ke bandar lain untuk dieksploitasi juga pemerdagangan orang.

lesson-smuggling-or-trafficking-q4 = Adakah pemerdagangan orang sentiasa bermaksud menyeberangi sempadan?
lesson-smuggling-or-trafficking-q4-a = Ya. Pemerdagangan orang bermaksud membawa orang ke negara lain.
lesson-smuggling-or-trafficking-q4-a-why = Kurang tepat. Menyeberangi sempadan ialah sebahagian daripada penyeludupan, tetapi pemerdagangan orang ialah tentang eksploitasi, di mana-mana sahaja.
lesson-smuggling-or-trafficking-q4-b = Tidak, tetapi pemerdagangan orang dalam negara jauh kurang serius.
lesson-smuggling-or-trafficking-q4-b-why = Tidak betul. Orang yang dieksploitasi dalam negaranya sendiri mengalami kemudaratan yang sama dan berhak mendapat bantuan yang sama.
lesson-smuggling-or-trafficking-q4-c = Tidak. Ia juga boleh berlaku dalam satu negara.
lesson-smuggling-or-trafficking-q4-c-why = Betul. Pemerdagangan orang boleh berlaku di kampung halaman seseorang atau di bandar dalam negaranya sendiri, tanpa sebarang sempadan.

lesson-smuggling-or-trafficking-q5 = Seorang lelaki diseludup ke sebuah negara tanpa dokumen, dan kini dipaksa bekerja. Apa yang betul?
lesson-smuggling-or-trafficking-q5-a = Dia mungkin mangsa pemerdagangan orang, dan masih boleh meminta bantuan.
lesson-smuggling-or-trafficking-q5-a-why = Betul. Cara dia masuk ke negara itu tidak menghapuskan haknya. Dia boleh menghubungi talian bantuan atau pertubuhan sokongan dan bertanya tentang pilihannya.
lesson-smuggling-or-trafficking-q5-b = Dia tidak boleh meminta bantuan, kerana dia masuk ke negara itu tanpa dokumen.
lesson-smuggling-or-trafficking-q5-b-why = Ini ketakutan biasa, tetapi tidak betul. Orang tanpa dokumen juga dilindungi daripada buruh paksa, dan banyak perkhidmatan membantu mereka.
lesson-smuggling-or-trafficking-q5-c = Dia mesti pulang dahulu, barulah boleh melaporkan apa yang berlaku.
lesson-smuggling-or-trafficking-q5-c-why = Kurang tepat. Dia boleh meminta bantuan di tempat dia berada sekarang. Perkhidmatan sokongan juga boleh membantunya pulang dengan selamat jika dia mahu.

## Forced and brokered marriage

lesson-forced-marriage-title = Perkahwinan paksa dan perkahwinan melalui broker
lesson-forced-marriage-summary = Ketahui apa itu perkahwinan paksa, tanda amaran apabila broker mengatur perkahwinan di luar negara, dan cara mendapatkan bantuan.

lesson-forced-marriage-forced-title = Apabila seseorang tidak boleh menolak
lesson-forced-marriage-forced-body = Perkahwinan paksa ialah perkahwinan yang tidak boleh ditolak secara bebas, kerana ugutan, tekanan, keganasan atau perjanjian yang dibuat oleh orang lain. Ia boleh berlaku kepada wanita dan lelaki, budak perempuan dan budak lelaki. ILO menganggap perkahwinan paksa sebagai satu bentuk perhambaan moden. Kanak-kanak bawah 18 tahun tidak boleh memberi persetujuan yang penuh dan bebas untuk berkahwin, jadi perkahwinan kanak-kanak sentiasa memudaratkan, dan banyak negara melarangnya.

lesson-forced-marriage-brokered-title = Perkahwinan yang diatur broker
lesson-forced-marriage-brokered-body = Sesetengah broker menawarkan untuk mencari suami atau isteri di negara lain, selalunya dengan wang untuk keluarga. Sebahagian perkahwinan ini ikhlas, tetapi sebahagian digunakan untuk memperdagangkan wanita dan budak perempuan. Pengantin dibawa jauh, tidak tahu bahasa setempat, dokumennya diambil, dan dipaksa bekerja, melahirkan anak atau terus tinggal. Tanda amaran ialah broker yang membayar keluarga, perkahwinan yang diatur dalam beberapa hari, pasangan yang anda tidak pernah jumpa, janji hidup mewah, dan dokumen dalam bahasa yang anda tidak boleh baca.

lesson-forced-marriage-help-title = Pilihan anda, dan tempat mendapatkan bantuan
lesson-forced-marriage-help-body = Anda berhak memilih sama ada, bila dan dengan siapa anda berkahwin. Jika anda atau kawan didesak untuk berkahwin, bercakap dengan orang yang anda percayai, seperti guru, saudara atau pekerja sosial, atau hubungi perkhidmatan daripada direktori. Jika anda sudah berkahwin dan dikawal, simpan salinan dokumen dan senarai nombor di atas kertas. Berkahwin tidak menghapuskan hak anda: kedutaan dan talian bantuan juga boleh membantu anda.

lesson-forced-marriage-q1 = Ibu bapa Nang telah bersetuju dengan seorang broker bahawa dia akan berkahwin dengan lelaki di luar negara yang tidak pernah dia jumpa. Broker itu akan membayar keluarganya. Nang tidak mahu berkahwin dengannya. Apa yang betul?
lesson-forced-marriage-q1-a = Dia terpaksa menerima, kerana ibu bapanya bersetuju dan wang telah dibayar.
lesson-forced-marriage-q1-a-why = Kurang tepat. Tiada siapa boleh bersetuju untuk berkahwin bagi pihak orang lain. Wang yang dibayar kepada keluarga tidak menghapuskan hak Nang untuk menolak.
lesson-forced-marriage-q1-b = Perkahwinan itu paksa; dia boleh menolak dan mendapatkan bantuan.
lesson-forced-marriage-q1-b-why = Betul. Perkahwinan memerlukan persetujuan bebas kedua-dua pihak. Nang boleh bercakap dengan orang yang dia percayai atau menghubungi perkhidmatan daripada direktori.
lesson-forced-marriage-q1-c = Ia hanya menjadi masalah jika suaminya melayannya dengan buruk nanti.
lesson-forced-marriage-q1-c-why = Kurang tepat. Masalahnya bermula sekarang: dia didesak ke dalam perkahwinan yang tidak dia mahu, diatur oleh broker yang membayar keluarganya.

lesson-forced-marriage-q2 = Yang manakah tanda amaran bahawa perkahwinan yang diatur broker mungkin pemerdagangan orang?
lesson-forced-marriage-q2-a = Broker membayar keluarga dan tergesa-gesa mengadakan perkahwinan.
lesson-forced-marriage-q2-a-why = Betul. Wang untuk keluarga dan perkahwinan yang tergesa-gesa ialah tanda amaran. Ia tidak memberi masa untuk menyemak siapa sebenarnya pasangan itu.
lesson-forced-marriage-q2-b = Suaminya tinggal dan bekerja di negara lain, jauh dari keluarganya.
lesson-forced-marriage-q2-b-why = Tidak dengan sendirinya. Ramai pasangan yang ikhlas tinggal di dua negara. Tanda amaran berkaitan wang, tergesa-gesa, kerahsiaan dan kawalan.
lesson-forced-marriage-q2-c = Pasangan itu akan tinggal bersama ibu bapa suami.
lesson-forced-marriage-q2-c-why = Tidak dengan sendirinya. Tinggal bersama keluarga adalah biasa di banyak tempat. Ia membimbangkan jika dia dikurung, atau dokumen atau telefonnya diambil.

lesson-forced-marriage-q3 = Seorang remaja perempuan 15 tahun berkata dia akan berkahwin tidak lama lagi, kerana keluarganya mengaturnya dan dia bersetuju. Apa yang patut kita faham?
lesson-forced-marriage-q3-a = Oleh kerana dia sendiri bersetuju, itu pilihan bebasnya.
lesson-forced-marriage-q3-a-why = Kurang tepat. Kanak-kanak tidak boleh memberi persetujuan yang penuh dan bebas untuk berkahwin. Persetujuannya tidak menjadikan perkahwinan itu selamat baginya.
lesson-forced-marriage-q3-b = Ia boleh diterima jika kahwin muda ialah adat di kampungnya.
lesson-forced-marriage-q3-b-why = Kurang tepat. Adat tidak mengurangkan kemudaratannya. Perkahwinan kanak-kanak meragut persekolahan, kesihatan dan pilihan, dan banyak negara melarangnya.
lesson-forced-marriage-q3-c = Dia kanak-kanak, jadi tidak boleh bersetuju secara bebas; dia boleh dibantu.
lesson-forced-marriage-q3-c-why = Betul. Dia bawah 18 tahun. Orang dewasa yang dipercayai, guru atau perkhidmatan daripada direktori boleh membantunya dan keluarganya.

lesson-forced-marriage-q4 = Mai berkahwin melalui broker dan berpindah ke luar negara. Keluarga suaminya menyimpan pasportnya dan tidak membenarkannya keluar seorang diri. Apa yang boleh dia lakukan?
lesson-forced-marriage-q4-a = Minta bantuan kedutaan atau talian bantuan; perkahwinan tidak menghapuskan haknya.
lesson-forced-marriage-q4-a-why = Betul. Pasport yang ditahan dan tidak dibenarkan keluar ialah tanda kawalan. Kedutaan dan talian bantuan juga membantu orang yang sudah berkahwin.
lesson-forced-marriage-q4-b = Tiada apa-apa, kerana isteri mesti taat kepada keluarga suami dan duduk di rumah.
lesson-forced-marriage-q4-b-why = Tidak betul. Perkahwinan tidak memberi sesiapa hak untuk menyimpan dokumennya atau mengurungnya.
lesson-forced-marriage-q4-c = Tunggu sehingga dia ada anak, kerana ketika itu keluarga akan lebih mempercayainya.
lesson-forced-marriage-q4-c-why = Kurang tepat. Menunggu boleh menyukarkan dia untuk pergi. Dia boleh meminta bantuan secara senyap sekarang, apabila selamat.

lesson-forced-marriage-q5 = Siapa yang boleh dipaksa berkahwin?
lesson-forced-marriage-q5-a = Hanya budak perempuan daripada keluarga miskin di luar bandar.
lesson-forced-marriage-q5-a-why = Kurang tepat. Kemiskinan meningkatkan risiko, tetapi perkahwinan paksa juga berlaku dalam keluarga yang tidak miskin.
lesson-forced-marriage-q5-b = Wanita dan lelaki, budak perempuan dan budak lelaki, daripada mana-mana keluarga.
lesson-forced-marriage-q5-b-why = Betul. Sesiapa pun boleh didesak ke dalam perkahwinan yang tidak dia mahu, dan setiap orang berhak menolak.
lesson-forced-marriage-q5-c = Hanya orang yang dibawa ke negara lain.
lesson-forced-marriage-q5-c-why = Kurang tepat. Banyak perkahwinan paksa berlaku dalam satu negara, malah di kampung yang sama.

## Domestic work and fishing

lesson-domestic-work-and-fishing-title = Kerja domestik dan perikanan
lesson-domestic-work-and-fishing-summary = Ketahui risiko bekerja di rumah persendirian atau di bot nelayan, dan standard yang boleh diminta oleh pekerja ini.

lesson-domestic-work-and-fishing-domestic-title = Bekerja di rumah persendirian
lesson-domestic-work-and-fishing-domestic-body = Pekerja domestik membersihkan rumah, memasak dan menjaga kanak-kanak atau warga emas di rumah persendirian. Oleh kerana kerja itu berlaku di sebalik pintu tertutup, penderaan sukar dilihat oleh orang lain. Konvensyen ILO tentang Pekerja Domestik menyatakan bahawa pekerja domestik menyimpan sendiri pasport dan kad pengenalannya, mendapat rehat sekurang-kurangnya 24 jam berturut-turut setiap minggu, tidak wajib berada di rumah semasa rehat, dan patut diberitahu syarat kerjanya, jika boleh dalam kontrak bertulis. Bukan semua negara telah meratifikasinya, tetapi ini standard yang adil untuk diminta.

lesson-domestic-work-and-fishing-fishing-title = Bekerja di bot nelayan
lesson-domestic-work-and-fishing-fishing-body = Bekerja di bot nelayan boleh bermakna berbulan-bulan di laut, jauh daripada bantuan. Tanda amaran ialah perekrut yang tidak dapat menyebut nama bot, pelabuhan atau tempoh pelayaran; tiada perjanjian kerja bertulis; gaji ditahan sehingga akhir pelayaran; dokumen disimpan oleh kapten; dan dipindahkan dari bot ke bot di tengah laut. Konvensyen ILO tentang Kerja dalam Perikanan meminta perjanjian kerja bertulis, rehat sekurang-kurangnya 10 jam dalam setiap 24 jam pada pelayaran panjang, dan hak untuk dihantar pulang.

lesson-domestic-work-and-fishing-both-title = Kekal berhubung
lesson-domestic-work-and-fishing-both-body = Dalam kedua-dua pekerjaan, simpan sendiri dokumen anda, salinan kontrak dan senarai nombor di atas kertas. Beritahu keluarga nama majikan dan alamatnya, atau nama bot dan pelabuhannya. Bersetuju dengan mereka berapa kerap anda akan menelefon. Jika keluarga tidak dapat menghubungi anda untuk masa yang lama, mereka boleh meminta nasihat talian bantuan.

lesson-domestic-work-and-fishing-q1 = Majikan anda berkata pekerja domestik tidak mendapat hari rehat kerana mereka tinggal di rumah itu. Apa yang betul?
lesson-domestic-work-and-fishing-q1-a = Itu betul, kerana tinggal di rumah bermakna sentiasa bertugas.
lesson-domestic-work-and-fishing-q1-a-why = Kurang tepat. Tinggal di rumah majikan tidak bermakna bekerja sepanjang masa. Pekerja domestik juga perlukan rehat.
lesson-domestic-work-and-fishing-q1-b = Anda hanya layak mendapat rehat mingguan selepas setahun penuh bekerja.
lesson-domestic-work-and-fishing-q1-b-why = Kurang tepat. Rehat mingguan adalah untuk setiap minggu, dari awal. Cuti tahunan ialah hak yang berasingan.
lesson-domestic-work-and-fishing-q1-c = Anda patut mendapat rehat 24 jam berturut-turut setiap minggu.
lesson-domestic-work-and-fishing-q1-c-why = Betul. Standard ILO ialah sekurang-kurangnya 24 jam rehat berturut-turut setiap minggu, dan anda tidak wajib berada di rumah semasa rehat.

lesson-domestic-work-and-fishing-q2 = Seorang perekrut menawarkan kerja di bot nelayan tetapi tidak dapat menyebut nama bot, pelabuhan atau tempoh pelayaran. Apa maksudnya?
lesson-domestic-work-and-fishing-q2-a = Ia biasa, kerana bot nelayan sentiasa menukar rancangan.
lesson-domestic-work-and-fishing-q2-a-why = Kurang tepat. Rancangan di laut boleh berubah, tetapi perekrut yang jujur tahu bot dan pelabuhan mana untuk kerja itu.
lesson-domestic-work-and-fishing-q2-b = Ia tanda amaran; minta butiran itu secara bertulis dahulu.
lesson-domestic-work-and-fishing-q2-b-why = Betul. Tanpa nama bot dan pelabuhan, tiada siapa boleh mencari anda atau menyemak kerja itu. Minta butiran dan perjanjian kerja bertulis sebelum pergi.
lesson-domestic-work-and-fishing-q2-c = Tidak mengapa jika gajinya cukup tinggi.
lesson-domestic-work-and-fishing-q2-c-why = Kurang tepat. Gaji tinggi dengan butiran yang tiada ialah sebab untuk menyemak dengan lebih teliti, bukan kurang.

lesson-domestic-work-and-fishing-q3 = Kapten berkata dia akan menyimpan pasport nelayan dan membayar semua orang pada akhir pelayaran. Apa yang patut nelayan tahu?
lesson-domestic-work-and-fishing-q3-a = Pasport yang ditahan dan gaji yang ditahan ialah tanda buruh paksa.
lesson-domestic-work-and-fishing-q3-a-why = Betul. Kedua-duanya dalam senarai tanda buruh paksa ILO. Bersama-sama, ia menyukarkan nelayan untuk pergi.
lesson-domestic-work-and-fishing-q3-b = Kapten memang perlu menyimpan pasport semasa di laut, jadi ini selamat.
lesson-domestic-work-and-fishing-q3-b-why = Kurang tepat. Bot mungkin perlu menunjukkan siapa di atas kapal, tetapi itu tidak bermakna kapten patut memegang pasport anda sepanjang pelayaran.
lesson-domestic-work-and-fishing-q3-c = Dibayar pada akhir lebih baik, kerana ia membantu nelayan menabung.
lesson-domestic-work-and-fishing-q3-c-why = Ia kedengaran membantu, tetapi gaji yang ditahan hingga akhir bermakna anda mungkin tidak pernah menerimanya, dan anda tidak boleh pergi tanpa kehilangannya.

lesson-domestic-work-and-fishing-q4 = Ana bekerja di sebuah rumah di luar negara, dan majikannya mengambil telefonnya setiap malam. Apakah langkah terbaik seterusnya?
lesson-domestic-work-and-fishing-q4-a = Terima sahaja, kerana majikan bertanggungjawab ke atasnya pada waktu malam.
lesson-domestic-work-and-fishing-q4-a-why = Kurang tepat. Telefon itu miliknya. Memutuskan hubungannya dengan orang lain ialah tanda amaran pengasingan.
lesson-domestic-work-and-fishing-q4-b = Simpan nombor di atas kertas, dan minta bantuan talian bantuan jika rasa tidak selamat.
lesson-domestic-work-and-fishing-q4-b-why = Betul. Senarai di atas kertas masih berguna tanpa telefon. Talian bantuan atau kedutaannya boleh membantunya merancang dengan selamat.
lesson-domestic-work-and-fishing-q4-c = Lari pada malam itu juga, tanpa memberitahu sesiapa.
lesson-domestic-work-and-fishing-q4-c-why = Pergi mungkin pilihan yang betul, tetapi melakukannya seorang diri pada waktu malam berisiko. Lebih selamat merancangnya bersama talian bantuan atau kedutaan.

lesson-domestic-work-and-fishing-q5 = Mengapa kerja domestik dan kerja di laut sangat berisiko?
lesson-domestic-work-and-fishing-q5-a = Kerana pekerjaan ini sentiasa haram di negara lain.
lesson-domestic-work-and-fishing-q5-a-why = Kurang tepat. Kedua-duanya kerja sebenar yang boleh dilakukan secara sah dan selamat. Risikonya datang daripada betapa tersembunyinya kerja itu.
lesson-domestic-work-and-fishing-q5-b = Kerana gajinya jauh lebih rendah daripada kerja lain di luar negara.
lesson-domestic-work-and-fishing-q5-b-why = Gaji rendah boleh menjadi masalah, tetapi risiko yang lebih besar ialah tiada siapa dapat melihat apa yang berlaku kepada pekerja.
lesson-domestic-work-and-fishing-q5-c = Kerana kerjanya tersembunyi, jauh daripada bantuan.
lesson-domestic-work-and-fishing-q5-c-why = Betul. Di rumah persendirian atau jauh di laut, sedikit orang dapat melihat penderaan, dan sukar meminta bantuan. Sebab itu kekal berhubung sangat penting.

## Money: sending, borrowing, insurance

lesson-money-abroad-title = Wang: menghantar, meminjam, insurans
lesson-money-abroad-summary = Ketahui cara menghantar wang ke rumah dengan selamat, risiko meminjam daripada ceti haram dan perekrut, dan apa yang perlu ditanya tentang insurans.

lesson-money-abroad-sending-title = Menghantar wang ke rumah
lesson-money-abroad-sending-body = Hantar wang melalui bank atau perkhidmatan pengiriman wang berlesen. Bandingkan yuran dan kadar tukaran, kerana kedua-duanya mengurangkan wang yang sampai. Simpan setiap resit dan nombor pemindahan. Jangan sekali-kali berkongsi PIN atau kod sekali guna, walaupun dengan ejen atau majikan anda. Menghantar melalui pembawa wang tanpa lesen mungkin nampak lebih murah, tetapi jika wang hilang, mungkin tiada cara untuk mendapatkannya semula.

lesson-money-abroad-moneylenders-title = Meminjam dan pemberi pinjaman
lesson-money-abroad-moneylenders-body = Ramai orang meminjam wang untuk berhijrah. Pinjaman daripada perekrut, broker atau ceti haram boleh memerangkap anda: faedahnya tinggi, hutang bertambah, dan pemberi pinjaman mungkin menyimpan dokumen anda atau mengugut keluarga anda. Sebelum meminjam, minta jumlah penuh yang perlu dibayar balik, secara bertulis. Pinjam daripada bank, koperasi atau pemberi pinjaman berlesen, dan jangan sekali-kali serahkan pasport, kad pengenalan atau kad bank sebagai cagaran. Hutang tidak pernah memberi sesiapa hak untuk memaksa anda bekerja.

lesson-money-abroad-insurance-title = Insurans
lesson-money-abroad-insurance-body = Sesetengah negara mewajibkan insurans bagi pekerja yang berangkat melalui saluran rasmi, dan sesetengah negara destinasi mewajibkan majikan menginsuranskan pekerjanya. Sebelum berangkat, tanya insurans apa yang anda ada, apa yang dilindunginya (sakit, kemalangan, kematian, hilang kerja), siapa yang membayar dan cara membuat tuntutan. Tinggalkan nama syarikat insurans dan nombor polisi bersama salinan yang anda tinggalkan di rumah. Berangkat melalui saluran rasmi selalunya yang menjadikan anda dilindungi.

lesson-money-abroad-q1 = Apakah cara paling selamat untuk menghantar wang ke rumah?
lesson-money-abroad-q1-a = Melalui bank atau perkhidmatan berlesen, dan simpan resit.
lesson-money-abroad-q1-a-why = Betul. Perkhidmatan berlesen boleh dipertanggungjawabkan, dan resit membantu jika ada masalah. Membandingkan kos bermakna lebih banyak wang sampai.
lesson-money-abroad-q1-b = Memberi wang tunai kepada kawan majikan yang akan pulang ke kampung.
lesson-money-abroad-q1-b-why = Kurang tepat. Dia mungkin baik hati, tetapi jika wang tidak sampai, anda tiada resit dan tiada tempat untuk mengadu.
lesson-money-abroad-q1-c = Mana-mana perkhidmatan yang yurannya paling rendah, walaupun tanpa lesen.
lesson-money-abroad-q1-c-why = Kurang tepat. Yuran rendah boleh menyembunyikan kadar tukaran yang buruk, dan perkhidmatan tanpa lesen mungkin tidak memulangkan wang anda jika hilang.

lesson-money-abroad-q2 = Seseorang menelefon dan berkata dia dari kedai pengiriman wang. Dia meminta kod yang dihantar ke telefon anda untuk menyelesaikan pemindahan. Apa yang patut anda lakukan?
lesson-money-abroad-q2-a = Beri kod itu, kerana kedai memerlukannya untuk menghantar wang.
lesson-money-abroad-q2-a-why = Tidak betul. Perkhidmatan sebenar tidak pernah meminta kod sekali guna anda. Sesiapa yang ada kod itu boleh mengambil wang anda.
lesson-money-abroad-q2-b = Beri kod itu jika pemanggil tahu nama anda dan jumlahnya.
lesson-money-abroad-q2-b-why = Kurang tepat. Penipu selalu tahu nama dan butiran anda. Mengetahuinya tidak membuktikan siapa pemanggil itu.
lesson-money-abroad-q2-c = Jangan sekali-kali berikan; letak telefon dan hubungi kedai sendiri.
lesson-money-abroad-q2-c-why = Betul. Simpan kod itu untuk diri sendiri, dan telefon atau pergi ke kedai menggunakan butiran yang anda sudah tahu, bukan yang diberi pemanggil.

lesson-money-abroad-q3 = Seorang perekrut menawarkan pinjaman untuk yuran penempatan dan meminta anda meninggalkan kad pengenalan padanya sebagai cagaran. Apakah risikonya?
lesson-money-abroad-q3-a = Tiada risiko, asalkan anda benar-benar berniat membayar balik.
lesson-money-abroad-q3-a-why = Kurang tepat. Walaupun anda berniat membayar, dia boleh menambah hutang itu, dan kad pengenalan anda memberinya kuasa ke atas anda.
lesson-money-abroad-q3-b = Dia boleh menggunakan hutang dan kad pengenalan anda untuk mengawal anda.
lesson-money-abroad-q3-b-why = Betul. Pinjaman daripada perekrut bersama dokumen anda di tangannya ialah dua tanda buruh paksa sekali gus.
lesson-money-abroad-q3-c = Satu-satunya risiko ialah betapa tinggi kadar faedahnya nanti.
lesson-money-abroad-q3-c-why = Faedah memang penting, tetapi bukan satu-satunya risiko. Bahaya yang lebih besar ialah dia memegang kad pengenalan dan hutang anda serentak.

lesson-money-abroad-q4 = Anda tidak dapat membayar balik pinjaman, dan pemberi pinjaman berkata anda mesti bekerja untuknya tanpa gaji sehingga hutang selesai. Apa yang betul?
lesson-money-abroad-q4-a = Hutang tidak membenarkan kerja paksa; tanya bantuan guaman.
lesson-money-abroad-q4-a-why = Betul. Bekerja tanpa gaji untuk melangsaikan hutang ialah ikatan hutang. Talian bantuan atau perkhidmatan bantuan guaman boleh memberitahu apa yang boleh anda lakukan.
lesson-money-abroad-q4-b = Anda mesti bekerja untuknya, kerana anda telah menandatangani pinjaman itu.
lesson-money-abroad-q4-b-why = Kurang tepat. Surat pinjaman tidak menjadikan kerja paksa sah. Anda mungkin masih berhutang wang, tetapi bukan kebebasan anda.
lesson-money-abroad-q4-c = Ia adil asalkan dia mengurangkan sedikit hutang setiap bulan.
lesson-money-abroad-q4-c-why = Kurang tepat. Jika anda tidak boleh pergi dan tidak dibayar, ia tetap ikatan hutang, walaupun hutang berkurang perlahan-lahan.

lesson-money-abroad-q5 = Sebelum berangkat, apa yang patut anda ketahui tentang insurans?
lesson-money-abroad-q5-a = Tiada apa-apa, kerana insurans hanya untuk orang yang banyak wang.
lesson-money-abroad-q5-a-why = Kurang tepat. Sesetengah pekerja yang berangkat melalui saluran rasmi dilindungi, dan kemalangan di luar negara boleh merugikan keluarga jauh lebih banyak.
lesson-money-abroad-q5-b = Hanya harganya, kerana semua polisi melindungi perkara yang sama.
lesson-money-abroad-q5-b-why = Kurang tepat. Polisi sangat berbeza: ada yang tidak melindungi sakit atau hilang kerja. Tanya apa yang dilindungi polisi anda.
lesson-money-abroad-q5-c = Apa yang dilindungi, siapa yang membayar dan cara menuntut.
lesson-money-abroad-q5-c-why = Betul. Mengetahui apa yang dilindungi dan cara menuntut, dan meninggalkan butirannya dengan keluarga, menjadikan insurans benar-benar membantu.
