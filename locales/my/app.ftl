# Waymark — application strings (Burmese, Unicode only — never Zawgyi). Machine-drafted; awaiting native-speaker review.
# Every message id mirrors locales/en/app.ftl exactly.
# "-brand" is the product name: never translate it.

-brand = Waymark

## Set-up screen

setup-title = { -brand } ကို စတင်ပြင်ဆင်ရန်
setup-intro = PIN (ဂဏန်း 4 လုံးမှ 12 လုံးအထိ) သို့မဟုတ် စကားဝှက် (အနည်းဆုံး စာလုံး 8 လုံး) တစ်ခုကို ရွေးပါ။ { -brand } ထဲမှာ သိမ်းထားသမျှ အားလုံးကို ဒါနဲ့ သော့ခတ်ထားပါမယ်။
setup-pin-label = PIN သို့မဟုတ် စကားဝှက်
setup-confirm-label = နောက်တစ်ကြိမ် ထပ်ရိုက်ထည့်ပါ
setup-submit = ကိုယ်ပိုင်နေရာ ဖန်တီးမည်
setup-warning = PIN ကို မေ့သွားရင် သင့်အချက်အလက်တွေကို ဘယ်သူမှ ဖွင့်လို့ မရပါ။ { -brand } အဖွဲ့တောင် ဖွင့်လို့ မရပါ။
setup-done = သင့်ကိုယ်ပိုင်နေရာ အသင့်ဖြစ်ပါပြီ။ သင့် PIN နဲ့ သော့ခတ်ထားပါတယ်။

## Unlock screen

unlock-title = သင့် PIN ကို ရိုက်ထည့်ပါ
unlock-prompt = { -brand } ကို ဖွင့်ရန် PIN သို့မဟုတ် စကားဝှက်ကို ရိုက်ထည့်ပါ။
unlock-submit = ဖွင့်မည်
unlock-done = သော့ဖွင့်ပြီးပါပြီ။

## Locking

lock-action = ယခု သော့ခတ်မည်
lock-done = { -brand } ကို သော့ခတ်ပြီးပါပြီ။
lock-on-exit = ဒီအမိန့် ပြီးသွားတာနဲ့ { -brand } ကို ချက်ချင်း ပြန်သော့ခတ်ပါမယ်။

## Home screen

home-title = ပင်မစာမျက်နှာ
home-greeting = ပြန်လာတာ ကြိုဆိုပါတယ်။
home-greeting-named = { $name }၊ ပြန်လာတာ ကြိုဆိုပါတယ်။
home-language = ဘာသာစကား: { $language }
review-machine-drafted = ဒီဘာသာပြန်ကို စက်နဲ့ ဘာသာပြန်ထားတာ ဖြစ်ပြီး မိခင်ဘာသာစကား ပြောသူ တစ်ဦးက မစစ်ဆေးရသေးပါ။
review-native-reviewed = ဒီဘာသာပြန်ကို မိခင်ဘာသာစကား ပြောသူ တစ်ဦးက စစ်ဆေးပြီးပါပြီ။

## Profile state

state-new = မပြင်ဆင်ရသေးပါ
state-locked = သော့ခတ်ထားသည်
state-unlocked = သော့ဖွင့်ထားသည်
status-state = အခြေအနေ: { $state }

## Changing the PIN

change-pin-title = PIN ပြောင်းရန်
change-pin-current = လက်ရှိ PIN သို့မဟုတ် စကားဝှက်
change-pin-new = PIN သို့မဟုတ် စကားဝှက် အသစ်
change-pin-done = သင့် PIN ကို ပြောင်းပြီးပါပြီ။

## Settings

settings-title = ဆက်တင်များ
settings-language = ဘာသာစကား
settings-language-device = ဒီစက်အတိုင်း ({ $language })
settings-display-name = { -brand } က သင့်ကို ဘယ်လို ခေါ်ရမလဲ။
settings-saved = သိမ်းပြီးပါပြီ။

## Language check (for translators)

l10n-check-ok = ဘာသာစကား { $count } ခုလုံးမှာ စာသားအားလုံး ပါပါတယ်။
l10n-check-failed = ဘာသာပြန်တွေထဲမှာ ပြဿနာ { $count } ခု တွေ့ပါတယ်။
content-root-missing = အဲဒီနေရာမှာ ဒါမှမဟုတ် အပေါ်က ဖိုင်တွဲတွေထဲမှာ content/ နဲ့ locales/ ဖိုင်တွဲတွေ မတွေ့ပါ။ { -brand } ကုဒ်သိုလှောင်ရာထဲမှာ လုပ်ဆောင်ပါ၊ ဒါမှမဟုတ် --root DIR ကို ပေးပါ။

## Errors

error-wrong-pin = ဒီ PIN သို့မဟုတ် စကားဝှက် မမှန်ပါ။
error-pin-empty = PIN သို့မဟုတ် စကားဝှက်ကို ရိုက်ထည့်ပါ။
error-pin-too-short = PIN မှာ အနည်းဆုံး ဂဏန်း 4 လုံး ရှိရပါမယ်။
error-pin-too-long = PIN မှာ ဂဏန်း 12 လုံးထက် မပိုရပါ။
error-passphrase-too-short = စကားဝှက်မှာ အနည်းဆုံး စာလုံး { $min } လုံး ရှိရပါမယ်။
error-passphrase-too-long = စကားဝှက်မှာ စာလုံး { $max } လုံးထက် မပိုရပါ။
error-pin-missing = PIN မပေးထားပါ။ WAYMARK_PIN ကို သတ်မှတ်ပါ၊ သို့မဟုတ် စံထည့်သွင်းမှုကနေ ရိုက်ထည့်ပါ။
error-input-not-text = ထည့်သွင်းထားတာက ဖတ်လို့ရတဲ့ စာ မဟုတ်ပါ (UTF-8 ဖြစ်ရပါမယ်)။ ဘာမှ မပြောင်းလဲပါ။
error-file-not-found = ဒီလမ်းကြောင်းမှာ ဖိုင် မရှိပါ။
error-pins-differ = နှစ်ကြိမ် ရိုက်ထည့်ထားတာ မတူညီပါ။
error-not-set-up = ဒီစက်ပေါ်မှာ { -brand } ကို မပြင်ဆင်ရသေးပါ။
error-already-set-up = ဒီစက်ပေါ်မှာ { -brand } ကို ပြင်ဆင်ပြီးသားပါ။
error-locked = { -brand } ကို သော့ခတ်ထားပါတယ်။ PIN ကို အရင် ရိုက်ထည့်ပါ။
error-corrupted = သိမ်းထားတဲ့ အချက်အလက်တွေ ပျက်စီးနေလို့ ဖတ်လို့ မရပါ။ ဘာမှ မပြောင်းလဲပါ။ အရန် လုပ်ထားရင် ဖျက်ပြီး သင့်ရဲ့ ပြန်ယူရန် ကုဒ်နဲ့ ပြန်ယူနိုင်ပါတယ်။
error-platform-secret = ဒီဖုန်းရဲ့ လုံခြုံတဲ့ သိုလှောင်ရာနေရာက တုံ့ပြန်မှု မရှိပါ။ ထပ်ကြိုးစားကြည့်ပါ။
error-storage = { -brand } က ဒီစက်ပေါ်မှာ သူ့အချက်အလက်တွေကို သိမ်းလို့ သို့မဟုတ် ဖတ်လို့ မရပါ။
error-unknown-language = ဒီဘာသာစကားကို သုံးလို့ မရပါ။
error-name-too-long = အမည်မှာ စာလုံး { $max } လုံးထက် မပိုရပါ။
error-invalid-input = ဒီတန်ဖိုးကို ဒီနေရာမှာ သုံးလို့ မရပါ။
error-usage = ဒီအမိန့်ကို နားမလည်ပါ။
error-tui-needs-terminal = terminal app ကို ပြသဖို့ terminal တစ်ခု လိုပါတယ်။ script တွေထဲမှာ တခြား အမိန့်တွေကို သုံးပါ။
error-internal = { -brand } အတွင်းမှာ တစ်ခုခု မှားယွင်းသွားပါတယ်။ သင့်အချက်အလက်တွေ လုံခြုံပါတယ်။ ထပ်ကြိုးစားကြည့်ပါ။

## Screens of the profile and safety flows

settings-display-name-hint = မဖြည့်လည်း ရပါသည်။ အလွတ်ထားပါက { -brand } သည် အမည် မသုံးပါ။

# The phone's key store lost the key of the device secret: nothing stored opens again.
error-platform-secret-lost = ဒီအက်ပ်ထဲမှာ သိမ်းထားတာတွေကို ကာကွယ်ပေးခဲ့တဲ့ သော့က ဒီဖုန်းပေါ်မှာ မရှိတော့ပါ။ ဒီမှာ သိမ်းထားတာတွေကို ထပ်ဖွင့်လို့ မရတော့ပါ။
secret-lost-title = သိမ်းထားသော အချက်အလက်ကို ဖွင့်၍ မရတော့ပါ
secret-lost-explain = ဒီဖုန်းရဲ့ လုံခြုံတဲ့ သော့သိမ်းရာနေရာမှာ ဒီအက်ပ်ထဲ သိမ်းထားတာတွေကို ကာကွယ်ပေးခဲ့တဲ့ သော့ မရှိတော့ပါ။ ဖန်သားပြင်လော့ခ်ကို ဖြုတ်လိုက်ရင် ဒါမှမဟုတ် ဖုန်းကို ပြန်လည်သတ်မှတ်လိုက်ရင် ဒီလို ဖြစ်နိုင်ပါတယ်။ အခု ဘယ် PIN နဲ့မှ ဖွင့်လို့ မရတော့သလို တခြားဘယ်သူမှလည်း ဖွင့်လို့ မရပါ။
secret-lost-start-over = အစကနေ ပြန်စမယ်
secret-lost-start-over-explain = ဒီဖုန်းပေါ်မှာ ကျန်နေတာတွေကို ဖျက်ပြီး PIN အသစ်နဲ့ အက်ပ်ကို ပြန်စီစဉ်ပါမယ်။
secret-lost-restore = အရန်သိမ်းဆည်းမှုမှ ပြန်ယူမယ်
secret-lost-restore-explain = ဒီဖုန်းပေါ်မှာ ကျန်နေတာတွေကို ဖျက်ပါမယ်။ ပြီးရင် PIN အသစ် ရွေးပြီး နောက်ဆုံး အရန်သိမ်းဆည်းမှုကို ပြန်ယူဖို့ ပြန်လည်ရယူရေးကုဒ်ကို ထည့်ပါ။
