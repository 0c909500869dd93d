# Waymark — bagian untuk guru di setiap pelajaran (bahasa Indonesia, terjemahan mesin yang belum ditinjau).

## Labels

lesson-teacher-title = Untuk guru
lesson-age-band = Usia { $min }–{ $max }
lesson-age-band-open = Usia { $min } tahun ke atas
lesson-objectives-title = Tujuan pembelajaran
lesson-discussion-title = Pertanyaan diskusi
lesson-teacher-notes-title = Catatan untuk guru
lesson-disclosure-title = Jika seorang murid bercerita tentang kekerasan
lesson-disclosure-body = Tetap tenang, dengarkan, dan biarkan murid bercerita dengan kata-katanya sendiri. Jangan mendesak untuk meminta rincian atau mengajukan pertanyaan yang mengarahkan jawaban. Katakan bahwa itu bukan salahnya dan ia benar sudah bercerita. Jangan berjanji merahasiakannya: jelaskan bahwa Anda mungkin perlu memberi tahu orang yang bertugas melindunginya. Ikuti prosedur perlindungan anak di sekolah Anda dan beri tahu penanggung jawabnya pada hari yang sama. Jika murid dalam bahaya saat ini, hubungi layanan darurat atau saluran bantuan dari direktori. Jangan mendatangi orang yang ia sebut, dan jangan membicarakannya di depan kelas. Tuliskan apa yang dikatakan murid, dengan kata-katanya dan tanggalnya, lalu simpan catatan itu secara rahasia.

## What is trafficking?

lesson-what-is-trafficking-objective-define = Menjelaskan dengan kata-kata sendiri apa itu perdagangan orang dan kerja paksa.
lesson-what-is-trafficking-objective-signs = Menyebutkan sedikitnya empat tanda kerja paksa menurut ILO.
lesson-what-is-trafficking-objective-anyone = Menjelaskan mengapa korban tidak pernah bersalah, walaupun awalnya ia setuju dengan pekerjaan itu.
lesson-what-is-trafficking-discuss-agree = Mengapa orang yang sudah setuju dengan suatu pekerjaan masih bisa menjadi korban perdagangan orang?
lesson-what-is-trafficking-discuss-hidden = Banyak korban tidak dikurung. Apa lagi yang bisa menghalangi seseorang untuk pergi?
lesson-what-is-trafficking-discuss-myths = Anggapan apa tentang perdagangan orang yang pernah kamu dengar di lingkunganmu? Mana yang terbukti salah dalam pelajaran ini?
lesson-what-is-trafficking-teacher-notes = Mulailah dengan pelajaran ini: pelajaran lain memakai istilah-istilahnya. Beberapa murid mungkin punya anggota keluarga yang bekerja di luar negeri, jadi bahaslah situasi secara umum dan jangan meminta siapa pun menceritakan kisahnya di depan kelas. Sampaikan di awal bahwa siapa pun boleh berbicara dengan Anda secara pribadi setelahnya.

## How recruiters lie

lesson-recruiter-deception-objective-offers = Mengenali tanda bahaya tawaran kerja palsu.
lesson-recruiter-deception-objective-online = Menjelaskan cara perekrutan ke tempat penipuan daring berlangsung.
lesson-recruiter-deception-objective-check = Menjelaskan cara memeriksa agen dan pekerjaan sebelum berangkat.
lesson-recruiter-deception-discuss-why = Mengapa tawaran palsu sering menjanjikan perjalanan gratis dan gaji sangat tinggi?
lesson-recruiter-deception-discuss-pressure = Seorang perekrut berkata kamu harus memutuskan hari ini. Apa yang bisa kamu katakan, dan kepada siapa kamu bisa bertanya?
lesson-recruiter-deception-discuss-check = Di negara kita, di mana orang bisa memeriksa apakah suatu agen memiliki izin?
lesson-recruiter-deception-teacher-notes = Bawalah iklan lowongan kerja asli dari media sosial setempat, dengan nama-nama dihapus, dan biarkan kelompok kecil mencari tanda bahayanya. Sebelum kelas, cari nama instansi pemberi izin di negara Anda dalam daftar periksa aplikasi ini, agar Anda bisa menjawab pertanyaan terakhir.

## Your documents and your phone

lesson-documents-and-phone-objective-keep = Menjelaskan mengapa paspor atau KTP tidak boleh diserahkan untuk disimpan orang lain.
lesson-documents-and-phone-objective-copies = Menyebutkan apa saja yang perlu difotokopi dan ditinggalkan pada keluarga sebelum berangkat.
lesson-documents-and-phone-objective-phone = Merencanakan cara menyimpan nomor penting dengan aman meskipun ponsel diambil.
lesson-documents-and-phone-discuss-ask = Majikan berkata wajar jika perusahaan menyimpan paspor. Bagaimana kamu akan menjawab?
lesson-documents-and-phone-discuss-copies = Kepada siapa di keluargamu kamu akan memberikan salinan, dan mengapa orang itu?
lesson-documents-and-phone-teacher-notes = Ajak murid membuat kartu kertas berisi nomor yang mereka perlukan, sebagai kegiatan kelas, dengan memakai direktori di aplikasi ini. Ingatkan bahwa kartu yang disimpan terpisah dari ponsel tetap berguna jika ponsel hilang atau diambil.

## Debt and fees

lesson-debt-and-fees-objective-zero-fee = Menjelaskan prinsip tanpa biaya dalam perekrutan yang adil.
lesson-debt-and-fees-objective-debt = Menjelaskan bagaimana utang bisa dipakai untuk mengendalikan pekerja.
lesson-debt-and-fees-objective-contract = Menyebutkan hal-hal yang perlu diperiksa dalam kontrak sebelum menandatanganinya.
lesson-debt-and-fees-discuss-fees = Banyak orang percaya bahwa membayar biaya besar itu wajar. Mengapa mereka bisa percaya begitu?
lesson-debt-and-fees-discuss-loan = Seorang perekrut menawarkan pinjaman untuk membayar biaya. Apa risikonya?
lesson-debt-and-fees-discuss-contract = Apa yang akan kamu lakukan jika kontrak ditulis dalam bahasa yang tidak bisa kamu baca?
lesson-debt-and-fees-teacher-notes = Beberapa keluarga di kelas mungkin pernah meminjam uang untuk bermigrasi. Bicarakan utang tanpa menghakimi, dan tegaskan bahwa orang yang berutang tidak bersalah. Aturan biaya berbeda di tiap negara; jelaskan bahwa hukum di beberapa tempat mungkin mengizinkan biaya kecil, tetapi tidak pernah biaya yang dipakai untuk menahan pekerja.

## Your rights at work

lesson-rights-at-work-objective-rights = Menyebutkan hak dasar setiap pekerja: upah, istirahat, dokumen, dan kebebasan untuk pergi.
lesson-rights-at-work-objective-deductions = Menjelaskan potongan gaji mana yang adil dan mana yang tidak.
lesson-rights-at-work-objective-status = Menjelaskan bahwa pekerja tanpa dokumen tetap punya hak dan bisa meminta bantuan.
lesson-rights-at-work-discuss-deductions = Majikan memotong gajimu untuk tempat tinggal yang tidak pernah kamu setujui. Apa yang bisa kamu lakukan?
lesson-rights-at-work-discuss-day-off = Mengapa hari libur mingguan penting untuk keselamatan, bukan hanya untuk istirahat?
lesson-rights-at-work-discuss-status = Mengapa pekerja tanpa izin yang sah bisa takut meminta bantuan, dan apa yang bisa membuatnya lebih mudah?
lesson-rights-at-work-teacher-notes = Hukum tentang upah, hari libur, dan izin kerja berbeda di tiap negara; pelajaran ini mengajarkan prinsipnya, bukan hukum satu negara. Jika murid bertanya tentang negara tertentu, arahkan ke daftar periksa untuk rute itu dan ke layanan di direktori.

## Online grooming and sextortion

lesson-online-grooming-objective-grooming = Mengenali awal grooming daring: kepercayaan yang terlalu cepat, kerahasiaan, dan permintaan foto.
lesson-online-grooming-objective-sextortion = Menjelaskan apa yang harus dan tidak boleh dilakukan jika seseorang mengancam menyebarkan foto.
lesson-online-grooming-objective-harassment = Mengenali pelecehan dan eksploitasi seksual, dan tahu bahwa korban tidak pernah bersalah.
lesson-online-grooming-discuss-secret = Mengapa pelaku grooming meminta agar pertemanan itu dirahasiakan?
lesson-online-grooming-discuss-blame = Kadang orang menyalahkan orang yang fotonya disebarkan. Mengapa itu salah, dan bagaimana hal itu membantu pelaku?
lesson-online-grooming-discuss-help = Kepada siapa seorang remaja bisa bercerita jika ini terjadi padanya?
lesson-online-grooming-teacher-notes = Topik ini bisa menyakitkan bagi murid yang pernah mengalaminya. Beri tahu kelas sebelum mulai, izinkan murid keluar jika perlu, dan jangan pernah meminta contoh dari kehidupan mereka sendiri. Jangan menampilkan foto atau pesan kekerasan yang asli. Mungkin ada murid yang mendatangi Anda setelah pelajaran ini; bacalah bagian tentang murid yang bercerita sebelum mengajar.

## How to get help

lesson-getting-help-objective-where = Menemukan saluran bantuan yang sudah diperiksa di direktori dan menjelaskan apa yang ditawarkannya.
lesson-getting-help-objective-say = Berlatih apa yang dikatakan saat meminta bantuan.
lesson-getting-help-objective-safe = Menjelaskan cara meminta bantuan tanpa menambah risiko.
lesson-getting-help-discuss-fear = Apa yang bisa membuat seseorang tidak menelepon untuk minta bantuan, dan bagaimana kita bisa membuatnya lebih mudah?
lesson-getting-help-discuss-practise = Berpasangan, latihlah panggilan singkat: katakan apa yang kamu butuhkan dan di mana kamu berada.
lesson-getting-help-teacher-notes = Biarkan murid membuka direktori di aplikasi selama pelajaran dan mencari layanan untuk negaranya. Jangan meminta mereka menelepon saluran bantuan sungguhan untuk latihan: saluran itu untuk orang yang butuh bantuan sekarang.

## Helping a friend safely

lesson-helping-a-friend-objective-listen = Menunjukkan cara mendengarkan teman tanpa menyalahkannya.
lesson-helping-a-friend-objective-risks = Menyebutkan tindakan yang bisa membuat teman berada dalam bahaya lebih besar.
lesson-helping-a-friend-objective-choose = Menjelaskan mengapa teman itu yang memutuskan langkah berikutnya, kecuali ada yang dalam bahaya saat ini.
lesson-helping-a-friend-discuss-post = Mengapa mengunggah keadaan seorang teman ke internet bisa memperburuk keadaan?
lesson-helping-a-friend-discuss-words = Kata-kata apa yang bisa kamu pakai untuk mengatakan kepada teman bahwa itu bukan salahnya?
lesson-helping-a-friend-teacher-notes = Bermain peran cocok di sini: satu murid berperan sebagai teman, satu sebagai penolong, dengan situasi rekaan. Ingatkan murid bahwa mereka selalu bisa meminta saran orang dewasa atau saluran bantuan tanpa menyebut nama temannya.

## Smuggling or trafficking?

lesson-smuggling-or-trafficking-objective-difference = Menjelaskan perbedaan antara penyelundupan manusia dan perdagangan orang.
lesson-smuggling-or-trafficking-objective-turn = Menjelaskan bagaimana penyelundupan bisa berubah menjadi perdagangan orang.
lesson-smuggling-or-trafficking-objective-children = Menjelaskan mengapa memindahkan anak untuk dieksploitasi adalah perdagangan orang, meskipun tanpa kekerasan atau kebohongan.
lesson-smuggling-or-trafficking-discuss-words = Orang sering memakai kata "penyelundupan" dan "perdagangan orang" seolah-olah sama. Mengapa perbedaannya penting bagi orang yang mengalaminya?
lesson-smuggling-or-trafficking-discuss-consent = Mengapa hukum tidak menerima persetujuan seorang anak sebagai alasan untuk mengeksploitasinya?
lesson-smuggling-or-trafficking-discuss-fear = Mengapa orang yang diselundupkan bisa takut meminta bantuan, dan apa yang akan kamu katakan kepadanya?
lesson-smuggling-or-trafficking-teacher-notes = Gambarlah dua kolom di papan, penyelundupan dan perdagangan orang, lalu bersama-sama urutkan kasus rekaan yang singkat ke dalamnya; sebagian kasus akan berpindah kolom seiring cerita berlanjut. Hindari kesan bahwa migran yang menyeberang tanpa dokumen adalah penjahat: pelajaran ini tentang siapa mengeksploitasi siapa.

## Forced and brokered marriage

lesson-forced-marriage-objective-define = Menjelaskan apa yang membuat sebuah pernikahan menjadi pernikahan paksa.
lesson-forced-marriage-objective-signs = Menyebutkan tanda bahaya bahwa pernikahan yang diatur calo bisa jadi perdagangan orang.
lesson-forced-marriage-objective-help = Menyebutkan ke mana remaja bisa mencari bantuan jika didesak untuk menikah.
lesson-forced-marriage-discuss-pressure = Tekanan seperti apa yang bisa membuat seseorang sulit menolak pernikahan?
lesson-forced-marriage-discuss-broker = Mengapa sebuah keluarga bisa menerima tawaran calo, dan apa yang sebaiknya mereka tanyakan dulu?
lesson-forced-marriage-discuss-support = Bagaimana seorang teman bisa mendukung orang yang takut dinikahkan di luar kehendaknya?
lesson-forced-marriage-teacher-notes = Pernikahan terkait erat dengan keluarga dan budaya, dan beberapa murid mungkin sudah dijodohkan atau menikah. Bicarakan tentang kebebasan memilih dan keselamatan tanpa mengkritik keluarga atau komunitas mana pun. Bersiaplah jika ada murid yang ingin berbicara setelahnya, dan pahami prosedur perlindungan anak di sekolah sebelum pelajaran.

## Domestic work and fishing

lesson-domestic-work-and-fishing-objective-domestic = Menyebutkan standar yang bisa diminta pekerja rumah tangga: dokumen, istirahat mingguan, kontrak tertulis.
lesson-domestic-work-and-fishing-objective-fishing = Mengenali tanda bahaya dalam tawaran kerja di kapal ikan.
lesson-domestic-work-and-fishing-objective-connected = Merencanakan cara tetap berhubungan dengan keluarga saat bekerja di tempat yang terpencil.
lesson-domestic-work-and-fishing-discuss-hidden = Mengapa kekerasan lebih sulit terlihat di rumah pribadi atau di laut daripada di pabrik?
lesson-domestic-work-and-fishing-discuss-questions = Apa yang akan kamu tanyakan kepada perekrut sebelum menerima pekerjaan di kapal atau di sebuah rumah?
lesson-domestic-work-and-fishing-teacher-notes = Banyak keluarga di kawasan ini memiliki anggota yang bekerja sebagai pekerja rumah tangga atau nelayan; hargailah pekerjaan ini sebagai pekerjaan nyata yang bisa dilakukan dengan aman. Murid dapat menulis daftar singkat pertanyaan untuk perekrut lalu membandingkannya dalam kelompok.

## Money: sending, borrowing, insurance

lesson-money-abroad-objective-send = Menjelaskan cara mengirim uang ke rumah dengan aman dan membandingkan biayanya.
lesson-money-abroad-objective-borrow = Menjelaskan bagaimana pinjaman dari perekrut atau rentenir tanpa izin bisa menjadi jeratan utang.
lesson-money-abroad-objective-insure = Menyebutkan apa yang perlu ditanyakan tentang asuransi sebelum berangkat.
lesson-money-abroad-discuss-cost = Mengapa layanan dengan biaya rendah pada akhirnya tetap bisa lebih mahal?
lesson-money-abroad-discuss-loan = Di mana orang di daerah kita meminjam uang untuk bermigrasi, dan tempat mana yang lebih aman?
lesson-money-abroad-discuss-scam = Pernahkah kamu mendengar penipuan yang meminta kode atau PIN? Bagaimana orang bisa melindungi diri?
lesson-money-abroad-teacher-notes = Latihan yang efektif: berikan dua tawaran pengiriman uang rekaan dengan biaya dan kurs, lalu biarkan murid menghitung mana yang menghasilkan uang lebih banyak. Jangan bertanya kepada murid tentang utang atau penghasilan keluarganya. Jangan menyebut atau merekomendasikan perusahaan tertentu.

## After harm: complaints, justice and going home

lesson-after-harm-objective-complain = Menyebutkan tempat pekerja bisa mengadu dan bukti yang perlu disimpan.
lesson-after-harm-objective-non-punishment = Menjelaskan prinsip tidak menghukum korban dengan kata-kata sederhana.
lesson-after-harm-objective-support = Menjelaskan apa yang bisa diberikan rumah aman dan bantuan pemulangan.
lesson-after-harm-discuss-evidence = Mengapa berguna menyimpan slip gaji dan pesan, bahkan ketika semuanya tampak baik?
lesson-after-harm-discuss-blame = Mengapa penyintas bisa takut dihukum, dan bagaimana prinsip tidak menghukum korban membantu?
lesson-after-harm-discuss-return = Apa yang bisa membuat pulang ke rumah sulit bagi penyintas, dan bagaimana masyarakat bisa menyambutnya kembali?
lesson-after-harm-teacher-notes = Beberapa murid atau kerabatnya mungkin pulang setelah pengalaman buruk di luar negeri. Bicarakan penyintas dengan hormat dan jangan pernah sebagai orang yang berbuat kesalahan. Rincian bantuan hukum, tempat pengaduan, dan rumah aman berbeda di tiap negara; gunakan direktori di aplikasi ini untuk layanan yang berlaku.

## Ready for a crisis

lesson-crisis-ready-objective-plan = Membuat rencana sederhana untuk menghadapi krisis di luar negeri.
lesson-crisis-ready-objective-kit = Menyebutkan isi tas darurat.
lesson-crisis-ready-objective-risks = Menjelaskan mengapa penyelundup dan pelaku perdagangan orang memanfaatkan krisis.
lesson-crisis-ready-discuss-contact = Jika ponsel tidak berfungsi, bagaimana keluargamu tahu bahwa kamu selamat?
lesson-crisis-ready-discuss-rumours = Bagaimana membedakan kabar burung dari informasi resmi saat krisis?
lesson-crisis-ready-teacher-notes = Biarkan murid menulis rencana krisisnya sendiri di satu halaman: siapa yang dihubungi, ke mana pergi, apa yang dibawa. Berhati-hatilah dengan murid yang pernah mengalami bencana atau konflik; biarkan mereka memilih untuk ikut atau tidak.

## A few phrases for the place you go

lesson-useful-phrases-objective-ask = Mengucapkan atau menunjukkan beberapa kalimat untuk meminta bantuan dalam bahasa negara tujuan.
lesson-useful-phrases-objective-interpreter = Meminta penerjemah dalam bahasa setempat.
lesson-useful-phrases-discuss-where = Kepada siapa dan di mana kamu bisa menunjukkan kalimat-kalimat ini jika butuh bantuan?
lesson-useful-phrases-discuss-more = Kata apa lagi yang berguna diketahui sebelum berangkat, misalnya alamatmu atau nama majikanmu?
lesson-useful-phrases-teacher-notes = Fokuslah pada negara tujuan yang paling mungkin dituju murid Anda. Latih mengucapkan kalimat-kalimat itu dengan keras, tetapi latih juga menunjukkannya dalam bentuk tertulis. Kalimat di sini sengaja sedikit; jika ada penutur asli, mintalah ia memeriksa pengucapan bersama kelas.
