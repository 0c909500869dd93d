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
lesson-what-is-trafficking-q1-a = Ini hal biasa saat bekerja di luar negeri.
lesson-what-is-trafficking-q1-a-why = Ini tidak biasa. Pekerjaan yang berbeda dari yang dijanjikan dan utang yang membuatnya tidak bisa pergi adalah tanda-tanda kerja paksa.
lesson-what-is-trafficking-q1-b = Ini tanda-tanda perdagangan orang atau kerja paksa, walaupun awalnya ia setuju.
lesson-what-is-trafficking-q1-b-why = Ya. Mai dibohongi tentang pekerjaannya, dan utang dipakai untuk menahannya di sana. Setuju dengan tawaran awal tidak berarti ia setuju dengan keadaan ini.
lesson-what-is-trafficking-q1-c = Itu salahnya sendiri, karena ia sudah menerima pekerjaan itu.
lesson-what-is-trafficking-q1-c-why = Ini tidak benar. Orang yang dibohongi atau dikendalikan tidak pernah bersalah, dan Mai berhak meminta bantuan.

lesson-what-is-trafficking-q2 = Manakah dari situasi berikut yang bisa menjadi tanda kerja paksa?
lesson-what-is-trafficking-q2-a = Majikan menyimpan paspor para pekerja dan tidak mau mengembalikannya.
lesson-what-is-trafficking-q2-a-why = Ya. Menahan dokumen identitas pekerja adalah salah satu tanda kerja paksa menurut ILO. Hal ini membuat pekerja jauh lebih sulit untuk pergi.
lesson-what-is-trafficking-q2-b = Majikan membayar semua pekerja pada tanggal yang sama setiap bulan.
lesson-what-is-trafficking-q2-b-why = Ini tanda yang baik, bukan tanda bahaya. Pekerja harus dibayar penuh dan tepat waktu.
lesson-what-is-trafficking-q2-c = Para pekerja bisa mengunjungi teman-teman mereka pada hari libur.
lesson-what-is-trafficking-q2-c-why = Ini tanda yang baik, bukan tanda bahaya. Bebas keluar dan bertemu orang lain adalah hal yang wajar.

lesson-what-is-trafficking-q3 = Siapa yang bisa menjadi korban perdagangan orang?
lesson-what-is-trafficking-q3-a = Hanya perempuan dan anak perempuan, karena laki-laki selalu bisa melindungi diri.
lesson-what-is-trafficking-q3-a-why = Banyak orang percaya hal ini, tetapi itu tidak benar. Laki-laki dan anak laki-laki juga bisa ditipu, dikendalikan, dan dipaksa bekerja.
lesson-what-is-trafficking-q3-b = Hanya orang yang menyeberangi perbatasan ke negara lain.
lesson-what-is-trafficking-q3-b-why = Kurang tepat. Banyak korban dibawa ke negara lain, tetapi perdagangan orang juga bisa terjadi di dalam negeri sendiri.
lesson-what-is-trafficking-q3-c = Siapa saja, termasuk laki-laki, anak laki-laki, dan orang di negerinya sendiri.
lesson-what-is-trafficking-q3-c-why = Ya. Perdagangan orang bisa terjadi pada siapa pun, berapa pun usianya, apa pun jenis kelaminnya, berpendidikan tinggi atau tidak, di dalam maupun di luar negeri.

lesson-what-is-trafficking-q4 = Dara bekerja di kapal penangkap ikan. Ia bekerja hampir siang dan malam, tidak dibayar, dan diancam bahwa keluarganya akan dicelakai jika ia pergi. Apa yang ditunjukkan oleh keadaan ini?
lesson-what-is-trafficking-q4-a = Tidak ada masalah, karena Dara laki-laki dewasa.
lesson-what-is-trafficking-q4-a-why = Ini tidak benar. Laki-laki dewasa juga bisa menjadi korban kerja paksa, dan keadaan Dara memiliki beberapa tanda bahaya.
lesson-what-is-trafficking-q4-b = Beberapa tanda sekaligus, yang jelas menunjukkan kerja paksa.
lesson-what-is-trafficking-q4-b-why = Ya. Jam kerja yang sangat panjang, tidak dibayar, dan ancaman terhadap keluarganya adalah tanda-tanda kerja paksa. Bersama-sama, tanda-tanda ini menunjukkan bahwa Dara tidak bebas.
lesson-what-is-trafficking-q4-c = Hanya satu masalah kecil, jadi tidak perlu khawatir.
lesson-what-is-trafficking-q4-c-why = Ini tidak benar. Keadaan Dara memiliki setidaknya tiga tanda bahaya, dan satu tanda saja bisa sudah serius.

lesson-what-is-trafficking-q5 = Seorang teman berkata bahwa perdagangan orang hanya terjadi jika seseorang dibawa paksa dan dikurung di dalam kamar. Apa jawaban yang paling tepat?
lesson-what-is-trafficking-q5-a = Itu benar. Jika tidak ada yang memakai kekerasan, itu bukan perdagangan orang.
lesson-what-is-trafficking-q5-a-why = Kurang tepat. Kekerasan hanyalah salah satu cara. Kebohongan, utang, ancaman, dan penahanan dokumen juga bisa membuat seseorang tidak bisa pergi.
lesson-what-is-trafficking-q5-b = Perdagangan orang hanya terjadi pada orang yang tidak bersekolah.
lesson-what-is-trafficking-q5-b-why = Ini tidak benar. Orang yang berpendidikan baik juga bisa ditipu, misalnya dengan tawaran kerja kantoran palsu.
lesson-what-is-trafficking-q5-c = Banyak korban tidak dikurung. Kebohongan, utang, dan ancaman juga bisa membuat seseorang tidak bisa pergi.
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
lesson-recruiter-deception-q1-b = Tiket pesawat gratis menunjukkan bahwa majikannya kaya dan jujur.
lesson-recruiter-deception-q1-b-why = Ini tidak benar. Membayar semua biaya perjalanan adalah cara perekrut palsu mendapatkan kepercayaan Anda, jadi itu alasan untuk memeriksa lebih teliti.
lesson-recruiter-deception-q1-c = Ada beberapa tanda bahaya, jadi periksa agen dan pekerjaannya sebelum Anda memutuskan.
lesson-recruiter-deception-q1-c-why = Ya. Gaji sangat tinggi, tidak perlu pengalaman, dan perjalanan gratis semuanya adalah tanda bahaya. Memeriksa lebih dulu bisa menjaga Anda tetap aman.

lesson-recruiter-deception-q2 = Seorang perekrut meminta Anda untuk tidak memberi tahu keluarga tentang pekerjaan itu sampai Anda sudah berangkat. Apa artinya ini?
lesson-recruiter-deception-q2-a = Ini tanda bahaya, karena kerahasiaan membuat orang lain lebih sulit menolong Anda.
lesson-recruiter-deception-q2-a-why = Ya. Pekerjaan yang jujur tidak perlu disembunyikan dari keluarga. Ceritakan setiap tawaran kerja kepada orang yang Anda percayai.
lesson-recruiter-deception-q2-b = Ini wajar, karena pekerjaan yang bagus selalu dirahasiakan.
lesson-recruiter-deception-q2-b-why = Ini tidak benar. Pekerjaan yang bagus tidak perlu dirahasiakan. Kerahasiaan adalah tanda bahaya.
lesson-recruiter-deception-q2-c = Artinya pekerjaan itu sangat istimewa dan hanya untuk Anda.
lesson-recruiter-deception-q2-c-why = Kurang tepat. Merasa istimewa bisa membuat kita sulit melihat risikonya. Lebih aman berbicara dengan keluarga sebelum Anda memutuskan.

lesson-recruiter-deception-q3 = Lin pandai menggunakan komputer. Sebuah iklan di internet menawarkan pekerjaan layanan pelanggan di negara lain dengan gaji besar. Perusahaan itu akan menerbangkannya ke satu negara, lalu membawanya dengan mobil menyeberangi perbatasan. Apa langkah berikutnya yang paling aman?
lesson-recruiter-deception-q3-a = Berangkat, karena orang yang pandai komputer tidak pernah tertipu.
lesson-recruiter-deception-q3-a-why = Ini tidak benar. Orang yang punya keahlian teknologi informasi dan pendidikan yang baik juga menjadi sasaran markas penipuan daring.
lesson-recruiter-deception-q3-b = Periksa perusahaan dan pekerjaannya di instansi resmi, dan bicarakan dulu dengan organisasi yang dipercaya.
lesson-recruiter-deception-q3-b-why = Ya. Tawaran ini sama dengan cara orang dibawa ke markas penipuan daring. Memeriksa lebih dulu dan memberi tahu orang yang ia percayai bisa melindunginya.
lesson-recruiter-deception-q3-c = Berangkat, tetapi baru memberi tahu keluarganya tentang pekerjaan itu setelah ia tiba.
lesson-recruiter-deception-q3-c-why = Kurang tepat. Pemeriksaan harus dilakukan sebelum ia berangkat, dan keluarganya perlu tahu rencananya sebelum ia pergi.

lesson-recruiter-deception-q4 = Seseorang yang Anda kenal di internet berkata bahwa ia mencintai Anda dan akan membawa Anda ke luar negeri untuk menikah dan mencari kerja. Anda belum pernah bertemu langsung dengannya. Apa yang benar?
lesson-recruiter-deception-q4-a = Ini bisa menjadi cara pelaku perdagangan orang menipu orang, jadi bicarakan dengan orang yang Anda percayai sebelum memutuskan.
lesson-recruiter-deception-q4-a-why = Ya. Janji cinta dan kehidupan di luar negeri dari orang yang hanya Anda kenal di internet adalah tanda bahaya yang sudah dikenal. Berhati-hatilah dan mintalah nasihat.
lesson-recruiter-deception-q4-b = Cinta lewat internet selalu sungguhan jika orang itu sering mengirim pesan yang baik.
lesson-recruiter-deception-q4-b-why = Ini tidak benar. Pesan-pesan yang baik bisa menjadi bagian dari tipu daya. Sebaiknya periksa dulu sebelum Anda bepergian.
lesson-recruiter-deception-q4-c = Tidak sopan jika bertanya tentang rencananya.
lesson-recruiter-deception-q4-c-why = Kurang tepat. Bertanya adalah hal yang bijak dan wajar. Orang yang benar-benar peduli kepada Anda tidak akan keberatan.

lesson-recruiter-deception-q5 = Sebuah agen menunjukkan sertifikat izin yang dipajang di dindingnya. Apa lagi yang sebaiknya Anda lakukan?
lesson-recruiter-deception-q5-a = Tidak perlu apa-apa lagi, karena sertifikat di dinding membuktikan semuanya beres.
lesson-recruiter-deception-q5-a-why = Kurang tepat. Kertas di dinding bisa palsu atau sudah kedaluwarsa. Periksalah di instansi pemerintah.
lesson-recruiter-deception-q5-b = Membayar sejumlah uang kepada agen lebih dulu supaya pekerjaan itu disimpan untuk Anda.
lesson-recruiter-deception-q5-b-why = Ini tidak benar. Pekerja tidak seharusnya membayar biaya untuk mendapat pekerjaan. Membayar di awal juga bisa menjadi cara untuk menjerat Anda dengan utang.
lesson-recruiter-deception-q5-c = Periksa izinnya di instansi pemerintah, dan periksa juga pekerjaannya.
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
lesson-documents-and-phone-q1-a = Katakan dengan sopan bahwa Anda akan menyimpannya sendiri. Mereka boleh melihat atau memfotokopinya, lalu mengembalikannya.
lesson-documents-and-phone-q1-a-why = Ya. Paspor Anda adalah milik Anda. Majikan yang menahan dokumen pekerja menunjukkan tanda bahaya kerja paksa.
lesson-documents-and-phone-q1-b = Serahkan saja, karena majikan selalu menyimpan paspor pekerjanya.
lesson-documents-and-phone-q1-b-why = Ini tidak benar. Majikan tidak boleh menahan paspor pekerjanya. Menahan dokumen pekerja adalah tanda kerja paksa.
lesson-documents-and-phone-q1-c = Serahkan, lalu minta kembali saat kontrak Anda selesai.
lesson-documents-and-phone-q1-c-why = Kurang tepat. Tanpa paspor selama masa kontrak, jauh lebih sulit bagi Anda untuk pergi atau mendapat bantuan jika terjadi masalah.

lesson-documents-and-phone-q2 = Mengapa sebaiknya Anda meninggalkan salinan paspor dan kontrak kepada keluarga?
lesson-documents-and-phone-q2-a = Supaya keluarga Anda bisa memakai paspor Anda untuk bepergian.
lesson-documents-and-phone-q2-a-why = Ini tidak benar. Paspor hanya milik satu orang. Salinan itu ada untuk membantu Anda, bukan untuk bepergian.
lesson-documents-and-phone-q2-b = Karena majikan Anda membutuhkan salinan itu untuk membayar gaji Anda.
lesson-documents-and-phone-q2-b-why = Kurang tepat. Salinan di rumah bukan untuk majikan Anda. Salinan itu adalah catatan untuk Anda dan keluarga Anda.
lesson-documents-and-phone-q2-c = Supaya ada catatan tentang siapa Anda dan ke mana Anda pergi, jika terjadi masalah.
lesson-documents-and-phone-q2-c-why = Ya. Jika dokumen Anda hilang atau diambil, salinan itu membantu menunjukkan siapa Anda dan membantu keluarga menemukan Anda.

lesson-documents-and-phone-q3 = Min menyimpan semua nomor telepon pentingnya hanya di dalam ponselnya. Apa masalah yang bisa muncul?
lesson-documents-and-phone-q3-a = Tidak ada masalah, karena ponsel hampir tidak pernah hilang.
lesson-documents-and-phone-q3-a-why = Kurang tepat. Ponsel bisa hilang, rusak, atau diambil. Sebaiknya bersiap untuk kemungkinan itu.
lesson-documents-and-phone-q3-b = Jika ponselnya hilang atau diambil, ia tidak punya nomor-nomor itu, jadi ia perlu menulisnya di kertas juga.
lesson-documents-and-phone-q3-b-why = Ya. Nomor yang ditulis di kertas dan disimpan di tempat aman tetap ada ketika ponselnya hilang.
lesson-documents-and-phone-q3-c = Kertas tidak pernah aman, jadi nomor telepon tidak boleh ditulis.
lesson-documents-and-phone-q3-c-why = Ini tidak benar. Catatan di kertas yang disimpan di tempat aman adalah cadangan yang baik jika ponsel hilang.

lesson-documents-and-phone-q4 = Seorang mandor mengambil ponsel semua pekerja dan hanya mengembalikannya sebulan sekali. Para pekerja tidak bisa menelepon keluarga. Apa artinya ini?
lesson-documents-and-phone-q4-a = Ini wajar, supaya pekerja tidak terganggu.
lesson-documents-and-phone-q4-a-why = Ini tidak benar. Mengambil ponsel berminggu-minggu dan melarang menelepon keluarga bukanlah aturan kerja yang wajar. Hal ini memutus pekerja dari bantuan.
lesson-documents-and-phone-q4-b = Ini hanya masalah jika ponselnya sangat mahal.
lesson-documents-and-phone-q4-b-why = Kurang tepat. Harga ponsel tidak penting. Yang penting, para pekerja tidak bisa menghubungi siapa pun.
lesson-documents-and-phone-q4-c = Ini tanda bahaya, karena menjauhkan pekerja dari orang lain adalah cara untuk mengendalikan mereka.
lesson-documents-and-phone-q4-c-why = Ya. Isolasi, artinya menjauhkan orang dari orang lain, adalah salah satu tanda kerja paksa menurut ILO.

lesson-documents-and-phone-q5 = Anda baru saja pindah ke tempat baru untuk bekerja. Apa yang sebaiknya Anda lakukan?
lesson-documents-and-phone-q5-a = Kirim alamat atau lokasi baru Anda kepada keluarga yang Anda percayai, supaya mereka tahu di mana Anda berada.
lesson-documents-and-phone-q5-a-why = Ya. Jika keluarga tahu di mana Anda berada, mereka lebih mudah menolong Anda atau meminta bantuan orang lain.
lesson-documents-and-phone-q5-b = Tunggu sampai Anda sudah tinggal di sana setahun sebelum memberi tahu siapa pun.
lesson-documents-and-phone-q5-b-why = Kurang tepat. Keluarga Anda perlu tahu di mana Anda berada sejak awal, bukan setelah waktu yang lama.
lesson-documents-and-phone-q5-c = Rahasiakan alamat Anda dari semua orang, bahkan dari keluarga.
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
lesson-debt-and-fees-q1-a = Ini wajar, dan biaya yang lebih tinggi berarti pekerjaan yang lebih bagus.
lesson-debt-and-fees-q1-a-why = Ini tidak benar. Biaya yang tinggi tidak berarti pekerjaannya bagus. Biaya yang besar bisa membuat Anda berutang bahkan sebelum mulai bekerja.
lesson-debt-and-fees-q1-b = Ini tanda bahaya, karena menurut prinsip tanpa biaya, pekerja tidak seharusnya membayar untuk direkrut.
lesson-debt-and-fees-q1-b-why = Ya. Pekerja tidak seharusnya membayar biaya perekrutan. Tanyakan kepada instansi ketenagakerjaan di negara Anda sebelum membayar apa pun.
lesson-debt-and-fees-q1-c = Tidak apa-apa, asalkan perekrut memberi Anda kuitansi.
lesson-debt-and-fees-q1-c-why = Kurang tepat. Kuitansi memang berguna, tetapi tidak membuat biaya yang besar menjadi adil. Biaya itu sendiri yang merupakan tanda bahaya.

lesson-debt-and-fees-q2 = Seorang calo menawarkan pinjaman uang untuk biaya dan perjalanan Anda. Anda bisa mengembalikannya nanti dari gaji. Apa risikonya?
lesson-debt-and-fees-q2-a = Tidak ada risiko, karena calo itu hanya berbaik hati.
lesson-debt-and-fees-q2-a-why = Kurang tepat. Pinjaman bisa terlihat baik hati, tetapi juga bisa menjadi cara untuk mengendalikan Anda nanti. Jangan terima pinjaman dari calo.
lesson-debt-and-fees-q2-b = Risikonya hanya Anda akan membayar kembali sedikit lebih banyak.
lesson-debt-and-fees-q2-b-why = Ini tidak benar. Risiko yang lebih besar adalah utang itu menahan Anda di pekerjaan yang tidak bisa Anda tinggalkan.
lesson-debt-and-fees-q2-c = Utang itu bisa dipakai untuk mengendalikan Anda dan mencegah Anda meninggalkan pekerjaan.
lesson-debt-and-fees-q2-c-why = Ya. Utang kepada calo atau majikan bisa dipakai untuk membuat Anda terus bekerja. Ini disebut jeratan utang.

lesson-debt-and-fees-q3 = Anda diberi kontrak hanya dalam bahasa yang tidak bisa Anda baca. Calo berkata itu kontrak biasa dan Anda cukup menandatanganinya. Apa yang sebaiknya Anda lakukan?
lesson-debt-and-fees-q3-a = Jangan tanda tangan dulu. Mintalah kontrak dalam bahasa yang Anda pahami, dan simpan sendiri salinan yang sudah ditandatangani.
lesson-debt-and-fees-q3-a-why = Ya. Anda berhak tahu apa yang Anda setujui. Jangan pernah menandatangani sesuatu yang tidak bisa Anda baca atau tidak Anda setujui.
lesson-debt-and-fees-q3-b = Cepat tanda tangan, supaya Anda tidak kehilangan pekerjaan itu.
lesson-debt-and-fees-q3-b-why = Kurang tepat. Jangan biarkan siapa pun membuat Anda terburu-buru. Majikan yang adil akan memberi Anda waktu untuk memahami kontraknya.
lesson-debt-and-fees-q3-c = Tanda tangan sekarang, lalu minta majikan menjelaskannya setelah Anda tiba.
lesson-debt-and-fees-q3-c-why = Ini tidak benar. Setelah Anda tiba, jauh lebih sulit untuk mengubah apa pun. Pahami kontraknya sebelum Anda menandatanganinya.

lesson-debt-and-fees-q4 = Majikan Anda ingin memberikan gaji Anda secara tunai kepada mandor, yang akan menyimpannya untuk Anda. Mana yang lebih baik?
lesson-debt-and-fees-q4-a = Setuju, karena mandor lebih paham soal uang.
lesson-debt-and-fees-q4-a-why = Kurang tepat. Gaji Anda adalah milik Anda. Jika orang lain memegangnya, mereka bisa menahannya dari Anda.
lesson-debt-and-fees-q4-b = Mintalah gaji Anda dibayar ke rekening bank atas nama Anda sendiri.
lesson-debt-and-fees-q4-b-why = Ya. Jika gaji masuk ke rekening bank Anda sendiri, Anda yang mengendalikan uang Anda. Menahan gaji adalah salah satu tanda kerja paksa menurut ILO.
lesson-debt-and-fees-q4-c = Setuju, lalu minta semua uangnya di akhir kontrak.
lesson-debt-and-fees-q4-c-why = Ini tidak benar. Jika gaji Anda ditahan sampai akhir, Anda mungkin tidak pernah menerimanya, dan Anda lebih sulit untuk pergi.

lesson-debt-and-fees-q5 = Sebelum Nur berangkat, calonya memberinya ponsel baru sebagai hadiah. Sekarang calo itu berkata Nur berutang banyak uang untuk ponsel dan biaya lain, dan ia tidak boleh pindah kerja sebelum melunasinya. Apa ini?
lesson-debt-and-fees-q5-a = Tanda bahaya jeratan utang, karena utang dipakai untuk mencegahnya pergi.
lesson-debt-and-fees-q5-a-why = Ya. Hadiah yang berubah menjadi utang, dan utang yang mencegahnya pergi, adalah tanda-tanda kerja paksa. Nur bisa meminta bantuan.
lesson-debt-and-fees-q5-b = Kesepakatan yang adil, karena hadiah selalu harus dibayar kembali.
lesson-debt-and-fees-q5-b-why = Kurang tepat. Hadiah yang sungguhan tidak perlu dibayar kembali. Mengubah hadiah menjadi utang adalah tipu daya untuk mengendalikan pekerja.
lesson-debt-and-fees-q5-c = Salahnya sendiri, karena ia menerima ponsel itu.
lesson-debt-and-fees-q5-c-why = Ini tidak benar. Nur tidak bersalah. Orang yang memakai utang untuk mengendalikannyalah yang berbuat salah.
