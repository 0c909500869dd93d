# Waymark — quiet contact, sync and backup strings (Lao). Machine-drafted; awaiting native-speaker review.
# Every message id mirrors locales/en/quiet.ftl exactly.

## Quiet contact: written messages to a hotline, sealed so only the hotline can read them.

quiet-title = ຕິດຕໍ່ແບບງຽບໆ
quiet-intro = ຂຽນຫາສາຍດ່ວນໄດ້ ໂດຍບໍ່ຕ້ອງໂທ. ໂທລະສັບນີ້ຈະລັອກຂໍ້ຄວາມຂອງທ່ານໄວ້ ເພື່ອໃຫ້ສາຍດ່ວນເທົ່ານັ້ນອ່ານໄດ້. ຂໍ້ຄວາມຈະລໍຖ້າຢູ່ນີ້ ຈົນກວ່າຈະມີອິນເຕີເນັດ ແລ້ວຈຶ່ງສົ່ງອອກໄປ.
quiet-hotlines-title = ຂຽນຫາ
quiet-conversations-title = ການສົນທະນາຂອງທ່ານ
quiet-empty = ທ່ານຍັງບໍ່ທັນໄດ້ຂຽນຫາສາຍດ່ວນເທື່ອ.
quiet-outbox-waiting = { $count ->
   *[other] ມີ { $count } ຂໍ້ຄວາມ ກຳລັງລໍຖ້າອິນເຕີເນັດ.
}
quiet-privacy-note = ສາຍດ່ວນເທົ່ານັ້ນທີ່ອ່ານຂໍ້ຄວາມເຫຼົ່ານີ້ໄດ້. ເຊີບເວີທີ່ສົ່ງຕໍ່ຂໍ້ຄວາມ ບໍ່ສາມາດອ່ານມັນໄດ້ ແລະ ບໍ່ຮູ້ເບີໂທລະສັບຂອງທ່ານ.
quiet-compose-hint = ຂຽນຂໍ້ຄວາມຂອງທ່ານ
quiet-send = ສົ່ງ
quiet-new-conversation = ການສົນທະນາໃໝ່
quiet-retry = ລອງໃໝ່
quiet-earlier = ຂໍ້ຄວາມກ່ອນໜ້າ
quiet-you = ທ່ານ
quiet-development-note = ນີ້ແມ່ນສາຍດ່ວນທົດລອງ ສຳລັບລອງໃຊ້ແອັບ. ຈະບໍ່ມີໃຜຕອບແທ້. ຢ່າໃຊ້ມັນໃນເຫດສຸກເສີນ.

quiet-status-queued = ລໍຖ້າສົ່ງ
quiet-status-sent = ສົ່ງແລ້ວ
quiet-status-delivered = ຮອດສາຍດ່ວນແລ້ວ
quiet-status-replied = ສາຍດ່ວນຕອບກັບແລ້ວ
quiet-status-needs-attention = ສົ່ງບໍ່ໄດ້. ກະລຸນາລອງໃໝ່.

quiet-hotline-waymark-dev-name = ສາຍດ່ວນທົດລອງຂອງແອັບນີ້
quiet-hotline-waymark-dev-about = ສາຍດ່ວນສຳລັບຝຶກລອງໃຊ້ການຕິດຕໍ່ແບບງຽບໆ. ຂໍ້ຄວາມຈະໄປຫາກ່ອງຂໍ້ຄວາມທົດລອງ ບໍ່ແມ່ນໄປຫາຜູ້ຊ່ວຍເຫຼືອແທ້.

## Sync

sync-title = ສົ່ງ ແລະ ຮັບ
sync-now = ສົ່ງ ແລະ ຮັບດຽວນີ້
sync-offline = ບໍ່ມີອິນເຕີເນັດ. ຂໍ້ຄວາມຂອງທ່ານປອດໄພຢູ່ໃນໂທລະສັບນີ້ ແລະ ຈະສົ່ງອອກໄປພາຍຫຼັງ.
sync-running = ກຳລັງສົ່ງ ແລະ ຮັບ…
sync-done = ສົ່ງແລ້ວ { $sent }, ຮອດແລ້ວ { $delivered }, ໄດ້ຮັບຄຳຕອບ { $replies } ຂໍ້ຄວາມ.
sync-waiting = { $count ->
   *[other] ຍັງມີ { $count } ຂໍ້ຄວາມ ລໍຖ້າຢູ່. ແອັບຈະລອງໃໝ່ໃນອີກ { $seconds } ວິນາທີ.
}
sync-paused = ເຊີບເວີຂໍໃຫ້ແອັບລໍຖ້າ. ແອັບຈະລອງໃໝ່ໃນອີກ { $minutes } ນາທີ.
sync-budget = ແອັບໄດ້ໃຊ້ຄຳຂໍທັງໝົດທີ່ມັນອະນຸຍາດໃຫ້ຕົນເອງໃນຊົ່ວໂມງນີ້ແລ້ວ ເພື່ອບໍ່ໃຫ້ເປັນທີ່ສັງເກດ. ມັນຈະລອງໃໝ່ໃນອີກ { $minutes } ນາທີ. ຂໍ້ຄວາມຂອງທ່ານຍັງປອດໄພຢູ່ໃນໂທລະສັບນີ້.

## Backup and restore

backup-title = ການສຳຮອງຂໍ້ມູນ
backup-intro = ການສຳຮອງຂໍ້ມູນ ຈະເກັບຜູ້ຕິດຕໍ່, ການສົນທະນາ ແລະ ຄວາມຄືບໜ້າຂອງທ່ານໄວ້ຢ່າງປອດໄພ ໂດຍລັອກດ້ວຍລະຫັດກູ້ຄືນ. ມີແຕ່ຄົນທີ່ມີລະຫັດນີ້ເທົ່ານັ້ນທີ່ເປີດໄດ້.
backup-now = ສຳຮອງຂໍ້ມູນດຽວນີ້
backup-done = ບັນທຶກການສຳຮອງຂໍ້ມູນແລ້ວ.
backup-working = ກຳລັງສຳຮອງຂໍ້ມູນ…
backup-code-title = ລະຫັດກູ້ຄືນຂອງທ່ານ
backup-code-once = ຂຽນລະຫັດນີ້ໄວ້ ແລະ ເກັບໄວ້ໃນບ່ອນທີ່ປອດໄພ. ລະຫັດນີ້ຈະສະແດງພຽງເທື່ອດຽວ. ຖ້າບໍ່ມີລະຫັດນີ້ ຈະເປີດການສຳຮອງຂໍ້ມູນບໍ່ໄດ້.
restore-title = ກູ້ຄືນການສຳຮອງຂໍ້ມູນ
restore-intro = ໃສ່ລະຫັດກູ້ຄືນຂອງທ່ານ ເພື່ອເອົາຜູ້ຕິດຕໍ່, ການສົນທະນາ ແລະ ຄວາມຄືບໜ້າຂອງທ່ານຄືນມາ.
restore-working = ກຳລັງກູ້ຄືນການສຳຮອງຂໍ້ມູນ…
task-stop = ຢຸດ
restore-done = ກູ້ຄືນການສຳຮອງຂໍ້ມູນແລ້ວ: ຜູ້ຕິດຕໍ່ { $contacts } ຄົນ, ການສົນທະນາ { $conversations } ລາຍການ, ຂໍ້ຄວາມ { $messages } ຂໍ້ຄວາມ.

## Errors

error-message-empty = ກະລຸນາຂຽນຂໍ້ຄວາມກ່ອນ.
error-message-control = ຂໍ້ຄວາມນີ້ມີຕົວອັກສອນທີ່ສົ່ງບໍ່ໄດ້ (ເຊັ່ນ NUL ຫຼື ລະຫັດຄວບຄຸມຂອງ terminal). ກະລຸນາລຶບອອກ ແລ້ວລອງໃໝ່.
error-message-too-long = ຂໍ້ຄວາມນີ້ຍາວເກີນໄປ. ກະລຸນາຂຽນໃຫ້ສັ້ນລົງ (ບໍ່ເກີນ { $max } ໄບ).
error-conversation-not-found = ບໍ່ມີການສົນທະນານີ້ແລ້ວ.
error-hotline-not-found = ບໍ່ສາມາດສົ່ງຂໍ້ຄວາມຫາສາຍດ່ວນນີ້ໄດ້.
error-outbox-full = ມີ { $max } ຂໍ້ຄວາມ ລໍຖ້າສົ່ງຢູ່ແລ້ວ. ກະລຸນາລໍຖ້າ ຈົນກວ່າບາງຂໍ້ຄວາມຈະສົ່ງອອກໄປແລ້ວ.
error-relay-url = ບໍ່ສາມາດໃຊ້ທີ່ຢູ່ເຊີບເວີນີ້ໄດ້. ທີ່ຢູ່ຕ້ອງເລີ່ມດ້ວຍ https://
error-http-timeout = WAYMARK_HTTP_TIMEOUT ຕ້ອງເປັນຈຳນວນວິນາທີເຕັມ ແຕ່ 1 ຫາ 600.
error-network = ຕິດຕໍ່ເຊີບເວີບໍ່ໄດ້. ບໍ່ມີຫຍັງເສຍໄປ. ກະລຸນາລອງໃໝ່ພາຍຫຼັງ.
error-cancelled = ຢຸດແລ້ວ. ບໍ່ມີຫຍັງປ່ຽນແປງ.
error-relay-refused = ເຊີບເວີປະຕິເສດຄຳຂໍ. ບໍ່ມີຫຍັງປ່ຽນແປງ.
error-relay-too-large = ເຊີບເວີສົ່ງຄຳຕອບທີ່ໃຫຍ່ເກີນໄປຫຼາຍ ແອັບຈຶ່ງບໍ່ຮັບ. ບໍ່ມີຫຍັງເສຍໄປ. ກະລຸນາລອງໃໝ່ພາຍຫຼັງ.
error-recovery-code-invalid = ນີ້ບໍ່ແມ່ນລະຫັດກູ້ຄືນ. ລະຫັດກູ້ຄືນມີຕົວອັກສອນ ແລະ ຕົວເລກລວມກັນ 24 ຕົວ.
error-recovery-code-wrong = ລະຫັດກູ້ຄືນນີ້ເປີດການສຳຮອງຂໍ້ມູນບໍ່ໄດ້. ບໍ່ມີຫຍັງປ່ຽນແປງ.
error-backup-not-found = ບໍ່ມີການສຳຮອງຂໍ້ມູນທີ່ກົງກັບລະຫັດກູ້ຄືນນີ້. ກະລຸນາກວດລະຫັດ ແລ້ວລອງໃໝ່. ບໍ່ມີຫຍັງປ່ຽນແປງ.
error-restore-not-empty = ການສຳຮອງຂໍ້ມູນ ກູ້ຄືນໄດ້ສະເພາະໃນໂປຣໄຟລ໌ໃໝ່ ທີ່ຍັງບໍ່ມີຜູ້ຕິດຕໍ່ ຫຼື ການສົນທະນາເທົ່ານັ້ນ.

## Forms shared by the apps

contact-add = ເພີ່ມຜູ້ຕິດຕໍ່
contact-edit = ແກ້ໄຂຜູ້ຕິດຕໍ່
contact-remove = ລຶບຜູ້ຕິດຕໍ່
contact-name = ຊື່
contact-phone = ເບີໂທລະສັບ
contact-relation = ກ່ຽວຂ້ອງກັນແນວໃດ (ຕົວຢ່າງ: ເອື້ອຍ, ໝູ່)
contact-note = ໝາຍເຫດ
contact-channel = ວິທີຕິດຕໍ່ເຂົາ
form-save = ບັນທຶກ
form-cancel = ຍົກເລີກ
settings-relay = ເຊີບເວີຂໍ້ຄວາມ
menu-quiet = ຂຽນຫາສາຍດ່ວນ
menu-backup = ສຳຮອງ ແລະ ກູ້ຄືນຂໍ້ມູນ
menu-settings = ການຕັ້ງຄ່າ

## Screens of the profile and safety flows

backup-new-code = ສຳຮອງຂໍ້ມູນດ້ວຍລະຫັດກູ້ຄືນໃໝ່
backup-new-code-explain = ການສຳຮອງຂໍ້ມູນຄັ້ງຕໍ່ໆໄປຈະລັອກດ້ວຍລະຫັດໃໝ່. ລະຫັດນີ້ຈະສະແດງພຽງຄັ້ງດຽວ: ກະລຸນາຈົດໄວ້.
