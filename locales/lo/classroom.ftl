# Waymark — classroom mode (Lao). Machine-drafted; awaiting native-speaker review.
# Every message id mirrors locales/en/classroom.ftl exactly.

classroom-title = ໂໝດຫ້ອງຮຽນ
classroom-intro = ນຳພາບົດຮຽນໜຶ່ງບົດກັບຫ້ອງຮຽນຂອງທ່ານ ຢູ່ໃນອຸປະກອນນີ້ ຫຼື ເທິງຈໍໂປເຈັກເຕີ: ແບບທົດສອບກ່ອນຮຽນ, ເນື້ອໃນບົດຮຽນ, ການສົນທະນາ, ແບບທົດສອບເດີມອີກຄັ້ງ ແລະ ສິ່ງທີ່ຫ້ອງຮຽນໄດ້ຮຽນຮູ້. ຖ້າຕ້ອງການ, ທ່ານສາມາດນັບມືທີ່ຍົກຂຶ້ນສຳລັບແຕ່ລະຄຳຕອບໄດ້.
classroom-privacy = ໂໝດຫ້ອງຮຽນບໍ່ເກັບຫຍັງກ່ຽວກັບນັກຮຽນ: ບໍ່ມີຊື່, ບໍ່ມີຄຳຕອບ, ບໍ່ມີຜົນ. ເກັບໄວ້ພຽງແຕ່ຈຳນວນມືຢູ່ໜ້າຈໍນີ້ ແລະ ມັນຈະຫາຍໄປເມື່ອຈົບການສອນ.
classroom-outline-pre = ກ່ອນຮຽນ: ຄຳຖາມທົດສອບ { $count } ຂໍ້ສຳລັບຫ້ອງຮຽນ
classroom-outline-lesson = ບົດຮຽນ: { $count } ພາກ
classroom-outline-discussion = ການສົນທະນາ: ຄຳຖາມ { $count } ຂໍ້ ພ້ອມບັນທຶກສຳລັບຄູ
classroom-outline-post = ຫຼັງຮຽນ: ຄຳຖາມ { $count } ຂໍ້ເດີມອີກຄັ້ງ
classroom-outline-summary = ສິ່ງທີ່ຫ້ອງຮຽນໄດ້ຮຽນຮູ້: ຄຳຕອບທີ່ຖືກກ່ອນ ແລະ ຫຼັງຮຽນ
classroom-start = ເລີ່ມການສອນ
classroom-step-pre = ກ່ອນຮຽນ
classroom-step-lesson = ບົດຮຽນ
classroom-step-discussion = ການສົນທະນາ
classroom-step-post = ຫຼັງຮຽນ
classroom-step-summary = ສິ່ງທີ່ຫ້ອງຮຽນໄດ້ຮຽນຮູ້
classroom-progress = ຂັ້ນທີ { $number } ຈາກ { $total }
classroom-next = ຕໍ່ໄປ
classroom-reveal = ສະແດງຄຳຕອບ
classroom-back = ກັບຄືນ
classroom-end = ຈົບການສອນ
classroom-tally-hint = ບໍ່ບັງຄັບ: ໃຫ້ນັກຮຽນຍົກມືສຳລັບແຕ່ລະຄຳຕອບ ແລ້ວເພີ່ມໜຶ່ງສຳລັບແຕ່ລະມື. ເກັບໄວ້ພຽງແຕ່ຈຳນວນເທົ່ານັ້ນ.
classroom-tally-closed = ປິດການນັບຂອງຄຳຖາມນີ້ແລ້ວ.
classroom-hands = { $count ->
    [0] ຍັງບໍ່ໄດ້ນັບມື
   *[other] ນັບໄດ້ { $count } ມື
}
classroom-add = +1
classroom-remove = −1
classroom-option-count = { $count } · { $percent }%
classroom-answer-title = ຄຳຕອບທີ່ຖືກ
classroom-summary-title = ສິ່ງທີ່ຫ້ອງຮຽນໄດ້ຮຽນຮູ້
classroom-summary-intro = ສັດສ່ວນຂອງມືທີ່ຍົກເລືອກຄຳຕອບທີ່ຖືກ ກ່ອນ ແລະ ຫຼັງຮຽນ. ຕົວເລກນີ້ເປັນຂອງທັງຫ້ອງ, ບໍ່ແມ່ນຄະແນນຂອງຜູ້ໃດຜູ້ໜຶ່ງ.
classroom-summary-pre = ກ່ອນຮຽນ: ຖືກ { $right } ຈາກ { $hands } ({ $percent }%)
classroom-summary-pre-none = ກ່ອນຮຽນ: ບໍ່ໄດ້ນັບ
classroom-summary-post = ຫຼັງຮຽນ: ຖືກ { $right } ຈາກ { $hands } ({ $percent }%)
classroom-summary-post-none = ຫຼັງຮຽນ: ບໍ່ໄດ້ນັບ
classroom-summary-overall = ທຸກຂໍ້
classroom-summary-change = ຄຳຕອບທີ່ຖືກເພີ່ມຂຶ້ນຈາກ { $before }% ກ່ອນຮຽນ ເປັນ { $after }% ຫຼັງຮຽນ.
classroom-summary-change-none = ນັບມືທັງກ່ອນ ແລະ ຫຼັງຮຽນ ເພື່ອປຽບທຽບກັນ.
