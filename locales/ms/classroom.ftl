# Waymark — classroom mode (Malay). Machine-drafted; awaiting native-speaker review.
# Every message id mirrors locales/en/classroom.ftl exactly.

classroom-title = Mod bilik darjah
classroom-intro = Pimpin satu pelajaran bersama kelas anda pada peranti ini atau pada projektor: kuiz sebelum pelajaran, isi pelajaran, perbincangan, kuiz yang sama sekali lagi, dan apa yang dipelajari oleh kelas. Jika mahu, anda boleh mengira tangan yang diangkat bagi setiap jawapan.
classroom-privacy = Mod bilik darjah tidak menyimpan apa-apa tentang pelajar: tiada nama, tiada jawapan, tiada keputusan. Hanya kiraan tangan disimpan, pada skrin ini, dan ia hilang apabila sesi tamat.
classroom-outline-pre = Sebelum pelajaran: { $count } soalan kuiz untuk kelas
classroom-outline-lesson = Pelajaran: { $count } bahagian
classroom-outline-discussion = Perbincangan: { $count } soalan, dengan nota untuk guru
classroom-outline-post = Selepas pelajaran: { $count } soalan yang sama sekali lagi
classroom-outline-summary = Apa yang dipelajari oleh kelas: jawapan betul sebelum dan selepas
classroom-start = Mulakan sesi
classroom-step-pre = Sebelum pelajaran
classroom-step-lesson = Pelajaran
classroom-step-discussion = Perbincangan
classroom-step-post = Selepas pelajaran
classroom-step-summary = Apa yang dipelajari oleh kelas
classroom-progress = Langkah { $number } daripada { $total }
classroom-next = Seterusnya
classroom-reveal = Tunjukkan jawapan
classroom-back = Kembali
classroom-end = Tamatkan sesi
classroom-tally-hint = Pilihan: minta kelas mengangkat tangan bagi setiap jawapan dan tambah satu bagi setiap tangan. Hanya kiraan disimpan.
classroom-tally-closed = Kiraan bagi soalan ini sudah ditutup.
classroom-hands = { $count ->
    [0] Belum ada tangan dikira
   *[other] { $count } tangan dikira
}
classroom-add = +1
classroom-remove = −1
classroom-option-count = { $count } · { $percent }%
classroom-answer-title = Jawapan yang betul
classroom-summary-title = Apa yang dipelajari oleh kelas
classroom-summary-intro = Bahagian tangan yang diangkat bagi jawapan betul, sebelum dan selepas pelajaran. Ini kiraan untuk seluruh kelas, bukan markah sesiapa.
classroom-summary-pre = Sebelum: { $right } daripada { $hands } betul ({ $percent }%)
classroom-summary-pre-none = Sebelum: tidak dikira
classroom-summary-post = Selepas: { $right } daripada { $hands } betul ({ $percent }%)
classroom-summary-post-none = Selepas: tidak dikira
classroom-summary-overall = Semua soalan
classroom-summary-change = Jawapan betul meningkat daripada { $before }% sebelum pelajaran kepada { $after }% selepasnya.
classroom-summary-change-none = Kira tangan sebelum dan selepas pelajaran untuk membandingkannya.
