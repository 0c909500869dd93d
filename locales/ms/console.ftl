# Konsol talian bantuan (console/) — bukan sebahagian daripada aplikasi telefon.

app-title = Konsol talian bantuan Waymark
language-label = Bahasa
nav-label = Bahagian
nav-inbox = Peti masuk
nav-operators = Pegawai
nav-canned = Balasan sedia ada
nav-audit = Jejak aktiviti
nav-retention = Penyimpanan data
nav-keys = Kunci talian bantuan
signout = Log keluar
signed-in-as = Log masuk sebagai { $name }
loading = Memuatkan…
new-messages = { $count ->
   *[other] { $count } mesej baharu
}

signin-title = Log masuk
signin-submit = Log masuk
signin-working = Menyemak…
field-name = Nama
field-passphrase = Frasa laluan
field-passphrase-new = Frasa laluan (sekurang-kurangnya { $min } aksara)
field-passphrase-again = Ulang frasa laluan

invite-title = Sertai pasukan talian bantuan
invite-intro = Anda dijemput sebagai { $role }. Pilih nama dan frasa laluan. Kunci anda dibuat pada komputer ini dan disimpan hanya dalam keadaan berkunci dengan frasa laluan anda.
invite-submit = Sertai
invite-heading = Jemput rakan sekerja
invite-role = Peranan
invite-create = Buat pautan jemputan
invite-expires = Pautan hanya boleh digunakan sekali, sehingga { $time }.
role-admin = pentadbir
role-operator = pegawai kes

import-title = Import kunci talian bantuan
import-intro = Tampal kunci peribadi talian bantuan (64 digit perenambelasan). Ia dikunci dengan kunci anda sendiri dalam pelayar ini; geganti tidak pernah melihatnya.
import-field = Kunci peribadi talian bantuan
import-submit = Import masuk
nokey-title = Menunggu akses
your-fingerprint = Cap jari kunci anda (pentadbir membandingkannya sebelum memberi akses):
nokey-operator = Pentadbir belum memberi anda kunci talian bantuan. Minta akses, kemudian log masuk semula.

inbox-title = Peti masuk
inbox-empty = Belum ada mesej.
inbox-no-match = Tiada perbualan yang sepadan dengan penapis ini.
inbox-unreadable = { $count ->
   *[other] { $count } mesej tidak boleh dibuka dengan kunci talian bantuan yang anda ada: mungkin rosak, atau dimeterai dengan kunci yang belum diberikan kepada anda.
}
filter-status = Keadaan
filter-any-status = Semua keadaan
filter-assignee = Ditugaskan kepada
filter-anyone = Sesiapa
filter-mine = Milik saya
filter-unassigned = Belum ada sesiapa
search-placeholder = Cari dalam mesej yang boleh anda baca
col-person = Mesej
col-language = Bahasa
col-status = Keadaan
col-assignee = Ditugaskan kepada
col-unread = Belum dibaca
col-last = Aktiviti terakhir
col-role = Peranan
col-state = Keadaan akaun
col-fingerprint = Cap jari kunci
col-access = Akses
col-time = Masa
col-operator = Siapa
col-action = Apa
col-conversation = Perbualan
col-target = Rakan sekerja
col-key-id = Id kunci
col-public-key = Kunci awam

status-new = Baharu
status-open = Dibuka
status-waiting = Menunggu orang itu
status-closed = Ditutup
state-active = Aktif
state-suspended = Digantung
state-removed = Dikeluarkan
assignee-nobody = Tiada sesiapa
assignee-me = Saya
assignee-me-named = Saya ({ $name })
saved = Telah disimpan.
assign-to-me = Tugaskan kepada saya

back-to-inbox = Kembali ke peti masuk
conv-started = Perbualan bermula { $time }
message-meta = Ditulis { $time }
message-unreadable = Mesej ini tidak boleh dibuka dengan kunci talian bantuan yang anda ada.
record-unreadable = Entri ini tidak boleh dibuka dengan kunci talian bantuan yang anda ada.
reply-by = Balasan oleh { $name }
note-by = Nota peribadi oleh { $name }
delivery-sent = menunggu dalam peti mel
delivery-picked-up = sudah diambil oleh telefon
reply-label = Balasan
reply-send = Hantar balasan
canned-pick = Masukkan balasan sedia ada…
canned-other-languages = Bahasa lain
note-label = Nota peribadi
note-private = Hanya pasukan yang melihat nota; orang itu tidak pernah.
note-add = Tambah nota
tags-label = Tag (pisahkan dengan koma)
tags-save = Simpan tag
export = Eksport perbualan
export-heading = Perbualan Waymark { $conversation } (dieksport, telah dinyahsulit)

grant = Beri akses
grant-explain = Selepas rakan sekerja menyertai, bandingkan cap jari kunci mereka dengan yang mereka lihat pada skrin, kemudian beri akses: pelayar anda mengunci kunci talian bantuan dengan kunci mereka.
access-ok = Mempunyai kunci talian bantuan
access-missing = Perlukan akses
suspend = Gantung
resume = Aktifkan semula
remove = Keluarkan
remove-confirm = Klik sekali lagi untuk mengeluarkan { $name }

canned-new = Balasan sedia ada baharu
canned-editing = Sunting balasan sedia ada
canned-title = Tajuk
canned-body = Teks
canned-save = Simpan
canned-update = Simpan perubahan
canned-empty = Belum ada balasan sedia ada.
edit = Sunting
delete = Padam

audit-explain = Siapa melakukan apa dan bila. Jejak ini tidak pernah menyimpan apa yang ditulis oleh sesiapa.
audit-older = Entri lebih lama
audit-signed_in = log masuk
audit-signed_out = log keluar
audit-sign_in_failed = gagal log masuk
audit-opened = membuka perbualan
audit-status = menukar keadaan
audit-assigned = menugaskan perbualan
audit-tagged = menukar tag
audit-noted = menambah nota
audit-replied = membalas
audit-exported = mengeksport perbualan
audit-invited = menjemput seseorang
audit-joined = menyertai
audit-granted = memberi akses
audit-suspended = menggantung rakan sekerja
audit-resumed = mengaktifkan semula rakan sekerja
audit-removed = mengeluarkan rakan sekerja
audit-key_added = menambah kunci talian bantuan
audit-canned_saved = menyimpan balasan sedia ada
audit-canned_deleted = memadam balasan sedia ada
audit-retention_set = menukar dasar penyimpanan
audit-retention_deleted = memadam perbualan mengikut dasar penyimpanan

retention-explain = Perbualan dipadam daripada geganti buat selamanya; hanya yang menghalang telefon menghantarnya semula disimpan. Biarkan ruang kosong untuk menyimpan perbualan selama-lamanya.
retention-closed = Padam perbualan yang ditutup selepas (hari)
retention-inactive = Padam perbualan tanpa aktiviti selepas (hari)
retention-save = Simpan dasar
retention-saved = Dasar disimpan.
retention-run = Laksanakan sekarang
retention-deleted = { $count ->
   *[other] { $count } perbualan dipadam.
}

keys-rotate = Tambah atau tukar kunci talian bantuan
keys-explain = Tampal kunci peribadi baharu. Kemudian berikan kepada setiap rakan sekerja di halaman Pegawai, dan terbitkan kunci awam baharu dalam pek kandungan yang ditandatangani (docs/console.md).
keys-add = Tambah kunci

error-network = Geganti tidak dapat dihubungi. Apa yang anda taip tidak hilang; cuba lagi apabila sambungan pulih.
error-session-expired = Sesi anda telah tamat. Log masuk semula; apa yang anda taip masih ada.
error-bad-credentials = Nama atau frasa laluan itu tidak betul, atau akaun ini tidak aktif lagi.
error-rate-limited = Terlalu banyak cubaan. Tunggu beberapa minit dan cuba lagi.
error-forbidden = Hanya pentadbir boleh melakukannya.
error-not-found = Itu sudah tiada pada geganti.
error-storage = Geganti tidak dapat menyimpannya. Cuba lagi sebentar nanti.
error-unknown = Sesuatu tidak kena ({ $code }). Cuba lagi.
error-does-not-open = Ini tidak boleh dibuka dengan kunci yang anda ada.
error-key-blob = Kunci anda pada geganti tidak terbuka dengan frasa laluan ini. Tanya pentadbir.
error-no-hotline-key = Anda belum mempunyai kunci talian bantuan.
error-passphrase-short = Frasa laluan memerlukan sekurang-kurangnya 12 aksara.
error-passphrase-mismatch = Kedua-dua frasa laluan tidak sama.
error-name-empty = Masukkan nama.
error-name-taken = Nama itu sudah digunakan. Pilih nama lain.
error-invite-gone = Pautan jemputan ini tidak sah: sudah digunakan atau sudah tamat tempoh. Minta pautan baharu.
error-key-hex = Kunci talian bantuan ialah 64 digit perenambelasan (0–9, a–f).
error-reply-empty = Tulis balasan dahulu.
error-note-empty = Tulis nota dahulu.
error-canned-empty = Balasan sedia ada memerlukan tajuk dan teks.
error-too-long = Teks itu terlalu panjang (paling banyak 8 KiB).
error-no-route = Perbualan ini belum ada alamat balasan: telefon belum menghantarnya. Tunggu mesej seterusnya.
error-days = Masukkan bilangan hari sebagai nombor bulat, atau biarkan kosong.
