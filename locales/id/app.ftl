# Waymark — application strings (Indonesian). Machine-drafted; awaiting native-speaker review.
# "-brand" is the product name: never translate it.

-brand = Waymark

## Set-up screen

setup-title = Siapkan { -brand }
setup-intro = Pilih PIN (4 sampai 12 angka) atau frasa sandi (minimal 8 karakter). Semua yang Anda simpan di { -brand } dikunci dengannya.
setup-pin-label = PIN atau frasa sandi
setup-confirm-label = Masukkan sekali lagi
setup-submit = Buat ruang pribadi saya
setup-warning = Jika Anda lupa PIN, tidak ada yang bisa membuka data Anda, bahkan tim { -brand } pun tidak.
setup-done = Ruang pribadi Anda sudah siap dan terkunci dengan PIN Anda.

## Unlock screen

unlock-title = Masukkan PIN Anda
unlock-prompt = Masukkan PIN atau frasa sandi Anda untuk membuka { -brand }.
unlock-submit = Buka
unlock-done = Kunci sudah dibuka.

## Locking

lock-action = Kunci sekarang
lock-done = { -brand } sudah terkunci.
lock-on-exit = { -brand } akan terkunci lagi begitu perintah ini selesai.

## Home screen

home-title = Beranda
home-greeting = Selamat datang kembali.
home-greeting-named = Selamat datang kembali, { $name }.
home-language = Bahasa: { $language }
review-machine-drafted = Terjemahan ini dibuat oleh mesin dan belum diperiksa oleh penutur asli.
review-native-reviewed = Terjemahan ini sudah diperiksa oleh penutur asli.

## Profile state

state-new = Belum disiapkan
state-locked = Terkunci
state-unlocked = Tidak terkunci
status-state = Status: { $state }

## Changing the PIN

change-pin-title = Ganti PIN
change-pin-current = PIN atau frasa sandi saat ini
change-pin-new = PIN atau frasa sandi baru
change-pin-done = PIN Anda sudah diganti.

## Settings

settings-title = Pengaturan
settings-language = Bahasa
settings-language-device = Sama seperti perangkat ini ({ $language })
settings-display-name = Anda ingin dipanggil apa oleh { -brand }?
settings-saved = Tersimpan.

## Language check (for translators)

l10n-check-ok = Semua { $count } bahasa sudah memiliki semua pesan.
l10n-check-failed = Ditemukan { $count } masalah dalam terjemahan.
content-root-missing = Folder content/ dan locales/ tidak ditemukan di sana atau di folder mana pun di atasnya. Jalankan perintah ini di dalam repositori { -brand }, atau berikan --root DIR.

## Errors

error-wrong-pin = PIN atau frasa sandi itu salah.
error-pin-empty = Masukkan PIN atau frasa sandi.
error-pin-too-short = PIN harus terdiri dari minimal 4 angka.
error-pin-too-long = PIN paling banyak terdiri dari 12 angka.
error-passphrase-too-short = Frasa sandi harus terdiri dari minimal { $min } karakter.
error-passphrase-too-long = Frasa sandi paling banyak terdiri dari { $max } karakter.
error-pin-missing = PIN belum diberikan. Atur WAYMARK_PIN atau ketik PIN melalui masukan standar.
error-input-not-text = Masukan ini bukan teks yang bisa dibaca (harus UTF-8). Tidak ada yang diubah.
error-file-not-found = Tidak ada berkas di lokasi ini.
error-pins-differ = Kedua isian tidak cocok.
error-not-set-up = { -brand } belum disiapkan di perangkat ini.
error-already-set-up = { -brand } sudah disiapkan di perangkat ini.
error-locked = { -brand } terkunci. Masukkan PIN Anda dulu.
error-corrupted = Data tersimpan Anda rusak dan tidak bisa dibaca. Tidak ada yang diubah. Jika Anda pernah membuat cadangan, Anda bisa menghapus data lalu memulihkannya dengan kode pemulihan Anda.
error-platform-secret = Penyimpanan aman di ponsel ini tidak merespons. Coba lagi.
error-storage = { -brand } tidak bisa menyimpan atau membaca datanya di perangkat ini.
error-unknown-language = Bahasa ini tidak tersedia.
error-name-too-long = Nama paling banyak terdiri dari { $max } karakter.
error-invalid-input = Nilai ini tidak bisa digunakan di sini.
error-usage = Perintah ini tidak dimengerti.
error-tui-needs-terminal = Aplikasi terminal memerlukan layar terminal untuk tampil. Dalam skrip, gunakan perintah lainnya.
error-internal = Terjadi kesalahan di dalam { -brand }. Data Anda aman. Silakan coba lagi.

## Screens of the profile and safety flows

settings-display-name-hint = Tidak wajib. Jika dikosongkan, { -brand } tidak memakai nama.

# The phone's key store lost the key of the device secret: nothing stored opens again.
error-platform-secret-lost = Kunci yang melindungi apa yang disimpan di aplikasi ini sudah tidak ada di ponsel ini. Apa yang disimpan di sini tidak bisa dibuka lagi.
secret-lost-title = Data yang disimpan tidak bisa dibuka lagi
secret-lost-explain = Penyimpanan kunci aman di ponsel ini tidak lagi menyimpan kunci yang melindungi apa yang disimpan di aplikasi ini. Ini bisa terjadi setelah kunci layar dihapus atau ponsel disetel ulang. Sekarang tidak ada PIN yang bisa membukanya, dan tidak ada orang lain yang bisa membukanya.
secret-lost-start-over = Mulai dari awal
secret-lost-start-over-explain = Menghapus apa yang tersisa di ponsel ini dan menyiapkan aplikasi lagi dengan PIN baru.
secret-lost-restore = Pulihkan dari cadangan
secret-lost-restore-explain = Menghapus apa yang tersisa di ponsel ini. Lalu pilih PIN baru dan masukkan kode pemulihan Anda untuk mengembalikan cadangan terakhir.
