# Waymark — application strings (Malay). Machine-drafted; awaiting native-speaker review.
# "-brand" is the product name: never translate it.

-brand = Waymark

## Set-up screen

setup-title = Sediakan { -brand }
setup-intro = Pilih PIN (4 hingga 12 digit) atau frasa laluan (sekurang-kurangnya 8 aksara). Semua yang anda simpan dalam { -brand } dikunci dengannya.
setup-pin-label = PIN atau frasa laluan
setup-confirm-label = Masukkan sekali lagi
setup-submit = Cipta ruang peribadi saya
setup-warning = Jika anda terlupa PIN, tiada sesiapa dapat membuka data anda, malah pasukan { -brand } juga tidak boleh.
setup-done = Ruang peribadi anda sudah sedia dan dikunci dengan PIN anda.

## Unlock screen

unlock-title = Masukkan PIN anda
unlock-prompt = Masukkan PIN atau frasa laluan anda untuk membuka { -brand }.
unlock-submit = Buka
unlock-done = Kunci telah dibuka.

## Locking

lock-action = Kunci sekarang
lock-done = { -brand } telah dikunci.
lock-on-exit = { -brand } akan dikunci semula sebaik sahaja arahan ini tamat.

## Home screen

home-title = Laman Utama
home-greeting = Selamat kembali.
home-greeting-named = Selamat kembali, { $name }.
home-language = Bahasa: { $language }
review-machine-drafted = Terjemahan ini dihasilkan oleh mesin dan belum disemak oleh penutur asli.
review-native-reviewed = Terjemahan ini telah disemak oleh penutur asli.

## Profile state

state-new = Belum disediakan
state-locked = Berkunci
state-unlocked = Tidak berkunci
status-state = Status: { $state }

## Changing the PIN

change-pin-title = Tukar PIN
change-pin-current = PIN atau frasa laluan semasa
change-pin-new = PIN atau frasa laluan baharu
change-pin-done = PIN anda telah ditukar.

## Settings

settings-title = Tetapan
settings-language = Bahasa
settings-language-device = Sama seperti peranti ini ({ $language })
settings-display-name = Bagaimanakah { -brand } patut memanggil anda?
settings-saved = Telah disimpan.

## Language check (for translators)

l10n-check-ok = Kesemua { $count } bahasa mempunyai setiap mesej.
l10n-check-failed = { $count } masalah ditemui dalam terjemahan.
content-root-missing = Folder content/ dan locales/ tidak dijumpai di situ atau dalam mana-mana folder di atasnya. Jalankan arahan ini di dalam repositori { -brand }, atau berikan --root DIR.

## Errors

error-wrong-pin = PIN atau frasa laluan itu tidak betul.
error-pin-empty = Masukkan PIN atau frasa laluan.
error-pin-too-short = PIN mesti mempunyai sekurang-kurangnya 4 digit.
error-pin-too-long = PIN tidak boleh melebihi 12 digit.
error-passphrase-too-short = Frasa laluan mesti mempunyai sekurang-kurangnya { $min } aksara.
error-passphrase-too-long = Frasa laluan tidak boleh melebihi { $max } aksara.
error-pin-missing = Tiada PIN diberikan. Tetapkan WAYMARK_PIN atau taipkan PIN pada input piawai.
error-input-not-text = Input ini bukan teks yang boleh dibaca (mesti UTF-8). Tiada apa-apa yang diubah.
error-file-not-found = Tiada fail di laluan ini.
error-pins-differ = Kedua-dua yang anda masukkan tidak sepadan.
error-not-set-up = { -brand } belum disediakan pada peranti ini.
error-already-set-up = { -brand } sudah disediakan pada peranti ini.
error-locked = { -brand } berkunci. Masukkan PIN anda dahulu.
error-corrupted = Data simpanan anda rosak dan tidak dapat dibaca. Tiada apa-apa yang diubah. Jika anda ada membuat sandaran, anda boleh memadam data dan memulihkannya dengan kod pemulihan anda.
error-platform-secret = Storan selamat telefon ini tidak bertindak balas. Cuba lagi.
error-storage = { -brand } tidak dapat menyimpan atau membaca datanya pada peranti ini.
error-unknown-language = Bahasa ini tidak tersedia.
error-name-too-long = Nama tidak boleh melebihi { $max } aksara.
error-invalid-input = Nilai ini tidak boleh digunakan di sini.
error-usage = Arahan ini tidak difahami.
error-tui-needs-terminal = Aplikasi terminal memerlukan skrin terminal untuk dipaparkan. Dalam skrip, gunakan arahan lain.
error-internal = Berlaku masalah dalam { -brand }. Data anda selamat. Sila cuba lagi.

## Screens of the profile and safety flows

settings-display-name-hint = Tidak wajib. Jika dibiarkan kosong, { -brand } tidak menggunakan nama.

# The phone's key store lost the key of the device secret: nothing stored opens again.
error-platform-secret-lost = Kunci yang melindungi apa yang disimpan dalam aplikasi ini tiada lagi pada telefon ini. Apa yang disimpan di sini tidak boleh dibuka lagi.
secret-lost-title = Data yang disimpan tidak boleh dibuka lagi
secret-lost-explain = Stor kunci selamat telefon ini tidak lagi menyimpan kunci yang melindungi apa yang disimpan dalam aplikasi ini. Ini boleh berlaku selepas kunci skrin dibuang atau telefon ditetapkan semula. Kini tiada PIN yang boleh membukanya, dan tiada orang lain yang boleh membukanya.
secret-lost-start-over = Mula semula
secret-lost-start-over-explain = Memadam apa yang tinggal pada telefon ini dan menyediakan aplikasi semula dengan PIN baharu.
secret-lost-restore = Pulihkan daripada sandaran
secret-lost-restore-explain = Memadam apa yang tinggal pada telefon ini. Kemudian pilih PIN baharu dan masukkan kod pemulihan anda untuk mengembalikan sandaran terakhir.
