# Konsol layanan pengaduan (console/) — bukan bagian dari aplikasi ponsel.

app-title = Konsol layanan pengaduan Waymark
language-label = Bahasa
nav-label = Bagian
nav-inbox = Kotak masuk
nav-operators = Petugas
nav-canned = Balasan siap pakai
nav-audit = Jejak aktivitas
nav-retention = Penyimpanan data
nav-keys = Kunci layanan
signout = Keluar
signed-in-as = Masuk sebagai { $name }
loading = Memuat…
new-messages = { $count ->
   *[other] { $count } pesan baru
}

signin-title = Masuk
signin-submit = Masuk
signin-working = Memeriksa…
field-name = Nama
field-passphrase = Frasa sandi
field-passphrase-new = Frasa sandi (minimal { $min } karakter)
field-passphrase-again = Ulangi frasa sandi

invite-title = Bergabung dengan tim layanan
invite-intro = Anda diundang sebagai { $role }. Pilih nama dan frasa sandi. Kunci Anda dibuat di komputer ini dan disimpan hanya dalam keadaan terkunci dengan frasa sandi Anda.
invite-submit = Bergabung
invite-heading = Undang rekan kerja
invite-role = Peran
invite-create = Buat tautan undangan
invite-expires = Tautan hanya berlaku sekali, sampai { $time }.
role-admin = pengelola
role-operator = petugas kasus

import-title = Impor kunci layanan
import-intro = Tempelkan kunci privat layanan (64 digit heksadesimal). Kunci itu dikunci dengan kunci Anda sendiri di peramban ini; relai tidak pernah melihatnya.
import-field = Kunci privat layanan
import-submit = Impor
nokey-title = Menunggu akses
your-fingerprint = Sidik jari kunci Anda (administrator membandingkannya sebelum memberi akses):
nokey-operator = Administrator belum memberi Anda kunci layanan. Mintalah akses, lalu masuk lagi.

inbox-title = Kotak masuk
inbox-empty = Belum ada pesan.
inbox-no-match = Tidak ada percakapan yang cocok dengan filter ini.
inbox-unreadable = { $count ->
   *[other] { $count } pesan tidak dapat dibuka dengan kunci layanan yang Anda miliki: mungkin rusak, atau disegel dengan kunci yang belum diberikan kepada Anda.
}
filter-status = Keadaan
filter-any-status = Semua keadaan
filter-assignee = Ditugaskan kepada
filter-anyone = Siapa saja
filter-mine = Milik saya
filter-unassigned = Belum ada
search-placeholder = Cari di pesan yang dapat Anda baca
col-person = Pesan
col-language = Bahasa
col-status = Keadaan
col-assignee = Ditugaskan kepada
col-unread = Belum dibaca
col-last = Aktivitas terakhir
col-role = Peran
col-state = Keadaan akun
col-fingerprint = Sidik jari kunci
col-access = Akses
col-time = Waktu
col-operator = Siapa
col-action = Apa
col-conversation = Percakapan
col-target = Rekan kerja
col-key-id = Id kunci
col-public-key = Kunci publik

status-new = Baru
status-open = Terbuka
status-waiting = Menunggu orangnya
status-closed = Ditutup
state-active = Aktif
state-suspended = Ditangguhkan
state-removed = Dihapus
assignee-nobody = Belum ada
assignee-me = Saya
assignee-me-named = Saya ({ $name })
saved = Tersimpan.
assign-to-me = Tugaskan kepada saya

back-to-inbox = Kembali ke kotak masuk
conv-started = Percakapan dimulai { $time }
message-meta = Ditulis { $time }
message-unreadable = Pesan ini tidak dapat dibuka dengan kunci layanan yang Anda miliki.
record-unreadable = Entri ini tidak dapat dibuka dengan kunci layanan yang Anda miliki.
reply-by = Balasan dari { $name }
note-by = Catatan pribadi dari { $name }
delivery-sent = menunggu di kotak surat
delivery-picked-up = sudah diambil ponsel
reply-label = Balasan
reply-send = Kirim balasan
canned-pick = Sisipkan balasan siap pakai…
canned-other-languages = Bahasa lain
note-label = Catatan pribadi
note-private = Hanya tim yang melihat catatan; orangnya tidak pernah.
note-add = Tambah catatan
tags-label = Label (pisahkan dengan koma)
tags-save = Simpan label
export = Ekspor percakapan
export-heading = Percakapan Waymark { $conversation } (diekspor, sudah didekripsi)

grant = Beri akses
grant-explain = Setelah rekan bergabung, bandingkan sidik jari kuncinya dengan yang ia lihat di layarnya, lalu beri akses: peramban Anda mengunci kunci layanan dengan kuncinya.
access-ok = Memiliki kunci layanan
access-missing = Perlu akses
suspend = Tangguhkan
resume = Aktifkan lagi
remove = Hapus
remove-confirm = Klik sekali lagi untuk menghapus { $name }

canned-new = Balasan siap pakai baru
canned-editing = Ubah balasan siap pakai
canned-title = Judul
canned-body = Isi
canned-save = Simpan
canned-update = Simpan perubahan
canned-empty = Belum ada balasan siap pakai.
edit = Ubah
delete = Hapus permanen

audit-explain = Siapa melakukan apa dan kapan. Jejak ini tidak pernah menyimpan apa yang ditulis siapa pun.
audit-older = Entri lebih lama
audit-signed_in = masuk
audit-signed_out = keluar
audit-sign_in_failed = gagal masuk
audit-opened = membuka percakapan
audit-status = mengubah keadaan
audit-assigned = menugaskan percakapan
audit-tagged = mengubah label
audit-noted = menambah catatan
audit-replied = membalas
audit-exported = mengekspor percakapan
audit-invited = mengundang seseorang
audit-joined = bergabung
audit-granted = memberi akses
audit-suspended = menangguhkan rekan
audit-resumed = mengaktifkan lagi rekan
audit-removed = menghapus rekan
audit-key_added = menambah kunci layanan
audit-canned_saved = menyimpan balasan siap pakai
audit-canned_deleted = menghapus balasan siap pakai
audit-retention_set = mengubah kebijakan penyimpanan
audit-retention_deleted = menghapus percakapan menurut kebijakan penyimpanan

retention-explain = Percakapan dihapus dari relai untuk selamanya; yang tersisa hanya hal yang mencegah ponsel mengirimnya lagi. Biarkan kolom kosong untuk menyimpan percakapan selamanya.
retention-closed = Hapus percakapan yang ditutup setelah (hari)
retention-inactive = Hapus percakapan tanpa aktivitas setelah (hari)
retention-save = Simpan kebijakan
retention-saved = Kebijakan disimpan.
retention-run = Terapkan sekarang
retention-deleted = { $count ->
   *[other] { $count } percakapan dihapus.
}

keys-rotate = Tambah atau ganti kunci layanan
keys-explain = Tempelkan kunci privat baru. Lalu berikan kepada setiap rekan di halaman Petugas, dan terbitkan kunci publik baru dalam paket konten yang ditandatangani (docs/console.md).
keys-add = Tambah kunci

error-network = Relai tidak dapat dihubungi. Yang Anda ketik tidak hilang; coba lagi saat koneksi kembali.
error-session-expired = Sesi Anda telah berakhir. Masuk lagi; yang Anda ketik tetap ada.
error-bad-credentials = Nama atau frasa sandi itu salah, atau akun ini tidak aktif lagi.
error-rate-limited = Terlalu banyak percobaan. Tunggu beberapa menit lalu coba lagi.
error-forbidden = Hanya administrator yang dapat melakukannya.
error-not-found = Itu sudah tidak ada di relai.
error-storage = Relai tidak dapat menyimpannya. Coba lagi sebentar lagi.
error-unknown = Terjadi kesalahan ({ $code }). Coba lagi.
error-does-not-open = Ini tidak dapat dibuka dengan kunci yang Anda miliki.
error-key-blob = Kunci Anda di relai tidak terbuka dengan frasa sandi ini. Tanyakan kepada administrator.
error-no-hotline-key = Anda belum memiliki kunci layanan.
error-passphrase-short = Frasa sandi perlu minimal 12 karakter.
error-passphrase-mismatch = Kedua frasa sandi tidak sama.
error-name-empty = Masukkan nama.
error-name-taken = Nama itu sudah dipakai. Pilih nama lain.
error-invite-gone = Tautan undangan ini tidak berlaku: sudah dipakai atau kedaluwarsa. Mintalah yang baru.
error-key-hex = Kunci layanan terdiri dari 64 digit heksadesimal (0–9, a–f).
error-reply-empty = Tulis balasan terlebih dahulu.
error-note-empty = Tulis catatan terlebih dahulu.
error-canned-empty = Balasan siap pakai perlu judul dan isi.
error-too-long = Teks itu terlalu panjang (paling banyak 8 KiB).
error-no-route = Percakapan ini belum punya alamat balasan: ponsel belum mengirimnya. Tunggu pesan berikutnya.
error-days = Masukkan jumlah hari berupa bilangan bulat, atau biarkan kosong.
