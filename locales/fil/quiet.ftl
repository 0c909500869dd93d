# Waymark — quiet contact, sync, backup and shared form strings (Filipino). Machine-drafted; awaiting native-speaker review.
# Every message id mirrors locales/en/quiet.ftl exactly.
# Plurals: in Filipino the CLDR category "one" also covers 2, 3, 5, 7, 8, 10 …, so [one] must keep { $count }.

## Quiet contact: written messages to a hotline, sealed so only the hotline can read them.

quiet-title = Tahimik na pakikipag-ugnayan
quiet-intro = Sumulat sa isang linya ng tulong nang hindi tumatawag. Ikinakandado ang mensahe mo sa teleponong ito, para ang linya ng tulong lang ang makabasa nito. Maghihintay ito rito hanggang magkaroon ng koneksyon, saka ito ipapadala.
quiet-hotlines-title = Sumulat sa
quiet-conversations-title = Mga usapan mo
quiet-empty = Hindi ka pa sumusulat sa kahit anong linya ng tulong.
quiet-outbox-waiting = { $count ->
    [one] { $count } mensahe ang naghihintay ng koneksyon.
   *[other] { $count } mensahe ang naghihintay ng koneksyon.
}
quiet-privacy-note = Ang linya ng tulong lang ang makababasa ng mga mensaheng ito. Hindi ito mababasa ng server na nagpapasa nito, at hindi rin nito malalaman ang numero ng telepono mo.
quiet-compose-hint = Isulat ang mensahe mo
quiet-send = Ipadala
quiet-new-conversation = Bagong usapan
quiet-retry = Subukang muli
quiet-earlier = Mga naunang mensahe
quiet-you = Ikaw
quiet-development-note = Pansubok na linya ng tulong ito, para masubukan ang app. Walang tunay na sasagot. Huwag itong gamitin sa emerhensiya.

quiet-status-queued = Naghihintay maipadala
quiet-status-sent = Naipadala na
quiet-status-delivered = Natanggap na ng linya ng tulong
quiet-status-replied = Sumagot na ang linya ng tulong
quiet-status-needs-attention = Hindi naipadala. Subukang muli.

quiet-hotline-waymark-dev-name = Pansanayang linya ng tulong (hindi totoo)
quiet-hotline-waymark-dev-about = Linya ng tulong para sanayin ang tahimik na pakikipag-ugnayan. Napupunta ang mga mensahe sa isang pansubok na lalagyan ng mensahe, hindi sa mga tunay na tagatulong.

## Sync

sync-title = Magpadala at tumanggap
sync-now = Magpadala at tumanggap ngayon
sync-offline = Walang koneksyon. Ligtas ang mga mensahe mo sa teleponong ito, at ipapadala ang mga ito mamaya.
sync-running = Nagpapadala at tumatanggap…
sync-done = Naipadala: { $sent }. Naihatid: { $delivered }. Mga sagot na natanggap: { $replies }.
sync-waiting = { $count ->
    [one] { $count } mensahe pa ang naghihintay. Susubukan ulit ng app pagkalipas ng { $seconds } segundo.
   *[other] { $count } mensahe pa ang naghihintay. Susubukan ulit ng app pagkalipas ng { $seconds } segundo.
}
sync-paused = Hiniling ng server na maghintay ang app. Susubukan ulit ng app pagkalipas ng { $minutes } minuto.
sync-budget = Nagamit na ng app ang lahat ng kahilingang pinapayagan nito sa oras na ito, para hindi ito mapansin. Susubukan ulit ng app pagkalipas ng { $minutes } minuto. Ligtas pa rin ang iyong mga mensahe sa teleponong ito.

## Backup and restore

backup-title = Pag-backup
backup-intro = Iniingatan ng backup ang mga kontak, usapan at progreso mo, at nakakandado ito gamit ang isang code sa pagbawi. Ang may hawak lang ng code ang makapagbubukas nito.
backup-now = Gumawa ng backup
backup-done = Naitabi na ang backup.
backup-working = Ginagawa ang backup…
backup-code-title = Ang iyong code sa pagbawi
backup-code-once = Isulat ang code na ito sa papel at itago sa ligtas na lugar. Isang beses lang ito ipapakita. Kung wala ito, hindi mabubuksan ang backup.
restore-title = Ibalik ang backup
restore-intro = Ilagay ang iyong code sa pagbawi para maibalik ang mga kontak, usapan at progreso mo.
restore-working = Ibinabalik ang backup…
task-stop = Itigil
restore-done = Naibalik na ang backup: { $contacts } kontak, { $conversations } usapan, { $messages } mensahe.

## Errors

error-message-empty = Sumulat muna ng mensahe.
error-message-control = May mga karakter sa mensaheng ito na hindi maipapadala (gaya ng NUL o mga control code ng terminal). Alisin ang mga ito at subukang muli.
error-message-too-long = Masyadong mahaba ang mensaheng ito. Paikliin mo ito (hanggang { $max } byte lang).
error-conversation-not-found = Wala na ang usapang ito.
error-hotline-not-found = Hindi maaabot sa mensahe ang linya ng tulong na ito.
error-outbox-full = { $max } mensahe na ang naghihintay na maipadala. Maghintay muna hanggang maipadala ang ilan sa mga ito.
error-relay-url = Hindi magagamit ang address ng server na ito. Dapat itong magsimula sa https://.
error-http-timeout = Ang WAYMARK_HTTP_TIMEOUT ay dapat buong bilang ng segundo mula 1 hanggang 600.
error-network = Hindi maabot ang server. Walang nawala; subukang muli mamaya.
error-cancelled = Itinigil. Walang nabago.
error-relay-refused = Tinanggihan ng server ang kahilingan. Walang nabago.
error-relay-too-large = Nagpadala ang server ng sagot na sobrang laki, kaya tinanggihan ito ng app. Walang nawala; subukan ulit mamaya.
error-recovery-code-invalid = Hindi ito code sa pagbawi. Ang code sa pagbawi ay may 24 na titik at numero.
error-recovery-code-wrong = Hindi nabubuksan ng code sa pagbawi na ito ang backup. Walang nabago.
error-backup-not-found = Walang backup na tumutugma sa code sa pagbawi na ito. Suriin ang code at subukang muli. Walang nabago.
error-restore-not-empty = Maibabalik lang ang backup sa isang bagong pribadong espasyo na wala pang kontak o usapan.

## Forms shared by the apps

contact-add = Magdagdag ng kontak
contact-edit = Baguhin ang kontak
contact-remove = Alisin ang kontak
contact-name = Pangalan
contact-phone = Numero ng telepono
contact-relation = Kaugnayan (halimbawa: ate, kaibigan)
contact-note = Tala
contact-channel = Paano sila makakausap
form-save = Itabi
form-cancel = Kanselahin
settings-relay = Server ng mensahe
menu-quiet = Sumulat sa linya ng tulong
menu-backup = Backup at pagbabalik
menu-settings = Mga Pagsasaayos

## Screens of the profile and safety flows

backup-new-code = Mag-backup gamit ang bagong code sa pagbawi
backup-new-code-explain = Ikakandado gamit ang bagong code ang mga susunod mong backup. Isang beses lang ito ipapakita: isulat mo ito.
