# ຄອນໂຊນສາຍດ່ວນ (console/) — ບໍ່ແມ່ນສ່ວນໜຶ່ງຂອງແອັບໂທລະສັບ.

app-title = ຄອນໂຊນສາຍດ່ວນ Waymark
language-label = ພາສາ
nav-label = ພາກສ່ວນ
nav-inbox = ກ່ອງຂໍ້ຄວາມ
nav-operators = ພະນັກງານ
nav-canned = ຄຳຕອບສຳເລັດຮູບ
nav-audit = ບັນທຶກການນຳໃຊ້
nav-retention = ການເກັບຮັກສາ
nav-keys = ກະແຈສາຍດ່ວນ
signout = ອອກຈາກລະບົບ
signed-in-as = ເຂົ້າລະບົບໃນນາມ { $name }
loading = ກຳລັງໂຫຼດ…
new-messages = { $count ->
   *[other] ຂໍ້ຄວາມໃໝ່ { $count } ຂໍ້ຄວາມ
}

signin-title = ເຂົ້າສູ່ລະບົບ
signin-submit = ເຂົ້າສູ່ລະບົບ
signin-working = ກຳລັງກວດສອບ…
field-name = ຊື່
field-passphrase = ລະຫັດຜ່ານ
field-passphrase-new = ລະຫັດຜ່ານ (ຢ່າງໜ້ອຍ { $min } ຕົວອັກສອນ)
field-passphrase-again = ລະຫັດຜ່ານອີກຄັ້ງ

invite-title = ເຂົ້າຮ່ວມທີມສາຍດ່ວນ
invite-intro = ທ່ານໄດ້ຮັບເຊີນໃນຖານະ { $role }. ເລືອກຊື່ ແລະ ລະຫັດຜ່ານຂອງທ່ານ. ກະແຈຂອງທ່ານສ້າງຂຶ້ນໃນຄອມພິວເຕີເຄື່ອງນີ້ ແລະ ເກັບໄວ້ໂດຍລັອກດ້ວຍລະຫັດຜ່ານຂອງທ່ານເທົ່ານັ້ນ.
invite-submit = ເຂົ້າຮ່ວມ
invite-heading = ເຊີນເພື່ອນຮ່ວມງານ
invite-role = ບົດບາດ
invite-create = ສ້າງລິ້ງເຊີນ
invite-expires = ລິ້ງໃຊ້ໄດ້ຄັ້ງດຽວ ຈົນຮອດ { $time }.
role-admin = ຜູ້ດູແລລະບົບ
role-operator = ພະນັກງານຮັບເລື່ອງ

import-title = ນຳເຂົ້າກະແຈສາຍດ່ວນ
import-intro = ວາງກະແຈສ່ວນຕົວຂອງສາຍດ່ວນ (ເລກຖານສິບຫົກ 64 ຫຼັກ). ມັນຈະຖືກລັອກດ້ວຍກະແຈຂອງທ່ານເອງໃນບຣາວເຊີນີ້; ລີເລບໍ່ເຄີຍເຫັນມັນ.
import-field = ກະແຈສ່ວນຕົວຂອງສາຍດ່ວນ
import-submit = ນຳເຂົ້າ
nokey-title = ກຳລັງລໍຖ້າສິດເຂົ້າເຖິງ
your-fingerprint = ລາຍນິ້ວມືກະແຈຂອງທ່ານ (ຜູ້ດູແລລະບົບຈະທຽບກ່ອນໃຫ້ສິດ):
nokey-operator = ຜູ້ດູແລລະບົບຍັງບໍ່ທັນໃຫ້ກະແຈສາຍດ່ວນແກ່ທ່ານ. ກະລຸນາຂໍສິດເຂົ້າເຖິງ ແລ້ວເຂົ້າລະບົບອີກຄັ້ງ.

inbox-title = ກ່ອງຂໍ້ຄວາມ
inbox-empty = ຍັງບໍ່ມີຂໍ້ຄວາມ.
inbox-no-match = ບໍ່ມີການສົນທະນາທີ່ກົງກັບຕົວກອງເຫຼົ່ານີ້.
inbox-unreadable = { $count ->
   *[other] ມີ { $count } ຂໍ້ຄວາມທີ່ເປີດບໍ່ໄດ້ດ້ວຍກະແຈສາຍດ່ວນທີ່ທ່ານມີ: ມັນອາດເສຍຫາຍ, ຫຼື ປິດຜະນຶກດ້ວຍກະແຈທີ່ທ່ານຍັງບໍ່ທັນໄດ້ຮັບ.
}
filter-status = ສະຖານະ
filter-any-status = ທຸກສະຖານະ
filter-assignee = ມອບໝາຍໃຫ້
filter-anyone = ທຸກຄົນ
filter-mine = ຂອງຂ້ອຍ
filter-unassigned = ຍັງບໍ່ມີໃຜ
search-placeholder = ຊອກຫາໃນຂໍ້ຄວາມທີ່ທ່ານອ່ານໄດ້
col-person = ຂໍ້ຄວາມ
col-language = ພາສາ
col-status = ສະຖານະ
col-assignee = ມອບໝາຍໃຫ້
col-unread = ຍັງບໍ່ໄດ້ອ່ານ
col-last = ກິດຈະກຳລ່າສຸດ
col-role = ບົດບາດ
col-state = ສະຖານະບັນຊີ
col-fingerprint = ລາຍນິ້ວມືກະແຈ
col-access = ສິດເຂົ້າເຖິງ
col-time = ເວລາ
col-operator = ໃຜ
col-action = ເຮັດຫຍັງ
col-conversation = ການສົນທະນາ
col-target = ເພື່ອນຮ່ວມງານ
col-key-id = ລະຫັດກະແຈ
col-public-key = ກະແຈສາທາລະນະ

status-new = ໃໝ່
status-open = ເປີດຢູ່
status-waiting = ລໍຖ້າຜູ້ຕິດຕໍ່
status-closed = ປິດແລ້ວ
state-active = ໃຊ້ງານຢູ່
state-suspended = ໂຈະໄວ້
state-removed = ເອົາອອກແລ້ວ
assignee-nobody = ບໍ່ມີໃຜ
assignee-me = ຂ້ອຍ
assignee-me-named = ຂ້ອຍ ({ $name })
saved = ບັນທຶກແລ້ວ.
assign-to-me = ມອບໝາຍໃຫ້ຂ້ອຍ

back-to-inbox = ກັບໄປກ່ອງຂໍ້ຄວາມ
conv-started = ເລີ່ມການສົນທະນາເມື່ອ { $time }
message-meta = ຂຽນເມື່ອ { $time }
message-unreadable = ຂໍ້ຄວາມນີ້ເປີດບໍ່ໄດ້ດ້ວຍກະແຈສາຍດ່ວນທີ່ທ່ານມີ.
record-unreadable = ລາຍການນີ້ເປີດບໍ່ໄດ້ດ້ວຍກະແຈສາຍດ່ວນທີ່ທ່ານມີ.
reply-by = ຄຳຕອບໂດຍ { $name }
note-by = ບັນທຶກສ່ວນຕົວໂດຍ { $name }
delivery-sent = ລໍຖ້າຢູ່ໃນກ່ອງຈົດໝາຍ
delivery-picked-up = ໂທລະສັບຮັບໄປແລ້ວ
reply-label = ຕອບກັບ
reply-send = ສົ່ງຄຳຕອບ
canned-pick = ໃສ່ຄຳຕອບສຳເລັດຮູບ…
canned-other-languages = ພາສາອື່ນ
note-label = ບັນທຶກສ່ວນຕົວ
note-private = ມີແຕ່ທີມງານທີ່ເຫັນບັນທຶກ; ຜູ້ຕິດຕໍ່ບໍ່ເຄີຍເຫັນ.
note-add = ເພີ່ມບັນທຶກ
tags-label = ແທັກ (ຂັ້ນດ້ວຍເຄື່ອງໝາຍຈຸດ)
tags-save = ບັນທຶກແທັກ
export = ສົ່ງອອກການສົນທະນາ
export-heading = ການສົນທະນາ Waymark { $conversation } (ສົ່ງອອກແລ້ວ, ຖອດລະຫັດແລ້ວ)

grant = ໃຫ້ສິດເຂົ້າເຖິງ
grant-explain = ເມື່ອເພື່ອນຮ່ວມງານເຂົ້າຮ່ວມແລ້ວ, ໃຫ້ທຽບລາຍນິ້ວມືກະແຈຂອງເຂົາກັບທີ່ເຂົາເຫັນຢູ່ໜ້າຈໍ, ແລ້ວຈຶ່ງໃຫ້ສິດ: ບຣາວເຊີຂອງທ່ານຈະລັອກກະແຈສາຍດ່ວນດ້ວຍກະແຈຂອງເຂົາ.
access-ok = ມີກະແຈສາຍດ່ວນແລ້ວ
access-missing = ຕ້ອງການສິດເຂົ້າເຖິງ
suspend = ໂຈະ
resume = ໃຫ້ໃຊ້ງານຄືນ
remove = ເອົາອອກ
remove-confirm = ຄລິກອີກຄັ້ງເພື່ອເອົາ { $name } ອອກ

canned-new = ຄຳຕອບສຳເລັດຮູບໃໝ່
canned-editing = ແກ້ໄຂຄຳຕອບສຳເລັດຮູບ
canned-title = ຫົວຂໍ້
canned-body = ເນື້ອຄວາມ
canned-save = ບັນທຶກ
canned-update = ບັນທຶກການແກ້ໄຂ
canned-empty = ຍັງບໍ່ມີຄຳຕອບສຳເລັດຮູບ.
edit = ແກ້ໄຂ
delete = ລຶບ

audit-explain = ໃຜເຮັດຫຍັງ ແລະ ເມື່ອໃດ. ບັນທຶກນີ້ບໍ່ເຄີຍເກັບສິ່ງທີ່ໃຜຂຽນ.
audit-older = ລາຍການກ່ອນໜ້າ
audit-signed_in = ເຂົ້າລະບົບ
audit-signed_out = ອອກຈາກລະບົບ
audit-sign_in_failed = ເຂົ້າລະບົບບໍ່ສຳເລັດ
audit-opened = ເປີດການສົນທະນາ
audit-status = ປ່ຽນສະຖານະ
audit-assigned = ມອບໝາຍການສົນທະນາ
audit-tagged = ປ່ຽນແທັກ
audit-noted = ເພີ່ມບັນທຶກ
audit-replied = ຕອບກັບ
audit-exported = ສົ່ງອອກການສົນທະນາ
audit-invited = ເຊີນຄົນອື່ນ
audit-joined = ເຂົ້າຮ່ວມ
audit-granted = ໃຫ້ສິດເຂົ້າເຖິງ
audit-suspended = ໂຈະເພື່ອນຮ່ວມງານ
audit-resumed = ໃຫ້ເພື່ອນຮ່ວມງານໃຊ້ງານຄືນ
audit-removed = ເອົາເພື່ອນຮ່ວມງານອອກ
audit-key_added = ເພີ່ມກະແຈສາຍດ່ວນ
audit-canned_saved = ບັນທຶກຄຳຕອບສຳເລັດຮູບ
audit-canned_deleted = ລຶບຄຳຕອບສຳເລັດຮູບ
audit-retention_set = ປ່ຽນນະໂຍບາຍການເກັບຮັກສາ
audit-retention_deleted = ລຶບການສົນທະນາຕາມນະໂຍບາຍການເກັບຮັກສາ

retention-explain = ການສົນທະນາຈະຖືກລຶບອອກຈາກລີເລຢ່າງຖາວອນ, ເກັບໄວ້ພຽງສິ່ງທີ່ປ້ອງກັນບໍ່ໃຫ້ໂທລະສັບສົ່ງຊ້ຳ. ປ່ອຍຊ່ອງໃຫ້ຫວ່າງເພື່ອເກັບການສົນທະນາຕະຫຼອດໄປ.
retention-closed = ລຶບການສົນທະນາທີ່ປິດແລ້ວຫຼັງຈາກ (ມື້)
retention-inactive = ລຶບການສົນທະນາທີ່ບໍ່ມີການເຄື່ອນໄຫວຫຼັງຈາກ (ມື້)
retention-save = ບັນທຶກນະໂຍບາຍ
retention-saved = ບັນທຶກນະໂຍບາຍແລ້ວ.
retention-run = ນຳໃຊ້ດຽວນີ້
retention-deleted = { $count ->
   *[other] ລຶບການສົນທະນາແລ້ວ { $count } ລາຍການ.
}

keys-rotate = ເພີ່ມ ຫຼື ປ່ຽນກະແຈສາຍດ່ວນ
keys-explain = ວາງກະແຈສ່ວນຕົວໃໝ່. ຈາກນັ້ນໃຫ້ມັນແກ່ເພື່ອນຮ່ວມງານແຕ່ລະຄົນໃນໜ້າພະນັກງານ, ແລະ ເຜີຍແຜ່ກະແຈສາທາລະນະໃໝ່ໃນຊຸດເນື້ອຫາທີ່ລົງລາຍເຊັນແລ້ວ (docs/console.md).
keys-add = ເພີ່ມກະແຈ

error-network = ຕິດຕໍ່ລີເລບໍ່ໄດ້. ສິ່ງທີ່ທ່ານພິມບໍ່ເສຍໄປ; ລອງອີກຄັ້ງເມື່ອການເຊື່ອມຕໍ່ກັບມາ.
error-session-expired = ເຊດຊັນຂອງທ່ານສິ້ນສຸດແລ້ວ. ກະລຸນາເຂົ້າລະບົບອີກຄັ້ງ; ສິ່ງທີ່ທ່ານພິມຍັງຢູ່.
error-bad-credentials = ຊື່ ຫຼື ລະຫັດຜ່ານນັ້ນບໍ່ຖືກຕ້ອງ, ຫຼື ບັນຊີນີ້ບໍ່ໄດ້ໃຊ້ງານແລ້ວ.
error-rate-limited = ພະຍາຍາມຫຼາຍເທື່ອເກີນໄປ. ລໍຖ້າຈັກໜ້ອຍແລ້ວລອງອີກຄັ້ງ.
error-forbidden = ມີແຕ່ຜູ້ດູແລລະບົບທີ່ເຮັດສິ່ງນີ້ໄດ້.
error-not-found = ສິ່ງນີ້ບໍ່ມີຢູ່ໃນລີເລແລ້ວ.
error-storage = ລີເລບັນທຶກສິ່ງນີ້ບໍ່ໄດ້. ລອງອີກຄັ້ງໃນອີກບໍ່ດົນ.
error-unknown = ມີບາງຢ່າງຜິດພາດ ({ $code }). ລອງອີກຄັ້ງ.
error-does-not-open = ສິ່ງນີ້ເປີດບໍ່ໄດ້ດ້ວຍກະແຈທີ່ທ່ານມີ.
error-key-blob = ກະແຈຂອງທ່ານໃນລີເລເປີດດ້ວຍລະຫັດຜ່ານນີ້ບໍ່ໄດ້. ກະລຸນາຖາມຜູ້ດູແລລະບົບ.
error-no-hotline-key = ທ່ານຍັງບໍ່ມີກະແຈສາຍດ່ວນ.
error-passphrase-short = ລະຫັດຜ່ານຕ້ອງມີຢ່າງໜ້ອຍ 12 ຕົວອັກສອນ.
error-passphrase-mismatch = ລະຫັດຜ່ານທັງສອງບໍ່ກົງກັນ.
error-name-empty = ໃສ່ຊື່.
error-name-taken = ຊື່ນັ້ນມີຄົນໃຊ້ແລ້ວ. ເລືອກຊື່ອື່ນ.
error-invite-gone = ລິ້ງເຊີນນີ້ໃຊ້ບໍ່ໄດ້: ມັນຖືກໃຊ້ໄປແລ້ວ ຫຼື ໝົດອາຍຸ. ຂໍລິ້ງໃໝ່.
error-key-hex = ກະແຈສາຍດ່ວນແມ່ນເລກຖານສິບຫົກ 64 ຫຼັກ (0–9, a–f).
error-reply-empty = ຂຽນຄຳຕອບກ່ອນ.
error-note-empty = ຂຽນບັນທຶກກ່ອນ.
error-canned-empty = ຄຳຕອບສຳເລັດຮູບຕ້ອງມີຫົວຂໍ້ ແລະ ເນື້ອຄວາມ.
error-too-long = ເນື້ອຄວາມຍາວເກີນໄປ (ບໍ່ເກີນ 8 KiB).
error-no-route = ການສົນທະນານີ້ຍັງບໍ່ມີທີ່ຢູ່ສຳລັບຕອບກັບ: ໂທລະສັບຍັງບໍ່ໄດ້ສົ່ງມາ. ລໍຖ້າຂໍ້ຄວາມຕໍ່ໄປຂອງມັນ.
error-days = ໃສ່ຈຳນວນມື້ເປັນຈຳນວນເຕັມ, ຫຼື ປ່ອຍຊ່ອງໃຫ້ຫວ່າງ.
