# Waymark — safe-migration checklists (Indonesian). Machine-drafted; awaiting native-speaker review.
# One line per message. No placeables: these strings are plain text.

## Routes

route-mm-th = Myanmar ke Thailand
route-kh-th = Kamboja ke Thailand
route-la-th = Laos ke Thailand
route-id-my = Indonesia ke Malaysia
route-ph-hk = Filipina ke Hong Kong
route-vn-tw = Vietnam ke Taiwan

## Stages

checklist-before-departure-title = Sebelum berangkat
checklist-during-travel-title = Selama perjalanan
checklist-on-arrival-title = Saat tiba
checklist-returning-home-title = Saat pulang

## Before you leave

check-licensed-agency-title = Gunakan hanya agen perekrutan yang berizin
check-licensed-agency-why = Tanyakan kepada kementerian ketenagakerjaan di negara Anda, atau kantor yang mengurus pekerja ke luar negeri, apakah izin agen itu asli dan masih berlaku. Periksa juga pekerjaan dan majikannya, bukan hanya agennya.
check-no-recruitment-fees-title = Jangan membayar biaya untuk mendapat pekerjaan
check-no-recruitment-fees-why = Aturan perburuhan internasional menyatakan bahwa pekerja tidak seharusnya membayar biaya atau ongkos apa pun untuk direkrut. Biaya dan pinjaman bisa menjadi utang yang menjerat Anda.
check-written-contract-title = Mintalah kontrak tertulis dalam bahasa yang Anda pahami
check-written-contract-why = Kontrak tertulis menunjukkan apa yang dijanjikan kepada Anda tentang pekerjaan, gaji, dan jam kerja. Simpan sendiri salinan yang sudah Anda tanda tangani, dan jangan menandatangani apa pun yang tidak Anda pahami atau tidak Anda setujui.
check-copies-with-family-title = Tinggalkan salinan dokumen Anda kepada keluarga
check-copies-with-family-why = Berikan kepada mereka salinan paspor dan kontrak Anda, foto diri Anda yang terbaru, dan alamat tempat Anda akan tinggal. Jika seseorang menyuruh Anda merahasiakan pekerjaan atau perjalanan itu, itu adalah tanda bahaya.
check-th-approved-contract-title = Pastikan kontrak dan izin kerja Anda disetujui oleh kedua negara
check-th-approved-contract-why = Kementerian Tenaga Kerja Thailand menyarankan agar kontrak dan izin kerja Anda disahkan oleh pihak berwenang di negara Anda dan di Thailand. Dengan cara ini Anda berangkat bekerja sebagai pekerja yang sah.
check-kh-mou-documents-title = Berangkatlah lewat jalur resmi MoU dan urus semua dokumen Anda
check-kh-mou-documents-why = Kamboja dan Thailand punya perjanjian resmi untuk pengiriman pekerja, yang disebut MoU. Untuk jalur ini Anda memerlukan paspor, Kartu Pekerja Kamboja di Luar Negeri, visa, dan kontrak.
check-id-siskop2mi-title = Daftarkan diri di SISKOP2MI sebelum berangkat
check-id-siskop2mi-why = SISKOP2MI adalah sistem resmi Indonesia untuk pekerja migran, dan pemerintah menyatakan tidak bisa melindungi pekerja yang tidak terdaftar. Sistem ini juga memuat daftar agen yang berizin, jadi Anda bisa memeriksa agen Anda di sana.
check-ph-dmw-check-title = Periksa agen dan permintaan kerjanya di Departemen Pekerja Migran (DMW)
check-ph-dmw-check-why = Departemen Pekerja Migran Filipina (Department of Migrant Workers, DMW) bisa menunjukkan apakah izin sebuah agen masih berlaku, atau sedang dibekukan, dicabut, atau dilarang. Periksa juga permintaan kerjanya secara tepat, bukan hanya agennya.

## While you travel

check-keep-passport-title = Simpan sendiri paspor dan kartu identitas Anda
check-keep-passport-why = Jangan serahkan kepada perekrut, calo, atau pemandu perjalanan untuk dipegang. Jika orang lain menahan dokumen identitas seseorang, itu adalah salah satu tanda kerja paksa.
check-keep-phone-title = Bawa sendiri ponsel Anda dan pastikan baterainya terisi
check-keep-phone-why = Ponsel adalah cara Anda tetap berhubungan dengan keluarga dan meminta bantuan. Di markas penipuan daring, para penjahat mengambil ponsel dan paspor orang.
check-no-tourist-visa-title = Jangan berangkat bekerja dengan visa turis
check-no-tourist-visa-why = Visa turis tidak memberi Anda izin untuk bekerja. Tanpa dokumen yang benar, lebih sulit bagi Anda untuk menuntut hak Anda dan lebih mudah bagi orang lain untuk mengendalikan Anda.
check-stay-in-touch-title = Beri tahu keluarga di mana Anda berada di setiap tahap
check-stay-in-touch-why = Kirim pesan saat Anda berangkat, saat menyeberangi perbatasan, dan saat tiba. Jika mereka tidak lagi mendapat kabar dari Anda, mereka akan tahu bahwa mungkin ada yang tidak beres.
check-save-contacts-title = Cari kontak bantuan untuk negara tujuan Anda
check-save-contacts-why = Aplikasi ini punya daftar saluran bantuan yang sudah diperiksa, jadi carilah saluran untuk negara tujuan Anda sebelum Anda membutuhkannya. Simpan juga kontak kedutaan besar atau konsulat Anda dan keluarga Anda.
check-plan-changes-title = Berhati-hatilah jika rencana berubah di tengah jalan
check-plan-changes-why = Jika Anda dibawa ke negara, tempat, atau pekerjaan yang berbeda dari yang dijanjikan, ini adalah tanda bahaya yang serius. Sebagian orang diterbangkan ke satu negara, lalu dibawa menyeberangi perbatasan ke markas penipuan daring.
check-no-gifts-loans-title = Jangan terima hadiah atau pinjaman dari perekrut atau pemandu perjalanan
check-no-gifts-loans-why = Hadiah atau pinjaman bisa kemudian dipakai untuk mengatakan bahwa Anda berutang. Utang seperti ini bisa dipakai untuk memaksa Anda bekerja.

## When you arrive

check-job-matches-contract-title = Periksa apakah pekerjaan, gaji, dan jam kerja sesuai dengan kontrak Anda
check-job-matches-contract-why = Jika pekerjaannya berbeda dari yang dijanjikan, Anda telah ditipu. Ini adalah salah satu tanda kerja paksa, dan Anda bisa meminta bantuan.
check-passport-at-work-title = Jangan biarkan majikan menahan paspor Anda
check-passport-at-work-why = Paspor Anda adalah milik Anda. Majikan yang menahan dokumen identitas pekerja menunjukkan salah satu tanda kerja paksa.
check-salary-to-bank-title = Jika bisa, mintalah gaji Anda masuk ke rekening bank Anda sendiri
check-salary-to-bank-why = Pembayaran ke rekening bank meninggalkan catatan tentang berapa gaji yang Anda terima. Catatan ini bisa membantu jika gaji Anda terlambat, tidak dibayar, atau terlalu sedikit.
check-record-hours-pay-title = Catat jam kerja dan gaji Anda
check-record-hours-pay-why = Catatan harian yang sederhana membantu Anda melihat apakah ada gaji yang kurang atau jam kerja yang terlalu panjang. Catatan ini juga bisa membantu jika nanti Anda mengajukan pengaduan.
check-send-address-title = Kirim alamat Anda dan nama majikan Anda kepada keluarga
check-send-address-why = Jika terjadi sesuatu pada Anda, keluarga akan tahu di mana Anda berada dan apa yang perlu disampaikan kepada orang-orang yang bisa membantu.
check-learn-warning-signs-title = Kenali tanda-tanda kerja paksa
check-learn-warning-signs-why = Tanda-tandanya antara lain tidak bebas pergi, gaji yang ditahan, utang yang terus bertambah, dan ancaman. Pelajaran di aplikasi ini menjelaskan setiap tanda.
check-get-help-early-title = Mintalah bantuan sejak awal jika ada yang tidak beres
check-get-help-early-why = Anda tidak perlu menunggu sampai keadaan makin buruk. Gunakan saluran bantuan dari daftar di aplikasi ini untuk berbicara dengan orang yang bisa memberi Anda nasihat.

## When you go home

check-collect-wages-title = Mintalah semua gaji yang menjadi hak Anda sebelum pulang
check-collect-wages-why = Menahan gaji pekerja adalah salah satu tanda kerja paksa. Mungkin lebih sulit mendapatkan uang Anda setelah Anda meninggalkan negara itu.
check-documents-before-leaving-title = Pastikan paspor dan semua dokumen Anda ada pada Anda
check-documents-before-leaving-why = Anda memerlukan dokumen Anda sendiri untuk bepergian dan untuk membuktikan siapa Anda. Jika majikan tidak mau mengembalikannya, hubungi saluran bantuan dari daftar di aplikasi ini.
check-keep-records-title = Simpan salinan kontrak, slip gaji, dan catatan bank Anda
check-keep-records-why = Nanti Anda mungkin memerlukannya untuk menuntut gaji yang tidak dibayar atau untuk melaporkan apa yang terjadi pada Anda.
check-report-after-return-title = Laporkan kekerasan atau penipuan, bahkan setelah Anda pulang
check-report-after-return-why = Jika Anda dibohongi, tidak dibayar, atau disakiti, Anda tetap bisa meminta bantuan setelah pulang. Saluran bantuan atau kelompok pendamping bisa menjelaskan pilihan-pilihan Anda.
check-check-new-offers-title = Periksa setiap tawaran kerja baru sebelum berangkat lagi
check-check-new-offers-why = Lakukan pemeriksaan yang sama seperti pertama kali: agen yang berizin, tanpa biaya, dan kontrak tertulis. Jangan mengambil pinjaman dari perekrut untuk membiayai keberangkatan berikutnya.
check-share-warning-signs-title = Ceritakan kepada teman dan keluarga tanda-tanda bahaya yang Anda lihat
check-share-warning-signs-why = Apa yang Anda pelajari bisa melindungi orang lain yang berencana bekerja di luar negeri. Pelajaran di aplikasi ini bisa membantu Anda menjelaskan tanda-tandanya.
