# Waymark — lessons 1–4 (Malay). Machine-drafted; awaiting native-speaker review.
# Plain words, no phone numbers: the app has a checked directory.
# Each lesson has 3 sections and 5 questions. The right answers are stored in content/lessons/<id>.json.

## What is trafficking?

lesson-what-is-trafficking-title = Apakah pemerdagangan orang?
lesson-what-is-trafficking-summary = Ketahui apakah pemerdagangan orang dan buruh paksa, serta tanda-tanda bahawa seseorang tidak bebas.

lesson-what-is-trafficking-meaning-title = Maksud perkataan ini
lesson-what-is-trafficking-meaning-body = Pemerdagangan orang berlaku apabila seseorang menggunakan penipuan, kekerasan atau tekanan untuk memindahkan atau menahan orang lain supaya dapat mengeksploitasinya. Mengeksploitasi bermaksud menggunakan seseorang secara tidak adil supaya orang lain mendapat wang. Buruh paksa ialah kerja yang tidak dipilih dengan bebas dan tidak boleh ditinggalkan kerana ada ugutan atau hukuman. Seseorang boleh bersetuju dengan sesuatu pekerjaan pada mulanya dan masih menjadi mangsa jika dia ditipu atau tidak boleh pergi. Ini tidak pernah menjadi kesalahan orang yang diperdagangkan.

lesson-what-is-trafficking-signs-title = Tanda-tanda buruh paksa
lesson-what-is-trafficking-signs-body = Pertubuhan Buruh Antarabangsa (ILO) menyenaraikan 11 tanda buruh paksa. Sebahagian tanda berkaitan dengan kawalan: penipuan tentang pekerjaan, mengambil kesempatan atas keadaan sukar seseorang, tidak bebas untuk pergi, dijauhkan daripada orang lain, serta ugutan atau keganasan. Tanda lain berkaitan dengan dokumen dan wang: majikan menyimpan kad pengenalan anda, menahan gaji anda atau menggunakan hutang untuk mengawal anda. Waktu kerja yang terlalu panjang serta keadaan kerja atau tempat tinggal yang sangat teruk juga merupakan tanda. Kadangkala satu tanda sudah cukup untuk menunjukkan buruh paksa, dan kadangkala beberapa tanda bersama yang menunjukkannya.

lesson-what-is-trafficking-anyone-title = Boleh berlaku kepada sesiapa sahaja
lesson-what-is-trafficking-anyone-body = Pemerdagangan orang boleh berlaku kepada wanita, lelaki, budak perempuan dan budak lelaki. Ia boleh berlaku kepada orang yang kurang bersekolah dan juga kepada orang yang berijazah universiti. Sebahagian orang dibawa ke negara lain, tetapi pemerdagangan orang juga boleh berlaku di dalam negara sendiri. Pelaku boleh jadi orang yang tidak dikenali, tetapi boleh juga kawan, jiran atau seseorang yang dikenali dalam talian. Meminta bantuan bukan sesuatu yang memalukan.

lesson-what-is-trafficking-q1 = Mai bersetuju untuk bekerja di sebuah restoran di negara lain. Apabila dia tiba, kerjanya berbeza, dan bosnya berkata dia tidak boleh pergi sehingga dia membayar balik hutang yang besar. Apakah yang sedang berlaku?
lesson-what-is-trafficking-q1-a = Kerjanya memang berat, tetapi ramai pekerja di luar negara perlu melunaskan hutang perjalanan dahulu sebelum boleh pergi.
lesson-what-is-trafficking-q1-a-why = Ini tidak biasa. Kerja yang berbeza daripada yang dijanjikan dan hutang yang menghalangnya daripada pergi adalah tanda-tanda buruh paksa.
lesson-what-is-trafficking-q1-b = Tanda buruh paksa, walaupun dia bersetuju pada mulanya.
lesson-what-is-trafficking-q1-b-why = Ya. Mai ditipu tentang kerjanya, dan hutang digunakan untuk menahannya di situ. Bersetuju dengan tawaran asal tidak bermakna dia bersetuju dengan keadaan ini.
lesson-what-is-trafficking-q1-c = Dia sendiri bersetuju pergi, jadi ini cuma kerja yang teruk, bukan pemerdagangan orang.
lesson-what-is-trafficking-q1-c-why = Kurang tepat. Bersetuju dengan tawaran pertama tidak bermakna dia bersetuju dengan perkara ini. Dia ditipu dan tidak boleh pergi, dan dia berhak meminta bantuan.

lesson-what-is-trafficking-q2 = Antara situasi berikut, yang manakah boleh menjadi tanda buruh paksa?
lesson-what-is-trafficking-q2-a = Majikan menyimpan pasport para pekerja.
lesson-what-is-trafficking-q2-a-why = Ya. Menyimpan dokumen pengenalan diri pekerja ialah salah satu tanda buruh paksa menurut ILO. Ini menyebabkan pekerja jauh lebih sukar untuk pergi.
lesson-what-is-trafficking-q2-b = Majikan memberi para pekerja bilik di asrama bersama berhampiran tempat kerja.
lesson-what-is-trafficking-q2-b-why = Jika hanya ini, belum lagi. Tempat tinggal daripada majikan adalah biasa. Ia menjadi tanda amaran apabila keadaan tempat tinggal sangat teruk atau pekerja tidak bebas untuk pergi.
lesson-what-is-trafficking-q2-c = Para pekerja mesti memakai pakaian seragam dan mematuhi peraturan keselamatan yang ketat.
lesson-what-is-trafficking-q2-c-why = Ini peraturan kerja yang biasa, bukan tanda amaran. Pakaian seragam dan peraturan keselamatan ada untuk melindungi pekerja.

lesson-what-is-trafficking-q3 = Siapakah yang boleh menjadi mangsa pemerdagangan orang?
lesson-what-is-trafficking-q3-a = Hanya wanita dan budak perempuan, kerana lelaki sentiasa boleh melindungi diri.
lesson-what-is-trafficking-q3-a-why = Ramai orang percaya begini, tetapi ia tidak benar. Lelaki dan budak lelaki juga boleh ditipu, dikawal dan dipaksa bekerja.
lesson-what-is-trafficking-q3-b = Kebanyakannya orang yang merentas sempadan, kerana pemerdagangan orang bermakna membawa orang ke luar negara.
lesson-what-is-trafficking-q3-b-why = Kurang tepat. Ramai mangsa dibawa ke negara lain, tetapi pemerdagangan orang juga boleh berlaku di dalam negara sendiri.
lesson-what-is-trafficking-q3-c = Sesiapa sahaja, termasuk lelaki, budak lelaki dan orang di negara mereka sendiri.
lesson-what-is-trafficking-q3-c-why = Ya. Pemerdagangan orang boleh berlaku kepada sesiapa sahaja, tanpa mengira umur atau jantina, berpendidikan tinggi atau tidak, di dalam atau di luar negara.

lesson-what-is-trafficking-q4 = Dara bekerja di atas bot nelayan. Dia bekerja hampir siang dan malam, tidak dibayar gaji, dan diugut bahawa keluarganya akan dicederakan jika dia pergi. Apakah yang ditunjukkan oleh keadaan ini?
lesson-what-is-trafficking-q4-a = Kerjanya sangat berat, tetapi lelaki dewasa boleh memilih untuk pergi jika dia mahu.
lesson-what-is-trafficking-q4-a-why = Ini tidak betul. Lelaki dewasa juga boleh menjadi mangsa buruh paksa, dan keadaan Dara mempunyai beberapa tanda amaran.
lesson-what-is-trafficking-q4-b = Beberapa tanda yang bersama-sama menunjukkan buruh paksa.
lesson-what-is-trafficking-q4-b-why = Ya. Waktu kerja yang terlalu panjang, tiada gaji dan ugutan terhadap keluarganya adalah tanda-tanda buruh paksa. Bersama-sama, tanda-tanda ini menunjukkan bahawa Dara tidak bebas.
lesson-what-is-trafficking-q4-c = Kerja menangkap ikan memang sentiasa panjang dan berat, jadi ini keadaan biasa di laut.
lesson-what-is-trafficking-q4-c-why = Kurang tepat. Waktu kerja panjang mungkin biasa di laut, tetapi tidak dibayar dan ancaman terhadap keluarganya bukan perkara biasa. Bersama-sama, ini tanda buruh paksa.

lesson-what-is-trafficking-q5 = Seorang kawan berkata bahawa pemerdagangan orang hanya berlaku apabila seseorang dibawa secara paksa dan dikurung di dalam bilik. Apakah jawapan yang terbaik?
lesson-what-is-trafficking-q5-a = Itu benar. Jika tiada sesiapa menggunakan kekerasan atau mengunci pintu, itu bukan pemerdagangan orang.
lesson-what-is-trafficking-q5-a-why = Kurang tepat. Kekerasan hanyalah satu cara. Penipuan, hutang, ugutan dan mengambil dokumen juga boleh menghalang seseorang daripada pergi.
lesson-what-is-trafficking-q5-b = Mesti ada lintasan sempadan juga; jika tidak, itu cuma kerja yang teruk.
lesson-what-is-trafficking-q5-b-why = Kurang tepat. Pemerdagangan orang juga boleh berlaku di dalam negara sendiri, dan kekerasan hanya salah satu cara untuk mengawal seseorang.
lesson-what-is-trafficking-q5-c = Tidak semestinya. Pembohongan, hutang atau ugutan juga boleh memerangkap seseorang.
lesson-what-is-trafficking-q5-c-why = Ya. Seseorang mungkin boleh berjalan keluar tetapi masih tidak bebas, kerana hutang, ugutan atau pasport yang tiada padanya.

## How recruiters lie

lesson-recruiter-deception-title = Cara perekrut menipu
lesson-recruiter-deception-summary = Ketahui helah yang digunakan oleh perekrut palsu, dalam talian dan secara bersemuka, dan cara menyemak sesuatu kerja sebelum anda pergi.

lesson-recruiter-deception-offers-title = Tawaran yang sukar dipercayai
lesson-recruiter-deception-offers-body = Berhati-hati apabila sesuatu kerja menawarkan gaji yang jauh lebih tinggi daripada kerja lain yang sama jenis. Berhati-hati apabila seseorang menawarkan untuk membayar semua kos perjalanan anda dan menguruskan visa, dokumen atau lintasan sempadan anda. Gaji yang sangat tinggi dengan "tidak perlu pengalaman" dan janji untuk mengubah hidup anda dengan cepat ialah tanda amaran. Perekrut yang meminta anda merahsiakan kerja itu, atau yang hanya berjumpa anda di tempat persendirian tanpa papan tanda di luar, juga merupakan tanda amaran. Berhati-hati jika sesiapa meminta gambar seluruh badan anda sebagai sebahagian daripada permohonan kerja.

lesson-recruiter-deception-online-title = Kerja dan kawan dalam talian
lesson-recruiter-deception-online-body = Sebahagian iklan kerja palsu muncul di media sosial dan di laman web kerja. Iklan itu mungkin menawarkan kerja komputer, teknologi maklumat atau khidmat pelanggan dengan gaji tinggi, tempat tinggal percuma dan perjalanan percuma. Sebahagian orang yang menerimanya diterbangkan ke sebuah negara, kemudian dibawa menyeberangi sempadan ke tempat yang dipanggil pusat penipuan. Di sana mereka ditahan, pasport dan telefon mereka diambil, dan mereka dipaksa menipu orang dalam talian. Seseorang yang anda kenali hanya melalui telefon atau internet, yang menjanjikan cinta dan kehidupan baharu di luar negara, juga boleh jadi pemerdagang orang.

lesson-recruiter-deception-check-title = Semak sebelum anda pergi
lesson-recruiter-deception-check-body = Gunakan hanya agensi pengambilan pekerja yang berlesen. Semak lesennya dengan pejabat kerajaan di negara anda yang memberi lesen kepada agensi pengambilan pekerja. Semak juga kerja itu sendiri, bukan hanya agensinya. Jika anda tidak pasti, tanya Pusat Sumber Pekerja Migran atau organisasi lain yang anda percayai. Jangan pergi bekerja dengan visa pelancong.

lesson-recruiter-deception-q1 = Satu mesej di media sosial menawarkan anda kerja di luar negara dengan gaji yang sangat tinggi, tempat tinggal percuma dan tiket penerbangan percuma. Tidak perlu pengalaman. Apakah yang patut anda fikirkan?
lesson-recruiter-deception-q1-a = Ini peluang bertuah, jadi anda patut cepat bersetuju sebelum orang lain mengambilnya.
lesson-recruiter-deception-q1-a-why = Kurang tepat. Tawaran yang jujur memberi anda masa untuk menyemaknya. Ambil masa untuk menyemak agensi dan kerja itu sebelum anda membuat keputusan.
lesson-recruiter-deception-q1-b = Tiket penerbangan dan tempat tinggal percuma menunjukkan syarikat itu benar-benar perlukan pekerja dan serius.
lesson-recruiter-deception-q1-b-why = Ini tidak betul. Membayar semua kos perjalanan anda ialah cara perekrut palsu memenangi kepercayaan anda, jadi ia sebab untuk menyemak dengan lebih teliti.
lesson-recruiter-deception-q1-c = Ada beberapa tanda amaran: semak agensi dan kerjanya dahulu.
lesson-recruiter-deception-q1-c-why = Ya. Gaji yang sangat tinggi, tidak perlu pengalaman dan perjalanan percuma semuanya tanda amaran. Menyemak dahulu boleh memastikan anda selamat.

lesson-recruiter-deception-q2 = Seorang perekrut menyuruh anda jangan memberitahu keluarga tentang kerja itu sehingga anda sudah bertolak. Apakah maksudnya?
lesson-recruiter-deception-q2-a = Tanda amaran: kerahsiaan menyukarkan orang lain untuk membantu anda.
lesson-recruiter-deception-q2-a-why = Ya. Kerja yang jujur tidak perlu disembunyikan daripada keluarga anda. Beritahu seseorang yang anda percayai tentang setiap tawaran kerja.
lesson-recruiter-deception-q2-b = Itu biasa: perekrut minta dirahsiakan supaya orang lain tidak mengambil kerja itu dahulu.
lesson-recruiter-deception-q2-b-why = Ini tidak betul. Kerja yang baik tidak perlu dirahsiakan. Kerahsiaan ialah tanda amaran.
lesson-recruiter-deception-q2-c = Munasabah, kerana keluarga anda mungkin risau dan melarang anda pergi.
lesson-recruiter-deception-q2-c-why = Kurang tepat. Soalan keluarga boleh melindungi anda dan membantu anda nampak risikonya. Lebih selamat berbincang dengan keluarga sebelum membuat keputusan.

lesson-recruiter-deception-q3 = Lin mahir menggunakan komputer. Satu iklan dalam talian menawarkannya kerja khidmat pelanggan di negara lain dengan gaji yang besar. Syarikat itu akan menerbangkannya ke sebuah negara, kemudian membawanya dengan kereta menyeberangi sempadan. Apakah langkah seterusnya yang paling selamat?
lesson-recruiter-deception-q3-a = Pergi sahaja, kerana pekerja pejabat yang mahir sepertinya bukan orang yang dicari oleh pemerdagang orang.
lesson-recruiter-deception-q3-a-why = Ini tidak betul. Orang yang mempunyai kemahiran teknologi maklumat dan pendidikan yang baik juga menjadi sasaran pusat penipuan.
lesson-recruiter-deception-q3-b = Semak syarikat dan kerjanya secara rasmi, dan tanya organisasi yang dipercayai.
lesson-recruiter-deception-q3-b-why = Ya. Tawaran ini sama dengan cara orang dibawa ke pusat penipuan. Menyemak dahulu, dan memberitahu orang yang dia percayai, boleh melindunginya.
lesson-recruiter-deception-q3-c = Pergi sahaja, kerana dihantar dengan kereta merentas sempadan ialah cara biasa untuk sampai ke kerja baharu.
lesson-recruiter-deception-q3-c-why = Kurang tepat. Diterbangkan ke satu negara kemudian dihantar merentas sempadan ialah cara ramai orang dibawa ke kompleks penipuan. Semak sebelum dia bertolak.

lesson-recruiter-deception-q4 = Seseorang yang anda kenali dalam talian berkata dia mencintai anda dan akan membawa anda ke luar negara untuk berkahwin dan mencari kerja. Anda tidak pernah berjumpa dengannya secara bersemuka. Apakah yang benar?
lesson-recruiter-deception-q4-a = Mungkin satu helah: bincang dengan orang yang anda percayai sebelum membuat keputusan.
lesson-recruiter-deception-q4-a-why = Ya. Janji cinta dan kehidupan di luar negara daripada seseorang yang anda kenali hanya dalam talian ialah tanda amaran yang sudah diketahui. Berhati-hati dan dapatkan nasihat.
lesson-recruiter-deception-q4-b = Jika dia baik dan sudah berbulan-bulan menghantar banyak mesej, cintanya tentu benar.
lesson-recruiter-deception-q4-b-why = Ini tidak betul. Mesej yang baik boleh menjadi sebahagian daripada helah. Adalah bijak untuk menyemak dahulu sebelum anda pergi.
lesson-recruiter-deception-q4-c = Bertanya tentang rancangannya tidak sopan dan boleh menamatkan hubungan.
lesson-recruiter-deception-q4-c-why = Kurang tepat. Bertanya ialah perkara yang bijak dan biasa. Orang yang benar-benar mengambil berat tentang anda tidak akan kisah.

lesson-recruiter-deception-q5 = Sebuah agensi menunjukkan sijil lesen yang digantung di dindingnya. Apakah lagi yang patut anda lakukan?
lesson-recruiter-deception-q5-a = Tiada apa-apa lagi, kerana sijil di dinding membuktikan semuanya baik.
lesson-recruiter-deception-q5-a-why = Kurang tepat. Kertas di dinding boleh jadi palsu atau sudah tamat tempoh. Semaknya dengan pihak berkuasa kerajaan.
lesson-recruiter-deception-q5-b = Bayar sedikit deposit, kerana begitulah cara agensi menyimpan tempat untuk anda.
lesson-recruiter-deception-q5-b-why = Ini tidak betul. Pekerja tidak patut membayar yuran untuk mendapat kerja. Membayar awal juga boleh menjadi cara untuk memerangkap anda dengan hutang.
lesson-recruiter-deception-q5-c = Semak lesen dan kerjanya dengan pihak berkuasa kerajaan.
lesson-recruiter-deception-q5-c-why = Ya. Agensi itu mesti mempunyai lesen yang sah, dan kerja itu sendiri mesti benar-benar wujud. Semak kedua-duanya sebelum anda menandatangani atau membayar apa-apa.

## Your documents and your phone

lesson-documents-and-phone-title = Dokumen dan telefon anda
lesson-documents-and-phone-summary = Simpan pasport, kad pengenalan dan telefon anda bersama anda, dan pastikan keluarga anda tahu di mana anda berada.

lesson-documents-and-phone-documents-title = Simpan sendiri pasport dan kad pengenalan anda
lesson-documents-and-phone-documents-body = Pasport dan kad pengenalan anda adalah milik anda. Jangan serahkan kepada perekrut, ejen atau majikan untuk disimpan. Seseorang mungkin perlu melihat atau menyalinnya, tetapi mereka patut memulangkannya kepada anda dengan segera. Majikan yang menyimpan dokumen anda menunjukkan tanda amaran buruh paksa. Tanpa dokumen anda, jauh lebih sukar untuk pergi, untuk melancong atau untuk meminta bantuan.

lesson-documents-and-phone-copies-title = Tinggalkan salinan dengan keluarga
lesson-documents-and-phone-copies-body = Sebelum anda bertolak, buat salinan pasport dan kontrak anda, dan sertakan gambar terkini diri anda. Tinggalkan semuanya dengan ahli keluarga yang anda percayai. Berikan juga alamat tempat anda akan tinggal dan bekerja. Jika dokumen anda hilang atau diambil, salinan ini menunjukkan siapa anda dan ke mana anda pergi.

lesson-documents-and-phone-phone-title = Simpan telefon dan nombor-nombor anda
lesson-documents-and-phone-phone-body = Sentiasa bawa telefon anda, dan jangan berikan kepada sesiapa untuk dipegang. Simpan nombor penting, seperti nombor keluarga, kedutaan atau konsulat anda dan talian bantuan, dan tulis juga di atas kertas. Simpan kertas itu di tempat yang selamat, berasingan daripada telefon anda, kerana telefon boleh hilang, rosak atau diambil. Beritahu ahli keluarga yang anda percayai di mana anda berada, dan hantar alamat atau lokasi anda setiap kali ia berubah. Jika seseorang mengambil telefon anda atau menghalang anda daripada bercakap dengan keluarga, ini ialah tanda amaran.

lesson-documents-and-phone-q1 = Pada hari pertama, majikan baharu anda meminta pasport anda untuk disimpan dengan selamat bagi pihak anda. Apakah jawapan yang terbaik?
lesson-documents-and-phone-q1-a = Simpan sendiri. Mereka boleh melihat atau menyalinnya.
lesson-documents-and-phone-q1-a-why = Ya. Pasport anda adalah milik anda. Majikan yang menyimpan dokumen pekerja menunjukkan tanda amaran buruh paksa.
lesson-documents-and-phone-q1-b = Berikan sahaja: ramai majikan menyimpan pasport, dan di pejabat mereka lebih selamat.
lesson-documents-and-phone-q1-b-why = Ini tidak betul. Majikan tidak patut menyimpan pasport pekerja mereka. Menyimpan dokumen pekerja ialah tanda buruh paksa.
lesson-documents-and-phone-q1-c = Serahkan, dan minta semula apabila kontrak anda tamat.
lesson-documents-and-phone-q1-c-why = Kurang tepat. Tanpa pasport sepanjang tempoh kontrak, jauh lebih sukar untuk pergi atau mendapat bantuan jika berlaku masalah.

lesson-documents-and-phone-q2 = Mengapakah baik untuk meninggalkan salinan pasport dan kontrak anda dengan keluarga?
lesson-documents-and-phone-q2-a = Salinan tidak begitu membantu, kerana hanya pasport asal yang diterima.
lesson-documents-and-phone-q2-a-why = Kurang tepat. Salinan memang bukan pasport, tetapi ia membantu menunjukkan siapa anda dan ke mana anda pergi jika yang asal hilang atau diambil.
lesson-documents-and-phone-q2-b = Terutamanya supaya keluarga tahu berapa banyak yang anda akan peroleh.
lesson-documents-and-phone-q2-b-why = Kurang tepat. Keluarga mungkin ingin tahu, tetapi sebab utamanya ialah rekod tentang siapa anda dan ke mana anda pergi.
lesson-documents-and-phone-q2-c = Supaya ada rekod tentang siapa anda dan ke mana anda pergi.
lesson-documents-and-phone-q2-c-why = Ya. Jika dokumen anda hilang atau diambil, salinan itu membantu menunjukkan siapa anda dan membantu keluarga anda mencari anda.

lesson-documents-and-phone-q3 = Min menyimpan semua nombor telefon pentingnya hanya di dalam telefonnya. Apakah masalah yang mungkin timbul?
lesson-documents-and-phone-q3-a = Tiada masalah: nombornya disimpan dalam talian, jadi boleh diambil semula pada mana-mana telefon.
lesson-documents-and-phone-q3-a-why = Kurang tepat. Mengambil semula nombor memerlukan telefon, internet dan kata laluan, yang mungkin tiada padanya. Salinan di kertas tidak memerlukannya.
lesson-documents-and-phone-q3-b = Jika telefon hilang atau diambil, nombornya turut hilang.
lesson-documents-and-phone-q3-b-why = Ya. Nombor yang ditulis di atas kertas dan disimpan di tempat selamat masih ada apabila telefon sudah tiada.
lesson-documents-and-phone-q3-c = Menulis nombor di atas kertas berisiko, kerana orang lain boleh menjumpainya.
lesson-documents-and-phone-q3-c-why = Ini tidak betul. Salinan di atas kertas yang disimpan di tempat selamat ialah sandaran yang baik jika telefon sudah tiada.

lesson-documents-and-phone-q4 = Seorang penyelia mengambil telefon semua pekerja dan hanya memulangkannya sebulan sekali. Pekerja tidak boleh menelefon keluarga mereka. Apakah maksudnya?
lesson-documents-and-phone-q4-a = Itu peraturan biasa, supaya pekerja kekal fokus dan tidak terganggu semasa bekerja.
lesson-documents-and-phone-q4-a-why = Ini tidak betul. Mengambil telefon berminggu-minggu dan menghalang panggilan kepada keluarga bukan peraturan kerja yang biasa. Ia memutuskan pekerja daripada bantuan.
lesson-documents-and-phone-q4-b = Itu tanda amaran hanya jika penyelia merosakkan atau menghilangkan telefon itu.
lesson-documents-and-phone-q4-b-why = Kurang tepat. Sama ada telefon disimpan dengan selamat atau tidak, itu bukan soalnya. Yang penting, pekerja tidak dapat menghubungi sesiapa.
lesson-documents-and-phone-q4-c = Tanda amaran: mengasingkan pekerja daripada orang lain ialah cara mengawal mereka.
lesson-documents-and-phone-q4-c-why = Ya. Pengasingan, iaitu menjauhkan orang daripada orang lain, ialah salah satu tanda buruh paksa menurut ILO.

lesson-documents-and-phone-q5 = Anda baru sahaja berpindah ke tempat baharu untuk bekerja. Apakah yang patut anda lakukan?
lesson-documents-and-phone-q5-a = Hantar alamat baharu anda kepada keluarga yang anda percayai.
lesson-documents-and-phone-q5-a-why = Ya. Jika keluarga anda tahu di mana anda berada, lebih mudah bagi mereka untuk membantu anda atau meminta bantuan orang lain.
lesson-documents-and-phone-q5-b = Tunggu sehingga anda sudah selesa dan yakin dengan kerja itu sebelum memberitahu sesiapa di mana anda tinggal.
lesson-documents-and-phone-q5-b-why = Kurang tepat. Keluarga anda patut tahu di mana anda berada dari awal, bukan selepas masa yang lama.
lesson-documents-and-phone-q5-c = Rahsiakan alamat anda, walaupun daripada keluarga, supaya tiada sesiapa dapat mencari anda.
lesson-documents-and-phone-q5-c-why = Ini tidak betul. Merahsiakan alamat anda daripada keluarga menyukarkan sesiapa untuk membantu anda.

## Debt and fees

lesson-debt-and-fees-title = Hutang dan yuran
lesson-debt-and-fees-summary = Pekerja tidak patut membayar untuk mendapat kerja, dan tiada sesiapa boleh menggunakan hutang untuk mengawal anda.

lesson-debt-and-fees-zero-fee-title = Anda tidak patut membayar untuk mendapat kerja
lesson-debt-and-fees-zero-fee-body = Pertubuhan Buruh Antarabangsa (ILO) menyatakan dalam prinsip pengambilan pekerja yang adil bahawa pekerja tidak patut membayar sebarang yuran atau kos untuk diambil bekerja. Ini dipanggil prinsip sifar yuran. Ia merangkumi yuran yang diminta secara terbuka dan yuran yang disembunyikan di dalam kos lain. Sebahagian negara membenarkan yuran yang terhad mengikut undang-undang, tetapi yuran yang besar, atau yuran yang melebihi had undang-undang, ialah tanda amaran. Tanya pihak berkuasa buruh negara anda atau organisasi pekerja migran sebelum anda membayar apa-apa.

lesson-debt-and-fees-debt-title = Apabila hutang digunakan untuk mengawal anda
lesson-debt-and-fees-debt-body = Sebahagian perekrut dan ejen meminjamkan wang untuk perjalanan dan yuran, atau memberi hadiah, dan kemudian berkata pekerja mesti bekerja sehingga hutang itu dibayar balik. Kadangkala hutang itu terus bertambah, jadi pekerja tidak akan dapat melangsaikannya. Menggunakan hutang untuk menghalang seseorang daripada pergi dipanggil ikatan hutang. Ikatan hutang ialah salah satu tanda buruh paksa menurut ILO. Jangan terima pinjaman atau hadiah daripada perekrut atau ejen.

lesson-debt-and-fees-contract-and-pay-title = Kontrak dan gaji anda
lesson-debt-and-fees-contract-and-pay-body = Sebelum anda bertolak, dapatkan kontrak bertulis dalam bahasa yang anda faham, dan simpan sendiri salinan yang telah anda tandatangani. Baca dengan teliti, dan semak kerja, gaji dan waktu kerja. Jangan tandatangani apa-apa yang anda tidak faham atau tidak setuju. Jika boleh, minta gaji anda dibayar ke dalam akaun bank atas nama anda sendiri, dan simpan sendiri kad bank anda.

lesson-debt-and-fees-q1 = Seorang perekrut berkata anda mesti membayar sebanyak gaji tiga bulan sebelum anda bertolak. Apakah maksudnya?
lesson-debt-and-fees-q1-a = Membayar yuran kepada perekrut adalah biasa, dan lebih besar yurannya, lebih baik kerjanya.
lesson-debt-and-fees-q1-a-why = Ini tidak betul. Yuran yang tinggi tidak bermakna kerja yang baik. Yuran yang besar boleh membuat anda berhutang sebelum anda mula bekerja lagi.
lesson-debt-and-fees-q1-b = Tanda amaran: pekerja tidak sepatutnya membayar untuk direkrut.
lesson-debt-and-fees-q1-b-why = Ya. Pekerja tidak patut membayar yuran pengambilan. Semak dengan pihak berkuasa buruh negara anda sebelum membayar apa-apa.
lesson-debt-and-fees-q1-c = Itu tanda amaran hanya jika perekrut tidak memberi anda resit untuk wang itu.
lesson-debt-and-fees-q1-c-why = Kurang tepat. Resit memang berguna, tetapi ia tidak menjadikan yuran yang besar itu adil. Yuran itu sendiri ialah tanda amaran.

lesson-debt-and-fees-q2 = Seorang ejen menawarkan untuk meminjamkan wang bagi yuran dan perjalanan anda. Anda boleh membayarnya balik nanti daripada gaji anda. Apakah risikonya?
lesson-debt-and-fees-q2-a = Risikonya kecil, kerana membayar kemudian daripada gaji lebih mudah bagi anda.
lesson-debt-and-fees-q2-a-why = Kurang tepat. Membayar kemudian memang terasa lebih mudah, tetapi pinjaman daripada ejen boleh digunakan untuk mengawal anda kelak. Jangan terima pinjaman daripada ejen.
lesson-debt-and-fees-q2-b = Risikonya hanya sedikit faedah, yang biasa bagi mana-mana pinjaman.
lesson-debt-and-fees-q2-b-why = Ini tidak betul. Risiko yang lebih besar ialah hutang itu menahan anda dalam kerja yang tidak boleh anda tinggalkan.
lesson-debt-and-fees-q2-c = Hutang itu boleh digunakan untuk menghalang anda berhenti kerja.
lesson-debt-and-fees-q2-c-why = Ya. Hutang kepada ejen atau majikan boleh digunakan untuk memastikan anda terus bekerja. Ini dipanggil ikatan hutang.

lesson-debt-and-fees-q3 = Anda diberi kontrak hanya dalam bahasa yang anda tidak boleh baca. Ejen berkata ia kontrak biasa dan anda hanya perlu tandatangan. Apakah yang patut anda lakukan?
lesson-debt-and-fees-q3-a = Jangan tandatangan dahulu. Minta versi dalam bahasa yang anda faham.
lesson-debt-and-fees-q3-a-why = Ya. Anda berhak tahu apa yang anda persetujui. Jangan sekali-kali tandatangani sesuatu yang anda tidak boleh baca atau tidak setuju.
lesson-debt-and-fees-q3-b = Tandatangan sahaja: ejen sudah kerap melakukannya dan tahu itu kontrak biasa.
lesson-debt-and-fees-q3-b-why = Kurang tepat. Jangan biarkan sesiapa mendesak anda. Majikan yang adil akan memberi anda masa untuk memahami kontrak itu.
lesson-debt-and-fees-q3-c = Tandatangan sekarang, dan minta majikan menerangkannya selepas anda tiba.
lesson-debt-and-fees-q3-c-why = Ini tidak betul. Selepas anda tiba, jauh lebih sukar untuk mengubah apa-apa. Fahami kontrak itu sebelum anda menandatanganinya.

lesson-debt-and-fees-q4 = Majikan anda mahu memberikan gaji anda secara tunai kepada penyelia anda, yang akan menyimpannya untuk anda. Apakah pilihan yang lebih baik?
lesson-debt-and-fees-q4-a = Setuju sahaja, kerana penyelia lebih mengenali negara ini dan boleh menyimpan wang dengan lebih selamat.
lesson-debt-and-fees-q4-a-why = Kurang tepat. Gaji anda adalah milik anda. Jika orang lain memegangnya, mereka boleh menahannya daripada anda.
lesson-debt-and-fees-q4-b = Minta gaji anda dimasukkan ke akaun bank atas nama anda sendiri.
lesson-debt-and-fees-q4-b-why = Ya. Apabila gaji anda masuk ke dalam akaun bank anda sendiri, anda yang mengawal wang anda. Menahan gaji ialah salah satu tanda buruh paksa menurut ILO.
lesson-debt-and-fees-q4-c = Setuju, kemudian minta semua wang pada akhirnya, supaya anda dapat menyimpan.
lesson-debt-and-fees-q4-c-why = Ini tidak betul. Jika gaji anda ditahan sehingga akhir, anda mungkin tidak akan menerimanya, dan lebih sukar untuk anda pergi.

lesson-debt-and-fees-q5 = Sebelum Nur meninggalkan rumah, ejennya memberinya telefon baharu sebagai hadiah. Kini ejen itu berkata Nur berhutang banyak wang untuk telefon itu dan kos lain, dan dia tidak boleh bertukar kerja sehingga dia membayarnya. Apakah ini?
lesson-debt-and-fees-q5-a = Ikatan hutang: hutang digunakan untuk menghalangnya pergi.
lesson-debt-and-fees-q5-a-why = Ya. Hadiah yang bertukar menjadi hutang, dan hutang yang menghalangnya daripada pergi, adalah tanda-tanda buruh paksa. Nur boleh meminta bantuan.
lesson-debt-and-fees-q5-b = Adil: dia sudah menggunakan telefon itu, jadi dia patut membayarnya sebelum pergi.
lesson-debt-and-fees-q5-b-why = Kurang tepat. Hadiah yang sebenar tidak perlu dibayar balik. Menukar hadiah menjadi hutang ialah helah untuk mengawal pekerja.
lesson-debt-and-fees-q5-c = Perjanjian yang teruk, tetapi dia sudah menerima telefon itu, jadi dia mesti bekerja sehingga langsai.
lesson-debt-and-fees-q5-c-why = Ini tidak betul. Nur tidak bersalah. Orang yang menggunakan hutang untuk mengawalnyalah yang bersalah.
