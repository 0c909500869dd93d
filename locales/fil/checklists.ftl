# Waymark — safe-migration checklists (Filipino). Machine-drafted; awaiting native-speaker review.
# One line per message. No placeables: these strings are plain text.

## Routes

route-mm-th = Mula Myanmar papuntang Thailand
route-kh-th = Mula Cambodia papuntang Thailand
route-la-th = Mula Laos papuntang Thailand
route-id-my = Mula Indonesia papuntang Malaysia
route-ph-hk = Mula Pilipinas papuntang Hong Kong
route-vn-tw = Mula Vietnam papuntang Taiwan

## Stages

checklist-before-departure-title = Bago ka umalis
checklist-during-travel-title = Habang bumibiyahe ka
checklist-on-arrival-title = Pagdating mo
checklist-returning-home-title = Kapag umuwi ka na

## Before you leave

check-licensed-agency-title = Lisensiyadong ahensiya lang ang gamitin sa paghahanap ng trabaho
check-licensed-agency-why = Itanong sa kagawaran ng paggawa ng pamahalaan ng bansa mo, o sa tanggapan para sa mga manggagawang papunta sa ibang bansa, kung totoo at balido pa ang lisensiya ng ahensiya. Suriin din ang mismong trabaho at ang amo, hindi lang ang ahensiya.
check-no-recruitment-fees-title = Huwag magbayad para makakuha ng trabaho
check-no-recruitment-fees-why = Sinasabi ng mga pandaigdigang patakaran sa paggawa na hindi dapat magbayad ang mga manggagawa ng anumang bayarin o gastos para makuha sa trabaho. Ang mga bayarin at pautang ay maaaring maging utang na magbibitag sa iyo.
check-written-contract-title = Kumuha ng nakasulat na kontrata sa wikang naiintindihan mo
check-written-contract-why = Ipinapakita ng nakasulat na kontrata ang ipinangako sa iyo tungkol sa trabaho, sahod at oras ng trabaho. Itago ang sarili mong kopya na may pirma, at huwag pumirma sa anumang hindi mo naiintindihan o hindi mo sinasang-ayunan.
check-copies-with-family-title = Mag-iwan ng mga kopya ng iyong mga papeles sa pamilya mo
check-copies-with-family-why = Bigyan sila ng kopya ng iyong pasaporte at kontrata, isang bagong litrato mo, at ang eksaktong lugar kung saan ka titira. Kung may nagsabi sa iyo na ilihim ang trabaho o ang biyahe, babalang palatandaan iyon.
check-th-approved-contract-title = Tiyaking aprubado ng dalawang bansa ang iyong kontrata at permiso sa pagtatrabaho
check-th-approved-contract-why = Payo ng Kagawaran ng Paggawa ng Thailand na dapat patunayan ng mga awtoridad ng bansa mo at ng Thailand ang iyong kontrata at permiso sa pagtatrabaho. Sa ganitong paraan ka makapagtatrabaho bilang legal na manggagawa.
check-kh-mou-documents-title = Dumaan sa opisyal na daan ng MoU at kunin ang lahat ng iyong papeles
check-kh-mou-documents-why = May opisyal na kasunduan ang Cambodia at Thailand sa pagpapadala ng mga manggagawa, na tinatawag na MoU. Para sa daang ito, kailangan mo ng pasaporte, kard ng manggagawang Cambodiano sa ibang bansa, bisa at kontrata.
check-id-siskop2mi-title = Magparehistro sa SISKOP2MI bago ka umalis
check-id-siskop2mi-why = Ang SISKOP2MI ay ang opisyal na sistema ng Indonesia para sa mga migranteng manggagawa, at sinasabi ng pamahalaan na hindi nito maipagtatanggol ang mga manggagawang hindi nakarehistro. Nakalista rin sa sistema ang mga lisensiyadong ahensiya, kaya masusuri mo roon ang ahensiya mo.
check-ph-dmw-check-title = Suriin ang ahensiya at ang alok na trabaho sa Department of Migrant Workers
check-ph-dmw-check-why = Maipapakita sa iyo ng Department of Migrant Workers (DMW) kung balido ang lisensiya ng isang ahensiya, o kung ito ay suspendido, kinansela o pinagbawalan. Suriin din ang mismong aprubadong alok na trabaho, hindi lang ang ahensiya.

## While you travel

check-keep-passport-title = Dalhin mo lagi ang iyong pasaporte at ID
check-keep-passport-why = Huwag itong ipahawak sa rekruter, ahente o gabay sa biyahe. Kapag ibang tao ang nagtatago ng mga dokumento ng pagkakakilanlan ng isang tao, isa ito sa mga palatandaan ng sapilitang paggawa.
check-keep-phone-title = Dalhin mo lagi ang sarili mong telepono at panatilihin itong may karga
check-keep-phone-why = Sa telepono mo ka nakikipag-ugnayan sa pamilya mo at humihingi ng tulong. Sa mga sentro ng panloloko, kinukuha ng mga kriminal ang mga telepono at pasaporte ng mga tao.
check-no-tourist-visa-title = Huwag bumiyahe gamit ang bisang panturista para magtrabaho
check-no-tourist-visa-why = Hindi ka pinapayagang magtrabaho ng bisang panturista. Kung wala kang tamang papeles, mas mahirap ipaglaban ang iyong mga karapatan at mas madali para sa iba na kontrolin ka.
check-stay-in-touch-title = Sabihin sa pamilya mo kung nasaan ka sa bawat hakbang
check-stay-in-touch-why = Magpadala ng mensahe kapag umalis ka, kapag tumawid ka ng hangganan at kapag dumating ka. Kung hindi na sila makatanggap ng balita mula sa iyo, malalaman nilang baka may mali.
check-save-contacts-title = Hanapin ang mga matatawagan para sa tulong sa bansang pupuntahan mo
check-save-contacts-why = May listahan ang app na ito ng mga nasuring linya ng tulong, kaya hanapin na ang mga numero para sa bansang pupuntahan mo bago mo pa kailanganin ang mga ito. Itabi rin ang mga numero at detalye ng iyong embahada o konsulado at ng pamilya mo.
check-plan-changes-title = Mag-ingat kung magbago ang plano sa daan
check-plan-changes-why = Kung dinala ka sa bansa, lugar o trabahong iba sa ipinangako sa iyo, seryosong babalang palatandaan ito. May mga taong pinalipad sa isang bansa at pagkatapos ay itinawid sa hangganan papunta sa mga sentro ng panloloko.
check-no-gifts-loans-title = Huwag tumanggap ng regalo o pautang mula sa rekruter o sa gabay sa biyahe
check-no-gifts-loans-why = Maaaring gamitin ang regalo o pautang sa bandang huli para sabihing may utang ka. Maaaring gamitin ang ganitong utang para pilitin kang magtrabaho.

## When you arrive

check-job-matches-contract-title = Tiyaking tugma sa kontrata mo ang trabaho, ang sahod at ang oras ng trabaho
check-job-matches-contract-why = Kung iba ang trabaho sa ipinangako sa iyo, nilinlang ka. Isa ito sa mga palatandaan ng sapilitang paggawa, at maaari kang humingi ng tulong.
check-passport-at-work-title = Huwag hayaang itago ng amo mo ang pasaporte mo
check-passport-at-work-why = Sa iyo ang pasaporte mo. Ang amo na nagtatago ng mga dokumento ng pagkakakilanlan ng mga manggagawa ay nagpapakita ng isa sa mga palatandaan ng sapilitang paggawa.
check-salary-to-bank-title = Kung kaya mo, hilinging ideposito ang sahod mo sa sarili mong akawnt sa bangko
check-salary-to-bank-why = Nag-iiwan ng talaan ng ibinayad sa iyo ang pagdeposito sa akawnt sa bangko. Makatutulong sa iyo ang talaang ito kung huli, kulang o masyadong mababa ang sahod mo.
check-record-hours-pay-title = Isulat ang iyong oras ng trabaho at ang sahod mo
check-record-hours-pay-why = Tinutulungan ka ng simpleng talaan araw-araw na makita kung may kulang sa sahod o kung sobra ang oras ng trabaho mo. Makatutulong din ito kung magrereklamo ka sa bandang huli.
check-send-address-title = Ipadala sa pamilya mo ang iyong tirahan at ang pangalan ng amo mo
check-send-address-why = Kung may mangyari sa iyo, malalaman ng pamilya mo kung nasaan ka at ano ang sasabihin sa mga taong makatutulong.
check-learn-warning-signs-title = Alamin ang mga palatandaan ng sapilitang paggawa
check-learn-warning-signs-why = Kabilang sa mga palatandaan ang hindi malayang umalis, sahod na ipinagkakait sa iyo, utang na patuloy na lumalaki, at mga banta. Ipinapaliwanag ng mga aralin sa app na ito ang bawat palatandaan.
check-get-help-early-title = Humingi agad ng tulong kung may mali
check-get-help-early-why = Hindi mo kailangang maghintay na lumala pa ang sitwasyon. Gumamit ng linya ng tulong mula sa listahan sa app na ito para makausap ang taong makapagpapayo sa iyo.

## When you go home

check-collect-wages-title = Hingin ang lahat ng sahod na dapat ibayad sa iyo bago ka umalis
check-collect-wages-why = Isa sa mga palatandaan ng sapilitang paggawa ang pagpigil sa sahod ng manggagawa. Maaaring mas mahirap makuha ang pera mo kapag nakaalis ka na sa bansa.
check-documents-before-leaving-title = Tiyaking nasa iyo ang pasaporte mo at lahat ng iyong papeles
check-documents-before-leaving-why = Kailangan mo ang sarili mong mga dokumento para makabiyahe at mapatunayan kung sino ka. Kung ayaw itong ibalik ng amo mo, tumawag sa isang linya ng tulong mula sa listahan sa app na ito.
check-keep-records-title = Itago ang mga kopya ng iyong kontrata, mga resibo ng sahod at mga talaan sa bangko
check-keep-records-why = Maaaring kailanganin mo ang mga ito sa bandang huli para hingin ang sahod na hindi mo natanggap o para iulat ang nangyari sa iyo.
check-report-after-return-title = Iulat ang pang-aabuso o pandaraya, kahit nakauwi ka na
check-report-after-return-why = Kung nagsinungaling sila sa iyo, hindi ka sinahuran o sinaktan ka, maaari ka pa ring humingi ng tulong pagbalik mo. Maipapaliwanag sa iyo ng isang linya ng tulong o ng isang grupong tumutulong ang mga pagpipilian mo.
check-check-new-offers-title = Suriin ang bawat bagong alok na trabaho bago ka umalis ulit
check-check-new-offers-why = Gamitin ang parehong pagsusuri gaya noong unang beses: lisensiyadong ahensiya, walang bayad at nakasulat na kontrata. Huwag mangutang sa rekruter para pambayad sa susunod na biyahe.
check-share-warning-signs-title = Ikuwento sa mga kaibigan at pamilya ang mga babalang palatandaang nakita mo
check-share-warning-signs-why = Ang natutunan mo ay makapagpoprotekta sa ibang taong nagbabalak magtrabaho sa ibang bansa. Makatutulong sa iyo ang mga aralin sa app na ito na ipaliwanag ang mga palatandaan.
