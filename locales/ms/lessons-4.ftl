# Waymark — pelajaran 13–15 (bahasa Melayu, terjemahan mesin yang belum disemak).

## Getting help after harm

lesson-after-harm-title = Selepas dimudaratkan: aduan, keadilan dan pulang
lesson-after-harm-summary = Ketahui cara membuat aduan, tempat mendapat bantuan guaman percuma, mengapa mangsa tidak patut dihukum, dan apa yang ditawarkan rumah perlindungan dan bantuan pulang.

lesson-after-harm-complaints-title = Aduan, bantuan guaman dan pampasan
lesson-after-harm-complaints-body = Jika anda ditipu atau dimudaratkan, anda boleh mengadu kepada pejabat buruh di tempat anda bekerja, kepada pejabat di negara anda yang melesenkan agensi pengambilan anda, kepada kedutaan atau konsulat, atau kepada polis. Pertubuhan bantuan guaman dan kesatuan sekerja boleh membantu anda secara percuma atau dengan kos rendah. Simpan bukti: kontrak, slip gaji, mesej, gambar, nama dan tarikh. Anda mungkin boleh mendapatkan semula gaji yang tidak dibayar atau pampasan; tanya talian bantuan atau perkhidmatan bantuan guaman caranya.

lesson-after-harm-non-punishment-title = Mangsa tidak patut dihukum
lesson-after-harm-non-punishment-body = Jika anda diperdagangkan, anda tidak patut dihukum kerana perkara yang anda dipaksa lakukan akibatnya, seperti bekerja tanpa permit, menggunakan dokumen palsu yang diberi oleh pemerdagang, atau menipu orang dalam talian di kompleks penipuan. Ini dipanggil prinsip tidak menghukum mangsa. Ia terdapat dalam peraturan antarabangsa, termasuk Protokol ILO tentang buruh paksa dan Konvensyen ASEAN menentang pemerdagangan orang. Bukan semua negara melaksanakannya dengan baik, jadi minta peguam atau pertubuhan sokongan sebelum anda memberi keterangan.

lesson-after-harm-shelter-and-home-title = Rumah perlindungan dan pulang ke rumah
lesson-after-harm-shelter-and-home-body = Banyak negara mempunyai rumah perlindungan untuk mangsa yang terselamat, dikendalikan oleh kerajaan atau pertubuhan, dengan tempat tinggal yang selamat, rawatan kesihatan, kaunseling dan bantuan langkah undang-undang. Tanya sokongan apa yang boleh anda dapat dan peraturan apa yang terpakai, contohnya sama ada anda boleh keluar, bekerja atau menelefon keluarga. Kedutaan dan pertubuhan seperti IOM boleh membantu anda pulang dengan selamat dan mendapat sokongan selepas tiba, untuk kesihatan, kerja atau sekolah. Kisah anda milik anda: anda yang menentukan kepada siapa anda bercerita.

lesson-after-harm-q1 = Hana tidak dibayar gaji selama tiga bulan. Apa yang paling membantu aduannya?
lesson-after-harm-q1-a = Tunggu sehingga dia pulang, kerana aduan hanya boleh dibuat di negaranya sendiri.
lesson-after-harm-q1-a-why = Kurang tepat. Dia juga boleh mengadu di tempat dia bekerja, contohnya kepada pejabat buruh atau melalui kedutaannya, dan selalunya lebih mudah semasa dia masih di sana.
lesson-after-harm-q1-b = Menyimpan kontrak, slip gaji dan mesej, dan bertanya pejabat buruh atau kesatuan.
lesson-after-harm-q1-b-why = Betul. Bukti menjadikan aduan lebih kukuh, dan pejabat buruh, kesatuan atau perkhidmatan bantuan guaman tahu cara menuntut gaji yang tidak dibayar.
lesson-after-harm-q1-c = Menyiarkan nama majikan di media sosial dahulu.
lesson-after-harm-q1-c-why = Kurang tepat. Menyiarkan boleh memberi amaran kepada majikan, membahayakannya dan malah menyebabkan masalah undang-undang. Aduan rasmi lebih selamat.

lesson-after-harm-q2 = Tun diperdagangkan ke kompleks penipuan dan dipaksa menipu orang dalam talian. Apa kata prinsip tidak menghukum mangsa?
lesson-after-harm-q2-a = Mangsa tidak patut dihukum atas jenayah yang mereka dipaksa lakukan.
lesson-after-harm-q2-a-why = Betul. Tun dipaksa melakukannya sebagai sebahagian daripada pemerdagangan. Dia patut dilayan sebagai mangsa, dan pertubuhan sokongan boleh membantunya menerangkan keadaannya.
lesson-after-harm-q2-b = Mangsa tidak pernah disoal oleh polis.
lesson-after-harm-q2-b-why = Kurang tepat. Polis mungkin masih bertanya. Prinsip ini tentang tidak menghukum mangsa, dan dia boleh meminta peguam atau pertubuhan sokongan.
lesson-after-harm-q2-c = Ia hanya melindungi orang yang masuk ke negara itu secara sah, dengan visa yang sah.
lesson-after-harm-q2-c-why = Kurang tepat. Prinsip ini juga meliputi mangsa yang menyeberang sempadan tanpa dokumen akibat pemerdagangan.

lesson-after-harm-q3 = Yang manakah boleh dibantu oleh perkhidmatan bantuan guaman atau kesatuan sekerja?
lesson-after-harm-q3-a = Hanya kes yang sudah dibawa ke mahkamah.
lesson-after-harm-q3-a-why = Kurang tepat. Kebanyakan kerja mereka di luar mahkamah: nasihat, surat, perbincangan dengan majikan dan aduan kepada pejabat buruh.
lesson-after-harm-q3-b = Hanya pekerja yang mempunyai permit kerja yang sah.
lesson-after-harm-q3-b-why = Kurang tepat. Banyak perkhidmatan bantuan guaman dan kesatuan juga membantu pekerja tanpa dokumen, contohnya menuntut gaji untuk kerja yang telah dibuat.
lesson-after-harm-q3-c = Hak anda, gaji tertunggak dan aduan.
lesson-after-harm-q3-c-why = Betul. Mereka boleh menerangkan hak anda, membantu menuntut apa yang terhutang kepada anda dan membimbing anda membuat aduan, selalunya secara percuma.

lesson-after-harm-q4 = Apakah rumah perlindungan untuk mangsa pemerdagangan orang?
lesson-after-harm-q4-a = Sejenis penjara tempat orang tanpa dokumen ditahan sehingga dihantar pulang.
lesson-after-harm-q4-a-why = Ini ketakutan biasa, tetapi rumah perlindungan bertujuan melindungi anda, bukan menghukum. Tanya peraturannya sebelum anda pergi.
lesson-after-harm-q4-b = Tempat tinggal yang selamat, dengan rawatan kesihatan dan bantuan guaman.
lesson-after-harm-q4-b-why = Betul. Rumah perlindungan memberi mangsa yang terselamat tempat yang selamat dan bantuan untuk pulih dan mengambil langkah seterusnya.
lesson-after-harm-q4-c = Tempat hanya untuk orang yang masih ada pasport.
lesson-after-harm-q4-c-why = Kurang tepat. Ramai mangsa yang terselamat telah kehilangan dokumen atau dokumennya diambil. Rumah perlindungan dan kedutaan boleh membantu tentang itu juga.

lesson-after-harm-q5 = Thu mahu pulang selepas dieksploitasi di luar negara. Apa yang betul?
lesson-after-harm-q5-a = Dia mesti membayar perjalanan sendiri sebelum sesiapa mahu membantu.
lesson-after-harm-q5-a-why = Kurang tepat. Kedutaan dan pertubuhan seperti IOM kadangkala boleh membantu perjalanannya. Tanya sokongan apa yang ada.
lesson-after-harm-q5-b = Dia tidak boleh pulang sehingga kes terhadap majikan selesai.
lesson-after-harm-q5-b-why = Kurang tepat. Kes mungkin mengambil masa, tetapi pulang ialah pilihannya. Peguam boleh menerangkan bagaimana kes boleh diteruskan selepas dia pergi.
lesson-after-harm-q5-c = Kedutaan atau IOM boleh membantunya pulang dengan selamat.
lesson-after-harm-q5-c-why = Betul. Bantuan untuk pulang dengan selamat dan sokongan selepas tiba, seperti rawatan kesihatan, kerja atau sekolah, tersedia di banyak negara.

## Ready for a crisis

lesson-crisis-ready-title = Bersedia untuk krisis
lesson-crisis-ready-summary = Ketahui cara bersedia untuk perang, bencana atau kehilangan kerja secara tiba-tiba di luar negara, dan cara kekal selamat apabila ia berlaku.

lesson-crisis-ready-plan-title = Rancang sebelum ia berlaku
lesson-crisis-ready-plan-body = Perang, banjir, kebakaran, wabak penyakit atau kehilangan kerja secara tiba-tiba boleh menjejaskan migran dengan teruk, jauh dari keluarga dan dalam bahasa asing. Bersedia lebih awal: daftar dengan kedutaan atau konsulat jika negara anda menawarkannya, dan tulis alamat dan nombornya di atas kertas. Ketahui di mana tempat selamat yang terdekat. Bersetuju dengan keluarga dan kawan cara untuk saling menghubungi jika rangkaian telefon terputus.

lesson-crisis-ready-kit-title = Beg kecemasan
lesson-crisis-ready-kit-body = Sediakan beg kecil berisi pasport dan kad pengenalan atau salinannya, salinan kontrak dan permit kerja, sedikit wang tunai, ubat yang anda perlukan, pengecas telefon dan senarai nombor di atas kertas. Simpan gambar dokumen anda di tempat dalam talian yang selamat atau dengan keluarga, supaya anda boleh membuktikan siapa diri anda jika dokumen hilang.

lesson-crisis-ready-during-title = Apabila krisis berlaku
lesson-crisis-ready-during-body = Semasa krisis, ikut maklumat daripada pihak berkuasa dan kedutaan anda, bukan khabar angin. Beritahu keluarga bahawa anda selamat. Jika majikan pergi atau berhenti membayar, anda masih berhak atas gaji dan dokumen anda, jadi catat berapa yang terhutang kepada anda. Berhati-hati dengan orang yang menawarkan jalan pantas merentas sempadan dengan bayaran: semasa krisis, penyeludup dan pemerdagang orang mencari orang yang tergesa-gesa. Kedutaan, IOM atau talian bantuan boleh memberitahu anda tentang cara keluar yang selamat.

lesson-crisis-ready-q1 = Apakah langkah yang baik sebelum krisis berlaku?
lesson-crisis-ready-q1-a = Daftar dengan kedutaan dan simpan butirannya di atas kertas.
lesson-crisis-ready-q1-a-why = Betul. Kedutaan yang tahu anda berada di sana boleh mencari dan membantu anda, dan nombor di atas kertas masih berguna apabila telefon tidak boleh digunakan.
lesson-crisis-ready-q1-b = Simpan semua dokumen hanya dalam telefon, supaya tiada yang hilang.
lesson-crisis-ready-q1-b-why = Kurang tepat. Gambar dalam telefon berguna, tetapi telefon boleh hilang, rosak atau kehabisan bateri. Simpan juga salinan kertas.
lesson-crisis-ready-q1-c = Tunggu majikan membuat rancangan untuk anda.
lesson-crisis-ready-q1-c-why = Kurang tepat. Ada majikan yang membantu, tetapi ada yang pergi. Rancangan anda sendiri menjaga keselamatan anda dalam kedua-dua keadaan.

lesson-crisis-ready-q2 = Banjir melanda bandar tempat anda bekerja. Seorang yang tidak dikenali menawarkan untuk membawa anda merentas sempadan malam ini dengan bayaran besar. Apa yang bijak?
lesson-crisis-ready-q2-a = Pergi segera, kerana apa-apa jalan keluar lebih baik daripada tinggal.
lesson-crisis-ready-q2-a-why = Kurang tepat. Semasa krisis, orang yang tergesa-gesa mudah diperangkap. Pemandu yang tidak dikenali boleh membawa anda ke tempat yang lebih berbahaya.
lesson-crisis-ready-q2-b = Pergi jika pekerja lain juga ikut bersamanya.
lesson-crisis-ready-q2-b-why = Kurang tepat. Satu kumpulan boleh diperdagangkan bersama. Orang lain ikut tidak membuktikan tawaran itu selamat.
lesson-crisis-ready-q2-c = Semak dahulu dengan kedutaan, IOM atau talian bantuan.
lesson-crisis-ready-q2-c-why = Betul. Menyemak dahulu mengambil sedikit masa, tetapi boleh menjauhkan anda daripada penyeludup dan pemerdagang orang, dan mereka boleh memberitahu cara keluar yang selamat.

lesson-crisis-ready-q3 = Apa yang patut ada dalam beg kecemasan?
lesson-crisis-ready-q3-a = Hanya wang, kerana semua yang lain boleh dibeli.
lesson-crisis-ready-q3-a-why = Kurang tepat. Semasa krisis, kedai mungkin tutup, dan wang tidak boleh menggantikan dokumen atau ubat anda.
lesson-crisis-ready-q3-b = Dokumen, wang tunai, ubat, pengecas, nombor di atas kertas.
lesson-crisis-ready-q3-b-why = Betul. Semua ini membolehkan anda membuktikan siapa diri anda, kekal sihat dan menghubungi bantuan.
lesson-crisis-ready-q3-c = Hanya pasport asal, supaya beg kekal ringan dan mudah dibawa.
lesson-crisis-ready-q3-c-why = Pasport paling penting, tetapi salinan, wang tunai, ubat dan nombor di atas kertas adalah kecil dan boleh menyelamatkan anda daripada banyak masalah.

lesson-crisis-ready-q4 = Majikan menutup kilang kerana krisis dan pergi tanpa membayar gaji anda. Apa yang betul?
lesson-crisis-ready-q4-a = Gaji anda masih terhutang; catat jumlahnya dan minta bantuan.
lesson-crisis-ready-q4-a-why = Betul. Krisis tidak membatalkan gaji untuk kerja yang telah anda lakukan. Catatan bertulis membantu anda menuntutnya kemudian.
lesson-crisis-ready-q4-b = Semasa krisis, majikan tidak perlu membayar gaji.
lesson-crisis-ready-q4-b-why = Kurang tepat. Gaji untuk kerja yang telah dibuat masih terhutang. Pejabat buruh, kesatuan atau kedutaan boleh membantu anda menuntutnya.
lesson-crisis-ready-q4-c = Anda kehilangan gaji jika meninggalkan asrama kilang sebelum ia ditutup.
lesson-crisis-ready-q4-c-why = Kurang tepat. Pergi untuk keselamatan tidak menghapuskan apa yang telah anda peroleh. Keselamatan anda paling utama.

lesson-crisis-ready-q5 = Anda mendengar khabar angin bahawa sempadan akan ditutup esok. Apa yang patut anda lakukan?
lesson-crisis-ready-q5-a = Kongsikan segera dalam setiap kumpulan sembang untuk memberi amaran.
lesson-crisis-ready-q5-a-why = Kurang tepat. Khabar angin palsu boleh menimbulkan panik dan mendorong orang membuat pilihan yang tidak selamat. Semak dahulu.
lesson-crisis-ready-q5-b = Semak dahulu dengan sumber rasmi atau kedutaan anda.
lesson-crisis-ready-q5-b-why = Betul. Sumber rasmi dan kedutaan tahu apa yang sebenarnya berlaku dan apa yang perlu dilakukan.
lesson-crisis-ready-q5-c = Percaya jika ramai orang mengulanginya.
lesson-crisis-ready-q5-c-why = Kurang tepat. Khabar angin merebak pantas semasa krisis. Ramai orang mengulangi sesuatu tidak menjadikannya benar.

## A few phrases in the destination's language

lesson-useful-phrases-title = Beberapa frasa untuk tempat yang anda tuju
lesson-useful-phrases-summary = Pelajari beberapa frasa pendek dalam bahasa Thai, Melayu dan Cina untuk meminta bantuan dan jurubahasa.

lesson-useful-phrases-thai-title = Di Thailand (bahasa Thai)
lesson-useful-phrases-thai-body = ช่วยด้วย (chuay duay) bermaksud "Tolong!". ฉันต้องการความช่วยเหลือ (chan tong-kan khwam chuay luea) bermaksud "Saya perlukan bantuan". ฉันไม่เข้าใจ (chan mai khao jai) bermaksud "Saya tidak faham". ขอล่ามได้ไหม (kho lam dai mai) bermaksud "Boleh saya dapatkan jurubahasa?". Lelaki selalu menyebut ผม (phom) dan bukan ฉัน (chan) untuk "saya".

lesson-useful-phrases-malay-title = Di Malaysia (bahasa Melayu)
lesson-useful-phrases-malay-body = Jika anda penutur bahasa Melayu, frasa ini sudah biasa bagi anda; kongsikan dengan rakan yang baru tiba. Tolong! digunakan untuk meminta bantuan. Saya perlukan bantuan bermaksud anda memerlukan pertolongan. Saya tidak faham digunakan apabila anda tidak memahami. Saya perlukan jurubahasa digunakan untuk meminta jurubahasa. Panggil polis digunakan untuk meminta orang memanggil polis.

lesson-useful-phrases-chinese-title = Di Taiwan dan Hong Kong (bahasa Cina)
lesson-useful-phrases-chinese-body = Kebanyakan orang di Taiwan bertutur dalam bahasa Mandarin dan kebanyakan orang di Hong Kong bertutur dalam bahasa Kantonis, tetapi kedua-duanya menggunakan aksara Cina tradisional yang sama, jadi menunjukkan tulisannya berguna di kedua-dua tempat. 救命 (jiuming) bermaksud "Tolong!". 我需要幫助 (wo xuyao bangzhu) bermaksud "Saya perlukan bantuan". 我聽不懂 (wo ting bu dong) bermaksud "Saya tidak faham". 我需要翻譯 (wo xuyao fanyi) bermaksud "Saya perlukan jurubahasa". Simpan frasa ini di atas kertas dan dalam telefon anda, bersama alamat anda dalam bahasa tempatan.

lesson-useful-phrases-q1 = Di Malaysia, apakah maksud "Tolong!"?
lesson-useful-phrases-q1-a = "Terima kasih!"
lesson-useful-phrases-q1-a-why = Kurang tepat. "Terima kasih" digunakan untuk berterima kasih. "Tolong!" ialah apa yang anda jeritkan apabila memerlukan bantuan.
lesson-useful-phrases-q1-b = Meminta bantuan.
lesson-useful-phrases-q1-b-why = Betul. "Tolong!" digunakan untuk meminta bantuan. Ia juga digunakan untuk menyatakan "sila" apabila meminta seseorang melakukan sesuatu.
lesson-useful-phrases-q1-c = "Tumpang lalu."
lesson-useful-phrases-q1-c-why = Kurang tepat. "Tumpang lalu" atau "Maaf" digunakan untuk meminta laluan. "Tolong!" digunakan untuk meminta bantuan.

lesson-useful-phrases-q2 = Apakah maksud frasa Thai ฉันไม่เข้าใจ (chan mai khao jai)?
lesson-useful-phrases-q2-a = "Saya tidak faham."
lesson-useful-phrases-q2-a-why = Betul. ไม่ (mai) bermaksud "tidak" dan เข้าใจ (khao jai) bermaksud "faham". Ia frasa yang baik untuk disebut sebelum meminta jurubahasa.
lesson-useful-phrases-q2-b = "Saya tidak takut."
lesson-useful-phrases-q2-b-why = Kurang tepat. เข้าใจ (khao jai) bermaksud "faham", jadi frasa itu menyatakan bahawa anda tidak faham.
lesson-useful-phrases-q2-c = "Saya tidak bersetuju dengan anda."
lesson-useful-phrases-q2-c-why = Kurang tepat. Frasa itu tentang memahami, bukan bersetuju. Ia memberitahu orang itu bahawa anda perlukan kata-kata yang lebih mudah atau jurubahasa.

lesson-useful-phrases-q3 = Di Taiwan, apakah maksud 我需要翻譯 (wo xuyao fanyi)?
lesson-useful-phrases-q3-a = "Saya perlu berjumpa doktor."
lesson-useful-phrases-q3-a-why = Kurang tepat. 翻譯 (fanyi) bermaksud "jurubahasa" atau "terjemahan", bukan "doktor".
lesson-useful-phrases-q3-b = "Saya perlukan tiket."
lesson-useful-phrases-q3-b-why = Kurang tepat. 我需要 (wo xuyao) bermaksud "saya perlukan", dan 翻譯 (fanyi) bermaksud "jurubahasa".
lesson-useful-phrases-q3-c = "Saya perlukan jurubahasa."
lesson-useful-phrases-q3-c-why = Betul. Anda boleh meminta jurubahasa di balai polis, di hospital atau di pejabat buruh.

lesson-useful-phrases-q4 = Mengapa berguna menyimpan frasa ini secara bertulis di atas kertas atau dalam telefon?
lesson-useful-phrases-q4-a = Kerana polis hanya menerima permintaan bertulis.
lesson-useful-phrases-q4-a-why = Kurang tepat. Anda juga boleh bercakap dengan polis. Tulisan hanya membantu apabila sukar bercakap.
lesson-useful-phrases-q4-b = Kerana apabila takut, anda hanya perlu menunjukkannya.
lesson-useful-phrases-q4-b-why = Betul. Dalam keadaan tertekan, mudah lupa perkataan atau menyebutnya dengan salah. Tulisan adalah jelas.
lesson-useful-phrases-q4-c = Kerana menulis ialah satu-satunya cara belajar bahasa.
lesson-useful-phrases-q4-c-why = Kurang tepat. Ada banyak cara belajar. Di sini tujuannya ialah mempunyai perkataan yang sedia apabila anda memerlukannya.

lesson-useful-phrases-q5 = Kebanyakan orang di Hong Kong bertutur dalam bahasa Kantonis, bukan Mandarin. Adakah frasa Cina bertulis masih membantu di sana?
lesson-useful-phrases-q5-a = Ya, kedua-dua tempat menggunakan aksara tradisional yang sama.
lesson-useful-phrases-q5-a-why = Betul. Walaupun sebutannya berbeza, orang di Hong Kong boleh membaca frasa bertulis itu.
lesson-useful-phrases-q5-b = Tidak, kerana orang di Hong Kong tidak boleh membaca aksara Cina.
lesson-useful-phrases-q5-b-why = Kurang tepat. Orang di Hong Kong membaca dan menulis aksara Cina setiap hari.
lesson-useful-phrases-q5-c = Hanya jika anda juga menyebutnya dalam bahasa Mandarin.
lesson-useful-phrases-q5-c-why = Kurang tepat. Menunjukkan tulisannya sudah memadai. Anda tidak perlu menyebutnya.
