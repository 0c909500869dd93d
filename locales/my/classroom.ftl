# Waymark — classroom mode (Burmese, Unicode). Machine-drafted; awaiting native-speaker review.
# Every message id mirrors locales/en/classroom.ftl exactly.

classroom-title = စာသင်ခန်းမုဒ်
classroom-intro = ဤစက်ပေါ်တွင် သို့မဟုတ် ပရိုဂျက်တာဖြင့် သင့်အတန်းနှင့်အတူ သင်ခန်းစာတစ်ခုကို ဦးဆောင်သင်ကြားပါ- သင်ခန်းစာမတိုင်မီ စစ်ဆေးမေးခွန်း၊ သင်ခန်းစာ၊ ဆွေးနွေးခြင်း၊ တူညီသော မေးခွန်းများ ထပ်မံမေးခြင်းနှင့် အတန်းက ဘာသင်ယူခဲ့သည်ကို ပြခြင်း။ လိုလျှင် အဖြေတစ်ခုစီအတွက် လက်ထောင်သူများကို ရေတွက်နိုင်သည်။
classroom-privacy = စာသင်ခန်းမုဒ်သည် ကျောင်းသားများအကြောင်း ဘာမျှ မသိမ်းဆည်းပါ- အမည်မရှိ၊ အဖြေမရှိ၊ ရလဒ်မရှိ။ လက်အရေအတွက်ကိုသာ ဤမျက်နှာပြင်ပေါ်တွင် ထားပြီး သင်ခန်းစာပြီးဆုံးသည့်အခါ ပျောက်သွားမည်။
classroom-outline-pre = သင်ခန်းစာမတိုင်မီ- အတန်းအတွက် စစ်ဆေးမေးခွန်း { $count } ခု
classroom-outline-lesson = သင်ခန်းစာ- အပိုင်း { $count } ပိုင်း
classroom-outline-discussion = ဆွေးနွေးခြင်း- မေးခွန်း { $count } ခုနှင့် ဆရာအတွက် မှတ်စုများ
classroom-outline-post = သင်ခန်းစာပြီးနောက်- တူညီသော မေးခွန်း { $count } ခု ထပ်မံ
classroom-outline-summary = အတန်းက ဘာသင်ယူခဲ့သနည်း- မတိုင်မီနှင့် ပြီးနောက် မှန်ကန်သော အဖြေများ
classroom-start = သင်ကြားမှု စတင်ရန်
classroom-step-pre = သင်ခန်းစာမတိုင်မီ
classroom-step-lesson = သင်ခန်းစာ
classroom-step-discussion = ဆွေးနွေးခြင်း
classroom-step-post = သင်ခန်းစာပြီးနောက်
classroom-step-summary = အတန်းက ဘာသင်ယူခဲ့သနည်း
classroom-progress = အဆင့် { $total } ဆင့်တွင် { $number } ဆင့်မြောက်
classroom-next = ရှေ့သို့
classroom-reveal = အဖြေကို ပြရန်
classroom-back = နောက်သို့
classroom-end = သင်ကြားမှု ပြီးဆုံးရန်
classroom-tally-hint = ရွေးချယ်နိုင်သည်- အဖြေတစ်ခုစီအတွက် အတန်းကို လက်ထောင်ခိုင်းပြီး လက်တစ်ဖက်လျှင် တစ်ခု ပေါင်းထည့်ပါ။ အရေအတွက်ကိုသာ ထားသည်။
classroom-tally-closed = ဤမေးခွန်းအတွက် ရေတွက်ခြင်းကို ပိတ်ပြီးပါပြီ။
classroom-hands = { $count ->
    [0] လက်များ မရေတွက်ရသေးပါ
   *[other] လက် { $count } ဖက် ရေတွက်ပြီး
}
classroom-add = +1
classroom-remove = −1
classroom-option-count = { $count } · { $percent }%
classroom-answer-title = မှန်ကန်သော အဖြေ
classroom-summary-title = အတန်းက ဘာသင်ယူခဲ့သနည်း
classroom-summary-intro = သင်ခန်းစာမတိုင်မီနှင့် ပြီးနောက် မှန်ကန်သောအဖြေအတွက် လက်ထောင်သူ အချိုး။ ဤအရေအတွက်များသည် အတန်းတစ်ခုလုံးအတွက်ဖြစ်ပြီး မည်သူ့အမှတ်မျှ မဟုတ်ပါ။
classroom-summary-pre = မတိုင်မီ- { $hands } ဦးတွင် { $right } ဦး မှန် ({ $percent }%)
classroom-summary-pre-none = မတိုင်မီ- မရေတွက်ခဲ့ပါ
classroom-summary-post = ပြီးနောက်- { $hands } ဦးတွင် { $right } ဦး မှန် ({ $percent }%)
classroom-summary-post-none = ပြီးနောက်- မရေတွက်ခဲ့ပါ
classroom-summary-overall = မေးခွန်းအားလုံး
classroom-summary-change = မှန်ကန်သော အဖြေများသည် သင်ခန်းစာမတိုင်မီ { $before }% မှ ပြီးနောက် { $after }% သို့ တိုးလာသည်။
classroom-summary-change-none = နှိုင်းယှဉ်ရန် သင်ခန်းစာမတိုင်မီနှင့် ပြီးနောက် လက်များကို ရေတွက်ပါ။
