# Waymark — safety strings (Indonesian). Machine-drafted; awaiting native-speaker review.
# Duress PIN, wrong-PIN protection, erase, quick exit, disguise, emergency contacts, SOS, traces.

## Duress PIN

duress-title = PIN kedua untuk keadaan darurat
duress-explain = Jika seseorang memaksa Anda membuka { -brand }, masukkan PIN kedua ini. PIN ini membuka versi yang tidak berbahaya, yang hanya menampilkan informasi umum.
duress-set-done = PIN kedua Anda sudah siap.
duress-removed = PIN kedua Anda sudah dihapus.
duress-wipe-explain = Anda bisa memilih agar semuanya terhapus saat PIN kedua dipakai. Menghapus di depan seseorang bisa membuatnya makin marah, jadi pilihan ini tetap mati kecuali Anda menyalakannya.
duress-wipe-on = PIN kedua menghapus semuanya: aktif
duress-wipe-off = PIN kedua menghapus semuanya: nonaktif

## Wrong-PIN protection

policy-title = Perlindungan dari tebakan PIN
policy-delays = Setelah 5 kali PIN salah, { -brand } membuat Anda menunggu lebih lama sebelum setiap percobaan baru.
policy-wipe-off = Hapus setelah terlalu banyak PIN salah: nonaktif
policy-wipe-on = Hapus semuanya setelah { $count } kali PIN salah berturut-turut.
policy-failures = PIN salah sejak PIN benar terakhir: { $count }
unlock-wait = Harap tunggu { $seconds } detik sebelum mencoba lagi.
unlock-wait-minutes = Harap tunggu { $minutes } menit sebelum mencoba lagi.

## Erase everything

wipe-title = Hapus semuanya
wipe-explain = Ini langsung menghapus PIN, kontak, pesan, dan kemajuan Anda dari ponsel ini. Tindakan ini tidak bisa dibatalkan.
wipe-confirm = Hapus sekarang
wipe-done = Semuanya sudah dihapus. { -brand } sekarang seperti baru.

## Quick exit

quick-exit = Keluar cepat

## Disguise

disguise-title = Penyamaran
disguise-explain = Pilih bagaimana { -brand } terlihat di layar utama dan di notifikasi.
disguise-none = { -brand }
disguise-calculator = Kalkulator
disguise-notes = Catatan
disguise-weather = Cuaca
notification-body = Ketuk untuk membuka.
calculator-error = Kesalahan

## Emergency contacts

contacts-title = Kontak darurat
contacts-empty = Anda belum menambahkan siapa pun.
contact-saved = Kontak disimpan.
contact-removed = Kontak dihapus.
contact-trusted = Dipercaya untuk SOS
channel-sms = Pesan teks (SMS)
channel-call = Panggilan telepon
settings-country = Negara Anda (untuk nomor telepon)

## SOS

sos-title = Minta bantuan (SOS)
sos-explain = Mengirim pesan teks (SMS) ke orang-orang yang Anda percayai. Bisa dipakai tanpa data seluler.
sos-sms-warning = Pesan teks (SMS) tidak dienkripsi dan tidak rahasia: operator seluler, dan siapa pun yang melihat ponsel penerimanya, bisa membacanya.
sos-message = Saya butuh bantuan segera. Tolong telepon saya atau datang sekarang.
sos-message-named = { $name } butuh bantuan segera. Tolong telepon atau datang sekarang.
sos-location = Lokasi saya: { $latitude }, { $longitude } (dalam radius { $accuracy } m): { $link }
sos-practice = Latihan: tidak ada yang akan dikirim.
sos-ready = Siap dikirim ke { $count } orang tepercaya.
sos-review = Periksa siapa yang akan menerima pesan ini. Tidak ada yang dikirim sampai Anda mengonfirmasi.
sos-confirm = Kirim SOS sekarang
sos-cancel = Jangan kirim
sos-sent = SOS terkirim ke { $count } orang tepercaya. Inilah pesan yang diterima masing-masing:
sos-to = Kepada { $name } ({ $phone })
sos-history-title = Riwayat SOS

## Traces on this phone

traces-title = Jejak di ponsel ini
traces-intro = Orang yang memeriksa ponsel Anda mungkin menemukan tanda-tanda { -brand } atau orang-orang yang Anda hubungi. Periksa tempat-tempat ini saat sudah aman.
traces-call-log = Riwayat panggilan: panggilan ke saluran bantuan muncul di riwayat panggilan ponsel Anda. Anda bisa menghapusnya satu per satu.
traces-sms = Pesan teks: pesan SOS tetap ada di pesan terkirim. Anda bisa menghapusnya setelah dikirim.
traces-gallery = Foto dan tangkapan layar: gambar dokumen atau obrolan tersimpan di galeri Anda.
traces-notifications = Notifikasi: pesan bisa muncul di layar kunci. Matikan pratinjau di pengaturan ponsel Anda.
traces-cloud = Cadangan di internet: ponsel Anda mungkin menyalin foto, pesan, dan riwayat panggilan ke akun di internet yang bisa dibuka orang lain.
traces-browser = Peramban internet: pencarian dan halaman yang Anda buka tetap ada di riwayat. Gunakan tab samaran atau hapus riwayatnya.
traces-keyboard = Papan ketik: papan ketik Anda mungkin menyarankan kata yang pernah Anda ketik, seperti nama atau tempat.

## Errors

error-wait = Terlalu banyak PIN salah. Harap tunggu { $seconds } detik sebelum mencoba lagi.
error-wait-minutes = Terlalu banyak PIN salah. Harap tunggu { $minutes } menit sebelum mencoba lagi.
error-duress-same-as-pin = PIN kedua harus berbeda dari PIN Anda.
error-contact-name-empty = Masukkan nama.
error-contact-name-too-long = Nama paling banyak terdiri dari { $max } karakter.
error-note-too-long = Catatan paling banyak terdiri dari { $max } karakter.
error-phone-invalid = Ini sepertinya bukan nomor telepon.
error-phone-needs-country = Tambahkan kode negara (misalnya +66), atau pilih negara Anda di pengaturan.
error-contact-not-found = Kontak ini sudah tidak ada.
error-no-trusted-contacts = Pilih setidaknya satu kontak tepercaya terlebih dahulu.
error-wipe-policy-range = Pilih angka dari { $min } sampai { $max }.
error-unknown-country = Negara ini tidak tersedia.

## Screens of the profile and safety flows

duress-pin-label = PIN kedua
duress-set = Simpan PIN kedua
duress-remove = Hapus PIN kedua
duress-state-on = PIN kedua sudah dipasang.
duress-state-off = Belum ada PIN kedua.
settings-country-none = Belum dipilih
sos-history-empty = Belum pernah ada SOS yang dikirim atau dilatih.
sos-history-sent = { $date }: terkirim ke { $count } orang tepercaya
sos-history-practice = { $date }: latihan dengan { $count } orang tepercaya
sos-history-location = Lokasi Anda ikut dikirim.

# SOS location, chosen at review: the platform asks for permission only then.
sos-location-add = Sertakan lokasi saya
sos-location-add-explain = Ponsel akan meminta izin terlebih dahulu. Siapa pun yang membaca SMS ini akan melihat di mana Anda berada.
sos-location-included = Lokasi Anda disertakan dalam pesan.
sos-location-unavailable = Lokasi Anda tidak bisa ditambahkan (tidak ada izin, atau ponsel tidak tahu di mana Anda berada). SOS tetap berfungsi tanpa lokasi.
