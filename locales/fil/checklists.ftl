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
check-mm-licensed-agency-title = Tiyaking may lisensiya ang ahensiya na magpadala ng manggagawa mula Myanmar papunta sa ibang bansa
check-mm-licensed-agency-why = Ayon sa batas ng Myanmar tungkol sa pagtatrabaho sa ibang bansa (1999), mga lisensiyadong ahensiya lang ang puwedeng magpadala ng manggagawa sa abroad, at ang pagpapadala nang walang lisensiya ay maaaring parusahan ng hanggang pitong taon sa kulungan. Noong 2020, mahigit 260 ahensiya ang may lisensiya. Hilingin na makita ang lisensiya ng ahensiya bago ka pumirma ng kahit ano.
check-mm-safe-migration-info-title = Humingi ng payo tungkol sa ligtas na migrasyon bago ka umalis
check-mm-safe-migration-info-why = Masasagot ng isang Migrant Resource Centre ang mga tanong mo tungkol sa pagtatrabaho sa ibang bansa. Nagbigay rin ng payo ang IOM, ang ahensiya ng UN para sa migrasyon, sa mga tao sa Myanmar sa Facebook page nitong "Miss Migration" at sa kampanyang "Know Before You Go".
check-kh-approved-agency-title = Tiyaking aprubado ng kagawaran ng paggawa ng Cambodia ang ahensiya
check-kh-approved-agency-why = Ang Ministry of Labour and Vocational Training (MoLVT) ng Cambodia ang nag-aapruba sa mga ahensiyang nagpapadala ng manggagawa sa abroad, at naglalabas ito ng listahan nila; 77 ahensiya ang nasa listahan noong 2017. Itanong kung nasa pinakabagong listahan ang ahensiya mo.
check-kh-police-hotline-title = Ibigay sa pamilya mo ang numero ng hotline ng pulisya ng Cambodia
check-kh-police-hotline-why = Tumatanggap ang pambansang hotline ng pulisya, na nasa listahan ng app na ito, ng ulat tungkol sa human trafficking at sa mga taong ikinulong nang labag sa kalooban nila, halimbawa sa mga scam compound. Sumasagot ito sa Khmer, Vietnamese, Ingles at Chinese, at libre ang tawag kahit walang load ang telepono.
check-la-licensed-agency-title = Gumamit lang ng lisensiyadong kompanya sa paghahanap ng trabaho sa Laos
check-la-licensed-agency-why = Sa Laos, kailangan ng mga kompanyang naghahanap ng trabaho para sa mga manggagawa ng lisensiya mula sa Ministry of Labour and Social Welfare (MOLSW), ayon sa isang desisyon ng ministri noong 2010. Hilingin sa kompanya na ipakita ang lisensiya nito, at magtanong sa ministri kung hindi ka sigurado.
check-la-dangerous-work-title = Alamin na hindi pinapayagan ng batas ng Laos ang pagpapadala ng manggagawa sa mapanganib na trabaho
check-la-dangerous-work-why = Ipinagbabawal ng Labour Law ng Laos noong 2013 ang pagpapadala ng manggagawa sa abroad para sa mapanganib na trabaho. Lumalabag sa batas ang recruiter na nag-aalok sa iyo ng ganitong trabaho, kaya kausapin muna ang taong pinagkakatiwalaan mo bago ka pumayag.
check-la-youth-helpline-title = Kung bata ka pa, makipag-usap sa helpline ng Lao Youth Union
check-la-youth-helpline-why = May linya ng counselling ang Lao Youth Union para sa mga bata at kabataan, sa tulong ng UNICEF. Libre ito, bukas araw at gabi, at nagsasalita rin ng Hmong. Tumawag kung hindi ka sigurado sa isang alok na trabaho o kung may nagpupumilit na umalis ka.
check-id-sip3mi-licence-title = Tiyaking may lisensiyang SIP3MI ang placement company (P3MI)
check-id-sip3mi-licence-why = Mga placement company lang na may lisensiyang SIP3MI ang legal na makapagpapadala ng manggagawang Indonesian sa abroad. Nakalista sa SISKOP2MI ang mga lisensiyadong kompanya, ayon sa ministri para sa proteksiyon ng mga migranteng manggagawang Indonesian (Kementerian P2MI, dating BP2MI), at matutulungan ka ng mga tanggapan nitong BP3MI na magsuri.
check-ph-warning-signs-title = Alamin ang mga babalang palatandaan ng illegal recruitment
check-ph-warning-signs-why = Nagbababala ang Department of Migrant Workers (DMW) tungkol sa mga recruiter na walang lisensiya, mga job order na hindi kailanman naaprubahan, at mga bayaring mas mataas sa pinapayagan ng batas. Kapag nakita mo ang alinman dito, huwag magbayad at huwag pumirma.
check-ph-poea-now-dmw-title = Alamin na bahagi na ng Department of Migrant Workers (DMW) ang POEA
check-ph-poea-now-dmw-why = Itinatag ng Republic Act 11641 ang DMW at isinama rito ang POEA. Maaaring POEA pa rin ang nakasulat sa mga lumang gabay; ngayon, ang DMW na ang nagsusuri ng mga lisensiya at job order.
check-ph-actionline-title = Ipaalam sa pamilya mo ang Actionline Against Human Trafficking
check-ph-actionline-why = Pinapatakbo ng Inter-Agency Council Against Trafficking (IACAT) at ng Commission on Filipinos Overseas (CFO) ang linyang ito, araw at gabi, para sa mga biktima ng human trafficking at kanilang pamilya. Tumatanggap ito ng ulat at ng emergency na tawag sa Filipino at Ingles, at nasa listahan ito ng app na ito.
check-vn-dolab-licence-title = Suriin ang lisensiya ng kompanya sa Department of Overseas Labour (DOLAB) ng Vietnam
check-vn-dolab-licence-why = Ayon sa Law 69/2020/QH14 ng Vietnam, kailangan ng lisensiya ng kompanyang nagpapadala ng manggagawa sa abroad sa ilalim ng kontrata. Itanong sa DOLAB kung totoo at balido pa ang lisensiya ng kompanya bago ka pumirma ng kahit ano.
check-vn-hotline-family-title = Ibigay sa pamilya mo ang pambansang hotline ng Vietnam laban sa human trafficking
check-vn-hotline-family-why = Tumatanggap na rin ang pambansang hotline ng Vietnam para sa proteksiyon ng bata ng ulat tungkol sa human trafficking, nagbibigay ng payo at tumutulong sa mga biktima. Libre ito at bukas araw at gabi. Pinalitan nito ang isang lumang linya, kaya gamitin ang numero sa listahan ng app na ito.
check-travel-smart-guide-title = Basahin ang gabay ng ILO na "Travel Smart – Work Smart" para sa bansang pupuntahan mo
check-travel-smart-guide-why = Gumawa ang International Labour Organization (ILO) ng mga booklet na ito sa iba't ibang wika para sa mga taong magtatrabaho sa Thailand o Malaysia. Nakalista rito ang mga contact ng mga embahada at hotline.

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
check-th-scam-border-title = Mag-ingat sa trabaho sa Thailand na nauuwi sa pagtawid sa ibang hangganan
check-th-scam-border-why = Nag-aanunsiyo ang mga kriminal na grupo ng mga trabahong malaki ang sahod, may libreng biyahe at tirahan, sa social media at mga job site, pati sa mga taong mataas ang pinag-aralan at marunong sa computer. May mga taong pinalipad sa Thailand at saka itinawid sa hangganan papunta sa mga scam compound, kung saan kinuha ang kanilang pasaporte at telepono. Tantiya ng tanggapan ng UN para sa karapatang pantao na hindi bababa sa 120,000 tao ang hawak sa Myanmar at mga 100,000 sa Cambodia.

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
check-th-migrant-hotline-title = I-save ang hotline ng kagawaran ng paggawa ng Thailand para sa mga migranteng manggagawa
check-th-migrant-hotline-why = May hotline ang Department of Employment ng Thailand para sa mga migranteng manggagawang may tanong tungkol sa work permit, paglipat ng amo at recruitment, at para sa mga reklamo. Ayon sa mga source, nagsasalita ito ng Burmese, Khmer, Ingles at Thai; hindi pa kumpirmado ang Lao. Magkakaiba ang oras nito sa bawat source, kaya maaaring walang sumagot sa gabi.
check-th-police-language-title = Sa Thailand, alamin kung aling emergency line ang nagsasalita ng wika mo
check-th-police-language-why = Thai lang ang wika ng karaniwang emergency line ng pulisya sa Thailand. Para sa mga dayuhan ang linya ng Tourist Police na nasa listahan ng app na ito, at bukas ito araw at gabi; Ingles at iba pang wika ang nakalista para rito sa mga source, pero hindi Burmese, Khmer o Lao.
check-th-official-complaints-title = Alamin na puwede kang magreklamo tungkol sa mga opisyal na humahawak sa mga migranteng manggagawa
check-th-official-complaints-why = May linya para sa reklamo ang kagawaran ng paggawa ng Thailand, na nasa listahan ng app na ito, at tumatanggap din ito ng reklamo tungkol sa mga opisyal na namamahala sa mga migranteng manggagawa, halimbawa ang opisyal na humihingi sa iyo ng suhol. Thai ang wika nito, kaya magpatulong sa taong pinagkakatiwalaan mo sa pagtawag.
check-id-p2mi-complaints-title = I-save ang linya para sa reklamo ng ministri ng Indonesia para sa mga migranteng manggagawa
check-id-p2mi-complaints-why = Tumatanggap ang call centre ng Kementerian P2MI ng mga reklamo tungkol sa ilegal na placement, hindi nabayarang sahod at human trafficking, araw at gabi. Libre ang tawag mula sa loob ng Indonesia; mula sa Malaysia, ibang numero ang tatawagan mo at hindi ito libre. Parehong nasa listahan ng app na ito.
check-my-mapo-report-title = Sa Malaysia, puwede mong iulat ang human trafficking sa MAPO
check-my-mapo-report-why = May hotline para sa mga ulat ang Council for Anti-Trafficking in Persons and Anti-Smuggling of Migrants (MAPO) ng Ministry of Home Affairs ng Malaysia, na nasa listahan ng app na ito. Malay ang wika nito, at bukas ito araw-araw mula madaling-araw hanggang gabi.
check-my-talian-kasih-title = Sa Malaysia, tumutulong ang Talian Kasih sa pang-aabuso at karahasan
check-my-talian-kasih-why = Sumasagot araw at gabi ang Talian Kasih ng Ministry of Women, Family and Community Development ng Malaysia tungkol sa pang-aabuso, karahasan sa tahanan at mga emergency sa kapakanan. Puwede ka ring mag-message dito sa WhatsApp. Nasa listahan ito ng app na ito.
check-ph-owwa-hotline-title = I-save ang DMW-OWWA hotline, na matatawagan mo mula sa Hong Kong
check-ph-owwa-hotline-why = May hotline ang Department of Migrant Workers at ang OWWA, araw at gabi, para sa mga OFW na may problema sa abroad: tulong sa pag-uwi, legal na tulong at tulong sa mga manggagawang nakakulong. Nasa listahan ng app na ito ang numerong tatawagan mula sa abroad.
check-hk-fdh-hotline-title = I-save ang hotline ng Labour Department ng Hong Kong para sa mga domestic helper
check-hk-fdh-hotline-why = Tumatanggap ito ng mga tanong tungkol sa karapatan mo sa trabaho at ng reklamo laban sa mga employment agency, at nire-refer nito ang mga kaso ng pagsasamantala o pang-aabuso. Bukas ito araw at gabi; may interpreter, kasama ang para sa Filipino, mula umaga hanggang hatinggabi maliban sa mga pampublikong holiday.
check-tw-worker-hotline-title = I-save ang hotline ng Taiwan para sa mga dayuhang manggagawa
check-tw-worker-hotline-why = Pinapatakbo ito ng Ministry of Labor ng Taiwan araw at gabi, buong taon, at libre ang tawag mula sa landline, cellphone at pampublikong telepono. Nagsasalita ito ng Vietnamese at iba pang wika. Puwede kang magtanong tungkol sa trabaho at karapatan mo, magreklamo o mag-ulat ng pang-aabuso.
check-tw-hotline-interpreter-title = Humingi ng interpreter sa tawag sa hotline ng Taiwan
check-tw-hotline-interpreter-why = Kaya ng hotline ng Ministry of Labor ng Taiwan para sa mga dayuhang manggagawa na mag-ayos ng three-way call na may interpreter, para magkaintindihan kayo ng taong kailangan mong kausapin.
check-tw-shelter-title = Sa Taiwan, puwede kang humiling na mai-refer sa isang shelter
check-tw-shelter-why = Kung biktima ka ng human trafficking sa Taiwan, mai-rerefer ka ng hotline ng Ministry of Labor para sa mga dayuhang manggagawa sa isang shelter. Tumatanggap din ito ng ulat ng pang-aabuso at ng reklamo tungkol sa trabaho.

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
check-id-sapa-title = Pagbalik sa Indonesia, makahihingi ng tulong sa SAPA ang mga babae at bata
check-id-sapa-why = Ang SAPA ay serbisyo ng Ministry of Women's Empowerment and Child Protection ng Indonesia para sa pag-uulat ng karahasan laban sa mga babae at bata, kasama ang human trafficking. Puwede kang tumawag o mag-message sa WhatsApp; nasa listahan ito ng app na ito.
check-vn-hotline-return-title = Pagbalik sa Vietnam, matutulungan ka ng pambansang hotline
check-vn-hotline-return-why = Kung naging biktima ka ng human trafficking, nagbibigay ang pambansang hotline ng Vietnam laban sa human trafficking ng counselling at suporta sa mga biktima, libre at araw at gabi. Nasa listahan ito ng app na ito.
