# Waymark — quiet contact, sync, backup and shared form strings (Indonesian). Machine-drafted; awaiting native-speaker review.
# Every message id mirrors locales/en/quiet.ftl exactly.

## Quiet contact: written messages to a hotline, sealed so only the hotline can read them.

quiet-title = Hubungi diam-diam
quiet-intro = Kirim pesan ke saluran bantuan tanpa menelepon. Pesan Anda dikunci rapat di ponsel ini, jadi hanya saluran bantuan yang bisa membacanya. Pesan menunggu di sini sampai ada jaringan, lalu dikirim.
quiet-hotlines-title = Kirim pesan ke
quiet-conversations-title = Percakapan Anda
quiet-empty = Anda belum pernah mengirim pesan ke saluran bantuan.
quiet-outbox-waiting = { $count ->
   *[other] { $count } pesan sedang menunggu jaringan.
}
quiet-privacy-note = Hanya saluran bantuan yang bisa membaca pesan-pesan ini. Sistem pengantar pesan yang meneruskannya tidak bisa membacanya dan tidak tahu nomor telepon Anda.
quiet-compose-hint = Tulis pesan Anda
quiet-send = Kirim
quiet-new-conversation = Percakapan baru
quiet-retry = Coba lagi
quiet-earlier = Pesan sebelumnya
quiet-you = Anda
quiet-development-note = Ini saluran bantuan percobaan untuk mencoba aplikasi. Tidak ada orang yang benar-benar akan menjawab. Jangan gunakan saat darurat.

quiet-status-queued = Menunggu dikirim
quiet-status-sent = Terkirim
quiet-status-delivered = Sudah sampai di saluran bantuan
quiet-status-replied = Saluran bantuan sudah membalas
quiet-status-needs-attention = Tidak terkirim. Coba lagi.

quiet-hotline-waymark-dev-name = Saluran bantuan latihan (bukan sungguhan)
quiet-hotline-waymark-dev-about = Saluran bantuan untuk berlatih menghubungi diam-diam. Pesan masuk ke kotak pesan percobaan, bukan ke petugas bantuan sungguhan.

## Sync

sync-title = Kirim dan terima
sync-now = Kirim dan terima sekarang
sync-offline = Tidak ada jaringan. Pesan Anda aman di ponsel ini dan akan dikirim nanti.
sync-running = Sedang mengirim dan menerima…
sync-done = { $sent } terkirim, { $delivered } sampai, { $replies } balasan diterima.
sync-waiting = { $count ->
   *[other] Masih ada { $count } pesan yang menunggu. Aplikasi akan mencoba lagi dalam { $seconds } detik.
}
sync-paused = Sistem pengantar pesan meminta aplikasi menunggu. Aplikasi akan mencoba lagi dalam { $minutes } menit.
sync-budget = Aplikasi sudah memakai semua permintaan yang diizinkannya untuk jam ini, agar tidak menarik perhatian. Aplikasi akan mencoba lagi dalam { $minutes } menit. Pesan Anda tetap aman di ponsel ini.

## Backup and restore

backup-title = Cadangan
backup-intro = Cadangan menyimpan kontak, percakapan, dan kemajuan Anda dengan aman, terkunci dengan kode pemulihan. Hanya orang yang punya kode itu yang bisa membukanya.
backup-now = Buat cadangan
backup-done = Cadangan sudah disimpan.
backup-working = Sedang membuat cadangan…
backup-code-title = Kode pemulihan Anda
backup-code-once = Tulis kode ini di kertas dan simpan di tempat yang aman. Kode ini hanya ditampilkan sekali. Tanpa kode ini, cadangan tidak bisa dibuka.
restore-title = Pulihkan cadangan
restore-intro = Masukkan kode pemulihan Anda untuk mengembalikan kontak, percakapan, dan kemajuan Anda.
restore-working = Sedang memulihkan cadangan…
task-stop = Hentikan
restore-done = Cadangan sudah dipulihkan: { $contacts } kontak, { $conversations } percakapan, { $messages } pesan.

## Errors

error-message-empty = Tulis pesan dulu.
error-message-control = Pesan ini berisi karakter yang tidak bisa dikirim (seperti NUL atau kode kendali terminal). Hapus karakter itu lalu coba lagi.
error-message-too-long = Pesan ini terlalu panjang. Tolong buat lebih pendek (paling banyak { $max } byte).
error-conversation-not-found = Percakapan ini sudah tidak ada.
error-hotline-not-found = Saluran bantuan ini tidak bisa dihubungi lewat pesan.
error-outbox-full = Sudah ada { $max } pesan yang menunggu dikirim. Tunggu sampai sebagian sudah terkirim.
error-relay-url = Alamat sistem pengantar pesan ini tidak bisa dipakai. Alamatnya harus diawali dengan https://.
error-http-timeout = WAYMARK_HTTP_TIMEOUT harus berupa bilangan bulat detik dari 1 sampai 600.
error-network = Sistem pengantar pesan tidak bisa dihubungi. Tidak ada yang hilang; coba lagi nanti.
error-cancelled = Dihentikan. Tidak ada yang berubah.
error-relay-refused = Sistem pengantar pesan menolak permintaan ini. Tidak ada yang diubah.
error-relay-too-large = Sistem pengantar pesan mengirim jawaban yang terlalu besar, jadi aplikasi menolaknya. Tidak ada yang hilang; coba lagi nanti.
error-recovery-code-invalid = Ini bukan kode pemulihan. Kode pemulihan terdiri dari 24 huruf dan angka.
error-recovery-code-wrong = Kode pemulihan ini tidak bisa membuka cadangan. Tidak ada yang diubah.
error-backup-not-found = Tidak ada cadangan yang cocok dengan kode pemulihan ini. Periksa kodenya lalu coba lagi. Tidak ada yang diubah.
error-restore-not-empty = Cadangan hanya bisa dipulihkan ke ruang pribadi baru yang belum punya kontak atau percakapan.

## Forms shared by the apps

contact-add = Tambah kontak
contact-edit = Ubah kontak
contact-remove = Hapus kontak
contact-name = Nama
contact-phone = Nomor telepon
contact-relation = Hubungan (misalnya: kakak, teman)
contact-note = Catatan
contact-channel = Cara menghubunginya
form-save = Simpan
form-cancel = Batal
settings-relay = Sistem pengantar pesan
menu-quiet = Kirim pesan ke saluran bantuan
menu-backup = Cadangan dan pemulihan
menu-settings = Pengaturan

## Screens of the profile and safety flows

backup-new-code = Buat cadangan dengan kode pemulihan baru
backup-new-code-explain = Cadangan berikutnya dikunci dengan kode baru. Kode hanya ditampilkan sekali: catatlah.
