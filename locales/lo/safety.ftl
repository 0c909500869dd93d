# Waymark — safety strings (Lao). Machine-drafted; awaiting native-speaker review.
# Every message id mirrors locales/en/safety.ftl exactly.
# "-brand" is defined in app.ftl: never define or translate it here.

## Duress PIN

duress-title = ລະຫັດ PIN ທີສອງ ສຳລັບເຫດສຸກເສີນ
duress-explain = ຖ້າມີຄົນບັງຄັບໃຫ້ທ່ານເປີດ { -brand } ໃຫ້ໃສ່ລະຫັດ PIN ທີສອງນີ້ແທນ. ມັນຈະເປີດແບບທີ່ບໍ່ມີອັນຕະລາຍ ເຊິ່ງສະແດງສະເພາະຂໍ້ມູນທົ່ວໄປທີ່ໃຜກໍເບິ່ງໄດ້.
duress-set-done = ລະຫັດ PIN ທີສອງຂອງທ່ານພ້ອມແລ້ວ.
duress-removed = ລຶບລະຫັດ PIN ທີສອງຂອງທ່ານອອກແລ້ວ.
duress-wipe-explain = ທ່ານສາມາດເລືອກໃຫ້ລຶບທຸກຢ່າງ ເມື່ອມີການໃຊ້ລະຫັດ PIN ທີສອງ. ການລຶບຕໍ່ໜ້າໃຜຜູ້ໜຶ່ງ ອາດເຮັດໃຫ້ເຂົາໃຈຮ້າຍຫຼາຍຂຶ້ນ. ສະນັ້ນ ຕົວເລືອກນີ້ຈະປິດໄວ້ ຈົນກວ່າທ່ານຈະເປີດເອງ.
duress-wipe-on = ລະຫັດ PIN ທີສອງລຶບທຸກຢ່າງ: ເປີດ
duress-wipe-off = ລະຫັດ PIN ທີສອງລຶບທຸກຢ່າງ: ປິດ

## Wrong-PIN protection

policy-title = ການປ້ອງກັນການເດົາລະຫັດ
policy-delays = ຫຼັງຈາກໃສ່ລະຫັດ PIN ຜິດ 5 ເທື່ອ, { -brand } ຈະໃຫ້ທ່ານລໍຖ້າດົນຂຶ້ນ ກ່ອນລອງໃໝ່ແຕ່ລະເທື່ອ.
policy-wipe-off = ລຶບເມື່ອໃສ່ລະຫັດ PIN ຜິດຫຼາຍເທື່ອເກີນໄປ: ປິດ
policy-wipe-on = ລຶບທຸກຢ່າງ ເມື່ອໃສ່ລະຫັດ PIN ຜິດ { $count } ເທື່ອຕິດຕໍ່ກັນ.
policy-failures = ຈຳນວນເທື່ອທີ່ໃສ່ລະຫັດ PIN ຜິດ ນັບແຕ່ເທື່ອທີ່ໃສ່ຖືກຄັ້ງລ່າສຸດ: { $count }
unlock-wait = ກະລຸນາລໍຖ້າ { $seconds } ວິນາທີ ກ່ອນລອງໃໝ່.
unlock-wait-minutes = ກະລຸນາລໍຖ້າ { $minutes } ນາທີ ກ່ອນລອງໃໝ່.

## Erase everything

wipe-title = ລຶບທຸກຢ່າງ
wipe-explain = ການນີ້ຈະລຶບລະຫັດ PIN, ລາຍຊື່ຜູ້ຕິດຕໍ່, ຂໍ້ຄວາມ ແລະ ຄວາມຄືບໜ້າຂອງທ່ານ ອອກຈາກໂທລະສັບນີ້ທັນທີ. ບໍ່ສາມາດເອົາຄືນມາໄດ້.
wipe-confirm = ລຶບດຽວນີ້
wipe-done = ລຶບທຸກຢ່າງແລ້ວ. ດຽວນີ້ { -brand } ຄືກັບໃໝ່.

## Quick exit

quick-exit = ອອກດ່ວນ

## Disguise

disguise-title = ການປອມຕົວ
disguise-explain = ເລືອກວ່າຈະໃຫ້ { -brand } ສະແດງແນວໃດ ຢູ່ໜ້າຈໍຫຼັກ ແລະ ໃນການແຈ້ງເຕືອນ.
disguise-none = { -brand }
disguise-calculator = ຈັກຄິດໄລ່
disguise-notes = ບັນທຶກ
disguise-weather = ສະພາບອາກາດ
notification-body = ແຕະເພື່ອເປີດ.
calculator-error = ຂໍ້ຜິດພາດ

## Emergency contacts

contacts-title = ຜູ້ຕິດຕໍ່ສຸກເສີນ
contacts-empty = ທ່ານຍັງບໍ່ທັນໄດ້ເພີ່ມໃຜເທື່ອ.
contact-saved = ບັນທຶກຜູ້ຕິດຕໍ່ແລ້ວ.
contact-removed = ລຶບຜູ້ຕິດຕໍ່ແລ້ວ.
contact-trusted = ຄົນທີ່ໄວ້ໃຈ ສຳລັບຂໍຄວາມຊ່ວຍເຫຼືອ
channel-sms = ຂໍ້ຄວາມ (SMS)
channel-call = ການໂທ
settings-country = ປະເທດຂອງທ່ານ (ສຳລັບເບີໂທລະສັບ)

## SOS

sos-title = ຂໍຄວາມຊ່ວຍເຫຼືອ (SOS)
sos-explain = ສົ່ງຂໍ້ຄວາມ (SMS) ຫາຄົນທີ່ທ່ານໄວ້ໃຈ. ໃຊ້ໄດ້ໂດຍບໍ່ຕ້ອງມີອິນເຕີເນັດມືຖື.
sos-sms-warning = ຂໍ້ຄວາມ SMS ບໍ່ໄດ້ເຂົ້າລະຫັດ ແລະ ບໍ່ເປັນຄວາມລັບ: ບໍລິສັດໂທລະສັບ ແລະ ໃຜກໍຕາມທີ່ເບິ່ງໂທລະສັບຂອງຜູ້ຮັບ ສາມາດອ່ານມັນໄດ້.
sos-message = ຂ້ອຍຕ້ອງການຄວາມຊ່ວຍເຫຼືອດ່ວນ. ກະລຸນາໂທຫາຂ້ອຍ ຫຼື ມາຫາຂ້ອຍດຽວນີ້.
sos-message-named = { $name } ຕ້ອງການຄວາມຊ່ວຍເຫຼືອດ່ວນ. ກະລຸນາໂທ ຫຼື ມາດຽວນີ້.
sos-location = ຕຳແໜ່ງຂອງຂ້ອຍ: { $latitude }, { $longitude } (ພາຍໃນ { $accuracy } ແມັດ): { $link }
sos-practice = ຝຶກຊ້ອມ: ຈະບໍ່ສົ່ງຫຍັງອອກໄປ.
sos-ready = ພ້ອມສົ່ງຫາຄົນທີ່ໄວ້ໃຈ { $count } ຄົນ.
sos-review = ກວດເບິ່ງວ່າໃຜຈະໄດ້ຮັບຂໍ້ຄວາມນີ້. ຈະບໍ່ມີການສົ່ງຈົນກວ່າທ່ານຈະຢືນຢັນ.
sos-confirm = ສົ່ງ SOS ດຽວນີ້
sos-cancel = ບໍ່ສົ່ງ
sos-sent = ສົ່ງ SOS ຫາຄົນທີ່ໄວ້ໃຈ { $count } ຄົນແລ້ວ. ແຕ່ລະຄົນໄດ້ຮັບຂໍ້ຄວາມນີ້:
sos-to = ເຖິງ { $name } ({ $phone })
sos-history-title = ປະຫວັດການຂໍຄວາມຊ່ວຍເຫຼືອ

## Traces on this phone

traces-title = ຮ່ອງຮອຍໃນໂທລະສັບນີ້
traces-intro = ຄົນທີ່ຄົ້ນເບິ່ງໂທລະສັບຂອງທ່ານ ອາດຈະພົບຮ່ອງຮອຍຂອງ { -brand } ຫຼື ຂອງຄົນທີ່ທ່ານຕິດຕໍ່. ກວດເບິ່ງບ່ອນເຫຼົ່ານີ້ ເມື່ອປອດໄພແລ້ວ.
traces-call-log = ປະຫວັດການໂທ: ການໂທຫາສາຍດ່ວນ ຈະສະແດງຢູ່ໃນປະຫວັດການໂທຂອງໂທລະສັບທ່ານ. ທ່ານສາມາດລຶບໄດ້ເທື່ອລະລາຍການ.
traces-sms = ຂໍ້ຄວາມ: ຂໍ້ຄວາມຂໍຄວາມຊ່ວຍເຫຼືອ ຈະຍັງຢູ່ໃນຂໍ້ຄວາມທີ່ສົ່ງແລ້ວ. ທ່ານສາມາດລຶບມັນໄດ້ຫຼັງຈາກສົ່ງ.
traces-gallery = ຮູບພາບ ແລະ ພາບໜ້າຈໍ: ຮູບເອກະສານ ຫຼື ຮູບການສົນທະນາ ຈະບັນທຶກໄວ້ໃນຄັງຮູບພາບຂອງທ່ານ.
traces-notifications = ການແຈ້ງເຕືອນ: ຂໍ້ຄວາມອາດສະແດງຢູ່ໜ້າຈໍລັອກ. ປິດການສະແດງເນື້ອຫາຂໍ້ຄວາມ ໃນການຕັ້ງຄ່າໂທລະສັບຂອງທ່ານ.
traces-cloud = ການສຳຮອງຂໍ້ມູນອອນລາຍ: ໂທລະສັບຂອງທ່ານອາດສຳເນົາຮູບພາບ, ຂໍ້ຄວາມ ແລະ ປະຫວັດການໂທ ໄປໃສ່ບັນຊີອອນລາຍ ທີ່ຄົນອື່ນສາມາດເປີດໄດ້.
traces-browser = ໂປຣແກຣມທ່ອງເວັບ: ສິ່ງທີ່ທ່ານຄົ້ນຫາ ແລະ ໜ້າເວັບທີ່ທ່ານເປີດ ຈະຍັງຢູ່ໃນປະຫວັດ. ໃຊ້ແຖບສ່ວນຕົວ ຫຼື ລຶບປະຫວັດອອກ.
traces-keyboard = ແປ້ນພິມ: ແປ້ນພິມຂອງທ່ານອາດແນະນຳຄຳທີ່ທ່ານເຄີຍພິມ ເຊັ່ນ: ຊື່ຄົນ ຫຼື ສະຖານທີ່.

## Errors

error-wait = ໃສ່ລະຫັດ PIN ຜິດຫຼາຍເທື່ອເກີນໄປ. ກະລຸນາລໍຖ້າ { $seconds } ວິນາທີ ກ່ອນລອງໃໝ່.
error-wait-minutes = ໃສ່ລະຫັດ PIN ຜິດຫຼາຍເທື່ອເກີນໄປ. ກະລຸນາລໍຖ້າ { $minutes } ນາທີ ກ່ອນລອງໃໝ່.
error-duress-same-as-pin = ລະຫັດ PIN ທີສອງ ຕ້ອງບໍ່ຄືກັບລະຫັດ PIN ຂອງທ່ານ.
error-contact-name-empty = ກະລຸນາໃສ່ຊື່.
error-contact-name-too-long = ຊື່ມີໄດ້ບໍ່ເກີນ { $max } ຕົວອັກສອນ.
error-note-too-long = ໝາຍເຫດມີໄດ້ບໍ່ເກີນ { $max } ຕົວອັກສອນ.
error-phone-invalid = ນີ້ເບິ່ງຄືບໍ່ແມ່ນເບີໂທລະສັບ.
error-phone-needs-country = ໃສ່ລະຫັດປະເທດ (ຕົວຢ່າງ +66) ຫຼື ເລືອກປະເທດຂອງທ່ານໃນການຕັ້ງຄ່າ.
error-contact-not-found = ບໍ່ມີຜູ້ຕິດຕໍ່ນີ້ແລ້ວ.
error-no-trusted-contacts = ກະລຸນາເລືອກຜູ້ຕິດຕໍ່ທີ່ໄວ້ໃຈຢ່າງໜ້ອຍໜຶ່ງຄົນກ່ອນ.
error-wipe-policy-range = ກະລຸນາເລືອກຕົວເລກແຕ່ { $min } ຫາ { $max }.
error-unknown-country = ບໍ່ມີປະເທດນີ້ໃຫ້ເລືອກ.

## Screens of the profile and safety flows

duress-pin-label = ລະຫັດ PIN ທີສອງ
duress-set = ບັນທຶກລະຫັດ PIN ທີສອງ
duress-remove = ລຶບລະຫັດ PIN ທີສອງ
duress-state-on = ຕັ້ງລະຫັດ PIN ທີສອງໄວ້ແລ້ວ.
duress-state-off = ຍັງບໍ່ໄດ້ຕັ້ງລະຫັດ PIN ທີສອງ.
settings-country-none = ຍັງບໍ່ໄດ້ເລືອກ
sos-history-empty = ຍັງບໍ່ເຄີຍສົ່ງ ຫຼື ຝຶກສົ່ງ SOS.
sos-history-sent = { $date }: ສົ່ງຫາຄົນທີ່ໄວ້ໃຈ { $count } ຄົນ
sos-history-practice = { $date }: ຝຶກຊ້ອມກັບຄົນທີ່ໄວ້ໃຈ { $count } ຄົນ
sos-history-location = ມີສະຖານທີ່ຂອງທ່ານຢູ່ໃນຂໍ້ຄວາມ.

# SOS location, chosen at review: the platform asks for permission only then.
sos-location-add = ໃສ່ສະຖານທີ່ຂອງຂ້ອຍ
sos-location-add-explain = ໂທລະສັບຈະຂໍອະນຸຍາດກ່ອນ. ທຸກຄົນທີ່ອ່ານຂໍ້ຄວາມຈະເຫັນວ່າເຈົ້າຢູ່ໃສ.
sos-location-included = ຂໍ້ຄວາມນີ້ມີສະຖານທີ່ຂອງເຈົ້າຢູ່ນຳ.
sos-location-unavailable = ໃສ່ສະຖານທີ່ຂອງເຈົ້າບໍ່ໄດ້ (ບໍ່ໄດ້ຮັບອະນຸຍາດ ຫຼື ໂທລະສັບບໍ່ຮູ້ວ່າເຈົ້າຢູ່ໃສ). SOS ຍັງໃຊ້ໄດ້ໂດຍບໍ່ມີສະຖານທີ່.
