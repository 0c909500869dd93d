# Waymark — job-offer red-flag check (Malay). Machine-drafted; awaiting native-speaker review.
# One line per message. No placeables: these strings are plain text.

## Screen

redflags-title = Semak tawaran kerja
redflags-intro = Jawab soalan-soalan ini tentang sesuatu tawaran kerja. Setiap jawapan ya ialah tanda amaran. Semakan ini tidak dapat membuktikan bahawa sesuatu tawaran itu selamat atau bahawa ia pemerdagangan orang. Ia hanya membantu anda melihat apa yang perlu disemak seterusnya.
redflags-yes = Ya
redflags-no = Tidak
redflags-unsure = Saya tidak tahu
redflags-result-title = Apa yang ditunjukkan oleh jawapan anda

## Questions

redflag-fee-before-job = Adakah perekrut meminta anda membayar yuran untuk mendapat kerja itu?
redflag-fee-before-job-reason = Peraturan buruh antarabangsa menyatakan bahawa pekerja tidak patut membayar untuk diambil bekerja. Yuran boleh menjadi hutang yang anda dipaksa bayar balik dengan kerja anda.
redflag-loan-offered = Adakah perekrut menawarkan anda pinjaman atau wang pendahuluan untuk membayar kerja atau perjalanan itu?
redflag-loan-offered-reason = Pinjaman daripada orang yang menghantar anda ke luar negara boleh digunakan untuk mengawal anda kemudian. Pekerja boleh diberitahu bahawa mereka mesti terus bekerja sehingga hutang itu dibayar.
redflag-pay-too-good = Adakah gajinya jauh lebih tinggi daripada biasa untuk kerja seperti ini, tanpa memerlukan kemahiran atau pengalaman?
redflag-pay-too-good-reason = Gaji yang sangat tinggi untuk kerja yang biasanya bergaji rendah ialah tanda amaran yang sudah diketahui. Tanya berapa gaji biasa untuk kerja ini.
redflag-travel-paid = Adakah seseorang menawarkan untuk membayar semua kos perjalanan anda dan menguruskan visa, dokumen atau lintasan sempadan untuk anda?
redflag-travel-paid-reason = Perjalanan yang nampak percuma boleh ditukar menjadi hutang kemudian. Apabila orang lain mengawal dokumen dan perjalanan anda, lebih sukar untuk anda pergi.
redflag-keep-secret = Adakah anda disuruh supaya tidak memberitahu sesiapa tentang kerja atau perjalanan itu?
redflag-keep-secret-reason = Majikan yang sebenar tiada sebab untuk meminta anda merahsiakan kerja. Kerahsiaan menjauhkan anda daripada orang yang boleh membantu anda.
redflag-no-written-contract = Adakah tiada kontrak bertulis dalam bahasa yang anda boleh baca dan faham?
redflag-no-written-contract-reason = Tanpa kontrak bertulis, tiada sesiapa dapat membuktikan apa yang dijanjikan kepada anda. Kontrak yang anda tidak boleh baca mungkin menyatakan sesuatu yang berbeza daripada apa yang diberitahu kepada anda.
redflag-unlicensed-recruiter = Adakah perekrut itu tiada lesen yang boleh anda semak dengan kerajaan?
redflag-unlicensed-recruiter-reason = Agensi berlesen didaftarkan dan boleh disemak oleh kerajaan anda. Jika anda tidak dapat mengesahkan lesen itu, anda tidak dapat tahu siapa sebenarnya yang menghantar anda.
redflag-passport-kept = Adakah perekrut atau majikan meminta untuk menyimpan pasport atau kad pengenalan anda?
redflag-passport-kept-reason = Menyimpan dokumen pengenalan diri seseorang ialah salah satu tanda buruh paksa. Tanpa dokumen anda, sangat sukar untuk pergi atau meminta bantuan.
redflag-tourist-visa = Adakah anda disuruh pergi dengan visa pelancong dan mula bekerja selepas tiba?
redflag-tourist-visa-reason = Visa pelancong tidak membenarkan anda bekerja. Tanpa dokumen yang sah, anda lebih mudah dikawal dan lebih sukar mendapat bantuan.
redflag-online-romance = Adakah seseorang yang anda kenali hanya melalui telefon atau media sosial menjanjikan cinta atau perkahwinan dan menawarkan untuk membawa anda ke luar negara?
redflag-online-romance-reason = Sesetengah pemerdagang orang memulakan hubungan dalam talian untuk memenangi kepercayaan seseorang. Kemudian mereka menggunakan kepercayaan itu untuk membawa orang itu ke negara lain.
redflag-photos-requested = Adakah anda diminta menghantar gambar seluruh badan, atau gambar dengan pakaian tertentu?
redflag-photos-requested-reason = Permintaan seperti ini ialah tanda amaran yang sudah diketahui. Kerja sebenar mungkin berbeza daripada tawaran dan mungkin melibatkan eksploitasi seksual.
redflag-private-interview = Adakah temu duga anda diadakan di tempat persendirian, seperti rumah atau bilik hotel, tanpa papan tanda syarikat?
redflag-private-interview-reason = Agensi dan majikan yang sebenar biasanya bekerja dari pejabat yang boleh anda cari dan kunjungi. Tempat pertemuan persendirian menyukarkan anda untuk tahu dengan siapa anda berurusan.
redflag-cannot-verify-employer = Adakah anda tidak dapat menyemak nama dan alamat majikan itu?
redflag-cannot-verify-employer-reason = Jika anda tidak dapat mengesahkan bahawa majikan itu benar-benar wujud, anda tidak dapat tahu di mana anda akan bekerja atau untuk siapa anda akan bekerja.
redflag-scam-job-abroad = Adakah ia kerja di luar negara dalam jualan dalam talian, khidmat pelanggan atau kerja komputer, yang ditemui di media sosial, dengan tempat tinggal percuma dan semua kos perjalanan dibayar?
redflag-scam-job-abroad-reason = Kumpulan penjenayah menggunakan tawaran seperti ini untuk membawa orang ke pusat penipuan, tempat pasport dan telefon diambil dan orang dipukul. Ramai orang mula-mula diterbangkan ke Thailand, kemudian dibawa menyeberangi sempadan.

## Forced-labour indicators

indicator-abuse-of-vulnerability = Mengambil kesempatan atas keadaan sukar seseorang
indicator-deception = Penipuan tentang kerja
indicator-restriction-of-movement = Tidak bebas keluar masuk
indicator-isolation = Dijauhkan daripada orang lain
indicator-physical-and-sexual-violence = Keganasan fizikal atau seksual
indicator-intimidation-and-threats = Ugutan dan ketakutan
indicator-retention-of-identity-documents = Pasport atau kad pengenalan diambil
indicator-withholding-of-wages = Gaji pekerja ditahan
indicator-debt-bondage = Terperangkap dengan hutang
indicator-abusive-working-and-living-conditions = Keadaan kerja atau tempat tinggal yang memudaratkan
indicator-excessive-overtime = Waktu kerja terlalu panjang

## Results

redflags-level-unclear = Jawapan belum cukup untuk menilai
redflags-level-low = Tiada tanda amaran dalam jawapan anda
redflags-level-medium = Ada beberapa tanda amaran
redflags-level-high = Ada tanda amaran yang serius
redflags-next-unclear = Anda belum tahu jawapan bagi beberapa soalan yang paling penting. Itu tidak bermakna tawaran ini selamat. Ketahui jawapan bagi soalan yang disenaraikan di sini sebelum anda bersetuju. Sehingga itu, jangan bayar apa-apa wang dan jangan serahkan pasport atau kad pengenalan anda kepada sesiapa.
redflags-next-low = Ini tidak membuktikan bahawa tawaran itu selamat. Tetap semak lesen agensi, dapatkan kontrak bertulis dan jangan bayar sebarang yuran. Jika anda menjawab Saya tidak tahu bagi mana-mana soalan, cuba dapatkan jawapannya sebelum anda bersetuju.
redflags-next-medium = Jangan bayar sebarang wang dan jangan serahkan pasport atau kad pengenalan anda kepada sesiapa sehingga anda tahu lebih lanjut. Semak lesen agensi itu dengan kementerian buruh negara anda. Jika anda risau, hubungi talian bantuan daripada direktori dalam aplikasi ini untuk mendapatkan nasihat.
redflags-next-high = Tawaran ini mempunyai tanda yang sering dilihat dalam pemerdagangan orang dan buruh paksa. Jangan bayar, jangan tandatangan dan jangan serahkan pasport atau kad pengenalan anda kepada sesiapa. Semak lesen agensi itu dengan kementerian buruh negara anda dan hubungi talian bantuan daripada direktori dalam aplikasi ini sebelum anda membuat keputusan.
