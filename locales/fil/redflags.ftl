# Waymark — job-offer red-flag check (Filipino). Machine-drafted; awaiting native-speaker review.
# One line per message. No placeables: these strings are plain text.

## Screen

redflags-title = Suriin ang isang alok na trabaho
redflags-intro = Sagutin ang mga tanong na ito tungkol sa isang alok na trabaho. Babalang palatandaan ang bawat sagot na oo. Hindi mapapatunayan ng pagsusuring ito na ligtas ang isang alok o na pangangalakal ng tao ito. Tinutulungan ka lang nitong makita kung ano ang susunod mong susuriin.
redflags-yes = Oo
redflags-no = Hindi
redflags-unsure = Hindi ko alam
redflags-result-title = Ano ang ipinapakita ng mga sagot mo

## Questions

redflag-fee-before-job = Hiningan ka ba ng rekruter ng bayad para makuha ang trabaho?
redflag-fee-before-job-reason = Sinasabi ng mga pandaigdigang patakaran sa paggawa na hindi dapat magbayad ang mga manggagawa para makuha sa trabaho. Maaaring maging utang ang bayad na ipababayad sa iyo gamit ang sarili mong trabaho.
redflag-loan-offered = Inalok ka ba ng rekruter ng pautang o paunang bayad para sa trabaho o sa biyahe?
redflag-loan-offered-reason = Ang pautang mula sa taong nagpapadala sa iyo sa ibang bansa ay maaaring gamitin para kontrolin ka sa bandang huli. Maaaring sabihan ang mga manggagawa na kailangan nilang patuloy na magtrabaho hanggang mabayaran ang utang.
redflag-pay-too-good = Mas mataas ba nang husto ang sahod kaysa karaniwan para sa ganitong trabaho, at walang kailangang kasanayan o karanasan?
redflag-pay-too-good-reason = Kilalang babalang palatandaan ang napakataas na sahod para sa trabahong karaniwang mababa ang bayad. Alamin kung magkano ang karaniwang sahod para sa trabahong ito.
redflag-travel-paid = May nag-alok ba na sagutin ang lahat ng gastos mo sa biyahe at ayusin para sa iyo ang bisa, mga papeles o pagtawid mo sa hangganan?
redflag-travel-paid-reason = Ang biyaheng mukhang libre ay maaaring gawing utang sa bandang huli. Kapag ibang tao ang may kontrol sa iyong mga papeles at biyahe, mas mahirap para sa iyo na umalis.
redflag-keep-secret = Sinabihan ka bang huwag sabihin kaninuman ang tungkol sa trabaho o sa biyahe?
redflag-keep-secret-reason = Walang dahilan ang tunay na amo para hilingin sa iyong ilihim ang isang trabaho. Inilalayo ka ng paglilihim sa mga taong makatutulong sa iyo.
redflag-no-written-contract = Wala bang nakasulat na kontrata sa wikang kaya mong basahin at intindihin?
redflag-no-written-contract-reason = Kung walang nakasulat na kontrata, walang makapagpapatunay kung ano ang ipinangako sa iyo. Ang kontratang hindi mo mabasa ay maaaring iba ang sinasabi sa sinabi sa iyo.
redflag-unlicensed-recruiter = Wala bang lisensiya ang rekruter na masusuri mo sa pamahalaan?
redflag-unlicensed-recruiter-reason = Nakarehistro ang mga lisensiyadong ahensiya at masusuri ng iyong pamahalaan. Kung hindi mo makumpirma ang lisensiya, hindi mo malalaman kung sino talaga ang nagpapadala sa iyo.
redflag-passport-kept = Hiniling ba ng rekruter o ng amo na sila ang magtago ng iyong pasaporte o ID?
redflag-passport-kept-reason = Isa sa mga palatandaan ng sapilitang paggawa ang pagtatago sa mga dokumento ng pagkakakilanlan ng isang tao. Kapag wala sa iyo ang mga dokumento mo, napakahirap umalis o humingi ng tulong.
redflag-tourist-visa = Sinabihan ka bang bumiyahe gamit ang bisang panturista at magsimulang magtrabaho pagdating mo?
redflag-tourist-visa-reason = Hindi ka pinapayagang magtrabaho ng bisang panturista. Kapag wala kang legal na papeles, mas madali kang kontrolin at maaaring mas mahirap makakuha ng tulong.
redflag-online-romance = May tao bang sa telepono o sa social media mo lang kilala na nangako ng pag-ibig o kasal at nag-alok na dalhin ka sa ibang bansa?
redflag-online-romance-reason = May mga mangangalakal ng tao na nagsisimula ng relasyon sa internet para makuha ang tiwala ng isang tao. Pagkatapos, ginagamit nila ang tiwalang iyon para ilipat ang tao sa ibang bansa.
redflag-photos-requested = Hiniling ba sa iyo na magpadala ng mga litrato ng buong katawan, o mga litratong nakasuot ng espesyal na damit?
redflag-photos-requested-reason = Kilalang babalang palatandaan ang ganitong mga hiling. Maaaring iba ang tunay na trabaho sa inaalok at maaaring kasama rito ang sekswal na pagsasamantala.
redflag-private-interview = Ginawa ba ang interbyu mo sa pribadong lugar, gaya ng bahay o kuwarto sa hotel, na walang karatula ng kompanya?
redflag-private-interview-reason = Karaniwang nagtatrabaho ang mga tunay na ahensiya at amo sa opisinang mahahanap at mapupuntahan mo. Dahil sa pribadong lugar ng pagkikita, mahirap malaman kung sino ang kausap mo.
redflag-cannot-verify-employer = Hindi mo ba masuri ang pangalan at ang tirahan ng amo?
redflag-cannot-verify-employer-reason = Kung hindi mo makumpirma na totoo ang amo, hindi mo malalaman kung saan ka magtatrabaho o kung kanino ka magtatrabaho.
redflag-scam-job-abroad = Trabaho ba ito sa ibang bansa sa pagbebenta sa internet, serbisyo sa kustomer o trabaho sa kompyuter, na nakita sa social media, na may libreng tirahan at bayad na lahat ng biyahe?
redflag-scam-job-abroad-reason = Gumagamit ang mga grupong kriminal ng ganitong mga alok para dalhin ang mga tao sa mga sentro ng panloloko, kung saan kinukuha ang mga pasaporte at telepono at binubugbog ang mga tao. Maraming tao ang pinalipad muna sa Thailand at pagkatapos ay itinawid sa hangganan.

## Forced-labour indicators

indicator-abuse-of-vulnerability = Paggamit sa mahirap na kalagayan ng isang tao laban sa kanya
indicator-deception = Mga kasinungalingan tungkol sa trabaho
indicator-restriction-of-movement = Hindi malayang umalis at bumalik
indicator-isolation = Inilalayo sa ibang tao
indicator-physical-and-sexual-violence = Pisikal o sekswal na karahasan
indicator-intimidation-and-threats = Mga banta at pananakot
indicator-retention-of-identity-documents = Kinuha ang pasaporte o ID
indicator-withholding-of-wages = Ipinagkakait ang sahod ng manggagawa
indicator-debt-bondage = Nabitag sa utang
indicator-abusive-working-and-living-conditions = Mapang-abusong kalagayan sa trabaho o sa tinitirhan
indicator-excessive-overtime = Sobrang habang oras ng trabaho

## Results

redflags-level-unclear = Kulang pa ang mga sagot para malaman
redflags-level-low = Walang babalang palatandaan sa mga sagot mo
redflags-level-medium = May ilang babalang palatandaan
redflags-level-high = Seryosong babalang palatandaan
redflags-next-unclear = Hindi mo pa alam ang sagot sa ilan sa pinakamahahalagang tanong. Hindi ibig sabihin nito na ligtas ang alok. Alamin muna ang mga sagot sa mga tanong na nakalista rito bago ka pumayag. Habang hindi mo pa alam, huwag magbayad ng anumang pera at huwag ibigay kaninuman ang iyong pasaporte o ID.
redflags-next-low = Hindi nito napapatunayan na ligtas ang alok. Suriin pa rin ang lisensiya ng ahensiya, kumuha ng nakasulat na kontrata at huwag magbayad ng anumang bayarin. Kung sumagot ka ng Hindi ko alam sa alinmang tanong, subukang alamin ito bago ka pumayag.
redflags-next-medium = Huwag magbayad ng kahit anong pera at huwag ibigay kaninuman ang iyong pasaporte o ID hangga't hindi ka pa nakaaalam ng higit pa. Suriin ang lisensiya ng ahensiya sa kagawaran ng paggawa ng pamahalaan ng bansa mo. Kung nag-aalala ka, tumawag sa isang linya ng tulong mula sa listahan sa app na ito para humingi ng payo.
redflags-next-high = May mga palatandaan ang alok na ito na madalas makita sa pangangalakal ng tao at sapilitang paggawa. Huwag magbayad, huwag pumirma at huwag ibigay kaninuman ang iyong pasaporte o ID. Suriin ang lisensiya ng ahensiya sa kagawaran ng paggawa ng pamahalaan ng bansa mo at tumawag sa isang linya ng tulong mula sa listahan sa app na ito bago ka magpasya.
