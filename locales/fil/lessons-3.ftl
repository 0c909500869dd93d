# Waymark — mga dagdag na bahagi ng aralin 5 at 6, at mga aralin 9–12 (Filipino, machine-drafted at hindi pa nasusuri).

## Your rights at work (added sections)

lesson-rights-at-work-deductions-and-days-off-title = Mga kaltas at day off
lesson-rights-at-work-deductions-and-days-off-body = Puwede lang kaltasan ng employer ang sahod mo para sa mga bagay na pinapayagan ng batas o ng kontrata, gaya ng tax o social security, at dapat niyang sabihin kung para saan ang bawat kaltas. Hindi patas ang mga singil na hindi mo pinayagan, halimbawa para sa tirahan, pagkain, gamit sa trabaho o recruitment fee. Humingi ng payslip tuwing sasahod ka at itago ito. Dapat may kahit isang buong day off ka bawat linggo, at puwede mo itong gugulin sa labas ng lugar ng trabaho.
lesson-rights-at-work-permits-and-status-title = Work permit, at ang mga karapatan mo kahit walang papeles
lesson-rights-at-work-permits-and-status-body = Pinapayagan ka ng work permit o working visa na magtrabaho nang legal, kadalasan para lang sa isang trabaho o isang employer. Alamin kung ano ang pinapayagan ng permit mo, kailan ito mag-e-expire at sino ang dapat mag-renew, at magtago ng kopya. Kung mawala ang legal status mo, halimbawa dahil hindi ni-renew ng employer ang permit o dahil iniwan mo ang mapang-abusong trabaho, may mga karapatan ka pa rin: mabayaran sa trabahong nagawa mo, maging ligtas sa karahasan, at humingi ng tulong. Sa ilang bansa, puwedeng ikulong ang manggagawang walang papeles, kaya magtanong muna sa hotline o sa isang support organization tungkol sa mga opsiyon mo.

## Online grooming and sextortion (added section)

lesson-online-grooming-exploitation-and-harassment-title = Sexual exploitation at sexual harassment
lesson-online-grooming-exploitation-and-harassment-body = Ang sexual exploitation ay kapag ginagamit ng isang tao ang iba para sa sex o sa mga sekswal na litrato para kumita o makakuha ng kapalit, kadalasan sa pamamagitan ng utang, pananakot o panlilinlang. Kapag bata na wala pang 18 ang biktima, laging exploitation ito, kahit mukhang pumapayag ang bata. Ang sexual harassment ay mga sekswal na salita, paghawak o hiling na hindi gusto, halimbawa ang boss na humihingi ng sex kapalit ng trabaho o sahod. Hindi kailanman kasalanan ng taong pinangyarihan nito. Isulat kung ano ang nangyari at kailan, sabihin sa taong pinagkakatiwalaan mo, at kontakin ang isang serbisyo sa direktoryo.

## Smuggling is not trafficking

lesson-smuggling-or-trafficking-title = Smuggling o trafficking?
lesson-smuggling-or-trafficking-summary = Alamin ang pagkakaiba ng pagpapatawid nang ilegal sa border at ng trafficking, at kung bakit iba ang patakaran para sa mga bata.

lesson-smuggling-or-trafficking-smuggling-title = Ano ang smuggling
lesson-smuggling-or-trafficking-smuggling-body = Ang smuggling ng migrante ay pagtulong sa isang tao na tumawid sa border nang walang pahintulot, kapalit ng pera. Kadalasang pumapayag ang tao, at karaniwang natatapos ang usapan pagkalampas ng border. Delikado ang smuggling: may namamatay sa bangka, trak at gubat. Maaaring magkaproblema sa immigration law ang taong tumawid nang walang papeles, pero ang smuggler ang gumagawa ng krimen ng smuggling.

lesson-smuggling-or-trafficking-difference-title = Ano ang nagpapa-trafficking dito
lesson-smuggling-or-trafficking-difference-body = Ang trafficking ay tungkol sa pagsasamantala: gumagamit ang isang tao ng panlilinlang, dahas, pananakot, utang o mahirap na kalagayan ng iba para kontrolin siya at kumita sa kanyang trabaho o katawan. Hindi kailangan ng border sa trafficking; puwede itong mangyari sa loob ng isang bansa. Puwedeng maging trafficking ang smuggling, halimbawa kapag sinabi ng smuggler na tumaas ang presyo at kailangang magtrabaho ng tao, nang hindi malayang umalis, hanggang mabayaran ito. Walang bisa ang pagpayag sa simula kung nakuha ito sa panlilinlang o pananakot.

lesson-smuggling-or-trafficking-children-title = Sa mga bata, hindi kailangan ng dahas o panlilinlang
lesson-smuggling-or-trafficking-children-body = Bata ang sinumang wala pang 18 taong gulang. Kung ang bata ay ni-recruit, inilipat, ipinasa o tinanggap para pagsamantalahan ng isang tao, trafficking ito kahit walang gumamit ng dahas, pananakot o panlilinlang, at kahit pumayag ang bata o ang mga magulang niya. Halimbawa, biktima ng trafficking ang 16 na taong gulang na dinala sa lungsod para magtrabaho sa gabi sa isang karaoke bar, kahit kusa siyang sumama. Ito ang patakaran ng UN Trafficking Protocol.

lesson-smuggling-or-trafficking-q1 = Nagbayad si Sok sa isang lalaki para maitawid siya sa border nang walang papeles. Sa kabila, umalis ang lalaki, at si Sok ang naghanap ng sarili niyang trabaho. Ano ito, malamang?
lesson-smuggling-or-trafficking-q1-a = Trafficking, dahil tumawid siya nang walang papeles.
lesson-smuggling-or-trafficking-q1-a-why = Hindi masyado. Hindi sapat ang pagtawid nang walang papeles para maging trafficking. Kailangan ng pagsasamantala, at walang kumokontrol kay Sok pagkatapos ng border.
lesson-smuggling-or-trafficking-q1-b = Walang labag sa batas, dahil pumayag at nagbayad si Sok.
lesson-smuggling-or-trafficking-q1-b-why = Hindi masyado. Ang pagbabayad para maitawid sa border nang walang pahintulot ay smuggling, at delikado ito, kahit pumayag ang tao.
lesson-smuggling-or-trafficking-q1-c = Smuggling: natapos ang usapan sa border at malaya si Sok.
lesson-smuggling-or-trafficking-q1-c-why = Tama. Tinulungan si Sok na tumawid kapalit ng pera, at pagkatapos ay walang nagsasamantala o kumokontrol sa kanya. Smuggling iyon, hindi trafficking.

lesson-smuggling-or-trafficking-q2 = Pagkatawid sa border, sinabi ng smuggler kay Lin na tatlong beses na ang utang niya at kailangan niyang magtrabaho sa pabrika, nang hindi lumalabas, hanggang mabayaran ito. Ano ang nangyari?
lesson-smuggling-or-trafficking-q2-a = Naging trafficking na ang smuggling, dahil ginagamit ang utang para hawakan siya.
lesson-smuggling-or-trafficking-q2-a-why = Tama. Ang utang na biglang lumaki at pumipigil sa kanyang umalis ay debt bondage, isa sa mga palatandaan ng sapilitang paggawa. Biktima na ng trafficking si Lin at may karapatan siyang matulungan.
lesson-smuggling-or-trafficking-q2-b = Smuggling pa rin lang ito, dahil pumayag siyang tumawid sa border.
lesson-smuggling-or-trafficking-q2-b-why = Hindi masyado. Pumayag siyang maitawid sa border, hindi ang makulong at mapilitang magtrabaho. Hindi sakop ng pagpayag na iyon ang nangyayari ngayon.
lesson-smuggling-or-trafficking-q2-c = Utang ito sa negosyo, kaya kailangan niya itong bayaran muna bago siya makahingi ng tulong kaninuman.
lesson-smuggling-or-trafficking-q2-c-why = Hindi tama. Walang utang na nagbibigay ng karapatan sa sinuman na pilitin ang tao na magtrabaho o ikulong siya. Puwede siyang humingi ng tulong ngayon.

lesson-smuggling-or-trafficking-q3 = Pumayag ang isang 16 na taong gulang na babae na sumama sa kakilala ng pamilya sa lungsod para magtrabaho sa gabi sa isang karaoke bar. Walang nananakot sa kanya. Trafficking ba ito?
lesson-smuggling-or-trafficking-q3-a = Hindi, dahil pumayag siyang sumama, at walang pumilit o nanlinlang sa kanya.
lesson-smuggling-or-trafficking-q3-a-why = Ganito ang akala ng marami, pero iba ang patakaran sa mga bata. Kapag inilipat ang bata para pagsamantalahan, hindi kailangan ng dahas o panlilinlang para maging trafficking ito.
lesson-smuggling-or-trafficking-q3-b = Oo. Bata siya, at inililipat siya para pagsamantalahan.
lesson-smuggling-or-trafficking-q3-b-why = Tama. Wala pa siyang 18 at dinadala siya sa trabahong puwede siyang pagsamantalahan. Trafficking iyon, kahit kusa siyang sumama.
lesson-smuggling-or-trafficking-q3-c = Kung dadalhin lang siya sa ibang bansa.
lesson-smuggling-or-trafficking-q3-c-why = Hindi masyado. Hindi kailangan ng border sa trafficking. Trafficking din ang paglipat sa bata sa ibang bayan para pagsamantalahan.

lesson-smuggling-or-trafficking-q4 = Lagi bang may pagtawid sa border ang trafficking?
lesson-smuggling-or-trafficking-q4-a = Oo. Ang trafficking ay pagdadala sa tao sa ibang bansa.
lesson-smuggling-or-trafficking-q4-a-why = Hindi masyado. Bahagi ng smuggling ang pagtawid sa border, pero ang trafficking ay tungkol sa pagsasamantala, saanman ito mangyari.
lesson-smuggling-or-trafficking-q4-b = Hindi, pero mas hindi seryoso ang trafficking sa loob ng bansa.
lesson-smuggling-or-trafficking-q4-b-why = Hindi tama. Pareho ang pinsala sa taong pinagsasamantalahan sa sarili niyang bansa, at pareho ang karapatan niyang matulungan.
lesson-smuggling-or-trafficking-q4-c = Hindi. Puwede rin itong mangyari sa loob ng isang bansa.
lesson-smuggling-or-trafficking-q4-c-why = Tama. Puwedeng mangyari ang trafficking sa sariling bayan ng tao o sa isang lungsod sa sarili niyang bansa, nang walang anumang border.

lesson-smuggling-or-trafficking-q5 = Isang lalaking na-smuggle sa isang bansa nang walang papeles ang pinipilit ngayong magtrabaho. Ano ang totoo?
lesson-smuggling-or-trafficking-q5-a = Maaaring biktima siya ng trafficking, at puwede pa rin siyang humingi ng tulong.
lesson-smuggling-or-trafficking-q5-a-why = Tama. Hindi naaalis ang mga karapatan niya dahil sa paraan ng pagpasok niya. Puwede siyang kumontak sa hotline o sa support organization para itanong ang mga opsiyon niya.
lesson-smuggling-or-trafficking-q5-b = Hindi siya puwedeng humingi ng tulong, dahil pumasok siya sa bansa nang walang papeles.
lesson-smuggling-or-trafficking-q5-b-why = Karaniwang takot ito, pero hindi tama. Protektado rin laban sa sapilitang paggawa ang mga walang papeles, at maraming serbisyo ang tumutulong sa kanila.
lesson-smuggling-or-trafficking-q5-c = Kailangan muna niyang umuwi, saka pa lang siya makapagrereklamo.
lesson-smuggling-or-trafficking-q5-c-why = Hindi masyado. Puwede siyang humingi ng tulong kung nasaan siya ngayon. Matutulungan din siya ng mga serbisyo na makauwi nang ligtas kung gusto niya.

## Forced and brokered marriage

lesson-forced-marriage-title = Sapilitang kasal at kasal na inayos ng broker
lesson-forced-marriage-summary = Alamin kung ano ang sapilitang kasal, ang mga babala kapag broker ang nag-aayos ng kasal sa abroad, at kung paano humingi ng tulong.

lesson-forced-marriage-forced-title = Kapag hindi makatanggi ang isang tao
lesson-forced-marriage-forced-body = Ang sapilitang kasal ay kasal na hindi malayang matanggihan ng isang tao, dahil sa pananakot, panggigipit, dahas o kasunduang ginawa ng iba. Puwede itong mangyari sa babae at lalaki, batang babae at batang lalaki. Itinuturing ng ILO ang sapilitang kasal na isang uri ng modern slavery. Hindi makapagbibigay ang batang wala pang 18 ng buo at malayang pagpayag sa kasal, kaya laging malubhang pinsala ang kasal ng bata, at ipinagbabawal ito ng maraming bansa.

lesson-forced-marriage-brokered-title = Kasal na inayos ng broker
lesson-forced-marriage-brokered-body = May mga broker na nag-aalok na maghanap ng asawa sa ibang bansa, kadalasan may perang ibinibigay sa pamilya. May tapat sa mga kasal na ito, pero may ginagamit para i-traffic ang mga babae at batang babae. Dinadala sa malayo ang bride, hindi niya alam ang wika, kinukuha ang mga dokumento niya, at pinipilit siyang magtrabaho, magkaanak o manatili. Mga babala: broker na nagbabayad sa pamilya, kasal na inayos sa loob ng ilang araw, asawang hindi mo pa nakikita, pangako ng marangyang buhay, at mga papeles sa wikang hindi mo mabasa.

lesson-forced-marriage-help-title = Ang pasya mo, at kung saan hihingi ng tulong
lesson-forced-marriage-help-body = May karapatan kang pumili kung mag-aasawa ka, kailan at kanino. Kung ikaw o ang kaibigan mo ay pinipilit magpakasal, kausapin ang taong pinagkakatiwalaan mo, gaya ng guro, kamag-anak o social worker, o kontakin ang isang serbisyo sa direktoryo. Kung kasal ka na at kinokontrol, magtago ng kopya ng mga dokumento mo at ng listahan ng numero sa papel. Hindi naaalis ng kasal ang mga karapatan mo: matutulungan ka rin ng embahada at ng mga hotline.

lesson-forced-marriage-q1 = Nakipagkasundo ang mga magulang ni Nang sa isang broker na ipakakasal siya sa isang lalaki sa abroad na hindi pa niya nakikita. Magbabayad ang broker sa pamilya. Ayaw ni Nang na pakasalan siya. Ano ang totoo?
lesson-forced-marriage-q1-a = Kailangan niyang tanggapin, dahil pumayag ang mga magulang niya at nabayaran na.
lesson-forced-marriage-q1-a-why = Hindi masyado. Walang puwedeng pumayag sa kasal para sa ibang tao. Hindi naaalis ng perang ibinayad sa pamilya ang karapatan ni Nang na tumanggi.
lesson-forced-marriage-q1-b = Sapilitan ang kasal na iyon; puwede siyang tumanggi at humingi ng tulong.
lesson-forced-marriage-q1-b-why = Tama. Kailangan ng kasal ang malayang pagpayag ng dalawang tao. Puwedeng kausapin ni Nang ang taong pinagkakatiwalaan niya o kontakin ang isang serbisyo sa direktoryo.
lesson-forced-marriage-q1-c = Magiging problema lang ito kung pagmamalupitan siya ng asawa niya pagdating ng araw.
lesson-forced-marriage-q1-c-why = Hindi masyado. Ngayon pa lang nagsisimula na ang problema: pinipilit siya sa kasal na ayaw niya, na inayos ng broker na nagbabayad sa pamilya niya.

lesson-forced-marriage-q2 = Alin dito ang babala na maaaring trafficking ang kasal na inayos ng broker?
lesson-forced-marriage-q2-a = Nagbabayad ang broker sa pamilya at minamadali ang kasal.
lesson-forced-marriage-q2-a-why = Tama. Ang perang ibinibigay sa pamilya at ang minadaling kasal ay mga babala. Walang natitirang panahon para alamin kung sino talaga ang mapapangasawa.
lesson-forced-marriage-q2-b = Nakatira at nagtatrabaho ang lalaki sa ibang bansa, malayo sa pamilya ng babae.
lesson-forced-marriage-q2-b-why = Hindi ito babala sa sarili lang. Maraming tapat na mag-asawa ang nasa magkaibang bansa. Ang mga babala ay tungkol sa pera, pagmamadali, paglilihim at kontrol.
lesson-forced-marriage-q2-c = Titira ang mag-asawa kasama ng mga magulang ng lalaki.
lesson-forced-marriage-q2-c-why = Hindi ito babala sa sarili lang. Karaniwan sa maraming lugar ang pagtira kasama ng pamilya. Nakababahala ito kung ikinukulong siya sa bahay, o kinukuha ang dokumento o cellphone niya.

lesson-forced-marriage-q3 = Sinabi ng isang 15 taong gulang na babae na ikakasal na siya, dahil inayos ito ng pamilya niya at pumayag siya. Ano ang dapat nating maunawaan?
lesson-forced-marriage-q3-a = Dahil siya mismo ang pumayag, malaya niyang pasya ito.
lesson-forced-marriage-q3-a-why = Hindi masyado. Hindi makapagbibigay ang bata ng buo at malayang pagpayag sa kasal. Hindi nagiging ligtas ang kasal para sa kanya dahil lang pumayag siya.
lesson-forced-marriage-q3-b = Katanggap-tanggap ito kung kaugalian sa kanilang baryo ang maagang pag-aasawa.
lesson-forced-marriage-q3-b-why = Hindi masyado. Hindi napapaliit ng kaugalian ang pinsala. Inaalis ng kasal ng bata ang pag-aaral, kalusugan at pagpili, at ipinagbabawal ito ng maraming bansa.
lesson-forced-marriage-q3-c = Bata siya, kaya hindi siya malayang makapapayag; matutulungan siya.
lesson-forced-marriage-q3-c-why = Tama. Wala pa siyang 18. Matutulungan siya at ang pamilya niya ng isang pinagkakatiwalaang adult, ng guro o ng isang serbisyo sa direktoryo.

lesson-forced-marriage-q4 = Nag-asawa si Mai sa pamamagitan ng broker at lumipat sa abroad. Hawak ng pamilya ng asawa niya ang passport niya at hindi siya pinalalabas nang mag-isa. Ano ang puwede niyang gawin?
lesson-forced-marriage-q4-a = Humingi ng tulong sa embahada o hotline; hindi naaalis ng kasal ang karapatan niya.
lesson-forced-marriage-q4-a-why = Tama. Ang hinahawakang passport at ang hindi pagpapalabas ay mga palatandaan ng kontrol. Tumutulong din sa mga may-asawa ang embahada at ang mga hotline.
lesson-forced-marriage-q4-b = Wala, dahil dapat sumunod ang asawang babae sa pamilya ng lalaki at manatili sa bahay.
lesson-forced-marriage-q4-b-why = Hindi tama. Hindi nagbibigay ang kasal ng karapatan sa sinuman na hawakan ang mga dokumento niya o ikulong siya.
lesson-forced-marriage-q4-c = Maghintay hanggang magkaanak siya, dahil saka na siya pagkakatiwalaan ng pamilya.
lesson-forced-marriage-q4-c-why = Hindi masyado. Ang paghihintay ay maaaring magpahirap sa pag-alis. Puwede siyang tahimik na humingi ng tulong ngayon, kapag ligtas.

lesson-forced-marriage-q5 = Sino ang maaaring pilitin magpakasal?
lesson-forced-marriage-q5-a = Mga batang babae lang mula sa mahihirap na pamilya sa probinsiya.
lesson-forced-marriage-q5-a-why = Hindi masyado. Pinalalaki ng kahirapan ang panganib, pero nangyayari rin ang sapilitang kasal sa mga pamilyang hindi mahirap.
lesson-forced-marriage-q5-b = Babae at lalaki, batang babae at batang lalaki, mula sa anumang pamilya.
lesson-forced-marriage-q5-b-why = Tama. Sinuman ay puwedeng pilitin sa kasal na ayaw niya, at lahat ay may karapatang tumanggi.
lesson-forced-marriage-q5-c = Mga taong dinadala lang sa ibang bansa.
lesson-forced-marriage-q5-c-why = Hindi masyado. Maraming sapilitang kasal ang nangyayari sa loob ng isang bansa, kahit sa iisang baryo.

## Domestic work and fishing

lesson-domestic-work-and-fishing-title = Kasambahay at pangingisda
lesson-domestic-work-and-fishing-summary = Alamin ang mga panganib ng pagtatrabaho sa pribadong bahay o sa fishing boat, at ang mga pamantayang puwedeng hingin ng mga manggagawang ito.

lesson-domestic-work-and-fishing-domestic-title = Pagtatrabaho sa pribadong bahay
lesson-domestic-work-and-fishing-domestic-body = Naglilinis, nagluluto at nag-aalaga ng bata o matanda ang mga kasambahay sa pribadong bahay. Dahil nangyayari ang trabaho sa likod ng saradong pinto, mahirap makita ng iba ang pang-aabuso. Sinasabi ng ILO Domestic Workers Convention na ang kasambahay ang may hawak ng sarili niyang passport at ID, may pahinga na kahit 24 na oras na tuloy-tuloy bawat linggo, hindi obligadong manatili sa bahay habang nagpapahinga, at dapat ipaalam sa kanya ang mga kondisyon ng trabaho, kung maaari sa nakasulat na kontrata. Hindi lahat ng bansa ay pumirma rito, pero patas na pamantayan itong puwedeng hingin.

lesson-domestic-work-and-fishing-fishing-title = Pagtatrabaho sa fishing boat
lesson-domestic-work-and-fishing-fishing-body = Ang trabaho sa fishing boat ay puwedeng mangahulugan ng ilang buwan sa dagat, malayo sa anumang tulong. Mga babala: recruiter na hindi masabi ang pangalan ng barko, ang pantalan o kung gaano katagal ang biyahe; walang nakasulat na work agreement; sahod na hinahawakan hanggang matapos ang biyahe; dokumentong hawak ng kapitan; at paglipat mula sa isang barko papunta sa iba habang nasa dagat. Hinihingi ng ILO Work in Fishing Convention ang nakasulat na work agreement, kahit 10 oras na pahinga sa bawat 24 na oras sa mahahabang biyahe, at ang karapatang maiuwi.

lesson-domestic-work-and-fishing-both-title = Manatiling konektado
lesson-domestic-work-and-fishing-both-body = Sa parehong trabaho, hawakan mo ang sarili mong dokumento, kopya ng kontrata at listahan ng numero sa papel. Sabihin sa pamilya mo ang pangalan ng employer at ang address, o ang pangalan ng barko at ang pantalan nito. Magkasundo kung gaano kadalas kang tatawag. Kung matagal ka nilang hindi makontak, puwede silang humingi ng payo sa isang hotline.

lesson-domestic-work-and-fishing-q1 = Sinabi ng employer mo na walang day off ang kasambahay dahil stay-in siya. Ano ang totoo?
lesson-domestic-work-and-fishing-q1-a = Tama iyon, dahil ang stay-in ay nangangahulugang laging naka-duty.
lesson-domestic-work-and-fishing-q1-a-why = Hindi masyado. Hindi ibig sabihin ng stay-in na trabaho nang walang tigil. Kailangan din ng pahinga ng kasambahay.
lesson-domestic-work-and-fishing-q1-b = Magkakaroon ka lang ng lingguhang day off pagkatapos ng isang buong taon.
lesson-domestic-work-and-fishing-q1-b-why = Hindi masyado. Para sa bawat linggo ang lingguhang pahinga, mula sa umpisa. Ibang karapatan ang taunang leave.
lesson-domestic-work-and-fishing-q1-c = Dapat may 24 na oras na tuloy-tuloy kang pahinga bawat linggo.
lesson-domestic-work-and-fishing-q1-c-why = Tama. Ang pamantayan ng ILO ay kahit 24 na oras na tuloy-tuloy na pahinga bawat linggo, at hindi ka obligadong manatili sa bahay habang nagpapahinga.

lesson-domestic-work-and-fishing-q2 = Nag-alok ang recruiter ng trabaho sa fishing boat pero hindi masabi ang pangalan ng barko, ang pantalan o kung gaano katagal ang biyahe. Ano ang ipinapakita nito?
lesson-domestic-work-and-fishing-q2-a = Normal ito, dahil laging nagbabago ang plano ng mga fishing boat.
lesson-domestic-work-and-fishing-q2-a-why = Hindi masyado. Puwedeng magbago ang plano sa dagat, pero alam ng tapat na recruiter kung aling barko at pantalan ang trabaho.
lesson-domestic-work-and-fishing-q2-b = Babala ito; hingin muna nang nakasulat ang mga detalye.
lesson-domestic-work-and-fishing-q2-b-why = Tama. Kung walang pangalan ng barko at pantalan, walang makahahanap sa iyo o makasusuri sa trabaho. Hingin ang mga detalye at ang nakasulat na work agreement bago umalis.
lesson-domestic-work-and-fishing-q2-c = Ayos lang kung sapat na mataas ang sahod.
lesson-domestic-work-and-fishing-q2-c-why = Hindi masyado. Ang mataas na sahod na kulang ang detalye ay dahilan para mas suriin, hindi para magpabaya.

lesson-domestic-work-and-fishing-q3 = Sinabi ng kapitan na hahawakan niya ang mga passport ng mga mangingisda at babayaran ang lahat sa pagtatapos ng biyahe. Ano ang dapat malaman ng mga mangingisda?
lesson-domestic-work-and-fishing-q3-a = Ang hinahawakang passport at sahod ay mga palatandaan ng sapilitang paggawa.
lesson-domestic-work-and-fishing-q3-a-why = Tama. Parehong nasa listahan ng ILO ng mga palatandaan ng sapilitang paggawa. Magkasama, napakahirap nitong gawing umalis ang mangingisda.
lesson-domestic-work-and-fishing-q3-b = Kailangang hawakan ng kapitan ang mga passport habang nasa dagat, kaya ligtas ito.
lesson-domestic-work-and-fishing-q3-b-why = Hindi masyado. Maaaring kailangang ipakita ng barko kung sino ang sakay, pero hindi ibig sabihin na dapat hawakan ng kapitan ang passport mo sa buong biyahe.
lesson-domestic-work-and-fishing-q3-c = Mas mabuting mabayaran sa huli, dahil nakatutulong itong makaipon ang mga mangingisda.
lesson-domestic-work-and-fishing-q3-c-why = Mukhang nakatutulong, pero ang sahod na hinahawakan hanggang sa huli ay maaaring hindi mo na makuha, at hindi ka makaaalis nang hindi ito nawawala.

lesson-domestic-work-and-fishing-q4 = Kasambahay si Ana sa abroad, at tuwing gabi kinukuha ng employer ang cellphone niya. Ano ang pinakamabuting susunod na hakbang?
lesson-domestic-work-and-fishing-q4-a = Tanggapin ito, dahil responsable sa kanya ang employer sa gabi.
lesson-domestic-work-and-fishing-q4-a-why = Hindi masyado. Kanya ang cellphone. Babala ng isolation ang pagputol sa koneksiyon niya sa ibang tao.
lesson-domestic-work-and-fishing-q4-b = Isulat sa papel ang mga numero, at humingi ng tulong sa hotline kung hindi ligtas.
lesson-domestic-work-and-fishing-q4-b-why = Tama. Gumagana pa rin ang listahan sa papel kahit walang cellphone. Matutulungan siya ng hotline o ng embahada na magplano nang ligtas.
lesson-domestic-work-and-fishing-q4-c = Tumakas nang gabing iyon, nang walang sinasabihan.
lesson-domestic-work-and-fishing-q4-c-why = Puwedeng tamang pasya ang umalis, pero delikado kung mag-isa at gabi. Mas ligtas kung pinaplano ito kasama ng hotline o embahada.

lesson-domestic-work-and-fishing-q5 = Bakit lalong delikado ang trabahong kasambahay at ang trabaho sa dagat?
lesson-domestic-work-and-fishing-q5-a = Dahil laging ilegal ang mga trabahong ito sa ibang bansa.
lesson-domestic-work-and-fishing-q5-a-why = Hindi masyado. Parehong totoong trabaho na puwedeng gawin nang legal at ligtas. Ang panganib ay nanggagaling sa pagiging tago ng mga ito.
lesson-domestic-work-and-fishing-q5-b = Dahil mas mababa ang sahod kaysa sa ibang trabaho sa abroad.
lesson-domestic-work-and-fishing-q5-b-why = Puwedeng problema ang mababang sahod, pero mas malaking panganib na walang nakakakita sa nangyayari sa mga manggagawa.
lesson-domestic-work-and-fishing-q5-c = Dahil tago ang trabaho, malayo sa tulong.
lesson-domestic-work-and-fishing-q5-c-why = Tama. Sa pribadong bahay o sa laot, kaunti ang nakakakita ng pang-aabuso, at mahirap humingi ng tulong. Kaya mahalaga ang manatiling konektado.

## Money: sending, borrowing, insurance

lesson-money-abroad-title = Pera: padala, utang, insurance
lesson-money-abroad-summary = Alamin kung paano ligtas na magpadala ng pera, ang panganib ng pangungutang sa mga 5-6 at recruiter, at kung ano ang itatanong tungkol sa insurance.

lesson-money-abroad-sending-title = Pagpapadala ng pera
lesson-money-abroad-sending-body = Magpadala sa bangko o sa lisensiyadong remittance service. Paghambingin ang fee at ang palitan, dahil pareho nilang binabawasan ang perang darating. Itago ang bawat resibo at reference number. Huwag kailanman ibigay ang PIN o ang one-time code, kahit sa ahente o sa employer mo. Maaaring mukhang mas mura ang padala sa taong walang lisensiya, pero kung mawala ang pera, maaaring wala nang paraan para mabawi ito.

lesson-money-abroad-moneylenders-title = Pangungutang at mga nagpapautang
lesson-money-abroad-moneylenders-body = Maraming nangungutang para makapag-abroad. Puwede kang ma-trap ng utang mula sa recruiter, broker o nagpapautang na walang lisensiya, gaya ng 5-6: mataas ang interes, lumalaki ang utang, at maaaring hawakan ng nagpautang ang mga dokumento mo o takutin ang pamilya mo. Bago mangutang, hingin nang nakasulat ang kabuuang halagang babayaran mo. Mangutang sa bangko, kooperatiba o lisensiyadong lending company, at huwag kailanman gawing kolateral ang passport, ID o ATM card mo. Walang utang na nagbibigay ng karapatan sa sinuman na pilitin kang magtrabaho.

lesson-money-abroad-insurance-title = Ang insurance mo
lesson-money-abroad-insurance-body = May mga bansang nag-oobliga ng insurance para sa mga manggagawang umaalis sa opisyal na paraan, at may mga destinasyong nag-oobliga sa employer na i-insure ang mga manggagawa. Bago umalis, itanong kung anong insurance ang mayroon ka, ano ang sakop nito (sakit, aksidente, kamatayan, pagkawala ng trabaho), sino ang nagbabayad at paano mag-claim. Iwan ang pangalan ng insurance company at ang policy number kasama ng mga kopyang iiwan mo sa bahay. Kadalasan, ang pag-alis sa opisyal na paraan ang nagbibigay sa iyo ng coverage.

lesson-money-abroad-q1 = Alin ang pinakaligtas na paraan ng pagpapadala ng pera?
lesson-money-abroad-q1-a = Sa bangko o lisensiyadong serbisyo, at itago ang resibo.
lesson-money-abroad-q1-a-why = Tama. May pananagutan ang lisensiyadong serbisyo, at nakatutulong ang resibo kapag may problema. Ang paghahambing ng gastos ay nangangahulugang mas maraming pera ang darating.
lesson-money-abroad-q1-b = Ipaabot ang cash sa kaibigan ng employer na pauwi.
lesson-money-abroad-q1-b-why = Hindi masyado. Maaaring mabait siya, pero kung hindi dumating ang pera, wala kang resibo at walang mapagrereklamuhan.
lesson-money-abroad-q1-c = Kung alin ang pinakamababa ang fee, kahit walang lisensiya.
lesson-money-abroad-q1-c-why = Hindi masyado. Puwedeng itago ng mababang fee ang masamang palitan, at maaaring hindi ibalik ng serbisyong walang lisensiya ang pera mo kapag nawala.

lesson-money-abroad-q2 = May tumawag na nagsasabing taga-remittance center siya. Hinihingi niya ang code na ipinadala sa cellphone mo para matapos ang padala. Ano ang dapat mong gawin?
lesson-money-abroad-q2-a = Ibigay ang code, dahil kailangan ito ng center para maipadala ang pera.
lesson-money-abroad-q2-a-why = Hindi tama. Hindi kailanman hihingin ng totoong serbisyo ang one-time code mo. Ang sinumang may hawak ng code ay puwedeng kumuha ng pera mo.
lesson-money-abroad-q2-b = Ibigay ang code kung alam ng tumawag ang pangalan mo at ang halaga.
lesson-money-abroad-q2-b-why = Hindi masyado. Madalas alam ng scammer ang pangalan at detalye mo. Hindi nito napapatunayan kung sino ang tumatawag.
lesson-money-abroad-q2-c = Huwag itong ibigay; ibaba ang tawag at ikaw ang kumontak sa center.
lesson-money-abroad-q2-c-why = Tama. Sa iyo lang ang code, at tawagan o puntahan ang center gamit ang detalyeng alam mo na, hindi ang ibinigay ng tumawag.

lesson-money-abroad-q3 = Inalok ka ng recruiter na pautangin para sa placement fee at hiniling na iwan sa kanya ang ID mo bilang kolateral. Ano ang panganib?
lesson-money-abroad-q3-a = Walang panganib, basta talagang balak mong magbayad.
lesson-money-abroad-q3-a-why = Hindi masyado. Kahit balak mong magbayad, puwede niyang palakihin ang utang, at nagbibigay sa kanya ng kapangyarihan sa iyo ang ID mo.
lesson-money-abroad-q3-b = Puwede niyang gamitin ang utang at ang ID mo para kontrolin ka.
lesson-money-abroad-q3-b-why = Tama. Ang utang sa recruiter kasama ng dokumento mong hawak niya ay dalawang palatandaan ng sapilitang paggawa nang sabay.
lesson-money-abroad-q3-c = Ang tanging panganib ay kung gaano kataas ang magiging interes.
lesson-money-abroad-q3-c-why = Mahalaga ang interes, pero hindi lang iyon ang panganib. Mas malaking panganib na hawak niya nang sabay ang ID at ang utang mo.

lesson-money-abroad-q4 = Hindi mo mabayaran ang utang, at sinabi ng nagpautang na kailangan mong magtrabaho para sa kanya nang walang sahod hanggang mabayaran ito. Ano ang totoo?
lesson-money-abroad-q4-a = Hindi pinapayagan ng utang ang sapilitang trabaho; magtanong sa legal aid o hotline.
lesson-money-abroad-q4-a-why = Tama. Ang pagtatrabaho nang walang sahod para bayaran ang utang ay debt bondage. Masasabi sa iyo ng hotline o ng legal aid service ang puwede mong gawin.
lesson-money-abroad-q4-b = Kailangan mong magtrabaho para sa kanya, dahil pumirma ka sa utang.
lesson-money-abroad-q4-b-why = Hindi masyado. Hindi nagiging legal ang sapilitang paggawa dahil sa papel ng utang. Maaaring may utang ka pa ring pera, pero hindi ang kalayaan mo.
lesson-money-abroad-q4-c = Patas ito basta binabawasan niya nang kaunti ang utang bawat buwan.
lesson-money-abroad-q4-c-why = Hindi masyado. Kung hindi ka makaalis at walang sahod, debt bondage pa rin ito, kahit dahan-dahang lumiliit ang utang.

lesson-money-abroad-q5 = Bago umalis, ano ang dapat mong alamin tungkol sa insurance?
lesson-money-abroad-q5-a = Wala, dahil para lang sa mayayaman ang insurance.
lesson-money-abroad-q5-a-why = Hindi masyado. May mga manggagawang umaalis sa opisyal na paraan na sakop na, at ang aksidente sa abroad ay maaaring mas malaking gastos sa pamilya.
lesson-money-abroad-q5-b = Ang presyo lang, dahil pareho ang sakop ng lahat ng policy.
lesson-money-abroad-q5-b-why = Hindi masyado. Magkakaiba ang mga policy: may hindi sumasakop sa sakit o sa pagkawala ng trabaho. Itanong kung ano ang sakop ng sa iyo.
lesson-money-abroad-q5-c = Ano ang sakop, sino ang nagbabayad at paano mag-claim.
lesson-money-abroad-q5-c-why = Tama. Ang pag-alam sa sakop at sa paraan ng pag-claim, at ang pag-iwan ng detalye sa pamilya, ang nagpapagana talaga sa insurance.
