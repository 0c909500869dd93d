# Waymark — content pack messages (Burmese). Machine-drafted; awaiting native-speaker review.

content-version = အကြောင်းအရာ ဗားရှင်း { $version }
error-pack-malformed = ဒီဖိုင်က Waymark အကြောင်းအရာ အစုမဟုတ်ပါ၊ ဒါမှမဟုတ် ပျက်စီးနေပါတယ်။
error-pack-untrusted = ဒီအကြောင်းအရာ အစုကို ဒီအက်ပ်က ယုံကြည်တဲ့ ထုတ်ဝေသူက လက်မှတ်မထိုးထားပါ။ ဘာမှ မပြောင်းလဲပါ။
error-pack-bad-signature = ဒီအကြောင်းအရာ အစုကို လက်မှတ်ထိုးပြီးနောက် ပြင်ထားပါတယ်။ ဘာမှ မပြောင်းလဲပါ။
error-pack-not-newer = ဒီအကြောင်းအရာ အစုက သင့်မှာရှိတဲ့ အကြောင်းအရာ (ဗားရှင်း { $version }) ထက် ပိုမသစ်ပါ။ ဘာမှ မပြောင်းလဲပါ။
error-pack-invalid = ဒီအကြောင်းအရာ အစုက မပြည့်စုံပါ ဒါမှမဟုတ် အမှားတွေ ပါနေပါတယ်။ ဘာမှ မပြောင်းလဲပါ။

## Screens of the profile and safety flows

content-install-title = ဖိုင်မှ အကြောင်းအရာ ထည့်သွင်းရန်
content-install-intro = သင်ခန်းစာများ၊ စစ်ဆေးရန်စာရင်းများနှင့် အကူအညီဖုန်းနံပါတ်များကို ဖိုင်တစ်ခုဖြင့် အသစ်ပြောင်းနိုင်သည်၊ ဥပမာ သင်ယုံကြည်သော အဖွဲ့အစည်းက ပေးသည့်ဖိုင်။ { -brand } သည် လက်မှတ်ထိုးထားပြီး သင့်တွင်ရှိသည်ထက် အသစ်ဖြစ်မှသာ ထည့်သွင်းပါသည်။
content-install-file = ဖိုင်
content-install-action = ထည့်သွင်းရန်
content-install-done = အကြောင်းအရာကို ဗားရှင်း { $before } မှ ဗားရှင်း { $after } သို့ အသစ်ပြောင်းပြီးပါပြီ။
