# Waymark — mga aralin 13–15 (Filipino, machine-drafted at hindi pa nasusuri).

## Getting help after harm

lesson-after-harm-title = Pagkatapos ng pinsala: reklamo, hustisya at pag-uwi
lesson-after-harm-summary = Alamin kung paano magreklamo, saan may libreng legal aid, bakit hindi dapat parusahan ang biktima, at ano ang iniaalok ng shelter at ng tulong sa pag-uwi.

lesson-after-harm-complaints-title = Reklamo, legal aid at kompensasyon
lesson-after-harm-complaints-body = Kung naloko o napinsala ka, puwede kang magreklamo sa labor office kung saan ka nagtatrabaho, sa ahensiya sa sarili mong bansa na nagbigay ng lisensiya sa recruitment agency mo, sa embahada o konsulado, o sa pulis. Matutulungan ka nang libre o sa mababang bayad ng mga legal aid organization at ng mga unyon. Magtago ng ebidensiya: kontrata, payslip, mga mensahe, litrato, pangalan at petsa. Maaaring mabawi mo ang hindi nabayarang sahod o makakuha ng kompensasyon; itanong kung paano sa hotline o sa legal aid service.

lesson-after-harm-non-punishment-title = Hindi dapat parusahan ang biktima
lesson-after-harm-non-punishment-body = Kung biktima ka ng trafficking, hindi ka dapat parusahan sa mga bagay na pinilit kang gawin dahil dito, gaya ng pagtatrabaho nang walang permit, paggamit ng pekeng papeles na ibinigay ng trafficker, o pang-i-scam ng mga tao online sa isang scam compound. Ito ang tinatawag na non-punishment principle. Nasa mga internasyonal na patakaran ito, kasama ang ILO Protocol sa sapilitang paggawa at ang ASEAN Convention laban sa trafficking. Hindi lahat ng bansa ay mahusay na sumusunod dito, kaya humingi ng abogado o support organization bago ka magbigay ng salaysay.

lesson-after-harm-shelter-and-home-title = Mga shelter at pag-uwi
lesson-after-harm-shelter-and-home-body = Maraming bansa ang may shelter para sa mga survivor, na pinatatakbo ng gobyerno o ng mga organisasyon, na may ligtas na matutuluyan, pangangalagang pangkalusugan, counseling at tulong sa mga legal na hakbang. Itanong kung anong suporta ang makukuha mo at anong patakaran ang sinusunod, halimbawa kung puwede kang lumabas, magtrabaho o tumawag sa pamilya. Matutulungan ka ng embahada at ng mga organisasyong gaya ng IOM na makauwi nang ligtas at makahanap ng suporta pagdating mo, para sa kalusugan, trabaho o pag-aaral. Sa iyo ang kuwento mo: ikaw ang magpapasya kung kanino mo ito sasabihin.

lesson-after-harm-q1 = Tatlong buwan nang hindi nasasahuran si Hana. Ano ang pinakamakatutulong sa reklamo niya?
lesson-after-harm-q1-a = Maghintay hanggang makauwi siya, dahil sa sariling bansa lang puwedeng magreklamo.
lesson-after-harm-q1-a-why = Hindi masyado. Puwede rin siyang magreklamo kung saan siya nagtatrabaho, halimbawa sa labor office o sa embahada, at kadalasang mas madali habang naroon pa siya.
lesson-after-harm-q1-b = Itago ang kontrata, payslip at mga mensahe, at magtanong sa labor office o unyon.
lesson-after-harm-q1-b-why = Tama. Pinalalakas ng ebidensiya ang reklamo, at alam ng labor office, unyon o legal aid service kung paano singilin ang hindi nabayarang sahod.
lesson-after-harm-q1-c = I-post muna sa social media ang pangalan ng employer.
lesson-after-harm-q1-c-why = Hindi masyado. Maaaring maalerto ang employer, malagay siya sa panganib at magkaproblema pa siya sa batas. Mas ligtas ang pormal na reklamo.

lesson-after-harm-q2 = Na-traffic si Tun sa isang scam compound at pinilit mang-scam ng mga tao online. Ano ang sinasabi ng non-punishment principle?
lesson-after-harm-q2-a = Hindi dapat parusahan ang biktima sa krimeng pinilit siyang gawin.
lesson-after-harm-q2-a-why = Tama. Pinilit si Tun na gawin ito bilang bahagi ng trafficking. Dapat siyang ituring na biktima, at matutulungan siya ng support organization na ipaliwanag ang kalagayan niya.
lesson-after-harm-q2-b = Hindi kailanman tinatanong ng pulis ang mga biktima.
lesson-after-harm-q2-b-why = Hindi masyado. Maaari pa ring magtanong ang pulis. Ang prinsipyo ay tungkol sa hindi pagpaparusa sa biktima, at puwede siyang humingi ng abogado o support organization.
lesson-after-harm-q2-c = Pinoprotektahan lang nito ang mga pumasok sa bansa nang legal, na may valid na visa.
lesson-after-harm-q2-c-why = Hindi masyado. Sakop din ng prinsipyo ang mga biktimang tumawid nang walang papeles dahil sa trafficking.

lesson-after-harm-q3 = Alin dito ang matutulungan ng legal aid service o ng unyon?
lesson-after-harm-q3-a = Mga kasong nasa korte na lang.
lesson-after-harm-q3-a-why = Hindi masyado. Karamihan ng trabaho nila ay nasa labas ng korte: payo, sulat, pakikipag-usap sa employer at reklamo sa labor office.
lesson-after-harm-q3-b = Mga manggagawang may valid na work permit lang.
lesson-after-harm-q3-b-why = Hindi masyado. Maraming legal aid service at unyon ang tumutulong din sa mga walang papeles, halimbawa sa pagsingil ng sahod sa trabahong nagawa na.
lesson-after-harm-q3-c = Mga karapatan mo, sahod na hindi nabayaran at reklamo.
lesson-after-harm-q3-c-why = Tama. Maipaliliwanag nila ang mga karapatan mo, matutulungan kang singilin ang dapat sa iyo at gagabayan ka sa reklamo, kadalasan nang libre.

lesson-after-harm-q4 = Ano ang shelter para sa mga survivor ng trafficking?
lesson-after-harm-q4-a = Parang kulungan kung saan hinahawakan ang mga walang papeles hanggang ma-deport sila.
lesson-after-harm-q4-a-why = Karaniwang takot ito, pero ang shelter ay para protektahan ka, hindi para parusahan. Itanong ang mga patakaran bago ka pumunta.
lesson-after-harm-q4-b = Ligtas na matutuluyan, na may pangangalagang pangkalusugan at legal na tulong.
lesson-after-harm-q4-b-why = Tama. Binibigyan ng shelter ang mga survivor ng ligtas na lugar at ng tulong para makabangon at makagawa ng susunod na hakbang.
lesson-after-harm-q4-c = Lugar lang para sa mga may hawak pang passport.
lesson-after-harm-q4-c-why = Hindi masyado. Maraming survivor ang nawalan ng dokumento o kinuhanan nito. Makatutulong din ang shelter at ang embahada roon.

lesson-after-harm-q5 = Gustong umuwi ni Thu pagkatapos siyang pagsamantalahan sa abroad. Ano ang totoo?
lesson-after-harm-q5-a = Kailangan muna niyang bayaran ang sarili niyang biyahe bago may tumulong.
lesson-after-harm-q5-a-why = Hindi masyado. Minsan ay natutulungan ng embahada at ng mga organisasyong gaya ng IOM ang biyahe. Itanong kung anong suporta ang mayroon.
lesson-after-harm-q5-b = Hindi siya makauuwi hangga't hindi natatapos ang kaso laban sa employer.
lesson-after-harm-q5-b-why = Hindi masyado. Maaaring matagal ang kaso, pero pasya niya ang pag-uwi. Maipaliliwanag ng abogado kung paano magpapatuloy ang kaso pagkaalis niya.
lesson-after-harm-q5-c = Matutulungan siya ng embahada o ng IOM na makauwi nang ligtas.
lesson-after-harm-q5-c-why = Tama. May tulong sa maraming bansa para sa ligtas na pag-uwi at sa suporta pagdating, gaya ng kalusugan, trabaho o pag-aaral.

## Ready for a crisis

lesson-crisis-ready-title = Handa sa krisis
lesson-crisis-ready-summary = Alamin kung paano maghanda sa giyera, sakuna o biglang pagkawala ng trabaho habang nasa abroad, at kung paano manatiling ligtas kapag nangyari ito.

lesson-crisis-ready-plan-title = Magplano bago mangyari
lesson-crisis-ready-plan-body = Matinding tinatamaan ng giyera, baha, sunog, epidemya o biglang pagkawala ng trabaho ang mga migrante, malayo sa pamilya at sa ibang wika. Maghanda nang maaga: magparehistro sa embahada o konsulado kung mayroon nito ang bansa mo, at isulat sa papel ang address at mga numero nila. Alamin kung saan ang pinakamalapit na ligtas na lugar. Magkasundo kayo ng pamilya at mga kaibigan kung paano kayo magkokontakan kung tumigil ang network ng telepono.

lesson-crisis-ready-kit-title = Emergency bag
lesson-crisis-ready-kit-body = Maghanda ng maliit na bag na may passport at ID o mga kopya nito, kopya ng kontrata at work permit, kaunting cash, mga gamot na kailangan mo, charger ng cellphone at listahan ng numero sa papel. Itago ang mga litrato ng dokumento mo sa ligtas na lugar online o ipadala sa pamilya, para mapatunayan mo kung sino ka kung mawala ang mga papeles.

lesson-crisis-ready-during-title = Kapag dumating ang krisis
lesson-crisis-ready-during-body = Sa panahon ng krisis, sundin ang impormasyon mula sa awtoridad at sa embahada mo, hindi ang tsismis. Sabihin sa pamilya na ligtas ka. Kung umalis o tumigil magpasahod ang employer, may karapatan ka pa rin sa sahod at mga dokumento mo, kaya isulat kung magkano ang utang sa iyo. Mag-ingat sa mga nag-aalok ng mabilis na pagtawid sa border kapalit ng pera: sa krisis, naghahanap ang mga smuggler at trafficker ng mga taong nagmamadali. Masasabi sa iyo ng embahada, IOM o hotline ang mga ligtas na paraan ng pag-alis.

lesson-crisis-ready-q1 = Ano ang mabuting hakbang bago mangyari ang krisis?
lesson-crisis-ready-q1-a = Magparehistro sa embahada at isulat sa papel ang detalye nila.
lesson-crisis-ready-q1-a-why = Tama. Mahahanap at matutulungan ka ng embahadang alam na naroon ka, at gumagana pa rin ang numerong nasa papel kapag hindi magamit ang cellphone.
lesson-crisis-ready-q1-b = Itago ang lahat ng dokumento sa cellphone lang, para walang mawala.
lesson-crisis-ready-q1-b-why = Hindi masyado. Kapaki-pakinabang ang litrato sa cellphone, pero puwedeng mawala, masira o ma-lowbat ang cellphone. Magtago rin ng kopyang papel.
lesson-crisis-ready-q1-c = Hintayin ang employer na gumawa ng plano para sa iyo.
lesson-crisis-ready-q1-c-why = Hindi masyado. May employer na tumutulong, pero may umaalis. Pinananatili kang ligtas ng sarili mong plano sa alinmang kaso.

lesson-crisis-ready-q2 = Binaha ang lungsod kung saan ka nagtatrabaho. May estrangherong nag-aalok na itawid ka sa border ngayong gabi kapalit ng malaking bayad. Ano ang matalinong gawin?
lesson-crisis-ready-q2-a = Sumama agad, dahil mas mabuti ang anumang paraan ng paglabas kaysa manatili.
lesson-crisis-ready-q2-a-why = Hindi masyado. Sa krisis, madaling ma-trap ang mga nagmamadali. Puwede kang dalhin ng di-kilalang driver sa mas delikadong lugar.
lesson-crisis-ready-q2-b = Sumama kung sasama rin ang ibang manggagawa.
lesson-crisis-ready-q2-b-why = Hindi masyado. Puwedeng ma-traffic nang sabay-sabay ang isang grupo. Hindi patunay na ligtas ang alok dahil may ibang sumasama.
lesson-crisis-ready-q2-c = Magtanong muna sa embahada, IOM o hotline.
lesson-crisis-ready-q2-c-why = Tama. Kaunting oras lang ang pagtatanong muna, pero mailalayo ka nito sa mga smuggler at trafficker, at masasabi nila sa iyo ang mga ligtas na paraan ng pag-alis.

lesson-crisis-ready-q3 = Ano ang dapat laman ng emergency bag?
lesson-crisis-ready-q3-a = Pera lang, dahil mabibili naman ang lahat ng iba.
lesson-crisis-ready-q3-a-why = Hindi masyado. Sa krisis, puwedeng magsara ang mga tindahan, at hindi kayang palitan ng pera ang mga dokumento o gamot mo.
lesson-crisis-ready-q3-b = Dokumento, cash, gamot, charger, mga numero sa papel.
lesson-crisis-ready-q3-b-why = Tama. Sa mga ito, mapapatunayan mo kung sino ka, mananatili kang malusog at makahihingi ka ng tulong.
lesson-crisis-ready-q3-c = Ang orihinal na passport lang, para magaan at madaling dalhin ang bag.
lesson-crisis-ready-q3-c-why = Pinakamahalaga ang passport, pero maliliit lang ang mga kopya, cash, gamot at numero sa papel at makaiiwas ka sa maraming problema.

lesson-crisis-ready-q4 = Isinara ng employer ang pabrika dahil sa krisis at umalis nang hindi ka binabayaran. Ano ang totoo?
lesson-crisis-ready-q4-a = Utang pa rin sa iyo ang sahod; isulat kung magkano at humingi ng tulong.
lesson-crisis-ready-q4-a-why = Tama. Hindi nabubura ng krisis ang sahod sa trabahong nagawa mo na. Makatutulong ang nakasulat na tala para masingil ito sa ibang araw.
lesson-crisis-ready-q4-b = Sa krisis, hindi obligadong magpasahod ang employer.
lesson-crisis-ready-q4-b-why = Hindi masyado. Utang pa rin ang sahod sa trabahong nagawa na. Matutulungan kang singilin ito ng labor office, unyon o embahada.
lesson-crisis-ready-q4-c = Mawawala ang sahod mo kung aalis ka sa dormitoryo ng pabrika bago ito isara.
lesson-crisis-ready-q4-c-why = Hindi masyado. Hindi naaalis ang kinita mo dahil umalis ka para maging ligtas. Kaligtasan mo ang pinakamahalaga.

lesson-crisis-ready-q5 = May narinig kang tsismis na isasara ang border bukas. Ano ang dapat mong gawin?
lesson-crisis-ready-q5-a = I-share agad sa lahat ng group chat para mabalaan ang mga tao.
lesson-crisis-ready-q5-a-why = Hindi masyado. Puwedeng magdulot ng panic ang maling tsismis at itulak ang mga tao sa delikadong pasya. Suriin muna.
lesson-crisis-ready-q5-b = Alamin muna sa opisyal na source o sa embahada mo.
lesson-crisis-ready-q5-b-why = Tama. Alam ng opisyal na source at ng embahada kung ano talaga ang nangyayari at ano ang dapat gawin.
lesson-crisis-ready-q5-c = Paniwalaan ito kung marami nang nagsasabi.
lesson-crisis-ready-q5-c-why = Hindi masyado. Mabilis kumalat ang tsismis sa krisis. Hindi nagiging totoo ang isang bagay dahil marami ang nagsasabi nito.

## A few phrases in the destination's language

lesson-useful-phrases-title = Ilang pangungusap para sa bansang pupuntahan mo
lesson-useful-phrases-summary = Matuto ng ilang maiikling pangungusap sa Thai, Malay at Chinese para humingi ng tulong at ng interpreter.

lesson-useful-phrases-thai-title = Sa Thailand (Thai)
lesson-useful-phrases-thai-body = Ang ช่วยด้วย (chuay duay) ay "Tulong!". Ang ฉันต้องการความช่วยเหลือ (chan tong-kan khwam chuay luea) ay "Kailangan ko ng tulong". Ang ฉันไม่เข้าใจ (chan mai khao jai) ay "Hindi ko naiintindihan". Ang ขอล่ามได้ไหม (kho lam dai mai) ay "Puwede ba akong magkaroon ng interpreter?". Madalas sabihin ng mga lalaki ang ผม (phom) sa halip na ฉัน (chan) para sa "ako".

lesson-useful-phrases-malay-title = Sa Malaysia (Malay)
lesson-useful-phrases-malay-body = Ang Tolong! ay "Tulong!". Ang Saya perlukan bantuan ay "Kailangan ko ng tulong". Ang Saya tidak faham ay "Hindi ko naiintindihan". Ang Saya perlukan jurubahasa ay "Kailangan ko ng interpreter". Ang Panggil polis ay "Tumawag ng pulis".

lesson-useful-phrases-chinese-title = Sa Taiwan at Hong Kong (Chinese)
lesson-useful-phrases-chinese-body = Mandarin ang salita ng karamihan sa Taiwan at Cantonese ang sa karamihan sa Hong Kong, pero pareho silang gumagamit ng parehong traditional Chinese characters, kaya gumagana sa dalawang lugar ang pagpapakita ng nakasulat. Ang 救命 (jiuming) ay "Tulong!". Ang 我需要幫助 (wo xuyao bangzhu) ay "Kailangan ko ng tulong". Ang 我聽不懂 (wo ting bu dong) ay "Hindi ko naiintindihan". Ang 我需要翻譯 (wo xuyao fanyi) ay "Kailangan ko ng interpreter". I-save ang mga ito sa papel at sa cellphone mo, kasama ang address mo sa lokal na wika.

lesson-useful-phrases-q1 = Sa Malaysia, ano ang ibig sabihin ng "Tolong!"?
lesson-useful-phrases-q1-a = "Salamat!"
lesson-useful-phrases-q1-a-why = Hindi masyado. Ang "salamat" sa Malay ay "Terima kasih". Ang "Tolong!" ay isinisigaw kapag kailangan mo ng tulong.
lesson-useful-phrases-q1-b = "Tulong!"
lesson-useful-phrases-q1-b-why = Tama. Ang "Tolong!" ay "Tulong!". Ginagamit din ito bilang "pakiusap" kapag may ipinagagawa ka sa isang tao.
lesson-useful-phrases-q1-c = "Makikiraan po."
lesson-useful-phrases-q1-c-why = Hindi masyado. Ang "makikiraan po" sa Malay ay kadalasang "Maaf" o "Tumpang lalu". Ang "Tolong!" ay para humingi ng tulong.

lesson-useful-phrases-q2 = Ano ang ibig sabihin ng Thai na ฉันไม่เข้าใจ (chan mai khao jai)?
lesson-useful-phrases-q2-a = "Hindi ko naiintindihan."
lesson-useful-phrases-q2-a-why = Tama. Ang ไม่ (mai) ay "hindi" at ang เข้าใจ (khao jai) ay "maintindihan". Mabuting sabihin ito bago humingi ng interpreter.
lesson-useful-phrases-q2-b = "Hindi ako natatakot."
lesson-useful-phrases-q2-b-why = Hindi masyado. Ang เข้าใจ (khao jai) ay "maintindihan", kaya sinasabi ng pangungusap na hindi mo naiintindihan.
lesson-useful-phrases-q2-c = "Hindi ako sang-ayon sa iyo."
lesson-useful-phrases-q2-c-why = Hindi masyado. Tungkol ito sa pag-intindi, hindi sa pagsang-ayon. Sinasabi nito sa kausap na kailangan mo ng mas simpleng salita o ng interpreter.

lesson-useful-phrases-q3 = Sa Taiwan, ano ang ibig sabihin ng 我需要翻譯 (wo xuyao fanyi)?
lesson-useful-phrases-q3-a = "Kailangan kong magpatingin sa doktor."
lesson-useful-phrases-q3-a-why = Hindi masyado. Ang 翻譯 (fanyi) ay "interpreter" o "pagsasalin", hindi "doktor".
lesson-useful-phrases-q3-b = "Kailangan ko ng ticket."
lesson-useful-phrases-q3-b-why = Hindi masyado. Ang 我需要 (wo xuyao) ay "kailangan ko", at ang 翻譯 (fanyi) ay "interpreter".
lesson-useful-phrases-q3-c = "Kailangan ko ng interpreter."
lesson-useful-phrases-q3-c-why = Tama. Puwede kang humingi ng interpreter sa pulis, sa ospital o sa labor office.

lesson-useful-phrases-q4 = Bakit makabubuting nakasulat ang mga pangungusap na ito sa papel o sa cellphone?
lesson-useful-phrases-q4-a = Dahil nakasulat na hiling lang ang tinatanggap ng pulis.
lesson-useful-phrases-q4-a-why = Hindi masyado. Puwede ka ring magsalita sa pulis. Nakatutulong lang ang sulat kapag mahirap magsalita.
lesson-useful-phrases-q4-b = Dahil kapag takot ka, ipakita mo na lang ito.
lesson-useful-phrases-q4-b-why = Tama. Kapag kinakabahan, madaling makalimot o magkamali ng salita. Malinaw ang nakasulat.
lesson-useful-phrases-q4-c = Dahil ang pagsusulat ang tanging paraan para matuto ng wika.
lesson-useful-phrases-q4-c-why = Hindi masyado. Maraming paraan para matuto. Dito, ang layunin ay may handa kang salita kapag kailangan mo ito.

lesson-useful-phrases-q5 = Cantonese, hindi Mandarin, ang salita ng karamihan sa Hong Kong. Makatutulong pa rin ba roon ang nakasulat na Chinese?
lesson-useful-phrases-q5-a = Oo, parehong traditional characters ang gamit ng dalawang lugar.
lesson-useful-phrases-q5-a-why = Tama. Kahit magkaiba ang bigkas, nababasa ng mga taga-Hong Kong ang nakasulat na pangungusap.
lesson-useful-phrases-q5-b = Hindi, dahil hindi nakababasa ng Chinese characters ang mga taga-Hong Kong.
lesson-useful-phrases-q5-b-why = Hindi masyado. Araw-araw nagbabasa at nagsusulat ng Chinese characters ang mga taga-Hong Kong.
lesson-useful-phrases-q5-c = Kung sasabihin mo lang din ito sa Mandarin.
lesson-useful-phrases-q5-c-why = Hindi masyado. Sapat nang ipakita ang nakasulat. Hindi mo kailangang bigkasin.
