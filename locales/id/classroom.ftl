# Waymark — classroom mode (Indonesian). Machine-drafted; awaiting native-speaker review.
# Every message id mirrors locales/en/classroom.ftl exactly.

classroom-title = Mode kelas
classroom-intro = Pimpin satu pelajaran bersama kelas Anda di perangkat ini atau di proyektor: kuis sebelum pelajaran, isi pelajaran, diskusi, kuis yang sama sekali lagi, dan apa yang dipelajari kelas. Jika mau, Anda dapat menghitung tangan yang terangkat untuk setiap jawaban.
classroom-privacy = Mode kelas tidak menyimpan apa pun tentang siswa: tanpa nama, tanpa jawaban, tanpa hasil. Hanya jumlah tangan yang disimpan, di layar ini, dan hilang saat sesi berakhir.
classroom-outline-pre = Sebelum pelajaran: { $count } pertanyaan kuis untuk kelas
classroom-outline-lesson = Pelajaran: { $count } bagian
classroom-outline-discussion = Diskusi: { $count } pertanyaan, dengan catatan untuk guru
classroom-outline-post = Setelah pelajaran: { $count } pertanyaan yang sama sekali lagi
classroom-outline-summary = Apa yang dipelajari kelas: jawaban benar sebelum dan sesudah
classroom-start = Mulai sesi
classroom-step-pre = Sebelum pelajaran
classroom-step-lesson = Pelajaran
classroom-step-discussion = Diskusi
classroom-step-post = Setelah pelajaran
classroom-step-summary = Apa yang dipelajari kelas
classroom-progress = Langkah { $number } dari { $total }
classroom-next = Berikutnya
classroom-reveal = Tampilkan jawaban
classroom-back = Kembali
classroom-end = Akhiri sesi
classroom-tally-hint = Pilihan: minta kelas mengangkat tangan untuk setiap jawaban dan tambahkan satu untuk setiap tangan. Hanya jumlahnya yang disimpan.
classroom-tally-closed = Hitungan untuk pertanyaan ini sudah ditutup.
classroom-hands = { $count ->
    [0] Belum ada tangan yang dihitung
   *[other] { $count } tangan dihitung
}
classroom-add = +1
classroom-remove = −1
classroom-option-count = { $count } · { $percent }%
classroom-answer-title = Jawaban yang benar
classroom-summary-title = Apa yang dipelajari kelas
classroom-summary-intro = Bagian tangan terangkat yang memilih jawaban benar, sebelum dan sesudah pelajaran. Ini hitungan untuk seluruh kelas, bukan nilai siapa pun.
classroom-summary-pre = Sebelum: { $right } dari { $hands } benar ({ $percent }%)
classroom-summary-pre-none = Sebelum: tidak dihitung
classroom-summary-post = Sesudah: { $right } dari { $hands } benar ({ $percent }%)
classroom-summary-post-none = Sesudah: tidak dihitung
classroom-summary-overall = Semua pertanyaan
classroom-summary-change = Jawaban benar naik dari { $before }% sebelum pelajaran menjadi { $after }% sesudahnya.
classroom-summary-change-none = Hitung tangan sebelum dan sesudah pelajaran untuk membandingkannya.
