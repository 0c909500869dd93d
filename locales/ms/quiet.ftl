# Waymark — quiet contact, sync, backup and shared form strings (Malay). Machine-drafted; awaiting native-speaker review.
# Every message id mirrors locales/en/quiet.ftl exactly.

## Quiet contact: written messages to a hotline, sealed so only the hotline can read them.

quiet-title = Hubungi secara senyap
quiet-intro = Tulis mesej kepada talian bantuan tanpa membuat panggilan. Mesej anda dikunci rapat pada telefon ini supaya hanya talian bantuan yang boleh membacanya. Mesej menunggu di sini sehingga ada rangkaian, kemudian ia dihantar.
quiet-hotlines-title = Tulis kepada
quiet-conversations-title = Perbualan anda
quiet-empty = Anda belum menulis kepada mana-mana talian bantuan.
quiet-outbox-waiting = { $count ->
   *[other] { $count } mesej sedang menunggu rangkaian.
}
quiet-privacy-note = Hanya talian bantuan yang boleh membaca mesej ini. Sistem penghantar mesej yang menyampaikannya tidak boleh membacanya dan tidak tahu nombor telefon anda.
quiet-compose-hint = Tulis mesej anda
quiet-send = Hantar
quiet-new-conversation = Perbualan baharu
quiet-retry = Cuba lagi
quiet-earlier = Mesej terdahulu
quiet-you = Anda
quiet-development-note = Ini talian bantuan ujian untuk mencuba aplikasi. Tiada sesiapa yang akan menjawab dengan sebenar. Jangan gunakannya semasa kecemasan.

quiet-status-queued = Menunggu untuk dihantar
quiet-status-sent = Dihantar
quiet-status-delivered = Sudah sampai kepada talian bantuan
quiet-status-replied = Talian bantuan telah membalas
quiet-status-needs-attention = Tidak dihantar. Cuba lagi.

quiet-hotline-waymark-dev-name = Talian bantuan latihan (bukan sebenar)
quiet-hotline-waymark-dev-about = Talian bantuan untuk berlatih menghubungi secara senyap. Mesej pergi ke peti mesej ujian, bukan kepada petugas bantuan sebenar.

## Sync

sync-title = Hantar dan terima
sync-now = Hantar dan terima sekarang
sync-offline = Tiada rangkaian. Mesej anda selamat dalam telefon ini dan akan dihantar kemudian.
sync-running = Sedang menghantar dan menerima…
sync-done = { $sent } dihantar, { $delivered } sampai, { $replies } balasan diterima.
sync-waiting = { $count ->
   *[other] Masih ada { $count } mesej yang menunggu. Aplikasi akan cuba lagi dalam { $seconds } saat.
}
sync-paused = Sistem penghantar mesej meminta aplikasi menunggu. Aplikasi akan cuba lagi dalam { $minutes } minit.
sync-budget = Aplikasi telah menggunakan semua permintaan yang dibenarkan untuk jam ini, supaya tidak menarik perhatian. Aplikasi akan cuba lagi dalam { $minutes } minit. Mesej anda masih selamat dalam telefon ini.

## Backup and restore

backup-title = Sandaran
backup-intro = Sandaran menyimpan kenalan, perbualan dan kemajuan anda dengan selamat, dikunci dengan kod pemulihan. Hanya orang yang mempunyai kod itu boleh membukanya.
backup-now = Buat sandaran
backup-done = Sandaran telah disimpan.
backup-working = Sedang membuat sandaran…
backup-code-title = Kod pemulihan anda
backup-code-once = Tulis kod ini di atas kertas dan simpan di tempat yang selamat. Kod ini hanya ditunjukkan sekali. Tanpa kod ini, sandaran tidak boleh dibuka.
restore-title = Pulihkan sandaran
restore-intro = Masukkan kod pemulihan anda untuk mendapatkan semula kenalan, perbualan dan kemajuan anda.
restore-working = Sedang memulihkan sandaran…
task-stop = Hentikan
restore-done = Sandaran telah dipulihkan: { $contacts } kenalan, { $conversations } perbualan, { $messages } mesej.

## Errors

error-message-empty = Tulis mesej dahulu.
error-message-control = Mesej ini mengandungi aksara yang tidak boleh dihantar (seperti NUL atau kod kawalan terminal). Buang aksara itu dan cuba lagi.
error-message-too-long = Mesej ini terlalu panjang. Sila pendekkan (paling banyak { $max } bait).
error-conversation-not-found = Perbualan ini sudah tiada.
error-hotline-not-found = Talian bantuan ini tidak boleh dihubungi melalui mesej.
error-outbox-full = Sudah ada { $max } mesej yang menunggu untuk dihantar. Sila tunggu sehingga sebahagiannya dihantar.
error-relay-url = Alamat sistem penghantar mesej ini tidak boleh digunakan. Alamat mesti bermula dengan https://.
error-http-timeout = WAYMARK_HTTP_TIMEOUT mesti nombor bulat saat dari 1 hingga 600.
error-network = Sistem penghantar mesej tidak dapat dihubungi. Tiada apa-apa yang hilang; cuba lagi nanti.
error-cancelled = Dihentikan. Tiada apa-apa yang berubah.
error-relay-refused = Sistem penghantar mesej menolak permintaan ini. Tiada apa-apa yang diubah.
error-relay-too-large = Sistem penghantar mesej menghantar jawapan yang terlalu besar, jadi aplikasi menolaknya. Tiada apa-apa yang hilang; cuba lagi kemudian.
error-recovery-code-invalid = Ini bukan kod pemulihan. Kod pemulihan mempunyai 24 huruf dan nombor.
error-recovery-code-wrong = Kod pemulihan ini tidak dapat membuka sandaran. Tiada apa-apa yang diubah.
error-backup-not-found = Tiada sandaran yang sepadan dengan kod pemulihan ini. Semak kod itu dan cuba lagi. Tiada apa-apa yang diubah.
error-restore-not-empty = Sandaran hanya boleh dipulihkan ke dalam ruang peribadi baharu yang belum ada kenalan atau perbualan.

## Forms shared by the apps

contact-add = Tambah kenalan
contact-edit = Ubah kenalan
contact-remove = Buang kenalan
contact-name = Nama
contact-phone = Nombor telefon
contact-relation = Hubungan (contohnya: kakak, kawan)
contact-note = Nota
contact-channel = Cara menghubungi mereka
form-save = Simpan
form-cancel = Batal
settings-relay = Sistem penghantar mesej
menu-quiet = Tulis kepada talian bantuan
menu-backup = Sandaran dan pemulihan
menu-settings = Tetapan

## Screens of the profile and safety flows

backup-new-code = Buat sandaran dengan kod pemulihan baharu
backup-new-code-explain = Sandaran seterusnya dikunci dengan kod baharu. Kod hanya ditunjukkan sekali: catatkannya.
