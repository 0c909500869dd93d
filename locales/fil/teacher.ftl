# Waymark — ang bahagi para sa guro sa bawat aralin (Filipino, machine-drafted at hindi pa nasusuri).

## Labels

lesson-teacher-title = Para sa mga guro
lesson-age-band = Edad { $min }–{ $max }
lesson-age-band-open = Edad { $min } pataas
lesson-objectives-title = Mga layunin ng aralin
lesson-discussion-title = Mga tanong para sa talakayan
lesson-teacher-notes-title = Mga tala para sa guro
lesson-disclosure-title = Kung may estudyanteng magkuwento ng pang-aabuso
lesson-disclosure-body = Manatiling kalmado, makinig, at hayaang magkuwento ang estudyante sa sarili niyang mga salita. Huwag pilitin siyang magbigay ng detalye o magtanong ng nagtuturo ng sagot. Sabihin na hindi niya kasalanan at tama ang ginawa niyang pagsabi sa iyo. Huwag mangakong ililihim ito: ipaliwanag na maaaring kailangan mong sabihin sa taong trabaho ang panatilihin siyang ligtas. Sundin ang child protection procedure ng paaralan at sabihan ang taong responsable sa parehong araw. Kung nasa panganib ang estudyante ngayon, tumawag sa emergency services o sa isang hotline sa direktoryo. Huwag komprontahin ang taong binanggit niya, at huwag itong pag-usapan sa harap ng klase. Isulat ang sinabi ng estudyante, sa kanyang mga salita at may petsa, at itago nang pribado ang tala.

## What is trafficking?

lesson-what-is-trafficking-objective-define = Maipaliwanag sa sariling salita kung ano ang human trafficking at sapilitang paggawa.
lesson-what-is-trafficking-objective-signs = Makapagbanggit ng kahit apat na palatandaan ng sapilitang paggawa ayon sa ILO.
lesson-what-is-trafficking-objective-anyone = Maipaliwanag kung bakit hindi kailanman kasalanan ng biktima, kahit pumayag siya sa trabaho noong una.
lesson-what-is-trafficking-discuss-agree = Bakit maaari pa ring maging biktima ng trafficking ang taong pumayag sa isang trabaho?
lesson-what-is-trafficking-discuss-hidden = Maraming biktima ang hindi nakakulong. Ano pa ang maaaring pumigil sa isang tao na umalis?
lesson-what-is-trafficking-discuss-myths = Anong mga paniniwala tungkol sa trafficking ang narinig mo sa inyong komunidad? Alin ang ipinakitang mali ng araling ito?
lesson-what-is-trafficking-teacher-notes = Magsimula sa araling ito: ginagamit ng ibang aralin ang mga salita nito. Maaaring may kapamilya sa abroad ang ilang estudyante, kaya pag-usapan ang mga sitwasyon nang pangkalahatan at huwag hilingin sa sinuman na ikuwento ang sarili niyang karanasan sa harap ng klase. Sabihin sa simula na puwedeng makipag-usap nang pribado sa iyo ang sinuman pagkatapos.

## How recruiters lie

lesson-recruiter-deception-objective-offers = Makilala ang mga babala ng pekeng alok na trabaho.
lesson-recruiter-deception-objective-online = Mailarawan kung paano nagre-recruit online ang mga scam compound.
lesson-recruiter-deception-objective-check = Maipaliwanag kung paano suriin ang agency at ang trabaho bago umalis.
lesson-recruiter-deception-discuss-why = Bakit madalas nangangako ng libreng biyahe at napakataas na sahod ang mga pekeng alok?
lesson-recruiter-deception-discuss-pressure = Sinabi ng recruiter na kailangan mong magdesisyon ngayong araw. Ano ang puwede mong sabihin, at kanino ka puwedeng magtanong?
lesson-recruiter-deception-discuss-check = Saan sa ating bansa maaaring suriin kung may lisensiya ang isang agency?
lesson-recruiter-deception-teacher-notes = Magdala ng totoong job ads mula sa lokal na social media, na tinanggal ang mga pangalan, at hayaang maghanap ng mga babala ang maliliit na grupo. Bago ang klase, hanapin sa mga checklist ng app ang pangalan ng ahensiyang nagbibigay ng lisensiya sa inyong bansa, para masagot mo ang huling tanong.

## Your documents and your phone

lesson-documents-and-phone-objective-keep = Maipaliwanag kung bakit hindi dapat ipahawak kaninuman ang passport o ID.
lesson-documents-and-phone-objective-copies = Mailista kung ano ang kokopyahin at iiwan sa pamilya bago umalis.
lesson-documents-and-phone-objective-phone = Makapagplano kung paano mananatiling ligtas ang mahahalagang numero kahit kunin ang cellphone.
lesson-documents-and-phone-discuss-ask = Sinabi ng employer na normal na hawakan ng kompanya ang mga passport. Paano mo sasagutin?
lesson-documents-and-phone-discuss-copies = Kanino sa pamilya mo ibibigay ang mga kopya, at bakit siya?
lesson-documents-and-phone-teacher-notes = Ipagawa sa mga estudyante ang isang papel na card ng mga numerong kailangan nila, bilang gawain ng klase, gamit ang direktoryo sa app. Ipaalala na gumagana pa rin ang card na nakahiwalay sa cellphone kapag nawala o kinuha ang cellphone.

## Debt and fees

lesson-debt-and-fees-objective-zero-fee = Maipaliwanag ang zero-fee principle ng patas na recruitment.
lesson-debt-and-fees-objective-debt = Mailarawan kung paano nagagamit ang utang para kontrolin ang manggagawa.
lesson-debt-and-fees-objective-contract = Mailista ang dapat suriin sa kontrata bago pumirma.
lesson-debt-and-fees-discuss-fees = Maraming naniniwala na normal ang magbayad ng malaking placement fee. Bakit kaya sila naniniwala rito?
lesson-debt-and-fees-discuss-loan = Inalok ka ng recruiter na pautangin para sa fee. Ano ang mga panganib?
lesson-debt-and-fees-discuss-contract = Ano ang gagawin mo kung nakasulat ang kontrata sa wikang hindi mo mabasa?
lesson-debt-and-fees-teacher-notes = Maaaring nangutang ang ilang pamilya sa klase para makapag-abroad. Pag-usapan ang utang nang hindi nanghuhusga, at linawin na hindi kasalanan ng taong may utang. Iba-iba ang patakaran sa fees sa bawat bansa; sabihin na maaaring payagan ng batas sa ilang lugar ang maliit na fee, pero hindi kailanman ang fee na ginagamit para itali ang manggagawa.

## Your rights at work

lesson-rights-at-work-objective-rights = Mabanggit ang mga pangunahing karapatan ng bawat manggagawa: sahod, pahinga, dokumento at kalayaang umalis.
lesson-rights-at-work-objective-deductions = Maipaliwanag kung aling kaltas sa sahod ang patas at alin ang hindi.
lesson-rights-at-work-objective-status = Maipaliwanag na may mga karapatan pa rin at puwedeng humingi ng tulong ang manggagawang walang papeles.
lesson-rights-at-work-discuss-deductions = Kinaltasan ng employer ang sahod mo para sa tirahang hindi mo pinayagan. Ano ang puwede mong gawin?
lesson-rights-at-work-discuss-day-off = Bakit mahalaga ang lingguhang day off para sa kaligtasan, hindi lang para sa pahinga?
lesson-rights-at-work-discuss-status = Bakit maaaring matakot humingi ng tulong ang manggagawang walang valid na permit, at ano ang makapagpapagaan nito?
lesson-rights-at-work-teacher-notes = Iba-iba ang batas sa sahod, day off at permit sa bawat bansa; itinuturo ng araling ito ang mga prinsipyo, hindi ang batas ng isang bansa. Kung magtanong ang estudyante tungkol sa isang bansa, ituro ang checklist ng rutang iyon at ang mga serbisyo sa direktoryo.

## Online grooming and sextortion

lesson-online-grooming-objective-grooming = Makilala kung paano nagsisimula ang online grooming: mabilis na tiwala, paglilihim at paghingi ng litrato.
lesson-online-grooming-objective-sextortion = Maipaliwanag ang dapat at hindi dapat gawin kapag may nagbabantang ikalat ang mga litrato.
lesson-online-grooming-objective-harassment = Makilala ang sexual harassment at sexual exploitation, at malaman na hindi kailanman kasalanan ng biktima.
lesson-online-grooming-discuss-secret = Bakit hinihiling ng groomer na ilihim ang kanilang pagkakaibigan?
lesson-online-grooming-discuss-blame = Minsan sinisisi ng mga tao ang taong ikinalat ang litrato. Bakit ito mali, at paano ito nakatutulong sa nang-aabuso?
lesson-online-grooming-discuss-help = Kanino puwedeng magsabi ang isang kabataan kung mangyari ito sa kanya?
lesson-online-grooming-teacher-notes = Maaaring masakit ang paksang ito para sa mga estudyanteng nakaranas nito. Abisuhan ang klase bago magsimula, hayaang lumabas ang estudyante kung kailangan, at huwag kailanman humingi ng halimbawa mula sa sarili nilang buhay. Huwag magpakita ng totoong mapang-abusong litrato o mensahe. Maaaring may lumapit sa iyo pagkatapos ng aralin; basahin ang bahagi tungkol sa pagkukuwento ng estudyante bago magturo.

## How to get help

lesson-getting-help-objective-where = Makahanap ng nasuring hotline sa direktoryo at maipaliwanag kung ano ang iniaalok nito.
lesson-getting-help-objective-say = Makapagsanay sa sasabihin kapag humihingi ng tulong.
lesson-getting-help-objective-safe = Maipaliwanag kung paano humingi ng tulong nang hindi nadaragdagan ang panganib.
lesson-getting-help-discuss-fear = Ano ang maaaring pumigil sa isang tao na tumawag para humingi ng tulong, at paano natin ito mapapadali?
lesson-getting-help-discuss-practise = Nang dalawahan, magsanay ng maikling tawag: sabihin kung ano ang kailangan mo at kung nasaan ka.
lesson-getting-help-teacher-notes = Hayaang buksan ng mga estudyante ang direktoryo sa app habang nasa aralin at hanapin ang mga serbisyo para sa kanilang bansa. Huwag silang patawagin sa totoong hotline bilang pagsasanay: para iyon sa mga taong nangangailangan ng tulong ngayon.

## Helping a friend safely

lesson-helping-a-friend-objective-listen = Maipakita kung paano makinig sa kaibigan nang hindi siya sinisisi.
lesson-helping-a-friend-objective-risks = Mabanggit ang mga gawaing maaaring maglagay sa kaibigan sa mas malaking panganib.
lesson-helping-a-friend-objective-choose = Maipaliwanag kung bakit ang kaibigan ang dapat magpasya sa susunod na hakbang, maliban kung may nasa panganib ngayon.
lesson-helping-a-friend-discuss-post = Bakit maaaring lumala ang sitwasyon kung ipo-post online ang kalagayan ng kaibigan?
lesson-helping-a-friend-discuss-words = Anong mga salita ang puwede mong gamitin para sabihin sa kaibigan na hindi niya kasalanan?
lesson-helping-a-friend-teacher-notes = Mainam dito ang role-play: isang estudyante ang gaganap na kaibigan, isa ang tutulong, sa isang gawa-gawang sitwasyon. Ipaalala na puwede silang laging humingi ng payo sa isang adult o hotline nang hindi binabanggit ang pangalan ng kaibigan.

## Smuggling or trafficking?

lesson-smuggling-or-trafficking-objective-difference = Maipaliwanag ang pagkakaiba ng smuggling at trafficking.
lesson-smuggling-or-trafficking-objective-turn = Mailarawan kung paano nagiging trafficking ang smuggling.
lesson-smuggling-or-trafficking-objective-children = Maipaliwanag kung bakit trafficking ang paglipat sa isang bata para pagsamantalahan, kahit walang dahas o panlilinlang.
lesson-smuggling-or-trafficking-discuss-words = Madalas gamitin ang "smuggling" at "trafficking" na parang pareho. Bakit mahalaga ang pagkakaiba para sa taong sangkot?
lesson-smuggling-or-trafficking-discuss-consent = Bakit hindi tinatanggap ng batas ang pagpayag ng isang bata bilang dahilan para pagsamantalahan siya?
lesson-smuggling-or-trafficking-discuss-fear = Bakit maaaring matakot humingi ng tulong ang taong na-smuggle, at ano ang sasabihin mo sa kanya?
lesson-smuggling-or-trafficking-teacher-notes = Gumuhit ng dalawang hanay sa pisara, smuggling at trafficking, at sama-samang ilagay doon ang maiikling gawa-gawang kaso; may mga kasong lilipat ng hanay habang tumatakbo ang kuwento. Iwasan ang anumang pahiwatig na kriminal ang mga migranteng tumawid nang walang papeles: tungkol ang aralin sa kung sino ang nagsasamantala kanino.

## Forced and brokered marriage

lesson-forced-marriage-objective-define = Maipaliwanag kung ano ang nagpapasapilitan sa isang kasal.
lesson-forced-marriage-objective-signs = Mabanggit ang mga babala na maaaring trafficking ang kasal na inayos ng broker.
lesson-forced-marriage-objective-help = Masabi kung saan puwedeng humingi ng tulong ang kabataang pinipilit magpakasal.
lesson-forced-marriage-discuss-pressure = Anong uri ng panggigipit ang maaaring magpahirap sa isang tao na tumanggi sa kasal?
lesson-forced-marriage-discuss-broker = Bakit maaaring tanggapin ng pamilya ang alok ng broker, at ano ang dapat muna nilang itanong?
lesson-forced-marriage-discuss-support = Paano masusuportahan ng kaibigan ang taong takot na ipakasal nang labag sa kalooban niya?
lesson-forced-marriage-teacher-notes = Nakaugnay ang kasal sa pamilya at kultura, at maaaring may estudyanteng naipangako na o kasal na. Pag-usapan ang malayang pagpili at kaligtasan nang hindi pinupuna ang anumang pamilya o komunidad. Maging handa kung may estudyanteng gustong makipag-usap pagkatapos, at alamin ang child protection procedure ng paaralan bago ang aralin.

## Domestic work and fishing

lesson-domestic-work-and-fishing-objective-domestic = Mabanggit ang mga pamantayang puwedeng hingin ng kasambahay: sariling dokumento, lingguhang pahinga, nakasulat na kontrata.
lesson-domestic-work-and-fishing-objective-fishing = Makilala ang mga babala sa alok na trabaho sa fishing boat.
lesson-domestic-work-and-fishing-objective-connected = Makapagplano kung paano mananatiling konektado sa pamilya sa isang trabahong malayo sa tao.
lesson-domestic-work-and-fishing-discuss-hidden = Bakit mas mahirap mapansin ang pang-aabuso sa pribadong bahay o sa dagat kaysa sa pabrika?
lesson-domestic-work-and-fishing-discuss-questions = Ano ang itatanong mo sa recruiter bago tanggapin ang trabaho sa barko o sa isang bahay?
lesson-domestic-work-and-fishing-teacher-notes = Maraming pamilya sa rehiyon ang may kasapi na kasambahay o mangingisda; igalang ang mga trabahong ito bilang totoong trabaho na puwedeng gawin nang ligtas. Puwedeng sumulat ang mga estudyante ng maikling listahan ng tanong para sa recruiter at paghambingin ito sa mga grupo.

## Money: sending, borrowing, insurance

lesson-money-abroad-objective-send = Maipaliwanag kung paano ligtas na magpadala ng pera at paghambingin ang gastos.
lesson-money-abroad-objective-borrow = Mailarawan kung paano nagiging debt bondage ang utang sa recruiter o sa lending na walang lisensiya.
lesson-money-abroad-objective-insure = Mailista ang dapat itanong tungkol sa insurance bago umalis.
lesson-money-abroad-discuss-cost = Bakit maaaring mas mahal pa rin sa huli ang serbisyong mababa ang fee?
lesson-money-abroad-discuss-loan = Saan nangungutang ang mga tao sa ating lugar para makapag-abroad, at alin ang mas ligtas?
lesson-money-abroad-discuss-scam = May narinig ka na bang scam na humihingi ng code o PIN? Paano mapoprotektahan ng mga tao ang sarili?
lesson-money-abroad-teacher-notes = Mainam na gawain: magbigay ng dalawang gawa-gawang alok ng remittance na may fee at palitan, at hayaang kuwentahin ng mga estudyante kung alin ang mas maraming perang darating. Huwag tanungin ang mga estudyante tungkol sa utang o kita ng kanilang pamilya. Huwag bumanggit o magrekomenda ng partikular na kompanya.

## After harm: complaints, justice and going home

lesson-after-harm-objective-complain = Mabanggit kung saan puwedeng magreklamo ang manggagawa at ang ebidensiyang dapat itago.
lesson-after-harm-objective-non-punishment = Maipaliwanag sa simpleng salita ang prinsipyong hindi dapat parusahan ang biktima.
lesson-after-harm-objective-support = Mailarawan kung ano ang maibibigay ng shelter at ng tulong sa pag-uwi.
lesson-after-harm-discuss-evidence = Bakit kapaki-pakinabang na itago ang payslip at mga mensahe kahit mukhang maayos ang lahat?
lesson-after-harm-discuss-blame = Bakit maaaring matakot ang survivor na maparusahan, at paano nakatutulong ang prinsipyong hindi dapat parusahan ang biktima?
lesson-after-harm-discuss-return = Ano ang maaaring magpahirap sa pag-uwi ng survivor, at paano siya matatanggap muli ng komunidad?
lesson-after-harm-teacher-notes = Maaaring may estudyante o kamag-anak na umuwi pagkatapos ng masamang karanasan sa abroad. Pag-usapan ang mga survivor nang may paggalang at hindi kailanman bilang mga taong nagkamali. Iba-iba sa bawat bansa ang detalye ng legal aid, reklamo at shelter; gamitin ang direktoryo sa app para sa mga serbisyong angkop.

## Ready for a crisis

lesson-crisis-ready-objective-plan = Makagawa ng simpleng plano para sa krisis habang nasa abroad.
lesson-crisis-ready-objective-kit = Mailista ang laman ng emergency bag.
lesson-crisis-ready-objective-risks = Maipaliwanag kung bakit sinasamantala ng mga smuggler at trafficker ang krisis.
lesson-crisis-ready-discuss-contact = Kung hindi gumana ang mga cellphone, paano malalaman ng pamilya mo na ligtas ka?
lesson-crisis-ready-discuss-rumours = Paano makikilala ang tsismis mula sa opisyal na impormasyon sa panahon ng krisis?
lesson-crisis-ready-teacher-notes = Hayaang isulat ng mga estudyante ang sarili nilang crisis plan sa isang pahina: sino ang kokontakin, saan pupunta, ano ang dadalhin. Mag-ingat sa mga estudyanteng nakaranas ng sakuna o gulo; hayaan silang pumili kung sasali.

## A few phrases for the place you go

lesson-useful-phrases-objective-ask = Masabi o maipakita ang ilang pangungusap na humihingi ng tulong sa wika ng bansang pupuntahan.
lesson-useful-phrases-objective-interpreter = Makahingi ng interpreter sa lokal na wika.
lesson-useful-phrases-discuss-where = Kanino at saan mo maipapakita ang mga pangungusap na ito kung kailangan mo ng tulong?
lesson-useful-phrases-discuss-more = Anong iba pang salita ang makabubuting malaman bago umalis, halimbawa ang address mo o ang pangalan ng employer mo?
lesson-useful-phrases-teacher-notes = Magtuon sa bansang pinakamalamang na puntahan ng mga estudyante. Magsanay sa pagbigkas nang malakas, pero magsanay rin sa pagpapakita ng nakasulat. Sadyang kaunti ang mga pangungusap dito; kung may native speaker, hilingin sa kanyang suriin ang bigkas kasama ang klase.
