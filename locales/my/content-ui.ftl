# Waymark — strings for lessons, quizzes, checklists, the red-flag check, the hotline directory and search (Burmese, Unicode only — never Zawgyi). Machine-drafted; awaiting native-speaker review.
# Every message id mirrors locales/en/content-ui.ftl exactly.

## Home menu

menu-lessons = သင်ခန်းစာများ
menu-checklists = ဘေးကင်းစွာ ရွှေ့ပြောင်းသွားလာရေး စစ်ဆေးစာရင်းများ
menu-redflags = အလုပ်ကမ်းလှမ်းချက်ကို စစ်ဆေးရန်
menu-directory = အကူအညီ ဖုန်းလိုင်းများ
menu-search = ရှာရန်

## Lessons and quizzes

lessons-title = သင်ခန်းစာများ
lessons-intro = ဘေးကင်းစွာ အလုပ်လုပ်ခြင်းနဲ့ လုံခြုံစွာ နေထိုင်ခြင်းအကြောင်း သင်ခန်းစာတိုများ ဖြစ်ပါတယ်။ သင့်အဖြေတွေက ဒီဖုန်းထဲမှာပဲ ရှိပြီး သင်ဘယ်သူလဲဆိုတာ ဘယ်သူမှ မသိနိုင်ပါ။
lesson-progress = သင်ခန်းစာ { $total } ခုထဲက { $done } ခု ပြီးပါပြီ
lesson-quiz-start = ဉာဏ်စမ်းမေးခွန်း စဖြေမည်
lesson-quiz-not-started = ဉာဏ်စမ်းမေးခွန်း မဖြေရသေးပါ
lesson-quiz-score = ဉာဏ်စမ်းမေးခွန်း: { $total } ခုထဲက { $correct } ခု မှန်ပါတယ်
quiz-question-count = မေးခွန်း { $total } ခုထဲက { $number } ခုမြောက်
quiz-correct = မှန်ပါတယ်
quiz-not-correct = သိပ်မမှန်သေးပါ
quiz-next = နောက်မေးခွန်း
quiz-finish = ရလဒ်ကို ကြည့်မည်
quiz-result = မေးခွန်း { $total } ခုထဲက { $correct } ခုကို မှန်အောင် ဖြေနိုင်ခဲ့ပါတယ်။
quiz-retry = ဉာဏ်စမ်းမေးခွန်းကို ထပ်ဖြေမည်
quiz-right-answer = မှန်ကန်သော အဖြေ
quiz-your-answer = သင့်အဖြေ
quiz-review-title = ဤမေးခွန်းများကို ပြန်ကြည့်ပါ

## Checklists

checklists-title = ဘေးကင်းစွာ ရွှေ့ပြောင်းသွားလာရေး စစ်ဆေးစာရင်းများ
checklists-choose-route = သင်သွားမယ့် လမ်းကြောင်းကို ရွေးပါ
checklists-progress = { $total } ခုထဲက { $done } ခု ပြီးပါပြီ
checklists-why = ဘာကြောင့် အရေးကြီးသလဲ
checklists-learn-more = သင်ခန်းစာထဲမှာ ပိုလေ့လာရန်

## Red-flag check

redflags-found = တွေ့ရှိသော သတိပေးလက္ခဏာ: { $count }
redflags-none-found = သင့်အဖြေတွေထဲမှာ သတိပေးလက္ခဏာ မတွေ့ပါ။
redflags-find-out = ဆုံးဖြတ်မီ စုံစမ်းရမယ့် အချက်များ: { $count }
redflags-hotlines = သင်သွားမယ့် လမ်းကြောင်းမှာ အကူအညီပေးနိုင်တဲ့ ဖုန်းနံပါတ်များ
redflags-no-hotlines = ဒီနိုင်ငံမှာ အကူအညီပေးနိုင်တဲ့ စစ်ဆေးပြီးသား ဖုန်းနံပါတ် ကျွန်ုပ်တို့ဆီမှာ မရှိသေးပါ။ မသွားခင် အဲဒီနိုင်ငံမှာရှိတဲ့ သင့်နိုင်ငံသံရုံးရဲ့ ဖုန်းနံပါတ်ကို ရှာပြီး ကိုယ်နဲ့အတူ ဆောင်ထားပါ။
redflags-unanswered = ရလဒ်ကို ကြည့်ရန် မေးခွန်းအားလုံးကို ဖြေပါ။

## Hotline directory

directory-title = အကူအညီ ဖုန်းလိုင်းများ
directory-intro = ယုံကြည်ရတဲ့ ရင်းမြစ်တစ်ခုနဲ့ တိုက်စစ်ပြီးသား နံပါတ်တွေကိုသာ ပြထားပါတယ်။ နံပါတ်တစ်ခုစီမှာ နောက်ဆုံး ဘယ်တုန်းက စစ်ခဲ့သလဲ ဖော်ပြထားပါတယ်။
link-unavailable = ဒီဖုန်းမှာ ဒါကို ဖွင့်နိုင်တဲ့ အက်ပ် မရှိပါ။ တခြားနည်းနဲ့ သုံးနိုင်အောင် နံပါတ် ဒါမှမဟုတ် လိပ်စာကို ဒီမှာ ပြထားပါတယ်။
directory-checked = { $date } တွင် စစ်ဆေးခဲ့သည်
directory-source = ရင်းမြစ်: { $source }
directory-undated = ရက်စွဲ မပါ
date-day-month-year = { $year } ခုနှစ် { $month } { $day } ရက်
date-month-year = { $year } ခုနှစ် { $month }
date-year = { $year } ခုနှစ်
date-approximate = { $date } ဝန်းကျင်
date-month-1 = ဇန်နဝါရီ
date-month-2 = ဖေဖော်ဝါရီ
date-month-3 = မတ်
date-month-4 = ဧပြီ
date-month-5 = မေ
date-month-6 = ဇွန်
date-month-7 = ဇူလိုင်
date-month-8 = ဩဂုတ်
date-month-9 = စက်တင်ဘာ
date-month-10 = အောက်တိုဘာ
date-month-11 = နိုဝင်ဘာ
date-month-12 = ဒီဇင်ဘာ
directory-call = ဖုန်းခေါ်မည်
directory-sms = စာတို (SMS) ပို့မည်
directory-whatsapp = WhatsApp မှတစ်ဆင့် ဆက်သွယ်မည်
directory-open-24h = 24 နာရီ ဖွင့်ထားသည်
directory-hours = ထုတ်ပြန်ထားသော ဖွင့်ချိန်: { $hours }
directory-hours-daily = နေ့တိုင်း { $from }–{ $to }
directory-hours-number = { $hours } (နံပါတ် { $number })
directory-free = အခမဲ့ ခေါ်ဆိုနိုင်သည်
directory-languages = ဘာသာစကားများ: { $languages }
directory-empty = သင်ရွေးထားတာနဲ့ ကိုက်ညီတဲ့ စစ်ဆေးပြီး နံပါတ် မရှိပါ။ တခြားနိုင်ငံ ဒါမှမဟုတ် တခြားလိုအပ်ချက်ကို ရွေးကြည့်ပါ။
directory-filter-country = နိုင်ငံ
directory-filter-language = ဘာသာစကား
directory-filter-purpose = သင်လိုအပ်သည့်အရာ

purpose-trafficking = လူကုန်ကူးမှု
purpose-labour = အလုပ်ပြဿနာနဲ့ မရသေးတဲ့ လုပ်ခလစာ
purpose-migrants = ရွှေ့ပြောင်းအလုပ်သမားများ
purpose-children = ကလေးနဲ့ လူငယ်များ
purpose-women = အကြမ်းဖက်ခံနေရတဲ့ အမျိုးသမီးများ
purpose-emergency = အရေးပေါ် ဝန်ဆောင်မှုများ
service-police = အရေးပေါ်: ရဲ
service-tourist-police = အရေးပေါ်: နိုင်ငံခြားသားများအတွက် ခရီးသွားရဲ
service-fire = အရေးပေါ်: မီးသတ်
service-disaster = အရေးပေါ်: မတော်တဆ ဖြစ်ရပ်နဲ့ သဘာဝဘေးအန္တရာယ်
service-all = အရေးပေါ်: ရဲ၊ မီးသတ်၊ လူနာတင်ယာဉ်
service-unspecified = အရေးပေါ် ဖုန်းနံပါတ်
purpose-social = လူမှုရေး အကူအညီနဲ့ အကြံပေး ဆွေးနွေးခြင်း
purpose-abroad = နိုင်ငံခြားရောက် နိုင်ငံသားများ

country-TH = ထိုင်း
country-MM = မြန်မာ
country-KH = ကမ္ဘောဒီးယား
country-LA = လာအို
country-VN = ဗီယက်နမ်
country-MY = မလေးရှား
country-SG = စင်ကာပူ
country-ID = အင်ဒိုနီးရှား
country-PH = ဖိလစ်ပိုင်
country-BN = ဘရူနိုင်း
country-TW = ထိုင်ဝမ်
country-HK = ဟောင်ကောင်
country-KR = တောင်ကိုရီးယား
country-JP = ဂျပန်
country-AE = အာရပ်စော်ဘွားများ ပြည်ထောင်စု
country-SA = ဆော်ဒီအာရေးဗီးယား

## Search

search-title = ရှာရန်
search-prompt = စကားလုံးတစ်လုံး ရိုက်ထည့်ပါ
search-no-results = ဘာမှ မတွေ့ပါ။ ပိုတိုတဲ့ စကားလုံးနဲ့ ရှာကြည့်ပါ။
search-english-fallback = မြန်မာဘာသာဖြင့် မတွေ့ပါ။ ဤရလဒ်များသည် အင်္ဂလိပ်စာသားနှင့် ကိုက်ညီသည်။
search-english-match = အင်္ဂလိပ်စာသားတွင် တွေ့သည်
search-results = ရလဒ် { $count } ခု
search-kind-lesson = သင်ခန်းစာ
search-kind-checklist = စစ်ဆေးစာရင်း
search-kind-redflag = အလုပ်ကမ်းလှမ်းချက် စစ်ဆေးခြင်း
search-kind-directory = အကူအညီ ဖုန်းလိုင်း
directory-more-languages = နဲ့ တခြားဘာသာစကားများ

## Language names (for hotline languages; Waymark's own nine use their own names)

lang-zh = တရုတ် (မန်ဒရင်း)
lang-yue = ကန်တုံ
lang-ja = ဂျပန်
lang-ko = ကိုရီးယား
lang-hi = ဟိန္ဒီ
lang-ne = နီပေါ
lang-ur = အူရဒူ
lang-bn = ဘင်္ဂါလီ
lang-ta = တမီးလ်
lang-pa = ပန်ချာပီ
lang-ml = မလေယာလမ်
lang-ru = ရုရှား
lang-uz = ဥဇဘက်
lang-mn = မွန်ဂို
lang-ar = အာရဗီ
lang-am = အမ်ဟာရစ်
lang-es = စပိန်
lang-pt = ပေါ်တူဂီ
lang-hmn = မုံ

## Lists, marks and composed lines (the UIs print these, never their own)

list-separator = {"၊ "}
list-last-separator = {" နှင့် "}
label-value = { $label }: { $value }
quiz-option = { $option }) { $text }
lesson-teacher-heading = { $title } · { $age }
checklists-stage-heading = { $stage } ({ $progress })
redflags-reason-line = { $reason } ({ $indicator })
directory-entry-heading = { $name } — { $country }
directory-provenance = { $checked } · { $source }
search-result-heading = [{ $kind }] { $title }
search-result-english = { $heading } · { $mark }
mark-bullet = •
mark-checked = ☑
mark-unchecked = ☐
mark-chosen = ●
mark-not-chosen = ○
mark-unanswered = ·
checklists-no-route = လမ်းကြောင်း မရွေးရသေးပါ
directory-source-detail = { $host }၊ { $date }
directory-open-source = ရင်းမြစ်ကို ဖွင့်ရန်
directory-filter-all = အားလုံး
lesson-list-line = { $title } — { $quiz }
classroom-heading = { $lesson } · { $step } · { $progress }
classroom-status = { $hands } · { $hint }
classroom-summary-row = { $pre }  →  { $post }
list-numbered = { $number }။ { $text }
mark-right = ✓
