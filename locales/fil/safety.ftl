# Waymark — safety strings (Filipino). Machine-drafted; awaiting native-speaker review.
# Duress PIN, wrong-PIN protection, erase, quick exit, disguise, emergency contacts, SOS, traces.

## Duress PIN

duress-title = Ikalawang PIN para sa emerhensiya
duress-explain = Kung may pumilit sa iyo na buksan ang { -brand }, ilagay mo ang ikalawang PIN na ito. Magbubukas ito ng bersyong walang panganib, na pampublikong impormasyon lang ang ipinapakita.
duress-set-done = Handa na ang iyong ikalawang PIN.
duress-removed = Inalis na ang iyong ikalawang PIN.
duress-wipe-explain = Maaari mong piliing mabura ang lahat kapag ginamit ang ikalawang PIN. Kapag nagbura ka sa harap ng isang tao, baka lalo siyang magalit, kaya nakapatay ito hangga't hindi mo binubuksan.
duress-wipe-on = Binubura ng ikalawang PIN ang lahat: nakabukas
duress-wipe-off = Binubura ng ikalawang PIN ang lahat: nakapatay

## Wrong-PIN protection

policy-title = Proteksyon laban sa panghuhula ng PIN
policy-delays = Pagkatapos ng 5 maling PIN, mas matagal kang paghihintayin ng { -brand } bago ang bawat bagong subok.
policy-wipe-off = Burahin kapag sobrang dami ng maling PIN: nakapatay
policy-wipe-on = Burahin ang lahat pagkatapos ng { $count } sunud-sunod na maling PIN.
policy-failures = Mga maling PIN mula sa huling tamang PIN: { $count }
unlock-wait = Maghintay muna ng { $seconds } segundo bago subukang muli.
unlock-wait-minutes = Maghintay muna ng { $minutes } minuto bago subukang muli.

## Erase everything

wipe-title = Burahin ang lahat
wipe-explain = Buburahin nito agad sa teleponong ito ang iyong PIN, mga kontak, mensahe at progreso. Hindi na ito maibabalik.
wipe-confirm = Burahin ngayon
wipe-done = Nabura na ang lahat. Parang bago na ulit ang { -brand }.

## Quick exit

quick-exit = Mabilis na paglabas

## Disguise

disguise-title = Pagbabalatkayo
disguise-explain = Piliin kung ano ang itsura ng { -brand } sa pangunahing screen at sa mga abiso.
disguise-none = { -brand }
disguise-calculator = Kalkulador
disguise-notes = Mga Tala
disguise-weather = Panahon
notification-body = Pindutin para buksan.
calculator-error = Mali

## Emergency contacts

contacts-title = Mga kontak para sa emerhensiya
contacts-empty = Wala ka pang naidaragdag na kahit sino.
contact-saved = Naitabi ang kontak.
contact-removed = Inalis ang kontak.
contact-trusted = Pinagkakatiwalaan para sa SOS
channel-sms = Mensaheng SMS
channel-call = Tawag sa telepono
settings-country = Ang iyong bansa (para sa mga numero ng telepono)

## SOS

sos-title = Humingi ng tulong (SOS)
sos-explain = Nagpapadala ng mensaheng SMS sa mga taong pinagkakatiwalaan mo. Gumagana ito kahit walang internet.
sos-sms-warning = Hindi lihim at hindi protektado ang mga mensaheng SMS: mababasa ito ng kompanya ng telepono, at ng sinumang titingin sa teleponong tatanggap nito.
sos-message = Kailangan ko ng tulong agad. Pakitawagan mo ako o pumunta ka rito ngayon din.
sos-message-named = Kailangan ni { $name } ng tulong agad. Pakitawagan o puntahan siya ngayon din.
sos-location = Lokasyon ko: { $latitude }, { $longitude } (sa loob ng { $accuracy } m): { $link }
sos-practice = Pagsasanay: walang ipapadala.
sos-ready = Handang ipadala sa { $count } pinagkakatiwalaang tao.
sos-review = Tingnan kung sino ang makakatanggap ng mensaheng ito. Walang ipapadala hangga't hindi mo kinukumpirma.
sos-confirm = Ipadala ang SOS ngayon
sos-cancel = Huwag ipadala
sos-sent = Naipadala ang SOS sa { $count } pinagkakatiwalaang tao. Ito ang natanggap ng bawat isa:
sos-to = Para kay { $name } ({ $phone })
sos-history-title = Kasaysayan ng SOS

## Traces on this phone

traces-title = Mga bakas sa teleponong ito
traces-intro = Ang taong maghahalughog sa iyong telepono ay maaaring makakita ng palatandaan ng { -brand } o ng mga taong kinakausap mo. Tingnan ang mga bahaging ito kapag ligtas nang gawin.
traces-call-log = Listahan ng tawag: lumalabas sa kasaysayan ng tawag ng iyong telepono ang mga tawag sa linya ng tulong. Maaari mong burahin ang mga ito isa-isa.
traces-sms = Mga mensahe: nananatili ang mga mensaheng SOS sa mga naipadalang mensahe. Maaari mong burahin ang mga ito pagkatapos ipadala.
traces-gallery = Mga litrato at kuha ng screen: naitatabi sa iyong galerya ang mga larawan ng dokumento o ng usapan.
traces-notifications = Mga abiso: maaaring lumabas ang mga mensahe sa nakakandadong screen. Patayin ang pagpapakita ng laman ng mensahe sa mga pagsasaayos ng iyong telepono.
traces-cloud = Mga kopya sa internet: maaaring kopyahin ng iyong telepono ang mga litrato, mensahe at listahan ng tawag sa isang akawnt sa internet na mabubuksan ng ibang tao.
traces-browser = Paghahanap sa internet: nananatili sa kasaysayan ang mga hinanap mo at mga pahinang binuksan mo. Gumamit ng pribadong tab o burahin ang kasaysayan.
traces-keyboard = Keyboard: maaaring imungkahi ng iyong keyboard ang mga salitang itinipa mo dati, gaya ng mga pangalan o lugar.

## Errors

error-wait = Sobrang dami ng maling PIN. Maghintay muna ng { $seconds } segundo bago subukang muli.
error-wait-minutes = Sobrang dami ng maling PIN. Maghintay muna ng { $minutes } minuto bago subukang muli.
error-duress-same-as-pin = Dapat iba ang ikalawang PIN sa iyong PIN.
error-contact-name-empty = Maglagay ng pangalan.
error-contact-name-too-long = Hindi maaaring lumampas sa { $max } karakter ang pangalan.
error-note-too-long = Hindi maaaring lumampas sa { $max } karakter ang tala.
error-phone-invalid = Mukhang hindi ito numero ng telepono.
error-phone-needs-country = Ilagay sa unahan ang numero ng bansa (halimbawa +66), o piliin ang iyong bansa sa mga pagsasaayos.
error-contact-not-found = Wala na ang kontak na ito.
error-no-trusted-contacts = Pumili muna ng kahit isang kontak na pinagkakatiwalaan.
error-wipe-policy-range = Pumili ng numero mula { $min } hanggang { $max }.
error-unknown-country = Hindi magagamit ang bansang ito.

## Screens of the profile and safety flows

duress-pin-label = Ikalawang PIN
duress-set = I-save ang ikalawang PIN
duress-remove = Alisin ang ikalawang PIN
duress-state-on = May nakatakdang ikalawang PIN.
duress-state-off = Wala pang nakatakdang ikalawang PIN.
settings-country-none = Hindi pa napili
sos-history-empty = Wala pang naipadala o naisanay na SOS.
sos-history-sent = { $count ->
    [one] { $date }: naipadala sa isang pinagkakatiwalaang tao
   *[other] { $date }: naipadala sa { $count } pinagkakatiwalaang tao
}
sos-history-practice = { $count ->
    [one] { $date }: pagsasanay kasama ang isang pinagkakatiwalaang tao
   *[other] { $date }: pagsasanay kasama ang { $count } pinagkakatiwalaang tao
}
sos-history-location = Kasama ang iyong lokasyon.

# SOS location, chosen at review: the platform asks for permission only then.
sos-location-add = Isama ang aking lokasyon
sos-location-add-explain = Hihingi muna ng pahintulot ang telepono. Makikita ng sinumang magbasa ng text kung nasaan ka.
sos-location-included = Kasama sa mensahe ang iyong lokasyon.
sos-location-unavailable = Hindi maidagdag ang iyong lokasyon (walang pahintulot, o hindi alam ng telepono kung nasaan ka). Gumagana pa rin ang SOS kahit wala ito.
