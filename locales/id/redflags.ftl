# Waymark — job-offer red-flag check (Indonesian). Machine-drafted; awaiting native-speaker review.
# One line per message. No placeables: these strings are plain text.

## Screen

redflags-title = Periksa tawaran kerja
redflags-intro = Jawab pertanyaan-pertanyaan ini tentang sebuah tawaran kerja. Setiap jawaban ya adalah tanda bahaya. Pemeriksaan ini tidak bisa membuktikan bahwa sebuah tawaran aman atau bahwa itu perdagangan orang. Pemeriksaan ini hanya membantu Anda melihat apa yang perlu diperiksa selanjutnya.
redflags-yes = Ya
redflags-no = Tidak
redflags-unsure = Saya tidak tahu
redflags-result-title = Apa arti jawaban Anda

## Questions

redflag-fee-before-job = Apakah perekrut meminta Anda membayar biaya untuk mendapat pekerjaan itu?
redflag-fee-before-job-reason = Aturan perburuhan internasional menyatakan bahwa pekerja tidak seharusnya membayar untuk direkrut. Biaya bisa menjadi utang yang harus Anda bayar kembali dengan bekerja.
redflag-loan-offered = Apakah perekrut menawarkan pinjaman atau uang muka untuk membiayai pekerjaan atau perjalanan?
redflag-loan-offered-reason = Pinjaman dari orang yang mengirim Anda ke luar negeri bisa dipakai untuk mengendalikan Anda nanti. Pekerja bisa diberi tahu bahwa mereka harus terus bekerja sampai utangnya lunas.
redflag-pay-too-good = Apakah gajinya jauh lebih tinggi dari biasanya untuk pekerjaan seperti ini, tanpa perlu keahlian atau pengalaman?
redflag-pay-too-good-reason = Gaji yang sangat tinggi untuk pekerjaan yang biasanya bergaji rendah adalah tanda bahaya yang sudah dikenal. Tanyakan berapa gaji yang wajar untuk pekerjaan ini.
redflag-travel-paid = Apakah ada yang menawarkan untuk membayar semua biaya perjalanan Anda dan mengurus visa, dokumen, atau penyeberangan perbatasan Anda?
redflag-travel-paid-reason = Perjalanan yang tampak gratis bisa kemudian diubah menjadi utang. Jika orang lain mengendalikan dokumen dan perjalanan Anda, Anda lebih sulit untuk pergi.
redflag-keep-secret = Apakah Anda diminta untuk tidak memberi tahu siapa pun tentang pekerjaan atau perjalanan itu?
redflag-keep-secret-reason = Majikan yang sungguhan tidak punya alasan untuk meminta Anda merahasiakan pekerjaan. Kerahasiaan menjauhkan Anda dari orang-orang yang bisa menolong Anda.
redflag-no-written-contract = Apakah tidak ada kontrak tertulis dalam bahasa yang bisa Anda baca dan pahami?
redflag-no-written-contract-reason = Tanpa kontrak tertulis, tidak ada yang bisa membuktikan apa yang dijanjikan kepada Anda. Kontrak yang tidak bisa Anda baca mungkin berisi hal yang berbeda dari yang dikatakan kepada Anda.
redflag-unlicensed-recruiter = Apakah perekrut itu tidak punya izin yang bisa Anda periksa di instansi pemerintah?
redflag-unlicensed-recruiter-reason = Agen yang berizin terdaftar dan bisa diperiksa oleh pemerintah Anda. Jika Anda tidak bisa memastikan izinnya, Anda tidak bisa tahu siapa yang sebenarnya mengirim Anda.
redflag-passport-kept = Apakah perekrut atau majikan meminta untuk menyimpan paspor atau kartu identitas Anda?
redflag-passport-kept-reason = Menahan dokumen identitas seseorang adalah salah satu tanda kerja paksa. Tanpa dokumen, sangat sulit untuk pergi atau meminta bantuan.
redflag-tourist-visa = Apakah Anda disuruh berangkat dengan visa turis lalu mulai bekerja setelah tiba?
redflag-tourist-visa-reason = Visa turis tidak mengizinkan Anda bekerja. Tanpa dokumen yang sah, Anda lebih mudah dikendalikan dan lebih sulit mendapat bantuan.
redflag-online-romance = Apakah seseorang yang hanya Anda kenal lewat ponsel atau media sosial menjanjikan cinta atau pernikahan dan menawarkan untuk membawa Anda ke luar negeri?
redflag-online-romance-reason = Sebagian pelaku perdagangan orang memulai hubungan di internet untuk mendapatkan kepercayaan seseorang. Lalu mereka memakai kepercayaan itu untuk membawa orang tersebut ke negara lain.
redflag-photos-requested = Apakah Anda diminta mengirim foto seluruh tubuh, atau foto dengan pakaian khusus?
redflag-photos-requested-reason = Permintaan seperti ini adalah tanda bahaya yang sudah dikenal. Pekerjaan yang sebenarnya mungkin berbeda dari tawarannya dan bisa termasuk eksploitasi seksual.
redflag-private-interview = Apakah wawancara Anda dilakukan di tempat pribadi, seperti rumah atau kamar hotel, tanpa papan nama perusahaan?
redflag-private-interview-reason = Agen dan majikan yang sungguhan biasanya bekerja dari kantor yang bisa Anda temukan dan kunjungi. Tempat pertemuan pribadi membuat Anda sulit tahu dengan siapa Anda berurusan.
redflag-cannot-verify-employer = Apakah Anda tidak bisa memeriksa nama dan alamat majikannya?
redflag-cannot-verify-employer-reason = Jika Anda tidak bisa memastikan bahwa majikan itu nyata, Anda tidak bisa tahu di mana Anda akan bekerja atau untuk siapa.
redflag-scam-job-abroad = Apakah itu pekerjaan di luar negeri di bidang penjualan daring, layanan pelanggan, atau komputer, yang ditemukan di media sosial, dengan tempat tinggal gratis dan semua biaya perjalanan ditanggung?
redflag-scam-job-abroad-reason = Kelompok penjahat memakai tawaran seperti ini untuk membawa orang ke markas penipuan daring, tempat paspor dan ponsel diambil dan orang-orang dipukuli. Banyak orang awalnya diterbangkan ke Thailand, lalu dibawa menyeberangi perbatasan.

## Forced-labour indicators

indicator-abuse-of-vulnerability = Memanfaatkan keadaan sulit seseorang untuk merugikannya
indicator-deception = Kebohongan tentang pekerjaan
indicator-restriction-of-movement = Tidak bebas datang dan pergi
indicator-isolation = Dijauhkan dari orang lain
indicator-physical-and-sexual-violence = Kekerasan fisik atau seksual
indicator-intimidation-and-threats = Ancaman dan rasa takut
indicator-retention-of-identity-documents = Paspor atau kartu identitas diambil
indicator-withholding-of-wages = Gaji pekerja ditahan
indicator-debt-bondage = Terjerat utang
indicator-abusive-working-and-living-conditions = Kondisi kerja atau tempat tinggal yang merugikan
indicator-excessive-overtime = Jam kerja terlalu panjang

## Results

redflags-level-unclear = Jawaban belum cukup untuk menilai
redflags-level-low = Tidak ada tanda bahaya dalam jawaban Anda
redflags-level-medium = Ada beberapa tanda bahaya
redflags-level-high = Ada tanda bahaya yang serius
redflags-next-unclear = Anda belum tahu jawaban untuk beberapa pertanyaan yang paling penting. Itu tidak berarti tawaran ini aman. Cari tahu jawaban atas pertanyaan yang tercantum di sini sebelum Anda setuju. Sampai saat itu, jangan membayar uang apa pun dan jangan memberikan paspor atau KTP Anda kepada siapa pun.
redflags-next-low = Ini tidak membuktikan bahwa tawaran itu aman. Tetap periksa izin agennya, mintalah kontrak tertulis, dan jangan membayar biaya apa pun. Jika Anda menjawab Saya tidak tahu untuk pertanyaan mana pun, cobalah mencari tahu sebelum Anda setuju.
redflags-next-medium = Jangan membayar uang apa pun dan jangan menyerahkan paspor atau kartu identitas Anda kepada siapa pun sampai Anda tahu lebih banyak. Periksa izin agennya di kementerian ketenagakerjaan di negara Anda. Jika Anda khawatir, hubungi saluran bantuan dari daftar di aplikasi ini untuk meminta nasihat.
redflags-next-high = Tawaran ini memiliki tanda yang sering terlihat dalam perdagangan orang dan kerja paksa. Jangan membayar, jangan menandatangani, dan jangan menyerahkan paspor atau kartu identitas Anda kepada siapa pun. Periksa izin agennya di kementerian ketenagakerjaan di negara Anda dan hubungi saluran bantuan dari daftar di aplikasi ini sebelum Anda memutuskan.
