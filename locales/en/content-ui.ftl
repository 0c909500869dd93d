# Waymark — strings for lessons, quizzes, checklists, the red-flag check,
# the hotline directory and search (English source).

## Home menu

menu-lessons = Lessons
menu-checklists = Safe-migration checklists
menu-redflags = Check a job offer
menu-directory = Hotlines and help
menu-search = Search

## Lessons and quizzes

lessons-title = Lessons
lessons-intro = Short lessons about safe work and staying safe. Your answers stay on this phone and nobody can see who you are.
lesson-progress = { $done } of { $total } lessons done
lesson-quiz-start = Start the quiz
lesson-quiz-not-started = Quiz not taken yet
lesson-quiz-score = Quiz: { $correct } of { $total } correct
quiz-question-count = Question { $number } of { $total }
quiz-correct = Correct
quiz-not-correct = Not quite
quiz-next = Next question
quiz-finish = See my result
quiz-result = You answered { $correct } of { $total } questions correctly.
quiz-retry = Try the quiz again
quiz-right-answer = The right answer
quiz-your-answer = Your answer
quiz-review-title = Look again at these questions

## Checklists

checklists-title = Safe-migration checklists
checklists-choose-route = Choose your route
checklists-progress = { $done } of { $total } done
checklists-why = Why it matters
checklists-learn-more = Learn more in the lesson

## Red-flag check

redflags-found = Warning signs found: { $count }
redflags-none-found = No warning signs found in your answers.
redflags-find-out = Things to find out before you decide: { $count }
redflags-hotlines = Numbers that can help on your route
redflags-no-hotlines = We have no checked number that can help in this country yet. Before you go, find the phone number of your country's embassy there and keep it with you.
redflags-unanswered = Answer every question to see the result.

## Hotline directory

directory-title = Hotlines and help
directory-intro = Only numbers we have checked with a source are shown. Each one says when it was last checked.
link-unavailable = Nothing on this phone can open this. The number or address is shown here so you can use it another way.
directory-checked = Checked { $date }
directory-source = Source: { $source }
directory-undated = undated
date-day-month-year = { $day } { $month } { $year }
date-month-year = { $month } { $year }
date-year = { $year }
date-approximate = about { $date }
date-month-1 = January
date-month-2 = February
date-month-3 = March
date-month-4 = April
date-month-5 = May
date-month-6 = June
date-month-7 = July
date-month-8 = August
date-month-9 = September
date-month-10 = October
date-month-11 = November
date-month-12 = December
directory-call = Call
directory-sms = Send a text message
directory-whatsapp = WhatsApp
directory-open-24h = Open 24 hours
directory-hours = Hours as published: { $hours }
directory-hours-daily = Every day { $from }–{ $to }
directory-hours-number = { $hours } (number { $number })
directory-free = Free to call
directory-languages = Languages: { $languages }
directory-empty = No checked number matches your choice. Try another country or need.
directory-filter-country = Country
directory-filter-language = Language
directory-filter-purpose = What you need

purpose-trafficking = Human trafficking
purpose-labour = Work problems and unpaid wages
purpose-migrants = Migrant workers
purpose-children = Children and young people
purpose-women = Women facing violence
purpose-emergency = Emergency services
service-police = Emergency: police
service-tourist-police = Emergency: tourist police, for foreigners
service-fire = Emergency: fire
service-disaster = Emergency: incidents and natural disasters
service-all = Emergency: police, fire, ambulance
service-unspecified = Emergency number
purpose-social = Social help and counselling
purpose-abroad = Citizens abroad

country-TH = Thailand
country-MM = Myanmar
country-KH = Cambodia
country-LA = Laos
country-VN = Viet Nam
country-MY = Malaysia
country-SG = Singapore
country-ID = Indonesia
country-PH = Philippines
country-BN = Brunei
country-TW = Taiwan
country-HK = Hong Kong
country-KR = South Korea
country-JP = Japan
country-AE = United Arab Emirates
country-SA = Saudi Arabia

## Search

search-title = Search
search-prompt = Type a word
search-no-results = Nothing found. Try a shorter word.
search-english-fallback = Nothing found in your language. These results match the English text.
search-english-match = In English
search-results = { $count } results
search-kind-lesson = Lesson
search-kind-checklist = Checklist
search-kind-redflag = Job-offer check
search-kind-directory = Hotline
directory-more-languages = and other languages

## Language names (for hotline languages; Waymark's own nine use their own names)

lang-zh = Chinese (Mandarin)
lang-yue = Cantonese
lang-ja = Japanese
lang-ko = Korean
lang-hi = Hindi
lang-ne = Nepali
lang-ur = Urdu
lang-bn = Bengali
lang-ta = Tamil
lang-pa = Punjabi
lang-ml = Malayalam
lang-ru = Russian
lang-uz = Uzbek
lang-mn = Mongolian
lang-ar = Arabic
lang-am = Amharic
lang-es = Spanish
lang-pt = Portuguese
lang-hmn = Hmong

## Lists, marks and composed lines (the UIs print these, never their own)

list-separator = {", "}
list-last-separator = {" and "}
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
checklists-no-route = No route chosen
directory-source-detail = { $host }, { $date }
directory-open-source = Open the source
directory-filter-all = All
lesson-list-line = { $title } — { $quiz }
classroom-heading = { $lesson } · { $step } · { $progress }
classroom-status = { $hands } · { $hint }
classroom-summary-row = { $pre }  →  { $post }
list-numbered = { $number }. { $text }
mark-right = ✓
