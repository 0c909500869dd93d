# Waymark — content pack messages (Indonesian). Machine-drafted; awaiting native-speaker review.

content-version = Versi konten { $version }
error-pack-malformed = Berkas ini bukan paket konten Waymark, atau berkasnya rusak.
error-pack-untrusted = Paket konten ini tidak ditandatangani oleh penerbit yang dipercaya aplikasi ini. Tidak ada yang diubah.
error-pack-bad-signature = Paket konten ini diubah setelah ditandatangani. Tidak ada yang diubah.
error-pack-not-newer = Paket konten ini tidak lebih baru dari konten yang Anda miliki (versi { $version }). Tidak ada yang diubah.
error-pack-invalid = Paket konten ini tidak lengkap atau ada kesalahan. Tidak ada yang diubah.

## Screens of the profile and safety flows

content-install-title = Pasang konten dari berkas
content-install-intro = Pelajaran, daftar periksa, dan nomor hotline bisa diperbarui dari berkas, misalnya berkas dari organisasi yang Anda percaya. { -brand } hanya memasangnya jika berkas itu bertanda tangan dan lebih baru daripada yang Anda miliki.
content-install-file = Berkas
content-install-action = Pasang
content-install-done = Konten diperbarui dari versi { $before } ke versi { $after }.
