# Waymark — safety strings (Burmese, Unicode only — never Zawgyi). Machine-drafted; awaiting native-speaker review.
# Every message id mirrors locales/en/safety.ftl exactly.
# "-brand" is defined in app.ftl: never define or translate it here.

## Duress PIN

duress-title = အရေးပေါ်အတွက် ဒုတိယ PIN
duress-explain = တစ်ယောက်ယောက်က { -brand } ကို အတင်းဖွင့်ခိုင်းရင် ဒီဒုတိယ PIN ကို အစားထိုး ရိုက်ထည့်ပါ။ ဘေးကင်းတဲ့ ပုံစံတစ်ခု ပွင့်လာပြီး လူတိုင်း ကြည့်လို့ရတဲ့ အချက်အလက်တွေကိုသာ ပြပါမယ်။
duress-set-done = သင့်ဒုတိယ PIN အသင့်ဖြစ်ပါပြီ။
duress-removed = သင့်ဒုတိယ PIN ကို ဖယ်ရှားပြီးပါပြီ။
duress-wipe-explain = ဒုတိယ PIN ကို သုံးတဲ့အခါ အားလုံးကို ဖျက်ပစ်ဖို့ ရွေးနိုင်ပါတယ်။ တစ်စုံတစ်ယောက်ရဲ့ ရှေ့မှာ ဖျက်လိုက်ရင် သူတို့ ပိုဒေါသထွက်လာနိုင်ပါတယ်။ ဒါကြောင့် သင်ကိုယ်တိုင် မဖွင့်မချင်း ဒါကို ပိတ်ထားပါတယ်။
duress-wipe-on = ဒုတိယ PIN က အားလုံးကို ဖျက်မည်: ဖွင့်ထားသည်
duress-wipe-off = ဒုတိယ PIN က အားလုံးကို ဖျက်မည်: ပိတ်ထားသည်

## Wrong-PIN protection

policy-title = PIN ကို ခန့်မှန်းဖွင့်ခြင်းမှ ကာကွယ်ရန်
policy-delays = PIN ကို 5 ကြိမ် မှားပြီးနောက် ထပ်ကြိုးစားတိုင်း { -brand } က သင့်ကို ပိုကြာကြာ စောင့်ခိုင်းပါမယ်။
policy-wipe-off = PIN အကြိမ်များစွာ မှားရင် ဖျက်မည်: ပိတ်ထားသည်
policy-wipe-on = PIN ကို { $count } ကြိမ် ဆက်တိုက် မှားရင် အားလုံးကို ဖျက်ပါမယ်။
policy-failures = နောက်ဆုံး အမှန်ရိုက်ပြီးကတည်းက PIN မှားခဲ့တဲ့ အကြိမ်: { $count }
unlock-wait = ထပ်မကြိုးစားခင် { $seconds } စက္ကန့် စောင့်ပါ။
unlock-wait-minutes = ထပ်မကြိုးစားခင် { $minutes } မိနစ် စောင့်ပါ။

## Erase everything

wipe-title = အားလုံးကို ဖျက်ရန်
wipe-explain = ဒါက သင့် PIN၊ အဆက်အသွယ်များ၊ စာများနဲ့ တိုးတက်မှု မှတ်တမ်းကို ဒီဖုန်းထဲကနေ ချက်ချင်း ဖျက်ပစ်ပါမယ်။ ပြန်ယူလို့ မရပါ။
wipe-confirm = ယခု ဖျက်မည်
wipe-done = အားလုံးကို ဖျက်ပြီးပါပြီ။ { -brand } က အခု အသစ်လို ဖြစ်နေပါပြီ။

## Quick exit

quick-exit = အမြန်ထွက်ရန်

## Disguise

disguise-title = အသွင်ပြောင်းရန်
disguise-explain = ပင်မမျက်နှာပြင်နဲ့ အကြောင်းကြားချက်တွေမှာ { -brand } ကို ဘယ်လို ပေါ်စေချင်လဲ ရွေးပါ။
disguise-none = { -brand }
disguise-calculator = ဂဏန်းတွက်စက်
disguise-notes = မှတ်စုများ
disguise-weather = ရာသီဥတု
notification-body = ဖွင့်ရန် တို့ပါ။
calculator-error = အမှား

## Emergency contacts

contacts-title = အရေးပေါ် အဆက်အသွယ်များ
contacts-empty = ဘယ်သူ့ကိုမှ မထည့်ရသေးပါ။
contact-saved = အဆက်အသွယ်ကို သိမ်းပြီးပါပြီ။
contact-removed = အဆက်အသွယ်ကို ဖယ်ရှားပြီးပါပြီ။
contact-trusted = အကူအညီတောင်းရန် ယုံကြည်ရသူ
channel-sms = စာတို (SMS)
channel-call = ဖုန်းခေါ်ဆိုမှု
settings-country = သင့်နိုင်ငံ (ဖုန်းနံပါတ်များအတွက်)

## SOS

sos-title = အကူအညီတောင်းရန် (SOS)
sos-explain = သင်ယုံကြည်ရတဲ့ လူတွေဆီ စာတို (SMS) ပို့ပေးပါတယ်။ မိုဘိုင်းဒေတာ မလိုပါ။
sos-sms-warning = စာတိုတွေကို ကုဒ်ဝှက်မထားပါ၊ လျှို့ဝှက်ချက် မဟုတ်ပါ။ ဖုန်းကုမ္ပဏီနဲ့ စာရတဲ့ဖုန်းကို ကြည့်တဲ့ ဘယ်သူမဆို ဖတ်လို့ရပါတယ်။
sos-message = အကူအညီ အမြန်လိုနေပါတယ်။ ဖုန်းဆက်ပါ၊ ဒါမှမဟုတ် အခုချက်ချင်း လာခဲ့ပါ။
sos-message-named = { $name } အကူအညီ အမြန်လိုနေပါတယ်။ ဖုန်းဆက်ပါ၊ ဒါမှမဟုတ် အခုချက်ချင်း လာခဲ့ပါ။
sos-location = လက်ရှိ တည်နေရာ: { $latitude }, { $longitude } ({ $accuracy } မီတာ အတွင်း): { $link }
sos-practice = လေ့ကျင့်မှု: ဘာမှ ပို့မှာ မဟုတ်ပါ။
sos-ready = ယုံကြည်ရသူ { $count } ဦးဆီ ပို့ဖို့ အသင့်ဖြစ်ပါပြီ။
sos-review = ဒီစာကို ဘယ်သူတွေ ရမလဲ စစ်ကြည့်ပါ။ သင် အတည်ပြုမှသာ ပို့ပါမယ်။
sos-confirm = SOS ကို ယခု ပို့မည်
sos-cancel = မပို့ပါ
sos-sent = ယုံကြည်ရသူ { $count } ဦးဆီ SOS ပို့ပြီးပါပြီ။ တစ်ဦးစီ ရရှိသည့်စာမှာ:
sos-to = { $name } ({ $phone }) သို့
sos-history-title = အကူအညီတောင်းခဲ့မှု မှတ်တမ်း

## Traces on this phone

traces-title = ဒီဖုန်းပေါ်က ခြေရာများ
traces-intro = သင့်ဖုန်းကို လှန်လှောကြည့်တဲ့သူက { -brand } ရဲ့ ခြေရာ ဒါမှမဟုတ် သင်ဆက်သွယ်တဲ့ လူတွေရဲ့ ခြေရာကို တွေ့နိုင်ပါတယ်။ လုံခြုံတဲ့အချိန်မှာ ဒီနေရာတွေကို စစ်ကြည့်ပါ။
traces-call-log = ခေါ်ဆိုမှု မှတ်တမ်း: အကူအညီ ဖုန်းလိုင်းကို ခေါ်ထားတာတွေ သင့်ဖုန်းရဲ့ ခေါ်ဆိုမှု မှတ်တမ်းထဲမှာ ပေါ်ပါတယ်။ တစ်ခုချင်း ဖျက်နိုင်ပါတယ်။
traces-sms = စာတိုများ: အကူအညီတောင်း စာတိုတွေက ပို့ပြီးသား စာတွေထဲမှာ ကျန်နေပါတယ်။ ပို့ပြီးရင် ဖျက်နိုင်ပါတယ်။
traces-gallery = ဓာတ်ပုံနဲ့ ဖန်သားပြင်ဓာတ်ပုံ: စာရွက်စာတမ်း ဒါမှမဟုတ် စကားပြောထားတာတွေရဲ့ ပုံတွေက သင့်ဓာတ်ပုံပြခန်းထဲမှာ သိမ်းထားပါတယ်။
traces-notifications = အကြောင်းကြားချက်များ: စာတွေက သော့ခတ်မျက်နှာပြင်ပေါ်မှာ ပေါ်လာနိုင်ပါတယ်။ ဖုန်းရဲ့ ဆက်တင်ထဲမှာ စာအကြောင်းအရာ ပြခြင်းကို ပိတ်ပါ။
traces-cloud = အွန်လိုင်း အရန်သိမ်းဆည်းမှု: သင့်ဖုန်းက ဓာတ်ပုံ၊ စာ၊ ခေါ်ဆိုမှု မှတ်တမ်းတွေကို တခြားသူ ဖွင့်နိုင်တဲ့ အွန်လိုင်းအကောင့်ထဲ ကူးထားနိုင်ပါတယ်။
traces-browser = ဝဘ်ဘရောက်ဇာ: ရှာခဲ့တာတွေနဲ့ ဖွင့်ခဲ့တဲ့ စာမျက်နှာတွေ မှတ်တမ်းထဲမှာ ကျန်နေပါတယ်။ သီးသန့်တဘ်ကို သုံးပါ၊ ဒါမှမဟုတ် မှတ်တမ်းကို ရှင်းပါ။
traces-keyboard = ကီးဘုတ်: သင့်ကီးဘုတ်က အမည်တွေ၊ နေရာတွေလို အရင်က ရိုက်ခဲ့တဲ့ စကားလုံးတွေကို အကြံပြုနိုင်ပါတယ်။

## Errors

error-wait = PIN မှားတာ အကြိမ်များလွန်းပါတယ်။ ထပ်မကြိုးစားခင် { $seconds } စက္ကန့် စောင့်ပါ။
error-wait-minutes = PIN မှားတာ အကြိမ်များလွန်းပါတယ်။ ထပ်မကြိုးစားခင် { $minutes } မိနစ် စောင့်ပါ။
error-duress-same-as-pin = ဒုတိယ PIN က သင့် PIN နဲ့ မတူရပါ။
error-contact-name-empty = အမည်တစ်ခု ရိုက်ထည့်ပါ။
error-contact-name-too-long = အမည်မှာ စာလုံး { $max } လုံးထက် မပိုရပါ။
error-note-too-long = မှတ်ချက်မှာ စာလုံး { $max } လုံးထက် မပိုရပါ။
error-phone-invalid = ဒါ ဖုန်းနံပါတ်နဲ့ မတူပါ။
error-phone-needs-country = နိုင်ငံကုဒ် (ဥပမာ +66) ထည့်ပါ၊ ဒါမှမဟုတ် ဆက်တင်ထဲမှာ သင့်နိုင်ငံကို ရွေးပါ။
error-contact-not-found = ဒီအဆက်အသွယ် မရှိတော့ပါ။
error-no-trusted-contacts = ယုံကြည်ရတဲ့ အဆက်အသွယ် အနည်းဆုံး တစ်ယောက်ကို အရင်ရွေးပါ။
error-wipe-policy-range = { $min } မှ { $max } အထိ ဂဏန်းတစ်ခု ရွေးပါ။
error-unknown-country = ဒီနိုင်ငံကို ရွေးလို့ မရပါ။

## Screens of the profile and safety flows

duress-pin-label = ဒုတိယ PIN
duress-set = ဒုတိယ PIN ကို သိမ်းရန်
duress-remove = ဒုတိယ PIN ကို ဖယ်ရှားရန်
duress-state-on = ဒုတိယ PIN သတ်မှတ်ထားပါသည်။
duress-state-off = ဒုတိယ PIN မသတ်မှတ်ရသေးပါ။
settings-country-none = မရွေးရသေးပါ
sos-history-empty = SOS တစ်ခါမှ မပို့ရသေး၊ မလေ့ကျင့်ရသေးပါ။
sos-history-sent = { $date }: ယုံကြည်ရသူ { $count } ဦးဆီ ပို့ခဲ့သည်
sos-history-practice = { $date }: ယုံကြည်ရသူ { $count } ဦးနှင့် လေ့ကျင့်ခဲ့သည်
sos-history-location = သင့်တည်နေရာ ပါဝင်ခဲ့သည်။

# SOS location, chosen at review: the platform asks for permission only then.
sos-location-add = ကျွန်ုပ်၏ တည်နေရာကို ထည့်ပါ
sos-location-add-explain = ဖုန်းက အရင်ဆုံး ခွင့်ပြုချက် တောင်းပါမယ်။ စာတိုကို ဖတ်တဲ့ ဘယ်သူမဆို သင်ဘယ်မှာ ရှိလဲဆိုတာ မြင်ရပါမယ်။
sos-location-included = သင့်တည်နေရာ စာထဲမှာ ပါဝင်ပါတယ်။
sos-location-unavailable = သင့်တည်နေရာကို ထည့်လို့ မရပါ (ခွင့်ပြုချက် မရှိ၊ ဒါမှမဟုတ် ဖုန်းက သင်ဘယ်မှာ ရှိလဲ မသိပါ)။ SOS က တည်နေရာ မပါဘဲ အလုပ်လုပ်ပါတယ်။
