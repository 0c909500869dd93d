# Waymark — safety strings (Malay). Machine-drafted; awaiting native-speaker review.
# Duress PIN, wrong-PIN protection, erase, quick exit, disguise, emergency contacts, SOS, traces.

## Duress PIN

duress-title = PIN kedua untuk kecemasan
duress-explain = Jika seseorang memaksa anda membuka { -brand }, masukkan PIN kedua ini. PIN ini membuka versi yang tidak berbahaya dan hanya menunjukkan maklumat umum.
duress-set-done = PIN kedua anda sudah sedia.
duress-removed = PIN kedua anda telah dibuang.
duress-wipe-explain = Anda boleh memilih untuk memadam semua apabila PIN kedua digunakan. Memadam di hadapan seseorang boleh membuatkan dia lebih marah, jadi pilihan ini kekal dimatikan kecuali anda menghidupkannya.
duress-wipe-on = PIN kedua memadam semua: hidup
duress-wipe-off = PIN kedua memadam semua: mati

## Wrong-PIN protection

policy-title = Perlindungan daripada tekaan PIN
policy-delays = Selepas 5 PIN salah, { -brand } akan membuat anda menunggu lebih lama sebelum setiap cubaan baharu.
policy-wipe-off = Padam selepas terlalu banyak PIN salah: mati
policy-wipe-on = Padam semua selepas { $count } PIN salah berturut-turut.
policy-failures = PIN salah sejak PIN betul yang terakhir: { $count }
unlock-wait = Sila tunggu { $seconds } saat sebelum cuba lagi.
unlock-wait-minutes = Sila tunggu { $minutes } minit sebelum cuba lagi.

## Erase everything

wipe-title = Padam semua
wipe-explain = Ini memadam PIN, kenalan, mesej dan kemajuan anda daripada telefon ini serta-merta. Tindakan ini tidak boleh dibatalkan.
wipe-confirm = Padam sekarang
wipe-done = Semua telah dipadam. { -brand } kini seperti baharu.

## Quick exit

quick-exit = Keluar pantas

## Disguise

disguise-title = Penyamaran
disguise-explain = Pilih cara { -brand } dipaparkan pada skrin utama dan dalam pemberitahuan.
disguise-none = { -brand }
disguise-calculator = Kalkulator
disguise-notes = Nota
disguise-weather = Cuaca
notification-body = Ketik untuk membuka.
calculator-error = Ralat

## Emergency contacts

contacts-title = Kenalan kecemasan
contacts-empty = Anda belum menambah sesiapa lagi.
contact-saved = Kenalan disimpan.
contact-removed = Kenalan dibuang.
contact-trusted = Dipercayai untuk SOS
channel-sms = Mesej teks (SMS)
channel-call = Panggilan telefon
settings-country = Negara anda (untuk nombor telefon)

## SOS

sos-title = Minta bantuan (SOS)
sos-explain = Menghantar mesej teks (SMS) kepada orang yang anda percayai. Ia berfungsi tanpa data mudah alih.
sos-sms-warning = Mesej teks (SMS) tidak disulitkan dan tidak rahsia: syarikat telefon, dan sesiapa yang melihat telefon penerimanya, boleh membacanya.
sos-message = Saya perlukan bantuan segera. Tolong telefon saya atau datang sekarang.
sos-message-named = { $name } perlukan bantuan segera. Tolong telefon atau datang sekarang.
sos-location = Lokasi saya: { $latitude }, { $longitude } (dalam lingkungan { $accuracy } m): { $link }
sos-practice = Latihan: tiada apa-apa akan dihantar.
sos-ready = Sedia untuk dihantar kepada { $count } orang yang dipercayai.
sos-review = Semak siapa yang akan menerima mesej ini. Tiada apa-apa dihantar sehingga anda mengesahkan.
sos-confirm = Hantar SOS sekarang
sos-cancel = Jangan hantar
sos-sent = SOS telah dihantar kepada { $count } orang yang dipercayai. Inilah mesej yang diterima setiap seorang:
sos-to = Kepada { $name } ({ $phone })
sos-history-title = Sejarah SOS

## Traces on this phone

traces-title = Kesan pada telefon ini
traces-intro = Orang yang memeriksa telefon anda mungkin menemui tanda { -brand } atau orang yang anda hubungi. Periksa tempat-tempat ini apabila keadaan selamat.
traces-call-log = Log panggilan: panggilan ke talian bantuan dipaparkan dalam sejarah panggilan telefon anda. Anda boleh memadamnya satu demi satu.
traces-sms = Mesej teks: mesej SOS kekal dalam mesej yang dihantar. Anda boleh memadamnya selepas dihantar.
traces-gallery = Foto dan tangkapan skrin: gambar dokumen atau perbualan disimpan dalam galeri anda.
traces-notifications = Pemberitahuan: mesej boleh muncul pada skrin kunci. Matikan pratonton dalam tetapan telefon anda.
traces-cloud = Sandaran awan: telefon anda mungkin menyalin foto, mesej dan log panggilan ke akaun dalam talian yang boleh dibuka oleh orang lain.
traces-browser = Pelayar web: carian dan halaman yang anda buka kekal dalam sejarah. Gunakan tab inkognito atau kosongkan sejarah.
traces-keyboard = Papan kekunci: papan kekunci anda mungkin mencadangkan perkataan yang pernah anda taip, seperti nama atau tempat.

## Errors

error-wait = Terlalu banyak PIN salah. Sila tunggu { $seconds } saat sebelum cuba lagi.
error-wait-minutes = Terlalu banyak PIN salah. Sila tunggu { $minutes } minit sebelum cuba lagi.
error-duress-same-as-pin = PIN kedua mesti berbeza daripada PIN anda.
error-contact-name-empty = Masukkan nama.
error-contact-name-too-long = Nama tidak boleh melebihi { $max } aksara.
error-note-too-long = Nota tidak boleh melebihi { $max } aksara.
error-phone-invalid = Ini nampaknya bukan nombor telefon.
error-phone-needs-country = Tambah kod negara (contohnya +66), atau pilih negara anda dalam tetapan.
error-contact-not-found = Kenalan ini sudah tiada.
error-no-trusted-contacts = Pilih sekurang-kurangnya satu kenalan yang dipercayai dahulu.
error-wipe-policy-range = Pilih nombor dari { $min } hingga { $max }.
error-unknown-country = Negara ini tidak tersedia.

## Screens of the profile and safety flows

duress-pin-label = PIN kedua
duress-set = Simpan PIN kedua
duress-remove = Buang PIN kedua
duress-state-on = PIN kedua sudah ditetapkan.
duress-state-off = Tiada PIN kedua ditetapkan.
settings-country-none = Belum dipilih
sos-history-empty = Belum ada SOS yang dihantar atau dilatih.
sos-history-sent = { $date }: dihantar kepada { $count } orang yang dipercayai
sos-history-practice = { $date }: latihan dengan { $count } orang yang dipercayai
sos-history-location = Lokasi anda turut disertakan.

# SOS location, chosen at review: the platform asks for permission only then.
sos-location-add = Sertakan lokasi saya
sos-location-add-explain = Telefon akan meminta kebenaran dahulu. Sesiapa yang membaca SMS ini akan nampak di mana anda berada.
sos-location-included = Lokasi anda disertakan dalam mesej.
sos-location-unavailable = Lokasi anda tidak dapat ditambah (tiada kebenaran, atau telefon tidak tahu di mana anda berada). SOS tetap berfungsi tanpanya.
