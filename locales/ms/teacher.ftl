# Waymark — bahagian untuk guru dalam setiap pelajaran (bahasa Melayu, terjemahan mesin yang belum disemak).

## Labels

lesson-teacher-title = Untuk guru
lesson-age-band = Umur { $min }–{ $max }
lesson-age-band-open = Umur { $min } tahun ke atas
lesson-objectives-title = Objektif pembelajaran
lesson-discussion-title = Soalan perbincangan
lesson-teacher-notes-title = Nota untuk guru
lesson-disclosure-title = Jika murid memberitahu anda tentang penderaan
lesson-disclosure-body = Bertenang, dengar dan biarkan murid bercerita dengan kata-katanya sendiri. Jangan mendesak untuk mendapatkan butiran atau bertanya soalan yang mengarahkan jawapan. Beritahu dia bahawa itu bukan salahnya dan dia betul kerana memberitahu anda. Jangan berjanji untuk merahsiakannya: terangkan bahawa anda mungkin perlu memberitahu orang yang bertugas menjaga keselamatannya. Ikut prosedur perlindungan kanak-kanak sekolah anda dan beritahu orang yang bertanggungjawab pada hari yang sama. Jika murid dalam bahaya sekarang, hubungi perkhidmatan kecemasan atau talian bantuan daripada direktori. Jangan bersemuka dengan orang yang dinamakannya, dan jangan bercakap tentangnya di hadapan kelas. Catat apa yang dikatakan murid, dengan kata-katanya dan tarikhnya, dan simpan nota itu secara sulit.

## What is trafficking?

lesson-what-is-trafficking-objective-define = Menerangkan dengan kata-kata sendiri apa itu pemerdagangan orang dan buruh paksa.
lesson-what-is-trafficking-objective-signs = Menamakan sekurang-kurangnya empat tanda buruh paksa menurut ILO.
lesson-what-is-trafficking-objective-anyone = Menerangkan mengapa mangsa tidak pernah bersalah, walaupun pada mulanya dia bersetuju dengan kerja itu.
lesson-what-is-trafficking-discuss-agree = Mengapa orang yang telah bersetuju dengan sesuatu kerja masih boleh menjadi mangsa pemerdagangan orang?
lesson-what-is-trafficking-discuss-hidden = Ramai mangsa tidak dikurung. Apa lagi yang boleh menghalang seseorang daripada pergi?
lesson-what-is-trafficking-discuss-myths = Apakah kepercayaan tentang pemerdagangan orang yang pernah anda dengar dalam masyarakat? Yang mana terbukti salah dalam pelajaran ini?
lesson-what-is-trafficking-teacher-notes = Mulakan dengan pelajaran ini: pelajaran lain menggunakan istilahnya. Sesetengah murid mungkin mempunyai ahli keluarga yang bekerja di luar negara, jadi bincangkan situasi secara umum dan jangan minta sesiapa menceritakan kisahnya di hadapan kelas. Beritahu pada awal bahawa sesiapa pun boleh bercakap dengan anda secara peribadi selepas itu.

## How recruiters lie

lesson-recruiter-deception-objective-offers = Mengenal pasti tanda amaran tawaran kerja palsu.
lesson-recruiter-deception-objective-online = Menerangkan cara pengambilan ke kompleks penipuan berlaku dalam talian.
lesson-recruiter-deception-objective-check = Menerangkan cara menyemak agensi dan kerja sebelum berangkat.
lesson-recruiter-deception-discuss-why = Mengapa tawaran palsu selalu menjanjikan perjalanan percuma dan gaji yang sangat tinggi?
lesson-recruiter-deception-discuss-pressure = Seorang perekrut berkata anda mesti membuat keputusan hari ini. Apa yang boleh anda katakan, dan kepada siapa anda boleh bertanya?
lesson-recruiter-deception-discuss-check = Di negara kita, di manakah orang boleh menyemak sama ada agensi mempunyai lesen?
lesson-recruiter-deception-teacher-notes = Bawa iklan kerja sebenar dari media sosial tempatan, dengan nama dipadam, dan biarkan kumpulan kecil mencari tanda amaran. Sebelum kelas, cari nama pihak berkuasa pelesenan negara anda dalam senarai semak aplikasi ini supaya anda boleh menjawab soalan terakhir.

## Your documents and your phone

lesson-documents-and-phone-objective-keep = Menerangkan mengapa pasport atau kad pengenalan tidak boleh diserahkan untuk disimpan orang lain.
lesson-documents-and-phone-objective-copies = Menyenaraikan apa yang perlu disalin dan ditinggalkan dengan keluarga sebelum berangkat.
lesson-documents-and-phone-objective-phone = Merancang cara menyimpan nombor penting dengan selamat walaupun telefon diambil.
lesson-documents-and-phone-discuss-ask = Majikan berkata syarikat biasa menyimpan pasport. Bagaimana anda akan menjawab?
lesson-documents-and-phone-discuss-copies = Kepada siapa dalam keluarga anda akan memberikan salinan, dan mengapa orang itu?
lesson-documents-and-phone-teacher-notes = Minta murid membuat kad kertas berisi nombor yang mereka perlukan, sebagai aktiviti kelas, dengan menggunakan direktori dalam aplikasi ini. Ingatkan mereka bahawa kad yang disimpan berasingan daripada telefon masih berguna jika telefon hilang atau diambil.

## Debt and fees

lesson-debt-and-fees-objective-zero-fee = Menerangkan prinsip tanpa yuran dalam pengambilan pekerja yang adil.
lesson-debt-and-fees-objective-debt = Menerangkan bagaimana hutang boleh digunakan untuk mengawal pekerja.
lesson-debt-and-fees-objective-contract = Menyenaraikan perkara yang perlu disemak dalam kontrak sebelum menandatanganinya.
lesson-debt-and-fees-discuss-fees = Ramai orang percaya bahawa membayar yuran yang besar adalah biasa. Mengapa mereka mungkin percaya begitu?
lesson-debt-and-fees-discuss-loan = Seorang perekrut menawarkan pinjaman untuk membayar yuran. Apakah risikonya?
lesson-debt-and-fees-discuss-contract = Apa yang akan anda lakukan jika kontrak ditulis dalam bahasa yang anda tidak boleh baca?
lesson-debt-and-fees-teacher-notes = Sesetengah keluarga dalam kelas mungkin pernah meminjam wang untuk berhijrah. Bincangkan hutang tanpa menghakimi, dan jelaskan bahawa orang yang berhutang tidak bersalah. Peraturan yuran berbeza antara negara; jelaskan bahawa undang-undang di sesetengah tempat mungkin membenarkan yuran kecil, tetapi tidak pernah yuran yang digunakan untuk mengikat pekerja.

## Your rights at work

lesson-rights-at-work-objective-rights = Menamakan hak asas setiap pekerja: gaji, rehat, dokumen dan kebebasan untuk pergi.
lesson-rights-at-work-objective-deductions = Menerangkan potongan gaji yang adil dan yang tidak adil.
lesson-rights-at-work-objective-status = Menerangkan bahawa pekerja tanpa dokumen masih mempunyai hak dan boleh meminta bantuan.
lesson-rights-at-work-discuss-deductions = Majikan memotong gaji anda untuk tempat tinggal yang anda tidak pernah setujui. Apa yang boleh anda lakukan?
lesson-rights-at-work-discuss-day-off = Mengapa hari rehat mingguan penting untuk keselamatan, bukan hanya untuk berehat?
lesson-rights-at-work-discuss-status = Mengapa pekerja tanpa permit yang sah mungkin takut meminta bantuan, dan apa yang boleh memudahkannya?
lesson-rights-at-work-teacher-notes = Undang-undang tentang gaji, hari rehat dan permit berbeza antara negara; pelajaran ini mengajar prinsipnya, bukan undang-undang satu negara. Jika murid bertanya tentang negara tertentu, tunjukkan senarai semak untuk laluan itu dan perkhidmatan dalam direktori.

## Online grooming and sextortion

lesson-online-grooming-objective-grooming = Mengenal pasti permulaan pujuk rayu dalam talian: kepercayaan terlalu cepat, kerahsiaan dan permintaan gambar.
lesson-online-grooming-objective-sextortion = Menerangkan apa yang patut dan tidak patut dilakukan jika seseorang mengugut untuk menyebarkan gambar.
lesson-online-grooming-objective-harassment = Mengenal pasti gangguan dan eksploitasi seksual, dan tahu bahawa mangsa tidak pernah bersalah.
lesson-online-grooming-discuss-secret = Mengapa pemujuk meminta supaya persahabatan itu dirahsiakan?
lesson-online-grooming-discuss-blame = Kadangkala orang menyalahkan orang yang gambarnya disebarkan. Mengapa itu salah, dan bagaimana ia membantu pendera?
lesson-online-grooming-discuss-help = Kepada siapa seorang remaja boleh bercerita jika ini berlaku kepadanya?
lesson-online-grooming-teacher-notes = Topik ini boleh menyakitkan bagi murid yang pernah mengalaminya. Maklumkan kelas sebelum mula, benarkan murid keluar jika perlu, dan jangan sekali-kali meminta contoh daripada kehidupan mereka sendiri. Jangan tunjukkan gambar atau mesej penderaan sebenar. Mungkin ada murid yang datang kepada anda selepas pelajaran ini; baca bahagian tentang pendedahan sebelum mengajar.

## How to get help

lesson-getting-help-objective-where = Mencari talian bantuan yang telah disemak dalam direktori dan menerangkan apa yang ditawarkannya.
lesson-getting-help-objective-say = Berlatih apa yang hendak dikatakan semasa meminta bantuan.
lesson-getting-help-objective-safe = Menerangkan cara meminta bantuan tanpa menambah risiko.
lesson-getting-help-discuss-fear = Apa yang mungkin menghalang seseorang daripada menelefon untuk meminta bantuan, dan bagaimana kita boleh memudahkannya?
lesson-getting-help-discuss-practise = Secara berpasangan, latih panggilan ringkas: sebut apa yang anda perlukan dan di mana anda berada.
lesson-getting-help-teacher-notes = Biarkan murid membuka direktori dalam aplikasi semasa pelajaran dan mencari perkhidmatan untuk negara mereka. Jangan minta mereka menelefon talian bantuan sebenar sebagai latihan: talian itu untuk orang yang memerlukan bantuan sekarang.

## Helping a friend safely

lesson-helping-a-friend-objective-listen = Menunjukkan cara mendengar kawan tanpa menyalahkannya.
lesson-helping-a-friend-objective-risks = Menamakan tindakan yang boleh meletakkan kawan dalam bahaya yang lebih besar.
lesson-helping-a-friend-objective-choose = Menerangkan mengapa kawan itu yang patut memutuskan langkah seterusnya, kecuali ada orang dalam bahaya sekarang.
lesson-helping-a-friend-discuss-post = Mengapa menyiarkan keadaan kawan dalam talian boleh memburukkan keadaan?
lesson-helping-a-friend-discuss-words = Apakah kata-kata yang boleh anda gunakan untuk memberitahu kawan bahawa itu bukan salahnya?
lesson-helping-a-friend-teacher-notes = Main peranan sesuai di sini: seorang murid menjadi kawan, seorang lagi menjadi penolong, dengan situasi rekaan. Ingatkan murid bahawa mereka sentiasa boleh meminta nasihat orang dewasa atau talian bantuan tanpa menyebut nama kawan mereka.

## Smuggling or trafficking?

lesson-smuggling-or-trafficking-objective-difference = Menerangkan perbezaan antara penyeludupan migran dan pemerdagangan orang.
lesson-smuggling-or-trafficking-objective-turn = Menerangkan bagaimana penyeludupan boleh bertukar menjadi pemerdagangan orang.
lesson-smuggling-or-trafficking-objective-children = Menerangkan mengapa memindahkan kanak-kanak untuk dieksploitasi ialah pemerdagangan orang walaupun tanpa paksaan atau penipuan.
lesson-smuggling-or-trafficking-discuss-words = Orang sering menggunakan "penyeludupan" dan "pemerdagangan orang" seolah-olah sama. Mengapa perbezaannya penting bagi orang yang terlibat?
lesson-smuggling-or-trafficking-discuss-consent = Mengapa undang-undang tidak menerima persetujuan kanak-kanak sebagai alasan untuk mengeksploitasinya?
lesson-smuggling-or-trafficking-discuss-fear = Mengapa orang yang diseludup mungkin takut meminta bantuan, dan apa yang akan anda katakan kepadanya?
lesson-smuggling-or-trafficking-teacher-notes = Lukis dua lajur di papan, penyeludupan dan pemerdagangan orang, dan bersama-sama susun kes rekaan yang pendek ke dalamnya; sesetengah kes akan berpindah lajur apabila cerita berterusan. Elakkan apa-apa gambaran bahawa migran yang menyeberang tanpa dokumen ialah penjenayah: pelajaran ini tentang siapa mengeksploitasi siapa.

## Forced and brokered marriage

lesson-forced-marriage-objective-define = Menerangkan apa yang menjadikan sesuatu perkahwinan itu paksa.
lesson-forced-marriage-objective-signs = Menamakan tanda amaran bahawa perkahwinan yang diatur oleh broker mungkin pemerdagangan orang.
lesson-forced-marriage-objective-help = Menyatakan di mana remaja boleh mendapat bantuan jika didesak untuk berkahwin.
lesson-forced-marriage-discuss-pressure = Tekanan jenis apa yang boleh menyukarkan seseorang untuk menolak perkahwinan?
lesson-forced-marriage-discuss-broker = Mengapa sesebuah keluarga mungkin menerima tawaran broker, dan apa yang patut mereka tanya dahulu?
lesson-forced-marriage-discuss-support = Bagaimana seorang kawan boleh menyokong orang yang takut dikahwinkan tanpa kerelaannya?
lesson-forced-marriage-teacher-notes = Perkahwinan berkait rapat dengan keluarga dan budaya, dan sesetengah murid mungkin sudah dijodohkan atau berkahwin. Bincangkan kebebasan memilih dan keselamatan tanpa mengkritik mana-mana keluarga atau masyarakat. Bersedia jika murid ingin bercakap dengan anda selepas itu, dan fahami prosedur perlindungan kanak-kanak sekolah sebelum pelajaran.

## Domestic work and fishing

lesson-domestic-work-and-fishing-objective-domestic = Menamakan standard yang boleh diminta pekerja domestik: dokumen, rehat mingguan, kontrak bertulis.
lesson-domestic-work-and-fishing-objective-fishing = Mengenal pasti tanda amaran dalam tawaran kerja di bot nelayan.
lesson-domestic-work-and-fishing-objective-connected = Merancang cara kekal berhubung dengan keluarga dalam pekerjaan yang terpencil.
lesson-domestic-work-and-fishing-discuss-hidden = Mengapa penderaan lebih sukar dilihat di rumah persendirian atau di laut berbanding di kilang?
lesson-domestic-work-and-fishing-discuss-questions = Apa yang akan anda tanya perekrut sebelum menerima kerja di bot atau di sebuah rumah?
lesson-domestic-work-and-fishing-teacher-notes = Banyak keluarga di rantau ini mempunyai ahli yang bekerja sebagai pekerja domestik atau nelayan; hormati pekerjaan ini sebagai kerja sebenar yang boleh dilakukan dengan selamat. Murid boleh menulis senarai ringkas soalan untuk perekrut dan membandingkannya dalam kumpulan.

## Money: sending, borrowing, insurance

lesson-money-abroad-objective-send = Menerangkan cara menghantar wang ke rumah dengan selamat dan membandingkan kosnya.
lesson-money-abroad-objective-borrow = Menerangkan bagaimana pinjaman daripada perekrut atau pemberi pinjaman tanpa lesen boleh menjadi ikatan hutang.
lesson-money-abroad-objective-insure = Menyenaraikan apa yang perlu ditanya tentang insurans sebelum berangkat.
lesson-money-abroad-discuss-cost = Mengapa perkhidmatan yang yurannya rendah masih boleh menjadi lebih mahal akhirnya?
lesson-money-abroad-discuss-loan = Di mana orang di kawasan kita meminjam wang untuk berhijrah, dan tempat mana yang lebih selamat?
lesson-money-abroad-discuss-scam = Pernahkah anda mendengar penipuan yang meminta kod atau PIN? Bagaimana orang boleh melindungi diri?
lesson-money-abroad-teacher-notes = Latihan yang berkesan: beri dua tawaran pemindahan wang rekaan dengan yuran dan kadar tukaran, dan biarkan murid mengira yang mana menghasilkan lebih banyak wang. Jangan tanya murid tentang hutang atau pendapatan keluarga mereka. Jangan namakan atau syorkan mana-mana syarikat.

## After harm: complaints, justice and going home

lesson-after-harm-objective-complain = Menamakan tempat pekerja boleh membuat aduan dan bukti yang perlu disimpan.
lesson-after-harm-objective-non-punishment = Menerangkan prinsip tidak menghukum mangsa dengan kata-kata mudah.
lesson-after-harm-objective-support = Menerangkan apa yang boleh ditawarkan oleh rumah perlindungan dan bantuan pulang.
lesson-after-harm-discuss-evidence = Mengapa berguna menyimpan slip gaji dan mesej walaupun semuanya nampak baik?
lesson-after-harm-discuss-blame = Mengapa mangsa yang terselamat mungkin takut dihukum, dan bagaimana prinsip tidak menghukum mangsa membantu?
lesson-after-harm-discuss-return = Apa yang boleh menyukarkan mangsa yang terselamat untuk pulang, dan bagaimana masyarakat boleh menyambutnya kembali?
lesson-after-harm-teacher-notes = Sesetengah murid atau saudara mereka mungkin pulang selepas pengalaman buruk di luar negara. Bercakap tentang mangsa yang terselamat dengan hormat dan jangan sekali-kali seolah-olah mereka melakukan kesilapan. Butiran bantuan guaman, tempat aduan dan rumah perlindungan berbeza antara negara; gunakan direktori dalam aplikasi ini untuk perkhidmatan yang berkaitan.

## Ready for a crisis

lesson-crisis-ready-objective-plan = Membuat pelan ringkas untuk krisis di luar negara.
lesson-crisis-ready-objective-kit = Menyenaraikan isi beg kecemasan.
lesson-crisis-ready-objective-risks = Menerangkan mengapa penyeludup dan pemerdagang orang mengambil kesempatan semasa krisis.
lesson-crisis-ready-discuss-contact = Jika telefon tidak berfungsi, bagaimana keluarga anda akan tahu bahawa anda selamat?
lesson-crisis-ready-discuss-rumours = Bagaimana membezakan khabar angin daripada maklumat rasmi semasa krisis?
lesson-crisis-ready-teacher-notes = Biarkan murid menulis pelan krisis mereka sendiri dalam satu halaman: siapa yang dihubungi, ke mana hendak pergi, apa yang dibawa. Berhati-hati dengan murid yang pernah melalui bencana atau konflik; biarkan mereka memilih sama ada hendak turut serta.

## A few phrases for the place you go

lesson-useful-phrases-objective-ask = Menyebut atau menunjukkan beberapa frasa untuk meminta bantuan dalam bahasa negara destinasi.
lesson-useful-phrases-objective-interpreter = Meminta jurubahasa dalam bahasa tempatan.
lesson-useful-phrases-discuss-where = Kepada siapa dan di mana anda boleh menunjukkan frasa ini jika anda memerlukan bantuan?
lesson-useful-phrases-discuss-more = Perkataan apa lagi yang berguna untuk diketahui sebelum berangkat, contohnya alamat anda atau nama majikan anda?
lesson-useful-phrases-teacher-notes = Tumpukan pada destinasi yang paling mungkin dituju oleh murid anda. Berlatih menyebut frasa itu dengan kuat, tetapi berlatih juga menunjukkannya secara bertulis. Frasa di sini sengaja sedikit; jika ada penutur asli, minta dia menyemak sebutan bersama kelas.
