# Waymark — application strings (Lao). Machine-drafted; awaiting native-speaker review.
# Every message id mirrors locales/en/app.ftl exactly.
# "-brand" is the product name: never translate it.

-brand = Waymark

## Set-up screen

setup-title = ຕັ້ງຄ່າ { -brand }
setup-intro = ເລືອກລະຫັດ PIN (ຕົວເລກ 4 ຫາ 12 ຕົວ) ຫຼື ລະຫັດຜ່ານ (ຢ່າງໜ້ອຍ 8 ຕົວອັກສອນ). ລະຫັດນີ້ຈະລັອກທຸກຢ່າງທີ່ທ່ານເກັບໄວ້ໃນ { -brand }.
setup-pin-label = ລະຫັດ PIN ຫຼື ລະຫັດຜ່ານ
setup-confirm-label = ໃສ່ອີກຄັ້ງ
setup-submit = ສ້າງພື້ນທີ່ສ່ວນຕົວຂອງຂ້ອຍ
setup-warning = ຖ້າທ່ານລືມລະຫັດ PIN ຈະບໍ່ມີໃຜເປີດຂໍ້ມູນຂອງທ່ານໄດ້ ເຖິງແມ່ນທີມງານ { -brand } ກໍເປີດບໍ່ໄດ້.
setup-done = ພື້ນທີ່ສ່ວນຕົວຂອງທ່ານພ້ອມແລ້ວ ແລະ ລະຫັດ PIN ຂອງທ່ານລັອກມັນໄວ້.

## Unlock screen

unlock-title = ໃສ່ລະຫັດ PIN ຂອງທ່ານ
unlock-prompt = ໃສ່ລະຫັດ PIN ຫຼື ລະຫັດຜ່ານ ເພື່ອເປີດ { -brand }.
unlock-submit = ເປີດ
unlock-done = ປົດລັອກແລ້ວ.

## Locking

lock-action = ລັອກດຽວນີ້
lock-done = ລັອກ { -brand } ແລ້ວ.
lock-on-exit = { -brand } ຈະລັອກອີກຄັ້ງທັນທີ ເມື່ອຄຳສັ່ງນີ້ເຮັດວຽກແລ້ວ.

## Home screen

home-title = ໜ້າຫຼັກ
home-greeting = ຍິນດີຕ້ອນຮັບກັບມາ.
home-greeting-named = ຍິນດີຕ້ອນຮັບກັບມາ { $name }.
home-language = ພາສາ: { $language }
review-machine-drafted = ການແປນີ້ແປດ້ວຍເຄື່ອງ ແລະ ເຈົ້າຂອງພາສາຍັງບໍ່ທັນໄດ້ກວດເທື່ອ.
review-native-reviewed = ເຈົ້າຂອງພາສາໄດ້ກວດການແປນີ້ແລ້ວ.

## Profile state

state-new = ຍັງບໍ່ທັນຕັ້ງຄ່າ
state-locked = ລັອກຢູ່
state-unlocked = ປົດລັອກແລ້ວ
status-state = ສະຖານະ: { $state }

## Changing the PIN

change-pin-title = ປ່ຽນລະຫັດ PIN
change-pin-current = ລະຫັດ PIN ຫຼື ລະຫັດຜ່ານປັດຈຸບັນ
change-pin-new = ລະຫັດ PIN ຫຼື ລະຫັດຜ່ານໃໝ່
change-pin-done = ປ່ຽນລະຫັດ PIN ຂອງທ່ານແລ້ວ.

## Settings

settings-title = ການຕັ້ງຄ່າ
settings-language = ພາສາ
settings-language-device = ຕາມອຸປະກອນນີ້ ({ $language })
settings-display-name = ຢາກໃຫ້ { -brand } ເອີ້ນທ່ານວ່າແນວໃດ?
settings-saved = ບັນທຶກແລ້ວ.

## Language check (for translators)

l10n-check-ok = ທັງ { $count } ພາສາມີຂໍ້ຄວາມຄົບທຸກຂໍ້ຄວາມ.
l10n-check-failed = ພົບບັນຫາ { $count } ຈຸດໃນການແປ.
content-root-missing = ບໍ່ພົບໂຟນເດີ content/ ແລະ locales/ ຢູ່ບ່ອນນັ້ນ ຫຼື ໃນໂຟນເດີໃດໜຶ່ງທີ່ຢູ່ເທິງ. ໃຫ້ເອີ້ນໃຊ້ພາຍໃນບ່ອນເກັບໂຄດຂອງ { -brand } ຫຼື ລະບຸ --root DIR.

## Errors

error-wrong-pin = ລະຫັດ PIN ຫຼື ລະຫັດຜ່ານບໍ່ຖືກຕ້ອງ.
error-pin-empty = ກະລຸນາໃສ່ລະຫັດ PIN ຫຼື ລະຫັດຜ່ານ.
error-pin-too-short = ລະຫັດ PIN ຕ້ອງມີຢ່າງໜ້ອຍ 4 ຕົວເລກ.
error-pin-too-long = ລະຫັດ PIN ມີໄດ້ບໍ່ເກີນ 12 ຕົວເລກ.
error-passphrase-too-short = ລະຫັດຜ່ານຕ້ອງມີຢ່າງໜ້ອຍ { $min } ຕົວອັກສອນ.
error-passphrase-too-long = ລະຫັດຜ່ານມີໄດ້ບໍ່ເກີນ { $max } ຕົວອັກສອນ.
error-pin-missing = ບໍ່ໄດ້ໃສ່ລະຫັດ PIN. ກະລຸນາຕັ້ງ WAYMARK_PIN ຫຼື ພິມລະຫັດທາງການປ້ອນຂໍ້ມູນມາດຕະຖານ.
error-input-not-text = ຂໍ້ມູນທີ່ປ້ອນເຂົ້າບໍ່ແມ່ນຂໍ້ຄວາມທີ່ອ່ານໄດ້ (ຕ້ອງເປັນ UTF-8). ບໍ່ມີຫຍັງປ່ຽນແປງ.
error-file-not-found = ບໍ່ມີໄຟລ໌ຢູ່ບ່ອນນີ້.
error-pins-differ = ສິ່ງທີ່ໃສ່ທັງສອງເທື່ອບໍ່ກົງກັນ.
error-not-set-up = ຍັງບໍ່ທັນໄດ້ຕັ້ງຄ່າ { -brand } ໃນອຸປະກອນນີ້.
error-already-set-up = { -brand } ໄດ້ຕັ້ງຄ່າໃນອຸປະກອນນີ້ແລ້ວ.
error-locked = { -brand } ລັອກຢູ່. ກະລຸນາໃສ່ລະຫັດ PIN ກ່ອນ.
error-corrupted = ຂໍ້ມູນທີ່ບັນທຶກໄວ້ເສຍຫາຍ ແລະ ອ່ານບໍ່ໄດ້. ບໍ່ມີຫຍັງປ່ຽນແປງ. ຖ້າທ່ານໄດ້ສຳຮອງຂໍ້ມູນໄວ້, ທ່ານສາມາດລຶບ ແລ້ວກູ້ຄືນດ້ວຍລະຫັດກູ້ຄືນຂອງທ່ານ.
error-platform-secret = ບ່ອນເກັບຂໍ້ມູນທີ່ປອດໄພຂອງໂທລະສັບນີ້ບໍ່ຕອບສະໜອງ. ກະລຸນາລອງໃໝ່.
error-storage = { -brand } ບໍ່ສາມາດບັນທຶກ ຫຼື ອ່ານຂໍ້ມູນຂອງມັນໃນອຸປະກອນນີ້ໄດ້.
error-unknown-language = ບໍ່ມີພາສານີ້ໃຫ້ໃຊ້.
error-name-too-long = ຊື່ມີໄດ້ບໍ່ເກີນ { $max } ຕົວອັກສອນ.
error-invalid-input = ບໍ່ສາມາດໃຊ້ຄ່ານີ້ຢູ່ບ່ອນນີ້ໄດ້.
error-usage = ບໍ່ເຂົ້າໃຈຄຳສັ່ງນີ້.
error-tui-needs-terminal = ແອັບ terminal ຕ້ອງການໜ້າຈໍ terminal ເພື່ອສະແດງຜົນ. ໃນສະຄຣິບ, ກະລຸນາໃຊ້ຄຳສັ່ງອື່ນ.
error-internal = ມີບາງຢ່າງຜິດພາດພາຍໃນ { -brand }. ຂໍ້ມູນຂອງທ່ານຍັງປອດໄພ. ກະລຸນາລອງໃໝ່.

## Screens of the profile and safety flows

settings-display-name-hint = ບໍ່ບັງຄັບ. ຖ້າປະວ່າງໄວ້ { -brand } ຈະບໍ່ໃຊ້ຊື່.

# The phone's key store lost the key of the device secret: nothing stored opens again.
error-platform-secret-lost = ກະແຈທີ່ປົກປ້ອງສິ່ງທີ່ບັນທຶກໄວ້ໃນແອັບນີ້ ບໍ່ມີຢູ່ໃນໂທລະສັບເຄື່ອງນີ້ອີກແລ້ວ. ສິ່ງທີ່ບັນທຶກໄວ້ຢູ່ນີ້ ເປີດບໍ່ໄດ້ອີກ.
secret-lost-title = ຂໍ້ມູນທີ່ບັນທຶກໄວ້ ເປີດບໍ່ໄດ້ອີກແລ້ວ
secret-lost-explain = ບ່ອນເກັບກະແຈທີ່ປອດໄພຂອງໂທລະສັບເຄື່ອງນີ້ ບໍ່ມີກະແຈທີ່ປົກປ້ອງສິ່ງທີ່ບັນທຶກໄວ້ໃນແອັບນີ້ອີກແລ້ວ. ເລື່ອງນີ້ອາດເກີດຂຶ້ນຫຼັງຈາກຍົກເລີກການລັອກໜ້າຈໍ ຫຼື ຣີເຊັດໂທລະສັບ. ຕອນນີ້ບໍ່ມີ PIN ໃດເປີດໄດ້ ແລະ ບໍ່ມີໃຜອື່ນເປີດໄດ້ຄືກັນ.
secret-lost-start-over = ເລີ່ມໃໝ່
secret-lost-start-over-explain = ລຶບສິ່ງທີ່ເຫຼືອຢູ່ໃນໂທລະສັບເຄື່ອງນີ້ ແລ້ວຕັ້ງແອັບໃໝ່ດ້ວຍ PIN ໃໝ່.
secret-lost-restore = ກູ້ຄືນຈາກການສຳຮອງ
secret-lost-restore-explain = ລຶບສິ່ງທີ່ເຫຼືອຢູ່ໃນໂທລະສັບເຄື່ອງນີ້. ຈາກນັ້ນເລືອກ PIN ໃໝ່ ແລະ ໃສ່ລະຫັດກູ້ຄືນ ເພື່ອເອົາການສຳຮອງຄັ້ງຫຼ້າສຸດກັບມາ.
