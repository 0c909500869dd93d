# Waymark — lessons 1–4 (Indonesian). Machine-drafted; awaiting native-speaker review.
# Plain words, no phone numbers: the app has a checked directory.
# Each lesson has 3 sections and 5 questions. The right answers are stored in content/lessons/<id>.json.

## What is trafficking?

lesson-what-is-trafficking-title = Apa itu perdagangan orang?
lesson-what-is-trafficking-summary = Pelajari apa itu perdagangan orang dan kerja paksa, serta tanda-tanda bahwa seseorang tidak bebas.

lesson-what-is-trafficking-meaning-title = Arti kata-katanya
lesson-what-is-trafficking-meaning-body = Perdagangan orang terjadi ketika seseorang memakai kebohongan, kekerasan, atau tekanan untuk memindahkan atau menahan orang lain agar bisa mengeksploitasinya. Mengeksploitasi berarti memanfaatkan orang secara tidak adil supaya orang lain mendapat uang. Kerja paksa adalah pekerjaan yang tidak dipilih dengan bebas dan tidak bisa ditinggalkan karena ada ancaman atau hukuman. Seseorang bisa setuju dengan sebuah pekerjaan pada awalnya dan tetap menjadi korban jika ia dibohongi atau tidak bisa pergi. Ini tidak pernah menjadi kesalahan orang yang diperdagangkan.

lesson-what-is-trafficking-signs-title = Tanda-tanda kerja paksa
lesson-what-is-trafficking-signs-body = Organisasi Perburuhan Internasional (ILO) mencatat 11 tanda kerja paksa. Sebagian tanda berkaitan dengan kendali: kebohongan tentang pekerjaan, memanfaatkan keadaan sulit seseorang, tidak bebas pergi, dijauhkan dari orang lain, serta ancaman atau kekerasan. Tanda lainnya berkaitan dengan dokumen dan uang: majikan menahan kartu identitas Anda, menahan gaji Anda, atau memakai utang untuk mengendalikan Anda. Jam kerja yang sangat panjang serta kondisi kerja atau tempat tinggal yang sangat buruk juga merupakan tanda. Kadang satu tanda saja sudah cukup untuk menunjukkan kerja paksa, kadang beberapa tanda bersama-sama yang menunjukkannya.

lesson-what-is-trafficking-anyone-title = Bisa terjadi pada siapa saja
lesson-what-is-trafficking-anyone-body = Perdagangan orang bisa terjadi pada perempuan, laki-laki, anak perempuan, dan anak laki-laki. Ini bisa terjadi pada orang yang sekolahnya sedikit maupun orang yang lulusan universitas. Sebagian orang dibawa ke negara lain, tetapi perdagangan orang juga bisa terjadi di dalam negeri sendiri. Pelaku bisa orang asing, tetapi bisa juga teman, tetangga, atau orang yang dikenal lewat internet. Meminta bantuan bukanlah hal yang memalukan.

lesson-what-is-trafficking-q1 = Mai setuju bekerja di sebuah restoran di negara lain. Saat ia tiba, pekerjaannya berbeda, dan bosnya berkata ia tidak boleh pergi sebelum melunasi utang yang besar. Apa yang sedang terjadi?
lesson-what-is-trafficking-q1-a = Pekerjaannya memang berat, tetapi banyak pekerja di luar negeri harus melunasi utang perjalanan dulu sebelum boleh pergi.
lesson-what-is-trafficking-q1-a-why = Ini tidak biasa. Pekerjaan yang berbeda dari yang dijanjikan dan utang yang membuatnya tidak bisa pergi adalah tanda-tanda kerja paksa.
lesson-what-is-trafficking-q1-b = Tanda kerja paksa, walaupun awalnya ia setuju.
lesson-what-is-trafficking-q1-b-why = Ya. Mai dibohongi tentang pekerjaannya, dan utang dipakai untuk menahannya di sana. Setuju dengan tawaran awal tidak berarti ia setuju dengan keadaan ini.
lesson-what-is-trafficking-q1-c = Ia sendiri setuju pergi, jadi ini hanya pekerjaan yang buruk, bukan perdagangan orang.
lesson-what-is-trafficking-q1-c-why = Kurang tepat. Setuju dengan tawaran pertama tidak berarti ia setuju dengan hal ini. Ia dibohongi dan tidak bisa pergi, dan ia berhak meminta bantuan.

lesson-what-is-trafficking-q2 = Manakah dari situasi berikut yang bisa menjadi tanda kerja paksa?
lesson-what-is-trafficking-q2-a = Majikan menahan paspor para pekerja.
lesson-what-is-trafficking-q2-a-why = Ya. Menahan dokumen identitas pekerja adalah salah satu tanda kerja paksa menurut ILO. Hal ini membuat pekerja jauh lebih sulit untuk pergi.
lesson-what-is-trafficking-q2-b = Majikan memberi para pekerja kamar di asrama bersama dekat tempat kerja.
lesson-what-is-trafficking-q2-b-why = Kalau hanya ini, belum. Tempat tinggal dari majikan itu biasa. Ini menjadi tanda bahaya bila kondisi tempat tinggalnya sangat buruk atau pekerja tidak bebas pergi.
lesson-what-is-trafficking-q2-c = Para pekerja harus memakai seragam dan mengikuti aturan keselamatan yang ketat.
lesson-what-is-trafficking-q2-c-why = Ini aturan kerja yang biasa, bukan tanda bahaya. Seragam dan aturan keselamatan ada untuk melindungi pekerja.

lesson-what-is-trafficking-q3 = Siapa yang bisa menjadi korban perdagangan orang?
lesson-what-is-trafficking-q3-a = Hanya perempuan dan anak perempuan, karena laki-laki selalu bisa melindungi diri.
lesson-what-is-trafficking-q3-a-why = Banyak orang percaya hal ini, tetapi itu tidak benar. Laki-laki dan anak laki-laki juga bisa ditipu, dikendalikan, dan dipaksa bekerja.
lesson-what-is-trafficking-q3-b = Kebanyakan orang yang melintasi perbatasan, karena perdagangan orang berarti membawa orang ke luar negeri.
lesson-what-is-trafficking-q3-b-why = Kurang tepat. Banyak korban dibawa ke negara lain, tetapi perdagangan orang juga bisa terjadi di dalam negeri sendiri.
lesson-what-is-trafficking-q3-c = Siapa saja, termasuk laki-laki, anak laki-laki, dan orang di negerinya sendiri.
lesson-what-is-trafficking-q3-c-why = Ya. Perdagangan orang bisa terjadi pada siapa pun, berapa pun usianya, apa pun jenis kelaminnya, berpendidikan tinggi atau tidak, di dalam maupun di luar negeri.

lesson-what-is-trafficking-q4 = Dara bekerja di kapal penangkap ikan. Ia bekerja hampir siang dan malam, tidak dibayar, dan diancam bahwa keluarganya akan dicelakai jika ia pergi. Apa yang ditunjukkan oleh keadaan ini?
lesson-what-is-trafficking-q4-a = Pekerjaannya sangat berat, tetapi laki-laki dewasa bisa memilih untuk pergi kalau ia mau.
lesson-what-is-trafficking-q4-a-why = Ini tidak benar. Laki-laki dewasa juga bisa menjadi korban kerja paksa, dan keadaan Dara memiliki beberapa tanda bahaya.
lesson-what-is-trafficking-q4-b = Beberapa tanda yang bersama-sama menunjukkan kerja paksa.
lesson-what-is-trafficking-q4-b-why = Ya. Jam kerja yang sangat panjang, tidak dibayar, dan ancaman terhadap keluarganya adalah tanda-tanda kerja paksa. Bersama-sama, tanda-tanda ini menunjukkan bahwa Dara tidak bebas.
lesson-what-is-trafficking-q4-c = Kerja di kapal ikan memang selalu lama dan berat, jadi ini kondisi yang biasa di laut.
lesson-what-is-trafficking-q4-c-why = Kurang tepat. Jam kerja panjang mungkin biasa di laut, tetapi tidak dibayar dan ancaman terhadap keluarganya tidak biasa. Bersama-sama, ini tanda kerja paksa.

lesson-what-is-trafficking-q5 = Seorang teman berkata bahwa perdagangan orang hanya terjadi jika seseorang dibawa paksa dan dikurung di dalam kamar. Apa jawaban yang paling tepat?
lesson-what-is-trafficking-q5-a = Itu benar. Kalau tidak ada yang memakai kekerasan atau mengunci pintu, itu bukan perdagangan orang.
lesson-what-is-trafficking-q5-a-why = Kurang tepat. Kekerasan hanyalah salah satu cara. Kebohongan, utang, ancaman, dan penahanan dokumen juga bisa membuat seseorang tidak bisa pergi.
lesson-what-is-trafficking-q5-b = Harus ada penyeberangan perbatasan juga; kalau tidak, itu hanya pekerjaan yang buruk.
lesson-what-is-trafficking-q5-b-why = Kurang tepat. Perdagangan orang juga bisa terjadi di dalam negeri sendiri, dan kekerasan hanya salah satu cara untuk mengendalikan seseorang.
lesson-what-is-trafficking-q5-c = Tidak selalu. Kebohongan, utang atau ancaman juga bisa menjerat seseorang.
lesson-what-is-trafficking-q5-c-why = Ya. Seseorang mungkin bisa berjalan ke luar tetapi tetap tidak bebas, karena utang, ancaman, atau paspor yang ditahan.

## How recruiters lie

lesson-recruiter-deception-title = Cara perekrut berbohong
lesson-recruiter-deception-summary = Pelajari tipu daya perekrut palsu, di internet maupun secara langsung, dan cara memeriksa pekerjaan sebelum Anda berangkat.

lesson-recruiter-deception-offers-title = Tawaran yang sulit dipercaya
lesson-recruiter-deception-offers-body = Berhati-hatilah jika sebuah pekerjaan menawarkan gaji jauh lebih tinggi daripada pekerjaan lain yang sejenis. Berhati-hatilah jika seseorang menawarkan untuk membayar semua biaya perjalanan Anda dan mengurus visa, dokumen, atau penyeberangan perbatasan Anda. Gaji sangat tinggi dengan "tanpa pengalaman" dan janji hidup Anda akan cepat berubah adalah tanda bahaya. Perekrut yang meminta Anda merahasiakan pekerjaan itu, atau yang hanya mau bertemu di tempat pribadi tanpa papan nama di luar, juga merupakan tanda bahaya. Berhati-hatilah jika ada yang meminta foto seluruh tubuh Anda sebagai bagian dari lamaran kerja.

lesson-recruiter-deception-online-title = Pekerjaan dan teman di internet
lesson-recruiter-deception-online-body = Sebagian iklan lowongan kerja palsu muncul di media sosial dan di situs lowongan kerja. Iklan itu mungkin menawarkan pekerjaan komputer, teknologi informasi, atau layanan pelanggan dengan gaji tinggi, tempat tinggal gratis, dan perjalanan gratis. Sebagian orang yang menerimanya diterbangkan ke satu negara, lalu dibawa menyeberangi perbatasan ke tempat yang disebut markas penipuan daring. Di sana mereka ditahan, paspor dan ponsel mereka diambil, dan mereka dipaksa menipu orang lewat internet. Orang yang hanya Anda kenal lewat ponsel atau internet, yang menjanjikan cinta dan kehidupan baru di luar negeri, juga bisa menjadi pelaku perdagangan orang.

lesson-recruiter-deception-check-title = Periksa sebelum berangkat
lesson-recruiter-deception-check-body = Gunakan hanya agen perekrutan yang berizin. Periksa izinnya di kantor pemerintah di negara Anda yang memberi izin kepada agen perekrutan. Periksa juga pekerjaannya, bukan hanya agennya. Jika Anda ragu, tanyakan kepada Pusat Layanan Pekerja Migran atau organisasi lain yang Anda percayai. Jangan berangkat bekerja dengan visa turis.

lesson-recruiter-deception-q1 = Sebuah pesan di media sosial menawarkan Anda pekerjaan di luar negeri dengan gaji sangat tinggi, tempat tinggal gratis, dan tiket pesawat gratis. Tidak perlu pengalaman. Apa yang sebaiknya Anda pikirkan?
lesson-recruiter-deception-q1-a = Ini kesempatan emas, jadi Anda harus cepat menerimanya sebelum diambil orang lain.
lesson-recruiter-deception-q1-a-why = Kurang tepat. Tawaran yang jujur memberi Anda waktu untuk memeriksanya. Luangkan waktu untuk memeriksa agen dan pekerjaannya sebelum Anda memutuskan.
lesson-recruiter-deception-q1-b = Tiket pesawat dan tempat tinggal gratis menunjukkan bahwa perusahaan benar-benar butuh pekerja dan serius.
lesson-recruiter-deception-q1-b-why = Ini tidak benar. Membayar semua biaya perjalanan adalah cara perekrut palsu mendapatkan kepercayaan Anda, jadi itu alasan untuk memeriksa lebih teliti.
lesson-recruiter-deception-q1-c = Ada beberapa tanda bahaya: periksa agen dan pekerjaannya dulu.
lesson-recruiter-deception-q1-c-why = Ya. Gaji sangat tinggi, tidak perlu pengalaman, dan perjalanan gratis semuanya adalah tanda bahaya. Memeriksa lebih dulu bisa menjaga Anda tetap aman.

lesson-recruiter-deception-q2 = Seorang perekrut meminta Anda untuk tidak memberi tahu keluarga tentang pekerjaan itu sampai Anda sudah berangkat. Apa artinya ini?
lesson-recruiter-deception-q2-a = Tanda bahaya: kerahasiaan membuat orang lain sulit menolong Anda.
lesson-recruiter-deception-q2-a-why = Ya. Pekerjaan yang jujur tidak perlu disembunyikan dari keluarga. Ceritakan setiap tawaran kerja kepada orang yang Anda percayai.
lesson-recruiter-deception-q2-b = Itu biasa: perekrut minta dirahasiakan supaya orang lain tidak mengambil pekerjaan itu duluan.
lesson-recruiter-deception-q2-b-why = Ini tidak benar. Pekerjaan yang bagus tidak perlu dirahasiakan. Kerahasiaan adalah tanda bahaya.
lesson-recruiter-deception-q2-c = Masuk akal, karena keluarga Anda mungkin khawatir dan melarang Anda pergi.
lesson-recruiter-deception-q2-c-why = Kurang tepat. Pertanyaan keluarga bisa melindungi Anda dan membantu Anda melihat risikonya. Lebih aman bicara dengan keluarga sebelum memutuskan.

lesson-recruiter-deception-q3 = Lin pandai menggunakan komputer. Sebuah iklan di internet menawarkan pekerjaan layanan pelanggan di negara lain dengan gaji besar. Perusahaan itu akan menerbangkannya ke satu negara, lalu membawanya dengan mobil menyeberangi perbatasan. Apa langkah berikutnya yang paling aman?
lesson-recruiter-deception-q3-a = Pergi saja, karena pekerja kantoran yang terampil seperti dia bukan orang yang dicari pelaku perdagangan orang.
lesson-recruiter-deception-q3-a-why = Ini tidak benar. Orang yang punya keahlian teknologi informasi dan pendidikan yang baik juga menjadi sasaran markas penipuan daring.
lesson-recruiter-deception-q3-b = Periksa perusahaan dan pekerjaannya secara resmi, dan tanyakan ke organisasi tepercaya.
lesson-recruiter-deception-q3-b-why = Ya. Tawaran ini sama dengan cara orang dibawa ke markas penipuan daring. Memeriksa lebih dulu dan memberi tahu orang yang ia percayai bisa melindunginya.
lesson-recruiter-deception-q3-c = Pergi saja, karena diantar mobil melintasi perbatasan adalah cara biasa untuk sampai ke pekerjaan baru.
lesson-recruiter-deception-q3-c-why = Kurang tepat. Diterbangkan ke satu negara lalu diantar melintasi perbatasan adalah cara banyak orang dibawa ke kompleks penipuan. Periksa sebelum ia berangkat.

lesson-recruiter-deception-q4 = Seseorang yang Anda kenal di internet berkata bahwa ia mencintai Anda dan akan membawa Anda ke luar negeri untuk menikah dan mencari kerja. Anda belum pernah bertemu langsung dengannya. Apa yang benar?
lesson-recruiter-deception-q4-a = Bisa jadi tipuan: bicarakan dengan orang yang Anda percaya sebelum memutuskan.
lesson-recruiter-deception-q4-a-why = Ya. Janji cinta dan kehidupan di luar negeri dari orang yang hanya Anda kenal di internet adalah tanda bahaya yang sudah dikenal. Berhati-hatilah dan mintalah nasihat.
lesson-recruiter-deception-q4-b = Kalau ia baik dan sudah berbulan-bulan mengirim banyak pesan, cintanya pasti sungguhan.
lesson-recruiter-deception-q4-b-why = Ini tidak benar. Pesan-pesan yang baik bisa menjadi bagian dari tipu daya. Sebaiknya periksa dulu sebelum Anda bepergian.
lesson-recruiter-deception-q4-c = Bertanya tentang rencananya itu tidak sopan dan bisa mengakhiri hubungan.
lesson-recruiter-deception-q4-c-why = Kurang tepat. Bertanya adalah hal yang bijak dan wajar. Orang yang benar-benar peduli kepada Anda tidak akan keberatan.

lesson-recruiter-deception-q5 = Sebuah agen menunjukkan sertifikat izin yang dipajang di dindingnya. Apa lagi yang sebaiknya Anda lakukan?
lesson-recruiter-deception-q5-a = Tidak perlu apa-apa lagi, karena sertifikat di dinding membuktikan semuanya beres.
lesson-recruiter-deception-q5-a-why = Kurang tepat. Kertas di dinding bisa palsu atau sudah kedaluwarsa. Periksalah di instansi pemerintah.
lesson-recruiter-deception-q5-b = Bayar uang muka sedikit, karena begitulah cara agen menyimpan tempat untuk Anda.
lesson-recruiter-deception-q5-b-why = Ini tidak benar. Pekerja tidak seharusnya membayar biaya untuk mendapat pekerjaan. Membayar di awal juga bisa menjadi cara untuk menjerat Anda dengan utang.
lesson-recruiter-deception-q5-c = Periksa izin dan pekerjaannya ke instansi pemerintah.
lesson-recruiter-deception-q5-c-why = Ya. Agen itu harus punya izin yang masih berlaku, dan pekerjaannya sendiri harus nyata. Periksa keduanya sebelum Anda menandatangani atau membayar apa pun.

## Your documents and your phone

lesson-documents-and-phone-title = Dokumen dan ponsel Anda
lesson-documents-and-phone-summary = Simpan sendiri paspor, kartu identitas, dan ponsel Anda, dan pastikan keluarga Anda tahu di mana Anda berada.

lesson-documents-and-phone-documents-title = Simpan sendiri paspor dan kartu identitas Anda
lesson-documents-and-phone-documents-body = Paspor dan kartu identitas Anda adalah milik Anda. Jangan serahkan kepada perekrut, calo, atau majikan untuk disimpan. Seseorang mungkin perlu melihat atau memfotokopinya, tetapi mereka harus segera mengembalikannya kepada Anda. Majikan yang menahan dokumen Anda menunjukkan tanda bahaya kerja paksa. Tanpa dokumen, jauh lebih sulit bagi Anda untuk pergi, bepergian, atau meminta bantuan.

lesson-documents-and-phone-copies-title = Tinggalkan salinan kepada keluarga
lesson-documents-and-phone-copies-body = Sebelum berangkat, buat salinan paspor dan kontrak Anda, dan tambahkan foto diri Anda yang terbaru. Titipkan semua itu kepada anggota keluarga yang Anda percayai. Berikan juga alamat tempat Anda akan tinggal dan bekerja. Jika dokumen Anda hilang atau diambil, salinan ini menunjukkan siapa Anda dan ke mana Anda pergi.

lesson-documents-and-phone-phone-title = Simpan ponsel dan nomor-nomor penting
lesson-documents-and-phone-phone-body = Selalu bawa ponsel Anda, dan jangan titipkan kepada siapa pun. Simpan nomor-nomor penting, seperti nomor keluarga, kedutaan besar atau konsulat, dan saluran bantuan, lalu tulis juga di kertas. Simpan kertas itu di tempat yang aman, terpisah dari ponsel, karena ponsel bisa hilang, rusak, atau diambil. Beri tahu anggota keluarga yang Anda percayai di mana Anda berada, dan kirimkan alamat atau lokasi Anda setiap kali berubah. Jika seseorang mengambil ponsel Anda atau melarang Anda berbicara dengan keluarga, itu adalah tanda bahaya.

lesson-documents-and-phone-q1 = Pada hari pertama, majikan baru Anda meminta paspor Anda dengan alasan untuk menyimpannya dengan aman. Apa jawaban yang paling tepat?
lesson-documents-and-phone-q1-a = Simpan sendiri. Mereka boleh melihat atau memfotokopinya.
lesson-documents-and-phone-q1-a-why = Ya. Paspor Anda adalah milik Anda. Majikan yang menahan dokumen pekerja menunjukkan tanda bahaya kerja paksa.
lesson-documents-and-phone-q1-b = Berikan saja: banyak majikan menyimpan paspor, dan di kantor mereka lebih aman.
lesson-documents-and-phone-q1-b-why = Ini tidak benar. Majikan tidak boleh menahan paspor pekerjanya. Menahan dokumen pekerja adalah tanda kerja paksa.
lesson-documents-and-phone-q1-c = Serahkan, lalu minta kembali saat kontrak Anda selesai.
lesson-documents-and-phone-q1-c-why = Kurang tepat. Tanpa paspor selama masa kontrak, jauh lebih sulit bagi Anda untuk pergi atau mendapat bantuan jika terjadi masalah.

lesson-documents-and-phone-q2 = Mengapa sebaiknya Anda meninggalkan salinan paspor dan kontrak kepada keluarga?
lesson-documents-and-phone-q2-a = Salinan tidak terlalu membantu, karena hanya paspor asli yang berlaku.
lesson-documents-and-phone-q2-a-why = Kurang tepat. Salinan memang bukan paspor, tetapi membantu menunjukkan siapa Anda dan ke mana Anda pergi bila yang asli hilang atau diambil.
lesson-documents-and-phone-q2-b = Terutama supaya keluarga tahu berapa banyak yang akan Anda hasilkan.
lesson-documents-and-phone-q2-b-why = Kurang tepat. Keluarga mungkin ingin tahu, tetapi alasan utamanya adalah catatan tentang siapa Anda dan ke mana Anda pergi.
lesson-documents-and-phone-q2-c = Supaya ada catatan tentang siapa Anda dan ke mana Anda pergi.
lesson-documents-and-phone-q2-c-why = Ya. Jika dokumen Anda hilang atau diambil, salinan itu membantu menunjukkan siapa Anda dan membantu keluarga menemukan Anda.

lesson-documents-and-phone-q3 = Min menyimpan semua nomor telepon pentingnya hanya di dalam ponselnya. Apa masalah yang bisa muncul?
lesson-documents-and-phone-q3-a = Tidak masalah: nomornya tersimpan secara online, jadi bisa diambil lagi di ponsel mana pun.
lesson-documents-and-phone-q3-a-why = Kurang tepat. Mengambil kembali nomor butuh ponsel, internet dan kata sandi, yang mungkin tidak ia punya. Catatan di kertas tidak butuh itu.
lesson-documents-and-phone-q3-b = Kalau ponselnya hilang atau diambil, nomornya ikut hilang.
lesson-documents-and-phone-q3-b-why = Ya. Nomor yang ditulis di kertas dan disimpan di tempat aman tetap ada ketika ponselnya hilang.
lesson-documents-and-phone-q3-c = Menulis nomor di kertas itu berisiko, karena orang lain bisa menemukannya.
lesson-documents-and-phone-q3-c-why = Ini tidak benar. Catatan di kertas yang disimpan di tempat aman adalah cadangan yang baik jika ponsel hilang.

lesson-documents-and-phone-q4 = Seorang mandor mengambil ponsel semua pekerja dan hanya mengembalikannya sebulan sekali. Para pekerja tidak bisa menelepon keluarga. Apa artinya ini?
lesson-documents-and-phone-q4-a = Itu aturan biasa, supaya pekerja tetap fokus dan tidak terganggu saat bekerja.
lesson-documents-and-phone-q4-a-why = Ini tidak benar. Mengambil ponsel berminggu-minggu dan melarang menelepon keluarga bukanlah aturan kerja yang wajar. Hal ini memutus pekerja dari bantuan.
lesson-documents-and-phone-q4-b = Itu tanda bahaya hanya kalau pengawas merusak atau menghilangkan ponselnya.
lesson-documents-and-phone-q4-b-why = Kurang tepat. Aman atau tidaknya ponsel itu bukan masalahnya. Masalahnya, para pekerja tidak bisa menghubungi siapa pun.
lesson-documents-and-phone-q4-c = Tanda bahaya: menjauhkan pekerja dari orang lain adalah cara mengendalikan mereka.
lesson-documents-and-phone-q4-c-why = Ya. Isolasi, artinya menjauhkan orang dari orang lain, adalah salah satu tanda kerja paksa menurut ILO.

lesson-documents-and-phone-q5 = Anda baru saja pindah ke tempat baru untuk bekerja. Apa yang sebaiknya Anda lakukan?
lesson-documents-and-phone-q5-a = Kirim alamat baru Anda ke keluarga yang Anda percaya.
lesson-documents-and-phone-q5-a-why = Ya. Jika keluarga tahu di mana Anda berada, mereka lebih mudah menolong Anda atau meminta bantuan orang lain.
lesson-documents-and-phone-q5-b = Tunggu sampai Anda sudah mapan dan yakin dengan pekerjaannya sebelum memberi tahu siapa pun di mana Anda tinggal.
lesson-documents-and-phone-q5-b-why = Kurang tepat. Keluarga Anda perlu tahu di mana Anda berada sejak awal, bukan setelah waktu yang lama.
lesson-documents-and-phone-q5-c = Rahasiakan alamat Anda, bahkan dari keluarga, supaya tidak ada yang bisa menemukan Anda.
lesson-documents-and-phone-q5-c-why = Ini tidak benar. Merahasiakan alamat dari keluarga membuat orang lain lebih sulit menolong Anda.

## Debt and fees

lesson-debt-and-fees-title = Utang dan biaya
lesson-debt-and-fees-summary = Pekerja tidak seharusnya membayar untuk mendapat pekerjaan, dan tidak ada yang boleh memakai utang untuk mengendalikan Anda.

lesson-debt-and-fees-zero-fee-title = Anda tidak seharusnya membayar untuk mendapat pekerjaan
lesson-debt-and-fees-zero-fee-body = Organisasi Perburuhan Internasional (ILO), dalam prinsip perekrutan yang adil, menyatakan bahwa pekerja tidak seharusnya membayar biaya atau ongkos apa pun untuk direkrut. Ini disebut prinsip tanpa biaya. Prinsip ini berlaku untuk biaya yang diminta secara terang-terangan maupun biaya yang disembunyikan di dalam ongkos lain. Sebagian negara mengizinkan biaya terbatas menurut undang-undang, tetapi biaya yang besar, atau biaya yang melebihi batas hukum, adalah tanda bahaya. Tanyakan kepada instansi ketenagakerjaan di negara Anda atau organisasi pekerja migran sebelum Anda membayar apa pun.

lesson-debt-and-fees-debt-title = Ketika utang dipakai untuk mengendalikan Anda
lesson-debt-and-fees-debt-body = Sebagian perekrut dan calo meminjamkan uang untuk perjalanan dan biaya, atau memberi hadiah, lalu kemudian berkata bahwa pekerja harus terus bekerja sampai utangnya lunas. Kadang utangnya terus bertambah, sehingga pekerja tidak pernah bisa melunasinya. Memakai utang untuk mencegah seseorang pergi disebut jeratan utang. Jeratan utang adalah salah satu tanda kerja paksa menurut ILO. Jangan terima pinjaman atau hadiah dari perekrut atau calo.

lesson-debt-and-fees-contract-and-pay-title = Kontrak dan gaji Anda
lesson-debt-and-fees-contract-and-pay-body = Sebelum berangkat, mintalah kontrak tertulis dalam bahasa yang Anda pahami, dan simpan sendiri salinan yang sudah Anda tanda tangani. Bacalah dengan teliti, dan periksa pekerjaan, gaji, dan jam kerjanya. Jangan menandatangani apa pun yang tidak Anda pahami atau tidak Anda setujui. Jika bisa, mintalah gaji Anda dibayar ke rekening bank atas nama Anda sendiri, dan simpan sendiri kartu bank Anda.

lesson-debt-and-fees-q1 = Seorang perekrut berkata Anda harus membayar sebesar gaji tiga bulan sebelum berangkat. Apa artinya ini?
lesson-debt-and-fees-q1-a = Membayar biaya ke perekrut itu biasa, dan makin besar biayanya, makin bagus pekerjaannya.
lesson-debt-and-fees-q1-a-why = Ini tidak benar. Biaya yang tinggi tidak berarti pekerjaannya bagus. Biaya yang besar bisa membuat Anda berutang bahkan sebelum mulai bekerja.
lesson-debt-and-fees-q1-b = Tanda bahaya: pekerja tidak seharusnya membayar untuk direkrut.
lesson-debt-and-fees-q1-b-why = Ya. Pekerja tidak seharusnya membayar biaya perekrutan. Tanyakan kepada instansi ketenagakerjaan di negara Anda sebelum membayar apa pun.
lesson-debt-and-fees-q1-c = Itu tanda bahaya hanya kalau perekrut tidak memberi Anda kuitansi untuk uang itu.
lesson-debt-and-fees-q1-c-why = Kurang tepat. Kuitansi memang berguna, tetapi tidak membuat biaya yang besar menjadi adil. Biaya itu sendiri yang merupakan tanda bahaya.

lesson-debt-and-fees-q2 = Seorang calo menawarkan pinjaman uang untuk biaya dan perjalanan Anda. Anda bisa mengembalikannya nanti dari gaji. Apa risikonya?
lesson-debt-and-fees-q2-a = Risikonya kecil, karena membayar nanti dari gaji lebih mudah bagi Anda.
lesson-debt-and-fees-q2-a-why = Kurang tepat. Membayar nanti memang terasa lebih mudah, tetapi pinjaman dari agen bisa dipakai untuk mengendalikan Anda nanti. Jangan terima pinjaman dari agen.
lesson-debt-and-fees-q2-b = Risikonya hanya sedikit bunga, yang biasa untuk pinjaman apa pun.
lesson-debt-and-fees-q2-b-why = Ini tidak benar. Risiko yang lebih besar adalah utang itu menahan Anda di pekerjaan yang tidak bisa Anda tinggalkan.
lesson-debt-and-fees-q2-c = Utang itu bisa dipakai untuk mencegah Anda berhenti kerja.
lesson-debt-and-fees-q2-c-why = Ya. Utang kepada calo atau majikan bisa dipakai untuk membuat Anda terus bekerja. Ini disebut jeratan utang.

lesson-debt-and-fees-q3 = Anda diberi kontrak hanya dalam bahasa yang tidak bisa Anda baca. Calo berkata itu kontrak biasa dan Anda cukup menandatanganinya. Apa yang sebaiknya Anda lakukan?
lesson-debt-and-fees-q3-a = Jangan tanda tangan dulu. Minta versi dalam bahasa yang Anda pahami.
lesson-debt-and-fees-q3-a-why = Ya. Anda berhak tahu apa yang Anda setujui. Jangan pernah menandatangani sesuatu yang tidak bisa Anda baca atau tidak Anda setujui.
lesson-debt-and-fees-q3-b = Tanda tangani saja: agen sudah sering melakukannya dan tahu itu kontrak biasa.
lesson-debt-and-fees-q3-b-why = Kurang tepat. Jangan biarkan siapa pun membuat Anda terburu-buru. Majikan yang adil akan memberi Anda waktu untuk memahami kontraknya.
lesson-debt-and-fees-q3-c = Tanda tangan sekarang, lalu minta majikan menjelaskannya setelah Anda tiba.
lesson-debt-and-fees-q3-c-why = Ini tidak benar. Setelah Anda tiba, jauh lebih sulit untuk mengubah apa pun. Pahami kontraknya sebelum Anda menandatanganinya.

lesson-debt-and-fees-q4 = Majikan Anda ingin memberikan gaji Anda secara tunai kepada mandor, yang akan menyimpannya untuk Anda. Mana yang lebih baik?
lesson-debt-and-fees-q4-a = Setuju saja, karena pengawas lebih mengenal negara ini dan bisa menyimpan uangnya lebih aman.
lesson-debt-and-fees-q4-a-why = Kurang tepat. Gaji Anda adalah milik Anda. Jika orang lain memegangnya, mereka bisa menahannya dari Anda.
lesson-debt-and-fees-q4-b = Minta gaji Anda masuk ke rekening bank atas nama Anda sendiri.
lesson-debt-and-fees-q4-b-why = Ya. Jika gaji masuk ke rekening bank Anda sendiri, Anda yang mengendalikan uang Anda. Menahan gaji adalah salah satu tanda kerja paksa menurut ILO.
lesson-debt-and-fees-q4-c = Setuju, lalu minta semua uangnya di akhir, supaya Anda bisa menabung.
lesson-debt-and-fees-q4-c-why = Ini tidak benar. Jika gaji Anda ditahan sampai akhir, Anda mungkin tidak pernah menerimanya, dan Anda lebih sulit untuk pergi.

lesson-debt-and-fees-q5 = Sebelum Nur berangkat, calonya memberinya ponsel baru sebagai hadiah. Sekarang calo itu berkata Nur berutang banyak uang untuk ponsel dan biaya lain, dan ia tidak boleh pindah kerja sebelum melunasinya. Apa ini?
lesson-debt-and-fees-q5-a = Jeratan utang: utang dipakai untuk mencegahnya pergi.
lesson-debt-and-fees-q5-a-why = Ya. Hadiah yang berubah menjadi utang, dan utang yang mencegahnya pergi, adalah tanda-tanda kerja paksa. Nur bisa meminta bantuan.
lesson-debt-and-fees-q5-b = Adil saja: ia sudah memakai ponselnya, jadi harus membayarnya sebelum pergi.
lesson-debt-and-fees-q5-b-why = Kurang tepat. Hadiah yang sungguhan tidak perlu dibayar kembali. Mengubah hadiah menjadi utang adalah tipu daya untuk mengendalikan pekerja.
lesson-debt-and-fees-q5-c = Kesepakatan yang buruk, tetapi ia sudah menerima ponselnya, jadi ia harus bekerja sampai lunas.
lesson-debt-and-fees-q5-c-why = Ini tidak benar. Nur tidak bersalah. Orang yang memakai utang untuk mengendalikannyalah yang berbuat salah.
