# Waymark — pelajaran 13–15 (bahasa Indonesia, terjemahan mesin yang belum ditinjau).

## Getting help after harm

lesson-after-harm-title = Setelah dirugikan: pengaduan, keadilan, dan pulang
lesson-after-harm-summary = Pelajari cara mengadu, tempat mendapat bantuan hukum gratis, mengapa korban tidak boleh dihukum, dan apa yang ditawarkan rumah aman dan bantuan pemulangan.

lesson-after-harm-complaints-title = Pengaduan, bantuan hukum, dan ganti rugi
lesson-after-harm-complaints-body = Jika kamu ditipu atau dirugikan, kamu bisa mengadu ke kantor ketenagakerjaan di tempatmu bekerja, ke instansi di negaramu yang memberi izin kepada agen perekrutmu, ke kedutaan atau konsulat, atau ke polisi. Lembaga bantuan hukum dan serikat pekerja bisa membantumu secara gratis atau dengan biaya rendah. Simpan bukti: kontrak, slip gaji, pesan, foto, nama, dan tanggal. Kamu mungkin bisa mendapatkan kembali gaji yang belum dibayar atau ganti rugi; tanyakan caranya kepada saluran bantuan atau layanan bantuan hukum.

lesson-after-harm-non-punishment-title = Korban tidak boleh dihukum
lesson-after-harm-non-punishment-body = Jika kamu korban perdagangan orang, kamu tidak boleh dihukum atas hal yang terpaksa kamu lakukan karenanya, seperti bekerja tanpa izin, memakai dokumen palsu yang diberikan pelaku, atau menipu orang secara daring di tempat penipuan. Ini disebut prinsip tidak menghukum korban. Prinsip ini ada dalam aturan internasional, termasuk Protokol ILO tentang kerja paksa dan Konvensi ASEAN menentang perdagangan orang. Tidak semua negara menerapkannya dengan baik, jadi mintalah pengacara atau organisasi pendamping sebelum kamu memberi keterangan.

lesson-after-harm-shelter-and-home-title = Rumah aman dan pulang ke rumah
lesson-after-harm-shelter-and-home-body = Banyak negara memiliki rumah aman bagi penyintas, dikelola pemerintah atau organisasi, dengan tempat tinggal yang aman, layanan kesehatan, konseling, dan bantuan langkah hukum. Tanyakan dukungan apa yang bisa kamu dapat dan aturan apa yang berlaku, misalnya apakah kamu boleh keluar, bekerja, atau menelepon keluarga. Kedutaan dan organisasi seperti IOM bisa membantumu pulang dengan aman dan mendapat dukungan setelah tiba, untuk kesehatan, pekerjaan, atau sekolah. Kisahmu milikmu: kamu yang memutuskan kepada siapa kamu bercerita.

lesson-after-harm-q1 = Hana tidak digaji selama tiga bulan. Apa yang paling membantu pengaduannya?
lesson-after-harm-q1-a = Menunggu sampai pulang, karena pengaduan hanya bisa dibuat di negaranya sendiri.
lesson-after-harm-q1-a-why = Kurang tepat. Ia juga bisa mengadu di tempat ia bekerja, misalnya ke kantor ketenagakerjaan atau lewat kedutaannya, dan sering lebih mudah selagi ia masih di sana.
lesson-after-harm-q1-b = Menyimpan kontrak, slip gaji, dan pesan, lalu bertanya ke kantor tenaga kerja atau serikat.
lesson-after-harm-q1-b-why = Benar. Bukti membuat pengaduan jauh lebih kuat, dan kantor ketenagakerjaan, serikat, atau layanan bantuan hukum tahu cara menuntut gaji yang belum dibayar.
lesson-after-harm-q1-c = Mengunggah nama majikan ke media sosial terlebih dahulu.
lesson-after-harm-q1-c-why = Kurang tepat. Mengunggah bisa memperingatkan majikan, membahayakannya, bahkan membuatnya bermasalah secara hukum. Pengaduan resmi lebih aman.

lesson-after-harm-q2 = Tun diperdagangkan ke tempat penipuan dan dipaksa menipu orang secara daring. Apa kata prinsip tidak menghukum korban?
lesson-after-harm-q2-a = Korban tidak boleh dihukum atas kejahatan yang dipaksakan kepadanya.
lesson-after-harm-q2-a-why = Benar. Tun dipaksa melakukannya sebagai bagian dari perdagangan orang. Ia harus diperlakukan sebagai korban, dan organisasi pendamping bisa membantunya menjelaskan keadaannya.
lesson-after-harm-q2-b = Korban tidak pernah ditanyai polisi.
lesson-after-harm-q2-b-why = Kurang tepat. Polisi mungkin tetap bertanya. Prinsip ini tentang tidak menghukum korban, dan ia bisa meminta pengacara atau organisasi pendamping.
lesson-after-harm-q2-c = Prinsip itu hanya melindungi orang yang masuk ke negara itu secara sah, dengan visa yang berlaku.
lesson-after-harm-q2-c-why = Kurang tepat. Prinsip ini juga berlaku bagi korban yang menyeberang tanpa dokumen karena diperdagangkan.

lesson-after-harm-q3 = Manakah yang bisa dibantu layanan bantuan hukum atau serikat pekerja?
lesson-after-harm-q3-a = Hanya perkara yang sudah masuk ke pengadilan.
lesson-after-harm-q3-a-why = Kurang tepat. Sebagian besar pekerjaan mereka di luar pengadilan: nasihat, surat, perundingan dengan majikan, dan pengaduan ke kantor ketenagakerjaan.
lesson-after-harm-q3-b = Hanya pekerja yang punya izin kerja yang sah.
lesson-after-harm-q3-b-why = Kurang tepat. Banyak layanan bantuan hukum dan serikat juga membantu pekerja tanpa dokumen, misalnya menuntut gaji untuk pekerjaan yang sudah dilakukan.
lesson-after-harm-q3-c = Hak-hakmu, gaji yang belum dibayar, dan pengaduan.
lesson-after-harm-q3-c-why = Benar. Mereka bisa menjelaskan hakmu, membantumu menuntut apa yang menjadi hakmu, dan mendampingimu mengadu, sering kali gratis.

lesson-after-harm-q4 = Apa itu rumah aman bagi penyintas perdagangan orang?
lesson-after-harm-q4-a = Semacam penjara tempat orang tanpa dokumen ditahan sampai dideportasi.
lesson-after-harm-q4-a-why = Ini ketakutan yang umum, tetapi rumah aman dimaksudkan untuk melindungimu, bukan menghukummu. Tanyakan aturannya sebelum kamu pergi.
lesson-after-harm-q4-b = Tempat tinggal yang aman, dengan layanan kesehatan dan bantuan hukum.
lesson-after-harm-q4-b-why = Benar. Rumah aman memberi penyintas tempat yang aman dan bantuan untuk pulih dan mengambil langkah berikutnya.
lesson-after-harm-q4-c = Tempat khusus bagi orang yang masih memegang paspor.
lesson-after-harm-q4-c-why = Kurang tepat. Banyak penyintas kehilangan dokumennya atau dokumennya diambil. Rumah aman dan kedutaan juga bisa membantu soal itu.

lesson-after-harm-q5 = Thu ingin pulang setelah dieksploitasi di luar negeri. Apa yang benar?
lesson-after-harm-q5-a = Ia harus membayar sendiri perjalanannya sebelum ada yang mau membantu.
lesson-after-harm-q5-a-why = Kurang tepat. Kedutaan dan organisasi seperti IOM kadang bisa membantu perjalanannya. Tanyakan dukungan apa yang tersedia.
lesson-after-harm-q5-b = Ia tidak bisa pulang sampai perkara melawan majikannya selesai.
lesson-after-harm-q5-b-why = Kurang tepat. Perkara bisa lama, tetapi pulang adalah pilihannya. Pengacara bisa menjelaskan bagaimana perkara berlanjut setelah ia pergi.
lesson-after-harm-q5-c = Kedutaan atau IOM bisa membantunya pulang dengan aman.
lesson-after-harm-q5-c-why = Benar. Bantuan untuk pulang dengan aman dan dukungan setelah tiba, seperti layanan kesehatan, pekerjaan, atau sekolah, tersedia di banyak negara.

## Ready for a crisis

lesson-crisis-ready-title = Siap menghadapi krisis
lesson-crisis-ready-summary = Pelajari cara bersiap menghadapi perang, bencana, atau kehilangan pekerjaan mendadak di luar negeri, dan cara tetap aman saat itu terjadi.

lesson-crisis-ready-plan-title = Bersiap sebelum terjadi
lesson-crisis-ready-plan-body = Perang, banjir, kebakaran, wabah penyakit, atau kehilangan pekerjaan mendadak bisa memukul migran dengan keras, jauh dari keluarga dan dalam bahasa asing. Bersiaplah lebih dulu: daftarkan dirimu ke kedutaan atau konsulat jika negaramu menyediakannya, dan tulis alamat serta nomornya di kertas. Cari tahu di mana tempat aman terdekat. Sepakati dengan keluarga dan teman cara saling menghubungi jika jaringan telepon mati.

lesson-crisis-ready-kit-title = Tas darurat
lesson-crisis-ready-kit-body = Siapkan tas kecil berisi paspor dan KTP atau salinannya, salinan kontrak dan izin kerja, sedikit uang tunai, obat-obatan yang kamu perlukan, pengisi daya ponsel, dan daftar nomor di kertas. Simpan foto dokumenmu di tempat daring yang aman atau pada keluargamu, agar kamu bisa membuktikan identitasmu jika dokumennya hilang.

lesson-crisis-ready-during-title = Saat krisis datang
lesson-crisis-ready-during-body = Saat krisis, ikuti informasi dari pihak berwenang dan kedutaanmu, bukan kabar burung. Beri tahu keluargamu bahwa kamu selamat. Jika majikan pergi atau berhenti membayar, kamu tetap berhak atas gaji dan dokumenmu, jadi catat berapa yang masih menjadi hakmu. Waspadalah terhadap orang yang menawarkan jalan cepat melewati perbatasan dengan bayaran: saat krisis, penyelundup dan pelaku perdagangan orang mencari orang yang terburu-buru. Kedutaan, IOM, atau saluran bantuan bisa memberi tahu cara keluar yang aman.

lesson-crisis-ready-q1 = Apa langkah yang baik sebelum krisis terjadi?
lesson-crisis-ready-q1-a = Mendaftar ke kedutaan dan menyimpan datanya di kertas.
lesson-crisis-ready-q1-a-why = Benar. Kedutaan yang tahu kamu ada di sana bisa menemukan dan membantumu, dan nomor di kertas tetap berguna saat ponsel tidak bisa dipakai.
lesson-crisis-ready-q1-b = Menyimpan semua dokumen hanya di ponsel, supaya tidak ada yang hilang.
lesson-crisis-ready-q1-b-why = Kurang tepat. Foto di ponsel berguna, tetapi ponsel bisa hilang, rusak, atau kehabisan daya. Simpan juga salinan kertas.
lesson-crisis-ready-q1-c = Menunggu majikan membuat rencana untukmu.
lesson-crisis-ready-q1-c-why = Kurang tepat. Ada majikan yang membantu, tetapi ada yang pergi. Rencanamu sendiri menjagamu aman dalam kedua keadaan.

lesson-crisis-ready-q2 = Banjir melanda kota tempatmu bekerja. Orang asing menawarkan mengantarmu melewati perbatasan malam ini dengan bayaran besar. Apa yang bijak?
lesson-crisis-ready-q2-a = Pergi segera, karena jalan keluar apa pun lebih baik daripada tinggal.
lesson-crisis-ready-q2-a-why = Kurang tepat. Saat krisis, orang yang terburu-buru mudah dijebak. Sopir yang tidak dikenal bisa membawamu ke tempat yang lebih berbahaya.
lesson-crisis-ready-q2-b = Pergi jika pekerja lain juga ikut dengannya.
lesson-crisis-ready-q2-b-why = Kurang tepat. Satu kelompok bisa diperdagangkan bersama. Orang lain ikut pergi tidak membuktikan tawaran itu aman.
lesson-crisis-ready-q2-c = Tanyakan dulu ke kedutaan, IOM, atau saluran bantuan.
lesson-crisis-ready-q2-c-why = Benar. Bertanya dulu butuh sedikit waktu, tetapi bisa menjauhkanmu dari penyelundup dan pelaku perdagangan orang, dan mereka bisa memberi tahu cara keluar yang aman.

lesson-crisis-ready-q3 = Apa saja isi tas darurat?
lesson-crisis-ready-q3-a = Hanya uang, karena semua yang lain bisa dibeli.
lesson-crisis-ready-q3-a-why = Kurang tepat. Saat krisis, toko bisa tutup, dan uang tidak bisa menggantikan dokumen atau obat-obatanmu.
lesson-crisis-ready-q3-b = Dokumen, uang tunai, obat, pengisi daya, nomor di kertas.
lesson-crisis-ready-q3-b-why = Benar. Semua ini membuatmu bisa membuktikan identitas, tetap sehat, dan menghubungi bantuan.
lesson-crisis-ready-q3-c = Hanya paspor asli, supaya tasnya tetap ringan dan praktis.
lesson-crisis-ready-q3-c-why = Paspor memang paling penting, tetapi salinan, uang tunai, obat, dan nomor di kertas itu kecil dan bisa menyelamatkanmu dari banyak kesulitan.

lesson-crisis-ready-q4 = Majikanmu menutup pabrik karena krisis dan pergi tanpa membayarmu. Apa yang benar?
lesson-crisis-ready-q4-a = Gajimu tetap terutang; catat jumlahnya dan mintalah bantuan.
lesson-crisis-ready-q4-a-why = Benar. Krisis tidak menghapus upah untuk pekerjaan yang sudah kamu lakukan. Catatan tertulis membantumu menuntutnya nanti.
lesson-crisis-ready-q4-b = Saat krisis, majikan tidak wajib membayar gaji.
lesson-crisis-ready-q4-b-why = Kurang tepat. Upah untuk pekerjaan yang sudah dilakukan tetap terutang. Kantor ketenagakerjaan, serikat, atau kedutaan bisa membantumu menuntutnya.
lesson-crisis-ready-q4-c = Gajimu hangus jika kamu meninggalkan asrama pabrik sebelum ditutup.
lesson-crisis-ready-q4-c-why = Kurang tepat. Pergi demi keselamatan tidak menghapus apa yang sudah kamu hasilkan. Keselamatanmu yang utama.

lesson-crisis-ready-q5 = Kamu mendengar kabar burung bahwa perbatasan akan ditutup besok. Apa yang sebaiknya kamu lakukan?
lesson-crisis-ready-q5-a = Segera membagikannya ke semua grup obrolan untuk memperingatkan orang.
lesson-crisis-ready-q5-a-why = Kurang tepat. Kabar burung yang salah bisa menimbulkan kepanikan dan mendorong orang mengambil pilihan yang tidak aman. Periksa dulu.
lesson-crisis-ready-q5-b = Memeriksa dulu ke sumber resmi atau kedutaanmu.
lesson-crisis-ready-q5-b-why = Benar. Sumber resmi dan kedutaan tahu apa yang sebenarnya terjadi dan apa yang harus dilakukan.
lesson-crisis-ready-q5-c = Memercayainya jika banyak orang mengulanginya.
lesson-crisis-ready-q5-c-why = Kurang tepat. Kabar burung menyebar cepat saat krisis. Banyak orang mengulangi sesuatu tidak membuatnya benar.

## A few phrases in the destination's language

lesson-useful-phrases-title = Beberapa kalimat untuk negara tujuanmu
lesson-useful-phrases-summary = Pelajari beberapa kalimat pendek dalam bahasa Thai, Melayu, dan Mandarin untuk meminta bantuan dan meminta penerjemah.

lesson-useful-phrases-thai-title = Di Thailand (bahasa Thai)
lesson-useful-phrases-thai-body = ช่วยด้วย (chuay duay) berarti "Tolong!". ฉันต้องการความช่วยเหลือ (chan tong-kan khwam chuay luea) berarti "Saya butuh bantuan". ฉันไม่เข้าใจ (chan mai khao jai) berarti "Saya tidak mengerti". ขอล่ามได้ไหม (kho lam dai mai) berarti "Boleh saya minta penerjemah?". Laki-laki sering mengatakan ผม (phom) sebagai ganti ฉัน (chan) untuk "saya".

lesson-useful-phrases-malay-title = Di Malaysia (bahasa Melayu)
lesson-useful-phrases-malay-body = Bahasa Melayu mirip bahasa Indonesia, tetapi beberapa kata berbeda. Tolong! berarti "Tolong!". Saya perlukan bantuan berarti "Saya butuh bantuan". Saya tidak faham berarti "Saya tidak mengerti". Saya perlukan jurubahasa berarti "Saya butuh penerjemah". Panggil polis berarti "Panggil polisi".

lesson-useful-phrases-chinese-title = Di Taiwan dan Hong Kong (bahasa Mandarin dan Kanton)
lesson-useful-phrases-chinese-body = Kebanyakan orang di Taiwan berbahasa Mandarin dan kebanyakan orang di Hong Kong berbahasa Kanton, tetapi keduanya memakai aksara Tionghoa tradisional yang sama, jadi menunjukkan tulisannya berguna di kedua tempat. 救命 (jiuming) berarti "Tolong!". 我需要幫助 (wo xuyao bangzhu) berarti "Saya butuh bantuan". 我聽不懂 (wo ting bu dong) berarti "Saya tidak mengerti". 我需要翻譯 (wo xuyao fanyi) berarti "Saya butuh penerjemah". Simpan kalimat-kalimat ini di kertas dan di ponselmu, bersama alamatmu dalam bahasa setempat.

lesson-useful-phrases-q1 = Di Malaysia, apa arti "Tolong!"?
lesson-useful-phrases-q1-a = "Terima kasih!"
lesson-useful-phrases-q1-a-why = Kurang tepat. "Terima kasih" juga sama dalam bahasa Melayu, tetapi "Tolong!" adalah seruan ketika kamu butuh bantuan.
lesson-useful-phrases-q1-b = "Bantu saya!"
lesson-useful-phrases-q1-b-why = Benar. "Tolong!" berarti minta bantuan, sama seperti dalam bahasa Indonesia. Kata ini juga dipakai untuk "mohon" saat meminta seseorang melakukan sesuatu.
lesson-useful-phrases-q1-c = "Permisi."
lesson-useful-phrases-q1-c-why = Kurang tepat. "Permisi" dalam bahasa Melayu biasanya "Maaf" atau "Tumpang lalu". "Tolong!" dipakai untuk meminta bantuan.

lesson-useful-phrases-q2 = Apa arti kalimat Thai ฉันไม่เข้าใจ (chan mai khao jai)?
lesson-useful-phrases-q2-a = "Saya tidak mengerti."
lesson-useful-phrases-q2-a-why = Benar. ไม่ (mai) berarti "tidak" dan เข้าใจ (khao jai) berarti "mengerti". Kalimat ini baik diucapkan sebelum meminta penerjemah.
lesson-useful-phrases-q2-b = "Saya tidak takut."
lesson-useful-phrases-q2-b-why = Kurang tepat. เข้าใจ (khao jai) berarti "mengerti", jadi kalimat ini mengatakan bahwa kamu tidak mengerti.
lesson-useful-phrases-q2-c = "Saya tidak setuju dengan Anda."
lesson-useful-phrases-q2-c-why = Kurang tepat. Kalimat ini tentang mengerti, bukan setuju. Kalimat ini memberi tahu lawan bicara bahwa kamu perlu kata-kata yang lebih sederhana atau penerjemah.

lesson-useful-phrases-q3 = Di Taiwan, apa arti 我需要翻譯 (wo xuyao fanyi)?
lesson-useful-phrases-q3-a = "Saya perlu ke dokter."
lesson-useful-phrases-q3-a-why = Kurang tepat. 翻譯 (fanyi) berarti "penerjemah" atau "terjemahan", bukan "dokter".
lesson-useful-phrases-q3-b = "Saya butuh tiket."
lesson-useful-phrases-q3-b-why = Kurang tepat. 我需要 (wo xuyao) berarti "saya butuh", dan 翻譯 (fanyi) berarti "penerjemah".
lesson-useful-phrases-q3-c = "Saya butuh penerjemah."
lesson-useful-phrases-q3-c-why = Benar. Kamu bisa meminta penerjemah di kantor polisi, di rumah sakit, atau di kantor ketenagakerjaan.

lesson-useful-phrases-q4 = Mengapa berguna menyimpan kalimat-kalimat ini tertulis di kertas atau di ponsel?
lesson-useful-phrases-q4-a = Karena polisi hanya menerima permintaan tertulis.
lesson-useful-phrases-q4-a-why = Kurang tepat. Kamu juga bisa berbicara dengan polisi. Tulisan hanya membantu ketika berbicara sulit.
lesson-useful-phrases-q4-b = Karena saat takut, kamu cukup menunjukkannya.
lesson-useful-phrases-q4-b-why = Benar. Saat tertekan, mudah lupa kata atau salah mengucapkannya. Tulisan itu jelas.
lesson-useful-phrases-q4-c = Karena menulis adalah satu-satunya cara belajar bahasa.
lesson-useful-phrases-q4-c-why = Kurang tepat. Ada banyak cara belajar. Di sini tujuannya adalah punya kata-kata yang siap saat kamu membutuhkannya.

lesson-useful-phrases-q5 = Kebanyakan orang di Hong Kong berbahasa Kanton, bukan Mandarin. Apakah kalimat Tionghoa tertulis tetap berguna di sana?
lesson-useful-phrases-q5-a = Ya, kedua tempat memakai aksara tradisional yang sama.
lesson-useful-phrases-q5-a-why = Benar. Walaupun pengucapannya berbeda, orang di Hong Kong bisa membaca kalimat tertulis itu.
lesson-useful-phrases-q5-b = Tidak, karena orang di Hong Kong tidak bisa membaca aksara Tionghoa.
lesson-useful-phrases-q5-b-why = Kurang tepat. Orang di Hong Kong membaca dan menulis aksara Tionghoa setiap hari.
lesson-useful-phrases-q5-c = Hanya jika kamu juga mengucapkannya dalam bahasa Mandarin.
lesson-useful-phrases-q5-c-why = Kurang tepat. Menunjukkan tulisannya sudah cukup. Kamu tidak perlu mengucapkannya.
