# Waymark — application strings (Filipino). Machine-drafted; awaiting native-speaker review.
# "-brand" is the product name: never translate it.

-brand = Waymark

## Set-up screen

setup-title = Ihanda ang { -brand }
setup-intro = Pumili ng PIN (4 hanggang 12 numero) o ng password (hindi bababa sa 8 karakter). Lahat ng itinatago mo sa { -brand } ay ikakandado gamit ito.
setup-pin-label = PIN o password
setup-confirm-label = Ilagay itong muli
setup-submit = Gawin ang aking pribadong espasyo
setup-warning = Kapag nakalimutan mo ang iyong PIN, walang makakapagbukas ng iyong datos, kahit ang koponan ng { -brand }.
setup-done = Handa na ang iyong pribadong espasyo at nakakandado ito gamit ang iyong PIN.

## Unlock screen

unlock-title = Ilagay ang iyong PIN
unlock-prompt = Ilagay ang iyong PIN o password para mabuksan ang { -brand }.
unlock-submit = Buksan
unlock-done = Nabuksan na.

## Locking

lock-action = Ikandado ngayon
lock-done = Nakakandado na ang { -brand }.
lock-on-exit = Muling makakandado ang { -brand } sa sandaling matapos ang utos na ito.

## Home screen

home-title = Tahanan
home-greeting = Maligayang pagbabalik.
home-greeting-named = Maligayang pagbabalik, { $name }.
home-language = Wika: { $language }
review-machine-drafted = Ang salin na ito ay ginawa ng makina at hindi pa nasusuri ng katutubong tagapagsalita.
review-native-reviewed = Ang salin na ito ay nasuri na ng katutubong tagapagsalita.

## Profile state

state-new = Hindi pa naihahanda
state-locked = Nakakandado
state-unlocked = Bukas
status-state = Kalagayan: { $state }

## Changing the PIN

change-pin-title = Palitan ang PIN
change-pin-current = Kasalukuyang PIN o password
change-pin-new = Bagong PIN o password
change-pin-done = Napalitan na ang iyong PIN.

## Settings

settings-title = Mga Pagsasaayos
settings-language = Wika
settings-language-device = Kapareho ng aparatong ito ({ $language })
settings-display-name = Ano ang itatawag sa iyo ng { -brand }?
settings-saved = Naitabi na.

## Language check (for translators)

l10n-check-ok = Kumpleto ang mga mensahe sa lahat ng { $count } wika.
l10n-check-failed = Mga problemang nakita sa mga salin: { $count }.
content-root-missing = Walang nakitang folder na content/ at locales/ doon o sa alinmang folder sa itaas nito. Patakbuhin ito sa loob ng repository ng { -brand }, o ibigay ang --root DIR.

## Errors

error-wrong-pin = Hindi tama ang PIN o password na iyan.
error-pin-empty = Maglagay ng PIN o password.
error-pin-too-short = Dapat may hindi bababa sa 4 na numero ang PIN.
error-pin-too-long = Hindi maaaring lumampas sa 12 numero ang PIN.
error-passphrase-too-short = Dapat may hindi bababa sa { $min } karakter ang password.
error-passphrase-too-long = Hindi maaaring lumampas sa { $max } karakter ang password.
error-pin-missing = Walang ibinigay na PIN. Itakda ang WAYMARK_PIN o itipa ang PIN sa karaniwang pasukan ng utos.
error-input-not-text = Hindi nababasang teksto ang input na ito (dapat UTF-8). Walang nabago.
error-file-not-found = Walang file sa lokasyong ito.
error-pins-differ = Hindi magkatugma ang dalawang inilagay mo.
error-not-set-up = Hindi pa naihahanda ang { -brand } sa aparatong ito.
error-already-set-up = Naihanda na ang { -brand } sa aparatong ito.
error-locked = Nakakandado ang { -brand }. Ilagay muna ang iyong PIN.
error-corrupted = Sira ang iyong nakatabing datos at hindi ito mabasa. Walang nabago. Kung gumawa ka ng backup, maaari mong burahin ang datos at ibalik ito gamit ang iyong code sa pagbawi.
error-platform-secret = Hindi sumagot ang ligtas na imbakan ng teleponong ito. Subukang muli.
error-storage = Hindi maitabi o mabasa ng { -brand } ang datos nito sa aparatong ito.
error-unknown-language = Hindi magagamit ang wikang ito.
error-name-too-long = Hindi maaaring lumampas sa { $max } karakter ang pangalan.
error-invalid-input = Hindi puwedeng gamitin dito ang halagang ito.
error-usage = Hindi naintindihan ang utos na ito.
error-tui-needs-terminal = Kailangan ng terminal app ng terminal na mapagpapakitaan. Sa mga script, gamitin ang ibang mga utos.
error-internal = May nangyaring mali sa loob ng { -brand }. Ligtas ang iyong datos. Pakisubukang muli.

## Screens of the profile and safety flows

settings-display-name-hint = Hindi kailangan. Kapag iniwang blangko, walang pangalang gagamitin ang { -brand }.

# The phone's key store lost the key of the device secret: nothing stored opens again.
error-platform-secret-lost = Wala na sa teleponong ito ang susing nagpoprotekta sa mga naka-save sa app na ito. Hindi na mabubuksan muli ang mga naka-save dito.
secret-lost-title = Hindi na mabubuksan ang naka-save na data
secret-lost-explain = Wala na sa ligtas na lalagyan ng susi ng teleponong ito ang susing nagpoprotekta sa mga naka-save sa app na ito. Puwede itong mangyari kapag inalis ang screen lock o ni-reset ang telepono. Wala nang PIN na makapagbubukas nito, at wala ring ibang makapagbubukas nito.
secret-lost-start-over = Magsimula muli
secret-lost-start-over-explain = Buburahin ang natitira sa teleponong ito at ise-set up muli ang app gamit ang bagong PIN.
secret-lost-restore = I-restore mula sa backup
secret-lost-restore-explain = Buburahin ang natitira sa teleponong ito. Pagkatapos, pumili ng bagong PIN at ilagay ang iyong recovery code para maibalik ang huli mong backup.
