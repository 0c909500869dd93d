# Waymark — lessons 1–4 (Filipino). Machine-drafted; awaiting native-speaker review.
# Written in plain words from /work/shared/facts/migration-facts.md. No phone numbers here: the app has a checked directory.
# Each lesson has 3 sections and 5 questions. The right answers are stored in content/lessons/<id>.json.

## What is trafficking?

lesson-what-is-trafficking-title = Ano ang pangangalakal ng tao?
lesson-what-is-trafficking-summary = Alamin kung ano ang pangangalakal ng tao at sapilitang paggawa, at ang mga palatandaan na hindi malaya ang isang tao.

lesson-what-is-trafficking-meaning-title = Ano ang ibig sabihin ng mga salita
lesson-what-is-trafficking-meaning-body = Ang pangangalakal ng tao ay kapag may gumagamit ng kasinungalingan, dahas o pamimilit para ilipat o hawakan ang isang tao upang pagsamantalahan siya. Ang pagsamantalahan ay ang paggamit sa isang tao nang hindi patas para kumita ng pera ang iba. Ang sapilitang paggawa ay trabahong hindi malayang pinili ng isang tao at hindi niya maiwan dahil binabantaan o pinaparusahan siya. Maaaring pumayag ang isang tao sa trabaho noong una at biktima pa rin siya kung siya ay nilinlang o hindi makaalis. Hindi kailanman kasalanan ng biktima ang pangangalakal sa kanya.

lesson-what-is-trafficking-signs-title = Mga palatandaan ng sapilitang paggawa
lesson-what-is-trafficking-signs-body = Naglista ang Pandaigdigang Organisasyon sa Paggawa (ILO) ng 11 palatandaan ng sapilitang paggawa. Ang ilang palatandaan ay tungkol sa kontrol: kasinungalingan tungkol sa trabaho, paggamit sa mahirap na kalagayan ng isang tao, hindi malayang umalis, inilalayo sa ibang tao, at mga banta o karahasan. Ang ibang palatandaan ay tungkol sa mga dokumento at pera: itinatago ng amo ang iyong ID, pinipigil ang iyong sahod o gumagamit ng utang para kontrolin ka. Palatandaan din ang sobrang habang oras ng trabaho at ang napakasamang kalagayan sa trabaho o sa tinitirhan. Minsan sapat na ang isang palatandaan para ipakita ang sapilitang paggawa, at minsan ilang palatandaan nang magkakasama ang nagpapakita nito.

lesson-what-is-trafficking-anyone-title = Maaari itong mangyari kaninuman
lesson-what-is-trafficking-anyone-body = Maaaring mangyari ang pangangalakal ng tao sa mga babae, lalaki, batang babae at batang lalaki. Maaari itong mangyari sa mga taong kaunti ang pinag-aralan at sa mga taong nagtapos sa unibersidad. May mga dinadala sa ibang bansa, pero maaari ring mangyari ang pangangalakal ng tao sa loob ng sarili mong bansa. Ang mangangalakal ng tao ay maaaring estranghero, pero maaari ring kaibigan, kapitbahay o taong nakilala sa internet. Walang dapat ikahiya sa paghingi ng tulong.

lesson-what-is-trafficking-q1 = Pumayag si Mai na magtrabaho sa isang restawran sa ibang bansa. Pagdating niya, iba ang trabaho, at sinabi ng amo na hindi siya makaaalis hangga't hindi niya nababayaran ang malaking utang. Ano ang nangyayari?
lesson-what-is-trafficking-q1-a = Mabigat ang trabaho, pero maraming nasa ibang bansa ang kailangang magbayad muna ng utang sa biyahe bago makaalis.
lesson-what-is-trafficking-q1-a-why = Hindi ito karaniwan. Ang trabahong iba sa ipinangako, at ang utang na pumipigil sa kanyang umalis, ay parehong palatandaan ng sapilitang paggawa.
lesson-what-is-trafficking-q1-b = Palatandaan ng sapilitang paggawa, kahit pumayag siya noong una.
lesson-what-is-trafficking-q1-b-why = Tama. Nilinlang si Mai tungkol sa trabaho, at ginagamit ang utang para manatili siya roon. Ang pagpayag sa unang alok ay hindi nangangahulugang pumayag siya rito.
lesson-what-is-trafficking-q1-c = Pumayag siyang pumunta, kaya masamang trabaho lang ito, hindi pangangalakal ng tao.
lesson-what-is-trafficking-q1-c-why = Hindi pa tama. Ang pagpayag sa unang alok ay hindi nangangahulugang pumayag siya rito. Nilinlang siya at hindi makaalis, at may karapatan siyang humingi ng tulong.

lesson-what-is-trafficking-q2 = Alin sa mga sitwasyong ito ang maaaring palatandaan ng sapilitang paggawa?
lesson-what-is-trafficking-q2-a = Itinatago ng amo ang mga pasaporte ng mga manggagawa.
lesson-what-is-trafficking-q2-a-why = Tama. Ang pagtatago ng mga dokumento ng pagkakakilanlan ng mga manggagawa ay isa sa mga palatandaan ng sapilitang paggawa ayon sa ILO. Pinahihirap nito nang husto ang pag-alis ng mga manggagawa.
lesson-what-is-trafficking-q2-b = Binibigyan ng amo ang mga manggagawa ng kuwarto sa isang pinagsasaluhang dormitoryo malapit sa trabaho.
lesson-what-is-trafficking-q2-b-why = Hindi kung ito lang. Karaniwan ang tirahang bigay ng amo. Nagiging babala ito kapag napakasama ng kalagayan ng tirahan o hindi malayang umalis ang mga manggagawa.
lesson-what-is-trafficking-q2-c = Kailangang magsuot ng uniporme ang mga manggagawa at sundin ang mahigpit na mga patakaran sa kaligtasan.
lesson-what-is-trafficking-q2-c-why = Karaniwang patakaran sa trabaho ito, hindi babala. Ang uniporme at mga patakaran sa kaligtasan ay para protektahan ang mga manggagawa.

lesson-what-is-trafficking-q3 = Sino ang maaaring maging biktima ng pangangalakal ng tao?
lesson-what-is-trafficking-q3-a = Mga babae at batang babae lang, dahil laging kayang ipagtanggol ng mga lalaki ang sarili nila.
lesson-what-is-trafficking-q3-a-why = Karaniwang paniniwala ito, pero hindi ito totoo. Ang mga lalaki at batang lalaki ay maaari ring linlangin, kontrolin at pilitin na magtrabaho.
lesson-what-is-trafficking-q3-b = Karamihan ay mga taong tumatawid ng hangganan, dahil ang pangangalakal ng tao ay pagdadala ng tao sa ibang bansa.
lesson-what-is-trafficking-q3-b-why = Hindi lubos na tama. Maraming biktima ang dinadala sa ibang bansa, pero maaari ring mangyari ang pangangalakal ng tao sa loob ng sariling bansa.
lesson-what-is-trafficking-q3-c = Kahit sino, kasama ang mga lalaki, batang lalaki at mga tao sa sarili nilang bansa.
lesson-what-is-trafficking-q3-c-why = Tama. Maaaring mangyari ang pangangalakal ng tao kaninuman, anuman ang edad o kasarian, marami man o kaunti ang pinag-aralan, dito man o sa ibang bansa.

lesson-what-is-trafficking-q4 = Nagtatrabaho si Dara sa isang bangkang pangisda. Halos buong araw at gabi siyang nagtatrabaho, hindi siya sinasahuran, at sinabihan siyang sasaktan ang pamilya niya kapag umalis siya. Ano ang ipinapakita nito?
lesson-what-is-trafficking-q4-a = Napakabigat ng trabaho, pero ang isang lalaking nasa hustong gulang ay puwedeng umalis kung gusto niya.
lesson-what-is-trafficking-q4-a-why = Hindi ito tama. Ang mga lalaking nasa hustong gulang ay maaari ring maging biktima ng sapilitang paggawa, at may ilang babalang palatandaan sa kalagayan ni Dara.
lesson-what-is-trafficking-q4-b = Ilang palatandaan na sama-samang tumuturo sa sapilitang paggawa.
lesson-what-is-trafficking-q4-b-why = Tama. Ang sobrang habang oras, walang sahod at mga banta sa kanyang pamilya ay pawang palatandaan ng sapilitang paggawa. Magkakasama, ipinapakita nitong hindi malaya si Dara.
lesson-what-is-trafficking-q4-c = Laging mahaba at mabigat ang trabaho sa pangingisda, kaya normal na kalagayan ito sa dagat.
lesson-what-is-trafficking-q4-c-why = Hindi pa tama. Maaaring karaniwan sa dagat ang mahabang oras, pero hindi normal ang walang sahod at ang pagbabanta sa pamilya niya. Magkakasama, mga palatandaan ito ng sapilitang paggawa.

lesson-what-is-trafficking-q5 = Sinabi ng isang kaibigan na nangyayari lang ang pangangalakal ng tao kapag sapilitang kinuha ang isang tao at ikinulong sa isang kuwarto. Ano ang pinakamahusay na sagot?
lesson-what-is-trafficking-q5-a = Totoo iyan. Kung walang gumagamit ng dahas o nagkakandado ng pinto, hindi iyon pangangalakal ng tao.
lesson-what-is-trafficking-q5-a-why = Hindi lubos na tama. Isang paraan lang ang dahas. Ang kasinungalingan, utang, banta at pagkuha ng mga dokumento ay maaari ring pumigil sa isang tao na umalis.
lesson-what-is-trafficking-q5-b = Kailangan ding may pagtawid ng hangganan; kung wala, masamang trabaho lang iyon.
lesson-what-is-trafficking-q5-b-why = Hindi pa tama. Maaari ring mangyari ang pangangalakal ng tao sa loob ng sariling bansa, at ang dahas ay isa lang sa mga paraan ng pagkontrol sa tao.
lesson-what-is-trafficking-q5-c = Hindi palagi. Ang kasinungalingan, utang o banta ay puwede ring magkulong sa isang tao.
lesson-what-is-trafficking-q5-c-why = Tama. Maaaring nakalalabas ang isang tao pero hindi pa rin malaya, dahil sa utang, banta o nawawalang pasaporte.

## How recruiters lie

lesson-recruiter-deception-title = Paano nagsisinungaling ang mga rekruter
lesson-recruiter-deception-summary = Alamin ang mga panlilinlang na ginagamit ng mga pekeng rekruter, sa internet man o nang harapan, at kung paano suriin ang isang trabaho bago ka umalis.

lesson-recruiter-deception-offers-title = Mga alok na mahirap paniwalaan
lesson-recruiter-deception-offers-body = Mag-ingat kapag mas malaki nang husto ang sahod ng isang trabaho kaysa sa ibang trabahong kapareho nito. Mag-ingat kapag may nag-alok na sagutin ang lahat ng gastos mo sa biyahe at ayusin ang iyong bisa, mga papeles o pagtawid sa hangganan. Babalang palatandaan ang napakataas na sahod na "hindi kailangan ng karanasan" at pangakong mabilis na mababago ang buhay mo. Babalang palatandaan din ang rekruter na nagsasabing ilihim mo ang trabaho, o nakikipagkita lang sa iyo sa pribadong lugar na walang karatula sa labas. Mag-ingat kung may humingi sa iyo ng mga litrato ng buong katawan bilang bahagi ng pag-aaplay sa trabaho.

lesson-recruiter-deception-online-title = Mga trabaho at kaibigan sa internet
lesson-recruiter-deception-online-body = May mga pekeng patalastas ng trabaho sa social media at sa mga website ng trabaho. Maaaring nag-aalok ang mga ito ng trabaho sa kompyuter, IT o serbisyo sa kustomer na may mataas na sahod, libreng tirahan at libreng biyahe. May mga tumanggap na pinalipad muna sa isang bansa at pagkatapos ay itinawid sa hangganan papunta sa mga lugar na tinatawag na kampo ng panloloko. Doon sila ikinukulong, kinukuha ang kanilang mga pasaporte at telepono, at pinipilit silang manloko ng ibang tao sa internet. Ang taong nakilala mo lang sa telepono o sa internet na nangangako ng pag-ibig at bagong buhay sa ibang bansa ay maaari ring mangangalakal ng tao.

lesson-recruiter-deception-check-title = Suriin muna bago ka umalis
lesson-recruiter-deception-check-body = Gumamit lang ng lisensiyadong ahensiya sa paghahanap ng trabaho. Suriin ang lisensiya sa tanggapan ng pamahalaan sa iyong bansa na nagbibigay ng lisensiya sa mga ahensiyang ito. Suriin din ang mismong trabaho, hindi lang ang ahensiya. Kung hindi ka sigurado, magtanong sa isang sentro ng tulong para sa mga migrante o sa ibang organisasyong pinagkakatiwalaan mo. Huwag bumiyahe gamit ang bisang panturista para magtrabaho.

lesson-recruiter-deception-q1 = May mensahe sa social media na nag-aalok sa iyo ng trabaho sa ibang bansa na may napakataas na sahod, libreng tirahan at libreng pamasahe sa eroplano. Hindi kailangan ng karanasan. Ano ang dapat mong isipin?
lesson-recruiter-deception-q1-a = Suwerteng pagkakataon ito, kaya dapat kang pumayag agad bago maunahan ng iba.
lesson-recruiter-deception-q1-a-why = Hindi lubos na tama. Ang tapat na alok ay nagbibigay sa iyo ng panahon para suriin ito. Maglaan ng panahon para suriin ang ahensiya at ang trabaho bago ka magpasya.
lesson-recruiter-deception-q1-b = Ang libreng tiket sa eroplano at tirahan ay patunay na talagang kailangan ng kumpanya ng manggagawa at seryoso ito.
lesson-recruiter-deception-q1-b-why = Hindi ito tama. Ang pagsagot sa lahat ng gastos mo sa biyahe ay paraan ng mga pekeng rekruter para makuha ang tiwala mo, kaya dahilan ito para mas maingat na magsuri.
lesson-recruiter-deception-q1-c = Maraming babala: suriin muna ang ahensya at ang trabaho.
lesson-recruiter-deception-q1-c-why = Tama. Ang napakataas na sahod, hindi kailangan ng karanasan at libreng biyahe ay pawang babalang palatandaan. Ang pagsusuri muna ay makapagpapanatili sa iyong ligtas.

lesson-recruiter-deception-q2 = Sinabihan ka ng isang rekruter na huwag munang sabihin sa pamilya mo ang tungkol sa trabaho hangga't hindi ka nakaaalis. Ano ang sinasabi nito sa iyo?
lesson-recruiter-deception-q2-a = Babala ito: ang paglilihim ay nagpapahirap sa iba na tulungan ka.
lesson-recruiter-deception-q2-a-why = Tama. Hindi kailangang itago sa pamilya mo ang tapat na trabaho. Sabihin sa taong pinagkakatiwalaan mo ang anumang alok na trabaho.
lesson-recruiter-deception-q2-b = Normal iyan: humihingi ng paglilihim ang recruiter para hindi maunahan ng iba ang trabaho.
lesson-recruiter-deception-q2-b-why = Hindi ito tama. Hindi kailangang ilihim ang magagandang trabaho. Babalang palatandaan ang paglilihim.
lesson-recruiter-deception-q2-c = May katuwiran, dahil baka mag-alala ang pamilya mo at pigilan kang umalis.
lesson-recruiter-deception-q2-c-why = Hindi pa tama. Ang mga tanong ng pamilya mo ay makapagpoprotekta sa iyo at makatutulong na makita ang panganib. Mas ligtas na kausapin muna ang pamilya bago magpasya.

lesson-recruiter-deception-q3 = Magaling si Lin sa kompyuter. May patalastas sa internet na nag-aalok sa kanya ng trabaho sa serbisyo sa kustomer sa ibang bansa na may malaking sahod. Ililipad siya ng kompanya sa isang bansa at pagkatapos ay isasakay at itatawid sa hangganan. Ano ang pinakaligtas na susunod na hakbang?
lesson-recruiter-deception-q3-a = Tumuloy siya, dahil hindi ang mga bihasang empleyado sa opisina na tulad niya ang hinahanap ng mga trafficker.
lesson-recruiter-deception-q3-a-why = Hindi ito tama. Tinatarget din ng mga kampo ng panloloko ang mga taong may kasanayan sa IT at mataas na pinag-aralan.
lesson-recruiter-deception-q3-b = Suriin nang opisyal ang kumpanya at ang trabaho, at magtanong sa organisasyong pinagkakatiwalaan.
lesson-recruiter-deception-q3-b-why = Tama. Tugma ang alok na ito sa paraan ng pagdadala ng mga tao sa mga kampo ng panloloko. Ang pagsusuri muna, at ang pagsasabi sa mga taong pinagkakatiwalaan niya, ay makapagpoprotekta sa kanya.
lesson-recruiter-deception-q3-c = Tumuloy siya, dahil normal na paraan ang ihatid sakay ng kotse sa kabila ng hangganan para makarating sa bagong trabaho.
lesson-recruiter-deception-q3-c-why = Hindi pa tama. Ang paglipad sa isang bansa at saka paghatid sa kabila ng hangganan ay paraan kung paano dinadala ang maraming tao sa mga scam compound. Magsuri bago siya umalis.

lesson-recruiter-deception-q4 = May nakilala ka sa internet na nagsasabing mahal ka niya at dadalhin ka sa ibang bansa para magpakasal at makahanap ng trabaho. Hindi mo pa siya nakikita nang personal. Ano ang totoo?
lesson-recruiter-deception-q4-a = Puwedeng panlilinlang ito: kausapin ang taong pinagkakatiwalaan mo bago magpasya.
lesson-recruiter-deception-q4-a-why = Tama. Kilalang babalang palatandaan ang pangako ng pag-ibig at buhay sa ibang bansa mula sa taong sa internet mo lang kilala. Mag-ingat at humingi ng payo.
lesson-recruiter-deception-q4-b = Kung mabait siya at ilang buwan nang nagpapadala ng maraming mensahe, totoo talaga ang pagmamahal.
lesson-recruiter-deception-q4-b-why = Hindi ito tama. Maaaring bahagi ng panlilinlang ang mababait na mensahe. Matalinong magsuri muna bago ka bumiyahe.
lesson-recruiter-deception-q4-c = Bastos ang magtanong tungkol sa mga plano niya at baka matapos ang relasyon.
lesson-recruiter-deception-q4-c-why = Hindi lubos na tama. Matalino at normal ang magtanong. Hindi magagalit ang taong tunay na nagmamalasakit sa iyo.

lesson-recruiter-deception-q5 = Ipinakita sa iyo ng isang ahensiya ang sertipiko ng lisensiya nito na nakasabit sa dingding. Ano pa ang dapat mong gawin?
lesson-recruiter-deception-q5-a = Wala na, dahil patunay ang sertipiko sa dingding na maayos ang lahat.
lesson-recruiter-deception-q5-a-why = Hindi lubos na tama. Ang papel sa dingding ay maaaring peke o paso na. Suriin ito sa awtoridad ng pamahalaan.
lesson-recruiter-deception-q5-b = Magbayad ng maliit na deposito, dahil ganoon nagrereserba ng puwesto para sa iyo ang mga ahensya.
lesson-recruiter-deception-q5-b-why = Hindi ito tama. Hindi dapat magbayad ang mga manggagawa para makakuha ng trabaho. Ang maagang pagbabayad ay maaari ding paraan para bitagin ka sa utang.
lesson-recruiter-deception-q5-c = Suriin ang lisensya at ang trabaho sa ahensya ng gobyerno.
lesson-recruiter-deception-q5-c-why = Tama. Dapat may balidong lisensiya ang ahensiya, at dapat totoo ang mismong trabaho. Suriin ang dalawa bago ka pumirma o magbayad ng kahit ano.

## Your documents and your phone

lesson-documents-and-phone-title = Ang iyong mga dokumento at telepono
lesson-documents-and-phone-summary = Ikaw mismo ang humawak ng iyong pasaporte, ID at telepono, at tiyaking alam ng pamilya mo kung nasaan ka.

lesson-documents-and-phone-documents-title = Hawakan mo ang iyong pasaporte at ID
lesson-documents-and-phone-documents-body = Sa iyo ang iyong pasaporte at ID. Huwag itong ibigay sa rekruter, ahente o amo para sila ang magtago. Maaaring kailanganin ng isang tao na tingnan o kopyahin ang mga ito, pero dapat ibalik agad sa iyo. Ang amo na nagtatago ng mga dokumento mo ay nagpapakita ng babalang palatandaan ng sapilitang paggawa. Kapag wala sa iyo ang mga dokumento mo, mas mahirap umalis, bumiyahe o humingi ng tulong.

lesson-documents-and-phone-copies-title = Mag-iwan ng mga kopya sa pamilya mo
lesson-documents-and-phone-copies-body = Bago ka umalis, kopyahin ang iyong pasaporte at kontrata, at magdagdag ng bagong litrato mo. Iwan ang mga ito sa isang kapamilyang pinagkakatiwalaan mo. Ibigay din sa kanila ang eksaktong lugar kung saan ka titira at magtatrabaho. Kung mawala o makuha ang mga dokumento mo, ipinapakita ng mga kopyang ito kung sino ka at saan ka nagpunta.

lesson-documents-and-phone-phone-title = Hawakan mo ang iyong telepono at mga numero
lesson-documents-and-phone-phone-body = Dalhin lagi ang iyong telepono, at huwag itong ipahawak kaninuman. Itabi sa telepono ang mahahalagang numero, gaya ng sa pamilya mo, sa embahada o konsulado mo at sa isang linya ng tulong, at isulat din ang mga ito sa papel. Itago ang papel sa ligtas na lugar na malayo sa telepono mo, dahil maaaring mawala, masira o makuha ang telepono. Sabihin sa isang kapamilyang pinagkakatiwalaan mo kung nasaan ka, at ipadala sa kanila ang iyong tirahan o lokasyon kapag nagbago ito. Kung may kumuha ng telepono mo o pumigil sa iyong makausap ang pamilya mo, babalang palatandaan ito.

lesson-documents-and-phone-q1 = Sa unang araw mo, hiningi ng bago mong amo ang iyong pasaporte para raw maitago ito nang ligtas para sa iyo. Ano ang pinakamahusay na sagot?
lesson-documents-and-phone-q1-a = Ikaw ang magtago nito. Puwede nila itong tingnan o kopyahin.
lesson-documents-and-phone-q1-a-why = Tama. Sa iyo ang iyong pasaporte. Ang amo na nagtatago ng mga dokumento ng mga manggagawa ay nagpapakita ng babalang palatandaan ng sapilitang paggawa.
lesson-documents-and-phone-q1-b = Ibigay mo na: maraming amo ang nagtatago ng pasaporte, at mas ligtas ito sa opisina nila.
lesson-documents-and-phone-q1-b-why = Hindi ito tama. Hindi dapat itago ng mga amo ang pasaporte ng kanilang mga manggagawa. Palatandaan ng sapilitang paggawa ang pagtatago ng mga dokumento ng manggagawa.
lesson-documents-and-phone-q1-c = Ibigay, at hingin itong muli kapag natapos ang kontrata mo.
lesson-documents-and-phone-q1-c-why = Hindi lubos na tama. Kung wala sa iyo ang pasaporte mo sa buong panahon ng kontrata, mas mahirap umalis o humingi ng tulong kapag may nangyaring mali.

lesson-documents-and-phone-q2 = Bakit mabuting mag-iwan ng mga kopya ng pasaporte at kontrata mo sa pamilya mo?
lesson-documents-and-phone-q2-a = Hindi talaga nakatutulong ang mga kopya, dahil ang orihinal na pasaporte lang ang may bisa.
lesson-documents-and-phone-q2-a-why = Hindi pa tama. Hindi pasaporte ang kopya, pero nakatutulong ito para ipakita kung sino ka at saan ka nagpunta kapag nawala o kinuha ang orihinal.
lesson-documents-and-phone-q2-b = Pangunahin para makita ng pamilya mo kung magkano ang kikitain mo.
lesson-documents-and-phone-q2-b-why = Hindi pa tama. Baka gusto nga nilang malaman, pero ang pangunahing dahilan ay may tala kung sino ka at saan ka nagpunta.
lesson-documents-and-phone-q2-c = Para may tala kung sino ka at saan ka nagpunta.
lesson-documents-and-phone-q2-c-why = Tama. Kung mawala o makuha ang mga dokumento mo, tumutulong ang mga kopya na ipakita kung sino ka at tumutulong sa pamilya mo na mahanap ka.

lesson-documents-and-phone-q3 = Nasa loob lang ng telepono ni Min ang lahat ng mahahalagang numero niya. Ano ang maaaring maging problema?
lesson-documents-and-phone-q3-a = Walang problema: naka-save online ang mga numero niya, kaya makukuha niya ulit ang mga ito sa kahit anong telepono.
lesson-documents-and-phone-q3-a-why = Hindi pa tama. Para makuha ulit ang mga numero, kailangan ng telepono, internet at password na baka wala sa kanya. Ang kopya sa papel ay hindi nangangailangan nito.
lesson-documents-and-phone-q3-b = Kapag nawala o kinuha ang telepono, mawawala rin ang mga numero.
lesson-documents-and-phone-q3-b-why = Tama. Nariyan pa rin ang mga numerong nakasulat sa papel at nakatago sa ligtas na lugar kahit wala na ang telepono.
lesson-documents-and-phone-q3-c = Mapanganib isulat sa papel ang mga numero, dahil baka may makakita sa papel.
lesson-documents-and-phone-q3-c-why = Hindi ito tama. Ang kopya sa papel na nakatago sa ligtas na lugar ay mabuting reserba kapag wala na ang telepono.

lesson-documents-and-phone-q4 = Kinukuha ng isang superbisor ang mga telepono ng lahat ng manggagawa at ibinabalik lang minsan isang buwan. Hindi matawagan ng mga manggagawa ang kanilang pamilya. Ano ang ipinahihiwatig nito?
lesson-documents-and-phone-q4-a = Karaniwang patakaran iyan, para manatiling nakatuon ang mga manggagawa at hindi magambala sa trabaho.
lesson-documents-and-phone-q4-a-why = Hindi ito tama. Ang pagkuha ng telepono nang ilang linggo at pagpigil sa pagtawag sa pamilya ay hindi karaniwang patakaran sa trabaho. Inihihiwalay nito ang mga manggagawa sa tulong.
lesson-documents-and-phone-q4-b = Babala lang ito kung sirain o iwala ng superbisor ang mga telepono.
lesson-documents-and-phone-q4-b-why = Hindi pa tama. Hindi mahalaga kung iniingatan ang mga telepono. Ang mahalaga ay hindi makontak ng mga manggagawa ang sinuman.
lesson-documents-and-phone-q4-c = Babala ito: ang paglalayo sa mga manggagawa sa ibang tao ay paraan ng pagkontrol sa kanila.
lesson-documents-and-phone-q4-c-why = Tama. Ang paghihiwalay, ibig sabihin ang paglalayo sa mga tao sa iba, ay isa sa mga palatandaan ng sapilitang paggawa ayon sa ILO.

lesson-documents-and-phone-q5 = Kalilipat mo lang sa bagong lugar para magtrabaho. Ano ang dapat mong gawin?
lesson-documents-and-phone-q5-a = Ipadala ang bago mong address sa pamilyang pinagkakatiwalaan mo.
lesson-documents-and-phone-q5-a-why = Tama. Kung alam ng pamilya mo kung nasaan ka, mas madali para sa kanila na tulungan ka o humingi ng tulong sa iba.
lesson-documents-and-phone-q5-b = Maghintay hanggang maayos ka na at sigurado sa trabaho bago sabihin kaninuman kung saan ka nakatira.
lesson-documents-and-phone-q5-b-why = Hindi lubos na tama. Dapat alam ng pamilya mo kung nasaan ka mula sa simula, hindi pagkatapos ng mahabang panahon.
lesson-documents-and-phone-q5-c = Ilihim ang address mo, kahit sa pamilya, para walang makahanap sa iyo.
lesson-documents-and-phone-q5-c-why = Hindi ito tama. Kapag inilihim mo ang tirahan mo sa pamilya mo, mas mahirap para sa kahit sino na tulungan ka.

## Debt and fees

lesson-debt-and-fees-title = Utang at mga bayarin
lesson-debt-and-fees-summary = Hindi dapat magbayad ang mga manggagawa para makakuha ng trabaho, at walang dapat gumamit ng utang para kontrolin ka.

lesson-debt-and-fees-zero-fee-title = Hindi ka dapat magbayad para sa trabaho
lesson-debt-and-fees-zero-fee-body = Sinasabi ng Pandaigdigang Organisasyon sa Paggawa (ILO) sa mga prinsipyo nito para sa patas na pangangalap ng manggagawa na hindi dapat magbayad ang mga manggagawa ng anumang bayarin o gastos para makuha sa trabaho. Tinatawag itong prinsipyong walang singil. Saklaw nito ang mga bayaring hinihingi nang hayagan at ang mga bayaring nakatago sa loob ng ibang gastos. May mga bansang pinapayagan ng batas ang limitadong bayad, pero babalang palatandaan ang malaking bayad, o bayad na mas mataas sa pinapayagan ng batas. Magtanong muna sa pambansang awtoridad sa paggawa o sa isang organisasyon ng mga migrante bago ka magbayad ng kahit ano.

lesson-debt-and-fees-debt-title = Kapag ginagamit ang utang para kontrolin ka
lesson-debt-and-fees-debt-body = May mga rekruter at ahente na nagpapautang para sa biyahe at mga bayarin, o nagbibigay ng mga regalo, at pagkatapos ay sinasabing kailangang magtrabaho ang manggagawa hanggang mabayaran ang utang. Minsan patuloy na lumalaki ang utang, kaya hindi ito kailanman mababayaran ng manggagawa. Ang paggamit ng utang para pigilan ang isang tao na umalis ay tinatawag na pagkaalipin sa utang. Isa ang pagkaalipin sa utang sa mga palatandaan ng sapilitang paggawa ayon sa ILO. Huwag tumanggap ng utang o regalo mula sa rekruter o ahente.

lesson-debt-and-fees-contract-and-pay-title = Ang iyong kontrata at sahod
lesson-debt-and-fees-contract-and-pay-body = Bago ka umalis, kumuha ng nakasulat na kontrata sa wikang naiintindihan mo, at itago ang sarili mong kopya na may pirma. Basahin ito nang mabuti, at suriin ang trabaho, ang sahod at ang oras ng trabaho. Huwag pumirma sa anumang hindi mo naiintindihan o hindi mo sinasang-ayunan. Kung kaya mo, ipadeposito ang sahod mo sa isang akawnt sa bangko na nakapangalan sa iyo, at ikaw mismo ang magtago ng kard mo sa bangko.

lesson-debt-and-fees-q1 = Sinabi ng isang rekruter na kailangan mong magbayad ng katumbas ng tatlong buwang sahod bago ka umalis. Ano ang sinasabi nito sa iyo?
lesson-debt-and-fees-q1-a = Normal ang magbayad ng bayarin sa recruiter, at mas malaki ang bayad, mas maganda ang trabaho.
lesson-debt-and-fees-q1-a-why = Hindi ito tama. Hindi ibig sabihin ng mataas na bayad na maganda ang trabaho. Maaari kang mabaon sa utang dahil sa malalaking bayarin bago ka pa man magsimulang magtrabaho.
lesson-debt-and-fees-q1-b = Babala ito: hindi dapat magbayad ang manggagawa para ma-recruit.
lesson-debt-and-fees-q1-b-why = Tama. Hindi dapat magbayad ang mga manggagawa ng anumang bayad para makuha sa trabaho. Magtanong muna sa pambansang awtoridad sa paggawa bago ka magbayad ng kahit ano.
lesson-debt-and-fees-q1-c = Babala lang ito kung hindi ka bibigyan ng recruiter ng resibo para sa pera.
lesson-debt-and-fees-q1-c-why = Hindi lubos na tama. Kapaki-pakinabang ang resibo, pero hindi nito ginagawang patas ang malaking bayad. Ang mismong bayad ang babalang palatandaan.

lesson-debt-and-fees-q2 = Nag-alok ang isang ahente na pautangin ka ng pera para sa mga bayarin at biyahe mo. Maaari mo itong bayaran mamaya mula sa sahod mo. Ano ang panganib?
lesson-debt-and-fees-q2-a = Maliit ang panganib, dahil mas madali sa iyo ang magbayad mamaya mula sa sahod.
lesson-debt-and-fees-q2-a-why = Hindi pa tama. Maaaring mas madali ang magbayad mamaya, pero ang utang sa ahente ay puwedeng gamitin para kontrolin ka sa huli. Huwag tumanggap ng pautang mula sa ahente.
lesson-debt-and-fees-q2-b = Ang tanging panganib ay kaunting interes, na normal sa anumang utang.
lesson-debt-and-fees-q2-b-why = Hindi ito tama. Ang mas malaking panganib ay maipit ka ng utang sa trabahong hindi mo maiwan.
lesson-debt-and-fees-q2-c = Puwedeng gamitin ang utang para pigilan kang umalis sa trabaho.
lesson-debt-and-fees-q2-c-why = Tama. Maaaring gamitin ang utang sa ahente o amo para patuloy kang magtrabaho. Tinatawag itong pagkaalipin sa utang.

lesson-debt-and-fees-q3 = Binigyan ka ng kontratang nakasulat lang sa wikang hindi mo mabasa. Sinabi ng ahente na karaniwang kontrata ito at pumirma ka na lang. Ano ang dapat mong gawin?
lesson-debt-and-fees-q3-a = Huwag munang pumirma. Humingi nito sa wikang naiintindihan mo.
lesson-debt-and-fees-q3-a-why = Tama. May karapatan kang malaman kung ano ang sinasang-ayunan mo. Huwag kailanman pumirma sa anumang hindi mo mabasa o hindi mo sinasang-ayunan.
lesson-debt-and-fees-q3-b = Pirmahan mo na: maraming beses na itong ginawa ng ahente at alam niyang normal na kontrata ito.
lesson-debt-and-fees-q3-b-why = Hindi lubos na tama. Huwag hayaang madaliin ka ng kahit sino. Bibigyan ka ng patas na amo ng panahon para maintindihan ang kontrata.
lesson-debt-and-fees-q3-c = Pumirma ngayon, at hilingin sa amo na ipaliwanag ito pagdating mo.
lesson-debt-and-fees-q3-c-why = Hindi ito tama. Pagdating mo, mas mahirap nang baguhin ang kahit ano. Intindihin ang kontrata bago ka pumirma.

lesson-debt-and-fees-q4 = Gusto ng amo mo na ibigay ang sahod mo nang pera sa kamay, hindi sa bangko, sa iyong superbisor, na siyang magtatago nito para sa iyo. Ano ang mas mabuti?
lesson-debt-and-fees-q4-a = Pumayag, dahil kilala ng superbisor ang bansa at mas maiingatan niya ang pera.
lesson-debt-and-fees-q4-a-why = Hindi lubos na tama. Sa iyo ang sahod mo. Kung iba ang may hawak nito, maaari nila itong ipagkait sa iyo.
lesson-debt-and-fees-q4-b = Hilinging ipasok ang sahod mo sa bank account na nakapangalan sa iyo.
lesson-debt-and-fees-q4-b-why = Tama. Kapag pumapasok ang sahod mo sa sarili mong akawnt sa bangko, ikaw ang may kontrol sa pera mo. Isa sa mga palatandaan ng sapilitang paggawa ayon sa ILO ang pagpigil sa sahod.
lesson-debt-and-fees-q4-c = Pumayag, at hingin ang lahat ng pera sa dulo, para makaipon ka.
lesson-debt-and-fees-q4-c-why = Hindi ito tama. Kung pipigilan ang sahod mo hanggang sa katapusan, baka hindi mo na ito matanggap kailanman, at mas mahirap umalis.

lesson-debt-and-fees-q5 = Bago umalis si Nur sa kanila, binigyan siya ng kanyang ahente ng bagong telepono bilang regalo. Ngayon sinasabi ng ahente na malaki ang utang niya para sa telepono at iba pang gastos, at hindi siya makalilipat ng trabaho hangga't hindi siya nakababayad. Ano ito?
lesson-debt-and-fees-q5-a = Pagkaalipin sa utang: ginagamit ang utang para pigilan siyang umalis.
lesson-debt-and-fees-q5-a-why = Tama. Ang regalong nagiging utang, at ang utang na pumipigil sa kanyang umalis, ay mga palatandaan ng sapilitang paggawa. Maaaring humingi ng tulong si Nur.
lesson-debt-and-fees-q5-b = Patas lang: ginamit niya ang telepono, kaya dapat niya itong bayaran bago umalis.
lesson-debt-and-fees-q5-b-why = Hindi lubos na tama. Hindi kailangang bayaran ang tunay na regalo. Ang paggawa sa regalo bilang utang ay panlilinlang para kontrolin ang mga manggagawa.
lesson-debt-and-fees-q5-c = Masamang kasunduan, pero tinanggap niya ang telepono, kaya kailangan niyang magtrabaho hanggang mabayaran ito.
lesson-debt-and-fees-q5-c-why = Hindi ito tama. Hindi dapat sisihin si Nur. Ang taong gumagamit ng utang para kontrolin siya ang gumagawa ng mali.
