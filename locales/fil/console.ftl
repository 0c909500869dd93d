# Console ng hotline (console/) — hindi bahagi ng app sa telepono.

app-title = Console ng hotline ng Waymark
language-label = Wika
nav-label = Mga bahagi
nav-inbox = Inbox ng mga mensahe
nav-operators = Mga kawani
nav-canned = Mga nakahandang sagot
nav-audit = Talaan ng gawain
nav-retention = Pagtatago ng datos
nav-keys = Mga susi ng hotline
signout = Mag-sign out
signed-in-as = Naka-sign in bilang { $name }
loading = Naglo-load…
new-messages = { $count ->
    [one] Isang bagong mensahe
   *[other] { $count } bagong mensahe
}

signin-title = Mag-sign in
signin-submit = Mag-sign in
signin-working = Sinusuri…
field-name = Pangalan
field-passphrase = Password
field-passphrase-new = Password (hindi bababa sa { $min } na karakter)
field-passphrase-again = Ulitin ang password

invite-title = Sumali sa pangkat ng hotline
invite-intro = Inimbitahan ka bilang { $role }. Pumili ng pangalan at password. Ginagawa ang susi mo sa computer na ito at iniimbak lamang nang nakakandado sa iyong password.
invite-submit = Sumali
invite-heading = Mag-imbita ng kasamahan
invite-role = Tungkulin
invite-create = Gumawa ng link ng imbitasyon
invite-expires = Isang beses lang magagamit ang link, hanggang { $time }.
role-admin = tagapangasiwa
role-operator = kawani ng kaso

import-title = I-import ang susi ng hotline
import-intro = I-paste ang pribadong susi ng hotline (64 na hexadecimal na digit). Ikinakandado ito sa sarili mong susi sa browser na ito; hindi ito nakikita ng relay kailanman.
import-field = Pribadong susi ng hotline
import-submit = I-import
nokey-title = Naghihintay ng pahintulot
your-fingerprint = Fingerprint ng susi mo (ihahambing ito ng tagapangasiwa bago magbigay ng pahintulot):
nokey-operator = Hindi ka pa binibigyan ng tagapangasiwa ng susi ng hotline. Humingi ng pahintulot, saka mag-sign in muli.

inbox-title = Mga mensahe
inbox-empty = Wala pang mensahe.
inbox-no-match = Walang usapang tugma sa mga filter na ito.
inbox-unreadable = { $count ->
    [one] Isang mensahe ang hindi mabuksan ng mga susi ng hotline na hawak mo: maaaring sira ito, o naselyuhan ng susing hindi pa ibinibigay sa iyo.
   *[other] { $count } mensahe ang hindi mabuksan ng mga susi ng hotline na hawak mo: maaaring sira ang mga ito, o naselyuhan ng susing hindi pa ibinibigay sa iyo.
}
filter-status = Katayuan
filter-any-status = Lahat ng katayuan
filter-assignee = Nakatalaga kay
filter-anyone = Kahit sino
filter-mine = Akin
filter-unassigned = Wala pang nakatalaga
search-placeholder = Maghanap sa mga mensaheng nababasa mo
col-person = Mensahe
col-language = Wika
col-status = Katayuan
col-assignee = Nakatalaga kay
col-unread = Hindi pa nababasa
col-last = Huling gawain
col-role = Tungkulin
col-state = Katayuan ng account
col-fingerprint = Fingerprint ng susi
col-access = Pahintulot
col-time = Oras
col-operator = Sino
col-action = Ano
col-conversation = Usapan
col-target = Kasamahan
col-key-id = Id ng susi
col-public-key = Pampublikong susi

status-new = Bago
status-open = Bukas
status-waiting = Naghihintay sa tao
status-closed = Sarado
state-active = Aktibo
state-suspended = Suspendido
state-removed = Inalis
assignee-nobody = Wala pa
assignee-me = Ako
assignee-me-named = Ako ({ $name })
saved = Na-save na.
assign-to-me = Italaga sa akin

back-to-inbox = Bumalik sa mga mensahe
conv-started = Nagsimula ang usapan { $time }
message-meta = Isinulat { $time }
message-unreadable = Hindi mabuksan ang mensaheng ito ng mga susi ng hotline na hawak mo.
record-unreadable = Hindi mabuksan ang entry na ito ng mga susi ng hotline na hawak mo.
reply-by = Sagot ni { $name }
note-by = Pribadong tala ni { $name }
delivery-sent = naghihintay sa mailbox
delivery-picked-up = nakuha na ng telepono
reply-label = Sagot
reply-send = Ipadala ang sagot
canned-pick = Maglagay ng nakahandang sagot…
canned-other-languages = Ibang wika
note-label = Pribadong tala
note-private = Ang pangkat lang ang nakakakita ng mga tala; hindi kailanman ang tao.
note-add = Magdagdag ng tala
tags-label = Mga tag (pinaghihiwalay ng kuwit)
tags-save = I-save ang mga tag
export = I-export ang usapan
export-heading = Usapan sa Waymark { $conversation } (na-export, na-decrypt)

grant = Bigyan ng pahintulot
grant-explain = Pagkasali ng kasamahan, ihambing ang fingerprint ng susi niya sa nakikita niya sa screen, saka bigyan ng pahintulot: ikakandado ng browser mo ang susi ng hotline sa susi niya.
access-ok = May susi ng hotline
access-missing = Kailangan ng pahintulot
suspend = Suspindihin
resume = Ibalik
remove = Alisin
remove-confirm = I-click muli para alisin si { $name }

canned-new = Bagong nakahandang sagot
canned-editing = Baguhin ang nakahandang sagot
canned-title = Pamagat
canned-body = Teksto
canned-save = I-save
canned-update = I-save ang mga pagbabago
canned-empty = Wala pang nakahandang sagot.
edit = Baguhin
delete = Burahin

audit-explain = Sino ang gumawa ng ano at kailan. Hindi kailanman itinatago ng talaan ang isinulat ng sinuman.
audit-older = Mas lumang entry
audit-signed_in = nag-sign in
audit-signed_out = nag-sign out
audit-sign_in_failed = hindi nakapag-sign in
audit-opened = nagbukas ng usapan
audit-status = nagpalit ng katayuan
audit-assigned = nagtalaga ng usapan
audit-tagged = nagpalit ng mga tag
audit-noted = nagdagdag ng tala
audit-replied = sumagot
audit-exported = nag-export ng usapan
audit-invited = nag-imbita ng tao
audit-joined = sumali
audit-granted = nagbigay ng pahintulot
audit-suspended = nagsuspinde ng kasamahan
audit-resumed = nagbalik ng kasamahan
audit-removed = nag-alis ng kasamahan
audit-key_added = nagdagdag ng susi ng hotline
audit-canned_saved = nag-save ng nakahandang sagot
audit-canned_deleted = nagbura ng nakahandang sagot
audit-retention_set = nagpalit ng patakaran sa pagtatago
audit-retention_deleted = nagbura ng mga usapan ayon sa patakaran sa pagtatago

retention-explain = Binubura nang tuluyan ang mga usapan sa relay; ang natitira lang ay ang pumipigil sa telepono na ipadala ulit ang mga ito. Iwanang walang laman ang kahon para itago ang mga usapan magpakailanman.
retention-closed = Burahin ang mga saradong usapan pagkalipas ng (araw)
retention-inactive = Burahin ang mga usapang walang gawain pagkalipas ng (araw)
retention-save = I-save ang patakaran
retention-saved = Na-save ang patakaran.
retention-run = Ilapat ngayon
retention-deleted = { $count ->
    [one] Isang usapan ang nabura.
   *[other] { $count } usapan ang nabura.
}

keys-rotate = Magdagdag o magpalit ng susi ng hotline
keys-explain = I-paste ang bagong pribadong susi. Pagkatapos, ibigay ito sa bawat kasamahan sa pahina ng Mga kawani, at ilathala ang bagong pampublikong susi sa isang nilagdaang content pack (docs/console.md).
keys-add = Idagdag ang susi

error-network = Hindi maabot ang relay. Hindi nawala ang tinype mo; subukan ulit kapag bumalik ang koneksyon.
error-session-expired = Natapos na ang session mo. Mag-sign in muli; nananatili ang tinype mo.
error-bad-credentials = Mali ang pangalan o password na iyan, o hindi na aktibo ang account na ito.
error-rate-limited = Masyadong maraming subok. Maghintay ng ilang minuto at subukan ulit.
error-forbidden = Ang tagapangasiwa lang ang makagagawa niyan.
error-not-found = Wala na iyan sa relay.
error-storage = Hindi ito ma-save ng relay. Subukan ulit maya-maya.
error-unknown = May nagkamali ({ $code }). Subukan ulit.
error-does-not-open = Hindi ito mabuksan ng mga susing hawak mo.
error-key-blob = Hindi mabuksan ng password na ito ang susi mo sa relay. Magtanong sa tagapangasiwa.
error-no-hotline-key = Wala ka pang susi ng hotline.
error-passphrase-short = Kailangan ng password ng hindi bababa sa 12 karakter.
error-passphrase-mismatch = Hindi magkapareho ang dalawang password.
error-name-empty = Maglagay ng pangalan.
error-name-taken = May gumagamit na ng pangalang iyan. Pumili ng iba.
error-invite-gone = Hindi wasto ang link ng imbitasyong ito: nagamit na o nag-expire na. Humingi ng bago.
error-key-hex = Ang susi ng hotline ay 64 na hexadecimal na digit (0–9, a–f).
error-reply-empty = Isulat muna ang sagot.
error-note-empty = Isulat muna ang tala.
error-canned-empty = Kailangan ng pamagat at teksto ang nakahandang sagot.
error-too-long = Masyadong mahaba ang teksto (hanggang 8 KiB lang).
error-no-route = Wala pang address para sa sagot ang usapang ito: hindi pa ito naipapadala ng telepono. Hintayin ang susunod na mensahe.
error-days = Maglagay ng buong bilang ng araw, o iwanang walang laman.
