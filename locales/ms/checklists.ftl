# Waymark — safe-migration checklists (Malay). Machine-drafted; awaiting native-speaker review.
# One line per message. No placeables: these strings are plain text.

## Routes

route-mm-th = Myanmar ke Thailand
route-kh-th = Kemboja ke Thailand
route-la-th = Laos ke Thailand
route-id-my = Indonesia ke Malaysia
route-ph-hk = Filipina ke Hong Kong
route-vn-tw = Vietnam ke Taiwan

## Stages

checklist-before-departure-title = Sebelum anda bertolak
checklist-during-travel-title = Semasa dalam perjalanan
checklist-on-arrival-title = Apabila anda tiba
checklist-returning-home-title = Apabila anda pulang

## Before you leave

check-licensed-agency-title = Gunakan hanya agensi pengambilan pekerja yang berlesen
check-licensed-agency-why = Tanya kementerian buruh negara anda, atau pejabat yang menguruskan pekerja ke luar negara, sama ada lesen agensi itu tulen dan masih sah. Semak juga kerja dan majikan itu sendiri, bukan hanya agensinya.
check-no-recruitment-fees-title = Jangan bayar yuran untuk mendapat kerja
check-no-recruitment-fees-why = Peraturan buruh antarabangsa menyatakan bahawa pekerja tidak patut membayar sebarang yuran atau kos untuk diambil bekerja. Yuran dan pinjaman boleh menjadi hutang yang memerangkap anda.
check-written-contract-title = Dapatkan kontrak bertulis dalam bahasa yang anda faham
check-written-contract-why = Kontrak bertulis menunjukkan apa yang dijanjikan kepada anda tentang kerja, gaji dan waktu kerja. Simpan sendiri salinan yang telah anda tandatangani, dan jangan tandatangani apa-apa yang anda tidak faham atau tidak setuju.
check-copies-with-family-title = Tinggalkan salinan dokumen anda dengan keluarga
check-copies-with-family-why = Berikan mereka salinan pasport dan kontrak anda, gambar terkini anda, dan alamat tempat anda akan tinggal. Jika seseorang menyuruh anda merahsiakan kerja atau perjalanan itu, itu ialah tanda amaran.
check-th-approved-contract-title = Pastikan kedua-dua negara meluluskan kontrak dan permit kerja anda
check-th-approved-contract-why = Kementerian Buruh Thailand menasihatkan supaya kontrak dan permit kerja anda disahkan oleh pihak berkuasa negara anda dan Thailand. Dengan cara ini anda pergi bekerja sebagai pekerja yang sah.
check-kh-mou-documents-title = Gunakan saluran rasmi MoU dan dapatkan semua dokumen anda
check-kh-mou-documents-why = Kemboja dan Thailand mempunyai perjanjian rasmi untuk menghantar pekerja, yang dipanggil MoU. Untuk saluran ini anda memerlukan pasport, Kad Pekerja Kemboja di Luar Negara, visa dan kontrak.
check-id-siskop2mi-title = Daftar dalam SISKOP2MI sebelum anda bertolak
check-id-siskop2mi-why = SISKOP2MI ialah sistem rasmi Indonesia untuk pekerja migran, dan kerajaan menyatakan ia tidak dapat melindungi pekerja yang tidak berdaftar. Sistem ini juga menyenaraikan agensi yang berlesen, jadi anda boleh menyemak agensi anda di situ.
check-ph-dmw-check-title = Semak agensi dan pesanan kerja itu dengan Jabatan Pekerja Migran (DMW)
check-ph-dmw-check-why = Jabatan Pekerja Migran Filipina (Department of Migrant Workers, DMW) boleh menunjukkan sama ada lesen sesebuah agensi masih sah, atau telah digantung, dibatalkan atau diharamkan. Semak juga pesanan kerja yang tepat, bukan hanya agensinya.

## While you travel

check-keep-passport-title = Simpan pasport dan kad pengenalan anda bersama anda
check-keep-passport-why = Jangan serahkan kepada perekrut, orang tengah atau pemandu perjalanan untuk dipegang. Apabila orang lain menyimpan dokumen pengenalan diri seseorang, itu ialah salah satu tanda buruh paksa.
check-keep-phone-title = Bawa telefon anda sendiri dan pastikan baterinya dicas
check-keep-phone-why = Telefon ialah cara anda terus berhubung dengan keluarga dan meminta bantuan. Di pusat penipuan, penjenayah mengambil telefon dan pasport orang.
check-no-tourist-visa-title = Jangan pergi bekerja dengan visa pelancong
check-no-tourist-visa-why = Visa pelancong tidak memberi anda kebenaran untuk bekerja. Tanpa dokumen yang betul, lebih sukar untuk anda menuntut hak anda dan lebih mudah bagi orang lain untuk mengawal anda.
check-stay-in-touch-title = Beritahu keluarga di mana anda berada pada setiap peringkat
check-stay-in-touch-why = Hantar mesej apabila anda bertolak, apabila anda menyeberangi sempadan dan apabila anda tiba. Jika mereka tidak lagi mendapat khabar daripada anda, mereka akan tahu bahawa mungkin ada sesuatu yang tidak kena.
check-save-contacts-title = Cari kenalan bantuan untuk negara yang anda tuju
check-save-contacts-why = Aplikasi ini mempunyai direktori talian bantuan yang telah disemak, jadi cari talian untuk negara destinasi anda sebelum anda memerlukannya. Simpan juga butiran hubungan kedutaan atau konsulat anda dan keluarga anda.
check-plan-changes-title = Berhati-hati jika rancangan berubah di tengah jalan
check-plan-changes-why = Jika anda dibawa ke negara, tempat atau kerja yang berbeza daripada yang dijanjikan, ini ialah tanda amaran yang serius. Sebahagian orang diterbangkan ke sebuah negara, kemudian dibawa menyeberangi sempadan ke pusat penipuan.
check-no-gifts-loans-title = Jangan terima hadiah atau pinjaman daripada perekrut atau pemandu perjalanan
check-no-gifts-loans-why = Hadiah atau pinjaman boleh digunakan kemudian untuk mengatakan bahawa anda berhutang. Hutang seperti ini boleh digunakan untuk memaksa anda bekerja.

## When you arrive

check-job-matches-contract-title = Semak sama ada kerja, gaji dan waktu kerja sepadan dengan kontrak anda
check-job-matches-contract-why = Jika kerja itu berbeza daripada yang dijanjikan, anda telah ditipu. Ini ialah salah satu tanda buruh paksa, dan anda boleh meminta bantuan.
check-passport-at-work-title = Jangan biarkan majikan menyimpan pasport anda
check-passport-at-work-why = Pasport anda adalah milik anda. Majikan yang menyimpan dokumen pengenalan diri pekerja menunjukkan salah satu tanda buruh paksa.
check-salary-to-bank-title = Jika boleh, minta gaji anda dimasukkan ke dalam akaun bank anda sendiri
check-salary-to-bank-why = Bayaran ke dalam akaun bank meninggalkan rekod tentang gaji yang dibayar kepada anda. Rekod ini boleh membantu anda jika gaji anda lewat, tidak dibayar atau terlalu rendah.
check-record-hours-pay-title = Catat waktu kerja dan gaji anda
check-record-hours-pay-why = Catatan harian yang ringkas membantu anda melihat sama ada ada gaji yang tidak dibayar atau anda bekerja terlalu lama. Ia juga boleh membantu jika anda membuat aduan kemudian.
check-send-address-title = Hantar alamat anda dan nama majikan anda kepada keluarga
check-send-address-why = Jika sesuatu berlaku kepada anda, keluarga anda akan tahu di mana anda berada dan apa yang perlu diberitahu kepada orang yang boleh membantu.
check-learn-warning-signs-title = Ketahui tanda-tanda buruh paksa
check-learn-warning-signs-why = Tanda-tandanya termasuk tidak bebas untuk pergi, gaji yang ditahan, hutang yang terus bertambah, dan ugutan. Pelajaran dalam aplikasi ini menerangkan setiap tanda.
check-get-help-early-title = Minta bantuan awal jika ada sesuatu yang tidak kena
check-get-help-early-why = Anda tidak perlu menunggu sehingga keadaan menjadi lebih teruk. Gunakan talian bantuan daripada direktori dalam aplikasi ini untuk bercakap dengan seseorang yang boleh menasihati anda.

## When you go home

check-collect-wages-title = Minta semua gaji yang terhutang kepada anda sebelum anda pulang
check-collect-wages-why = Menahan gaji pekerja ialah salah satu tanda buruh paksa. Mungkin lebih sukar untuk mendapatkan wang anda selepas anda meninggalkan negara itu.
check-documents-before-leaving-title = Pastikan pasport dan semua dokumen anda ada bersama anda
check-documents-before-leaving-why = Anda memerlukan dokumen anda sendiri untuk melancong dan untuk membuktikan siapa anda. Jika majikan anda enggan memulangkannya, hubungi talian bantuan daripada direktori dalam aplikasi ini.
check-keep-records-title = Simpan salinan kontrak, slip gaji dan rekod bank anda
check-keep-records-why = Anda mungkin memerlukannya kemudian untuk menuntut gaji yang tidak anda terima atau untuk melaporkan apa yang berlaku kepada anda.
check-report-after-return-title = Laporkan penderaan atau penipuan, walaupun selepas anda pulang
check-report-after-return-why = Jika anda ditipu, tidak dibayar atau dicederakan, anda masih boleh meminta bantuan selepas anda pulang. Talian bantuan atau kumpulan sokongan boleh menerangkan pilihan anda.
check-check-new-offers-title = Semak setiap tawaran kerja baharu sebelum anda pergi lagi
check-check-new-offers-why = Gunakan semakan yang sama seperti kali pertama: agensi berlesen, tiada yuran dan kontrak bertulis. Jangan ambil pinjaman daripada perekrut untuk membiayai perjalanan seterusnya.
check-share-warning-signs-title = Beritahu kawan dan keluarga tentang tanda amaran yang anda lihat
check-share-warning-signs-why = Apa yang anda pelajari boleh melindungi orang lain yang merancang untuk bekerja di luar negara. Pelajaran dalam aplikasi ini boleh membantu anda menerangkan tanda-tandanya.
