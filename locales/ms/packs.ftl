# Waymark — content pack messages (Malay). Machine-drafted; awaiting native-speaker review.

content-version = Versi kandungan { $version }
error-pack-malformed = Fail ini bukan pakej kandungan Waymark, atau fail ini rosak.
error-pack-untrusted = Pakej kandungan ini tidak ditandatangani oleh penerbit yang dipercayai oleh aplikasi ini. Tiada apa-apa yang diubah.
error-pack-bad-signature = Pakej kandungan ini telah diubah selepas ditandatangani. Tiada apa-apa yang diubah.
error-pack-not-newer = Pakej kandungan ini tidak lebih baharu daripada kandungan yang anda ada (versi { $version }). Tiada apa-apa yang diubah.
error-pack-invalid = Pakej kandungan ini tidak lengkap atau mempunyai ralat. Tiada apa-apa yang diubah.

## Screens of the profile and safety flows

content-install-title = Pasang kandungan daripada fail
content-install-intro = Pelajaran, senarai semak dan nombor talian bantuan boleh dikemas kini daripada fail, contohnya fail yang dikongsi oleh organisasi yang anda percayai. { -brand } hanya memasangnya jika fail itu ditandatangani dan lebih baharu daripada yang anda ada.
content-install-file = Fail
content-install-action = Pasang
content-install-done = Kandungan dikemas kini daripada versi { $before } kepada versi { $after }.
