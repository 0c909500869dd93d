# Waymark — content pack messages (Lao). Machine-drafted; awaiting native-speaker review.

content-version = ເນື້ອຫາ ເວີຊັນ { $version }
error-pack-malformed = ໄຟລ໌ນີ້ບໍ່ແມ່ນຊຸດເນື້ອຫາຂອງ Waymark ຫຼື ໄຟລ໌ເສຍຫາຍ.
error-pack-untrusted = ຊຸດເນື້ອຫານີ້ບໍ່ໄດ້ລົງນາມໂດຍຜູ້ເຜີຍແຜ່ທີ່ແອັບນີ້ເຊື່ອຖື. ບໍ່ມີຫຍັງປ່ຽນແປງ.
error-pack-bad-signature = ມີຄົນແກ້ໄຂຊຸດເນື້ອຫານີ້ ຫຼັງຈາກລົງນາມແລ້ວ. ບໍ່ມີຫຍັງປ່ຽນແປງ.
error-pack-not-newer = ຊຸດເນື້ອຫານີ້ບໍ່ໃໝ່ກວ່າເນື້ອຫາທີ່ທ່ານມີ (ເວີຊັນ { $version }). ບໍ່ມີຫຍັງປ່ຽນແປງ.
error-pack-invalid = ຊຸດເນື້ອຫານີ້ບໍ່ຄົບ ຫຼື ມີຂໍ້ຜິດພາດ. ບໍ່ມີຫຍັງປ່ຽນແປງ.

## Screens of the profile and safety flows

content-install-title = ຕິດຕັ້ງເນື້ອຫາຈາກໄຟລ໌
content-install-intro = ບົດຮຽນ, ລາຍການກວດກາ ແລະ ເບີສາຍດ່ວນ ອັບເດດໄດ້ຈາກໄຟລ໌, ເຊັ່ນ ໄຟລ໌ທີ່ອົງການທີ່ທ່ານໄວ້ໃຈແບ່ງປັນໃຫ້. { -brand } ຈະຕິດຕັ້ງສະເພາະໄຟລ໌ທີ່ມີລາຍເຊັນ ແລະ ໃໝ່ກວ່າທີ່ທ່ານມີ.
content-install-file = ໄຟລ໌
content-install-action = ຕິດຕັ້ງ
content-install-done = ອັບເດດເນື້ອຫາຈາກເວີຊັນ { $before } ເປັນເວີຊັນ { $after } ແລ້ວ.
