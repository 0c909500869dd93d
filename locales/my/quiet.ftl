# Waymark — quiet contact, sync and backup strings (Burmese, Unicode only — never Zawgyi). Machine-drafted; awaiting native-speaker review.
# Every message id mirrors locales/en/quiet.ftl exactly.

## Quiet contact: written messages to a hotline, sealed so only the hotline can read them.

quiet-title = တိတ်တဆိတ် ဆက်သွယ်ရန်
quiet-intro = ဖုန်းမခေါ်ဘဲ အကူအညီ ဖုန်းလိုင်းဆီ စာရေးနိုင်ပါတယ်။ သင့်စာကို ဒီဖုန်းပေါ်မှာ သော့ခတ်ထားလို့ အကူအညီ ဖုန်းလိုင်းကသာ ဖတ်နိုင်ပါတယ်။ အင်တာနက် ရတဲ့အထိ စာက ဒီမှာ စောင့်နေပြီး အင်တာနက် ရတာနဲ့ ပို့ပါမယ်။
quiet-hotlines-title = ဘယ်သူ့ဆီ စာရေးမလဲ
quiet-conversations-title = သင့် စကားဝိုင်းများ
quiet-empty = အကူအညီ ဖုန်းလိုင်းဆီ စာ မရေးရသေးပါ။
quiet-outbox-waiting = { $count ->
   *[other] စာ { $count } စောင် အင်တာနက် ရဖို့ စောင့်နေပါတယ်။
}
quiet-privacy-note = ဒီစာတွေကို အကူအညီ ဖုန်းလိုင်းကသာ ဖတ်နိုင်ပါတယ်။ စာတွေကို ဆက်ပို့ပေးတဲ့ ဆာဗာက မဖတ်နိုင်ပါ၊ သင့်ဖုန်းနံပါတ်ကိုလည်း မသိရပါ။
quiet-compose-hint = သင့်စာကို ရေးပါ
quiet-send = ပို့မည်
quiet-new-conversation = စကားဝိုင်း အသစ်
quiet-retry = ထပ်ကြိုးစားမည်
quiet-earlier = ယခင် မက်ဆေ့ချ်များ
quiet-you = သင်
quiet-development-note = ဒါက အက်ပ်ကို စမ်းသုံးဖို့ စမ်းသပ် ဖုန်းလိုင်း ဖြစ်ပါတယ်။ ဘယ်သူမှ တကယ် ပြန်ဖြေမှာ မဟုတ်ပါ။ အရေးပေါ်အချိန်မှာ မသုံးပါနဲ့။

quiet-status-queued = ပို့ဖို့ စောင့်နေသည်
quiet-status-sent = ပို့ပြီးပါပြီ
quiet-status-delivered = အကူအညီ ဖုန်းလိုင်းဆီ ရောက်ပါပြီ
quiet-status-replied = အကူအညီ ဖုန်းလိုင်းက ပြန်ဖြေပါပြီ
quiet-status-needs-attention = မပို့ရသေးပါ။ ထပ်ကြိုးစားပါ။

quiet-hotline-waymark-dev-name = စမ်းသပ် ဖုန်းလိုင်း (လေ့ကျင့်ရန်)
quiet-hotline-waymark-dev-about = တိတ်တဆိတ် ဆက်သွယ်ခြင်းကို စမ်းသုံးဖို့ လေ့ကျင့်ရေး ဖုန်းလိုင်း ဖြစ်ပါတယ်။ စာတွေက စမ်းသပ် စာဝင်ပုံးဆီ ရောက်ပြီး တကယ့် အကူအညီပေးသူတွေဆီ မရောက်ပါ။

## Sync

sync-title = ပို့ရန်နှင့် လက်ခံရန်
sync-now = ယခု ပို့ပြီး လက်ခံမည်
sync-offline = အင်တာနက် မရှိပါ။ သင့်စာတွေ ဒီဖုန်းပေါ်မှာ လုံခြုံစွာ ရှိနေပြီး နောက်မှ ပို့ပါမယ်။
sync-running = ပို့ပြီး လက်ခံနေသည်…
sync-done = ပို့ပြီး { $sent } စောင်၊ ရောက်ပြီး { $delivered } စောင်၊ ရလာတဲ့ ပြန်စာ { $replies } စောင်။
sync-waiting = { $count ->
   *[other] စာ { $count } စောင် စောင့်နေဆဲ ဖြစ်ပါတယ်။ { $seconds } စက္ကန့် အကြာမှာ အက်ပ်က ထပ်ကြိုးစားပါမယ်။
}
sync-paused = ဆာဗာက အက်ပ်ကို စောင့်ခိုင်းထားပါတယ်။ { $minutes } မိနစ် အကြာမှာ အက်ပ်က ထပ်ကြိုးစားပါမယ်။
sync-budget = သတိထားမိခံရခြင်း မရှိစေရန် အက်ပ်က တစ်နာရီအတွင်း တောင်းဆိုမှု အရေအတွက်ကို ကန့်သတ်ထားပြီး ဒီနာရီအတွက် အားလုံး သုံးပြီးသွားပါပြီ။ { $minutes } မိနစ် အကြာမှာ ထပ်ကြိုးစားပါမယ်။ သင့်စာတွေ ဒီဖုန်းထဲမှာ လုံခြုံစွာ ရှိနေပါတယ်။

## Backup and restore

backup-title = အရန်သိမ်းရန်
backup-intro = အရန်သိမ်းထားရင် သင့် အဆက်အသွယ်များ၊ စကားဝိုင်းများနဲ့ တိုးတက်မှု မှတ်တမ်းကို လုံခြုံစွာ သိမ်းထားပြီး ပြန်ယူရန် ကုဒ်နဲ့ သော့ခတ်ထားပါတယ်။ ကုဒ် ရှိတဲ့သူကသာ ဖွင့်နိုင်ပါတယ်။
backup-now = အရန် သိမ်းမည်
backup-done = အရန်ကို သိမ်းပြီးပါပြီ။
backup-working = အရန် သိမ်းနေသည်…
backup-code-title = သင့် ပြန်ယူရန် ကုဒ်
backup-code-once = ဒီကုဒ်ကို ချရေးပြီး လုံခြုံတဲ့ နေရာမှာ သိမ်းထားပါ။ ဒီကုဒ်ကို တစ်ကြိမ်ပဲ ပြပါမယ်။ ကုဒ် မရှိရင် အရန်ကို ဖွင့်လို့ မရပါ။
restore-title = အရန်ကို ပြန်ယူရန်
restore-intro = သင့် အဆက်အသွယ်များ၊ စကားဝိုင်းများနဲ့ တိုးတက်မှု မှတ်တမ်းကို ပြန်ရဖို့ ပြန်ယူရန် ကုဒ်ကို ရိုက်ထည့်ပါ။
restore-working = အရန်ကို ပြန်ယူနေသည်…
task-stop = ရပ်မည်
restore-done = အရန်ကို ပြန်ယူပြီးပါပြီ: အဆက်အသွယ် { $contacts } ခု၊ စကားဝိုင်း { $conversations } ခု၊ စာ { $messages } စောင်။

## Errors

error-message-empty = စာကို အရင် ရေးပါ။
error-message-control = ဒီစာထဲမှာ ပို့လို့ မရတဲ့ အက္ခရာတွေ (NUL သို့မဟုတ် terminal ထိန်းချုပ်ကုဒ်တွေလို) ပါနေပါတယ်။ ဖယ်ရှားပြီး ထပ်စမ်းကြည့်ပါ။
error-message-too-long = ဒီစာ ရှည်လွန်းပါတယ်။ တိုအောင် ရေးပါ (အများဆုံး { $max } ဘိုက်)။
error-conversation-not-found = ဒီစကားဝိုင်း မရှိတော့ပါ။
error-hotline-not-found = ဒီအကူအညီ ဖုန်းလိုင်းကို စာနဲ့ ဆက်သွယ်လို့ မရပါ။
error-outbox-full = စာ { $max } စောင် ပို့ဖို့ စောင့်နေပြီးသား ဖြစ်ပါတယ်။ တချို့ ပို့ပြီးတဲ့အထိ စောင့်ပါ။
error-relay-url = ဒီဆာဗာ လိပ်စာကို သုံးလို့ မရပါ။ လိပ်စာက https:// နဲ့ စရပါမယ်။
error-http-timeout = WAYMARK_HTTP_TIMEOUT က ၁ မှ ၆၀၀ အထိ စက္ကန့် ကိန်းပြည့် ဖြစ်ရပါမယ်။
error-network = ဆာဗာကို ဆက်သွယ်လို့ မရပါ။ ဘာမှ မပျောက်ပါ။ နောက်မှ ထပ်ကြိုးစားပါ။
error-cancelled = ရပ်လိုက်ပါပြီ။ ဘာမှ မပြောင်းလဲပါ။
error-relay-refused = ဆာဗာက တောင်းဆိုမှုကို ငြင်းလိုက်ပါတယ်။ ဘာမှ မပြောင်းလဲပါ။
error-relay-too-large = ဆာဗာက အလွန်ကြီးလွန်းတဲ့ အဖြေကို ပို့လိုက်လို့ အက်ပ်က လက်မခံပါ။ ဘာမှ မပျောက်ပါ။ နောက်မှ ထပ်ကြိုးစားပါ။
error-recovery-code-invalid = ဒါ ပြန်ယူရန် ကုဒ် မဟုတ်ပါ။ ပြန်ယူရန် ကုဒ်မှာ စာလုံးနဲ့ ဂဏန်း 24 လုံး ပါပါတယ်။
error-recovery-code-wrong = ဒီ ပြန်ယူရန် ကုဒ်နဲ့ အရန်ကို ဖွင့်လို့ မရပါ။ ဘာမှ မပြောင်းလဲပါ။
error-backup-not-found = ဒီ ပြန်ယူရန် ကုဒ်နဲ့ ကိုက်ညီတဲ့ အရန် မရှိပါ။ ကုဒ်ကို စစ်ပြီး ထပ်စမ်းကြည့်ပါ။ ဘာမှ မပြောင်းလဲပါ။
error-restore-not-empty = အဆက်အသွယ် သို့မဟုတ် စကားဝိုင်း မရှိသေးတဲ့ ပရိုဖိုင် အသစ်ထဲကိုသာ အရန်ကို ပြန်ယူလို့ ရပါတယ်။

## Forms shared by the apps

contact-add = အဆက်အသွယ် ထည့်ရန်
contact-edit = အဆက်အသွယ် ပြင်ရန်
contact-remove = အဆက်အသွယ် ဖယ်ရှားရန်
contact-name = အမည်
contact-phone = ဖုန်းနံပါတ်
contact-relation = တော်စပ်ပုံ (ဥပမာ: အစ်မ၊ သူငယ်ချင်း)
contact-note = မှတ်ချက်
contact-channel = ဆက်သွယ်ရမယ့် နည်းလမ်း
form-save = သိမ်းမည်
form-cancel = ပယ်ဖျက်မည်
settings-relay = စာပို့ ဆာဗာ
menu-quiet = အကူအညီ ဖုန်းလိုင်းဆီ စာရေးရန်
menu-backup = အရန်သိမ်းရန်နှင့် ပြန်ယူရန်
menu-settings = ဆက်တင်များ

## Screens of the profile and safety flows

backup-new-code = ပြန်ယူရန် ကုဒ်အသစ်ဖြင့် အရန်သိမ်းရန်
backup-new-code-explain = နောက်ထပ် အရန်သိမ်းမှုများကို ကုဒ်အသစ်ဖြင့် သော့ခတ်ပါမည်။ ကုဒ်ကို တစ်ကြိမ်သာ ပြပါမည်၊ ချရေးထားပါ။
