# Waymark — safety strings (Khmer). Machine-drafted; awaiting native-speaker review.
# Every message id mirrors locales/en/safety.ftl exactly.
# "-brand" is defined in app.ftl: never define or translate it here.

## Duress PIN

duress-title = លេខ PIN ទីពីរ សម្រាប់ពេលអាសន្ន
duress-explain = ប្រសិនបើមាននរណាម្នាក់បង្ខំអ្នកឱ្យបើក { -brand } សូមបញ្ចូលលេខ PIN ទីពីរនេះជំនួសវិញ។ វានឹងបើកកំណែមួយដែលគ្មានគ្រោះថ្នាក់ ហើយបង្ហាញតែព័ត៌មានទូទៅដែលអ្នកណាក៏អាចមើលបាន។
duress-set-done = លេខ PIN ទីពីររបស់អ្នករួចរាល់ហើយ។
duress-removed = អ្នកបានលុបលេខ PIN ទីពីររបស់អ្នកហើយ។
duress-wipe-explain = អ្នកអាចជ្រើសរើសឱ្យលុបអ្វីៗទាំងអស់ នៅពេលប្រើលេខ PIN ទីពីរ។ ការលុបនៅចំពោះមុខនរណាម្នាក់ អាចធ្វើឱ្យគេខឹងកាន់តែខ្លាំង។ ដូច្នេះមុខងារនេះនៅតែបិទ លុះត្រាតែអ្នកបើកវាដោយខ្លួនឯង។
duress-wipe-on = លេខ PIN ទីពីរលុបអ្វីៗទាំងអស់៖ បើក
duress-wipe-off = លេខ PIN ទីពីរលុបអ្វីៗទាំងអស់៖ បិទ

## Wrong-PIN protection

policy-title = ការពារកុំឱ្យគេទាយលេខ PIN
policy-delays = បន្ទាប់ពីបញ្ចូលលេខ PIN ខុស 5 ដង { -brand } នឹងឱ្យអ្នករង់ចាំយូរជាងមុន រាល់ពេលមុននឹងសាកល្បងម្ដងទៀត។
policy-wipe-off = លុបនៅពេលបញ្ចូលលេខ PIN ខុសច្រើនដងពេក៖ បិទ
policy-wipe-on = លុបអ្វីៗទាំងអស់ បន្ទាប់ពីបញ្ចូលលេខ PIN ខុស { $count } ដងជាប់ៗគ្នា។
policy-failures = ចំនួនដងដែលបញ្ចូលលេខ PIN ខុស ចាប់តាំងពីលើកត្រូវចុងក្រោយ៖ { $count }
unlock-wait = សូមរង់ចាំ { $seconds } វិនាទី មុនពេលសាកល្បងម្ដងទៀត។
unlock-wait-minutes = សូមរង់ចាំ { $minutes } នាទី មុនពេលសាកល្បងម្ដងទៀត។

## Erase everything

wipe-title = លុបអ្វីៗទាំងអស់
wipe-explain = សកម្មភាពនេះនឹងលុបលេខ PIN ទំនាក់ទំនង សារ និងវឌ្ឍនភាពរបស់អ្នក ចេញពីទូរស័ព្ទនេះភ្លាមៗ។ មិនអាចយកមកវិញបានទេ។
wipe-confirm = លុបឥឡូវនេះ
wipe-done = { -brand } បានលុបអ្វីៗទាំងអស់ហើយ។ ឥឡូវនេះ { -brand } ដូចថ្មីវិញ។

## Quick exit

quick-exit = ចាកចេញរហ័ស

## Disguise

disguise-title = ក្លែងខ្លួន
disguise-explain = ជ្រើសរើសរបៀបដែល { -brand } បង្ហាញនៅលើអេក្រង់ដើម និងក្នុងការជូនដំណឹង។
disguise-none = { -brand }
disguise-calculator = ម៉ាស៊ីនគិតលេខ
disguise-notes = កំណត់ចំណាំ
disguise-weather = អាកាសធាតុ
notification-body = ចុចដើម្បីបើក។
calculator-error = កំហុស

## Emergency contacts

contacts-title = ទំនាក់ទំនងពេលអាសន្ន
contacts-empty = អ្នកមិនទាន់បានបន្ថែមនរណាម្នាក់នៅឡើយទេ។
contact-saved = បានរក្សាទុកទំនាក់ទំនង។
contact-removed = បានលុបទំនាក់ទំនង។
contact-trusted = មនុស្សដែលទុកចិត្ត សម្រាប់សុំជំនួយ
channel-sms = សារជាអក្សរ (SMS)
channel-call = ការហៅទូរស័ព្ទ
settings-country = ប្រទេសរបស់អ្នក (សម្រាប់លេខទូរស័ព្ទ)

## SOS

sos-title = សុំជំនួយ (SOS)
sos-explain = ផ្ញើសារជាអក្សរ (SMS) ទៅមនុស្សដែលអ្នកទុកចិត្ត។ វាដំណើរការបាន ទោះគ្មានទិន្នន័យទូរស័ព្ទចល័តក៏ដោយ។
sos-sms-warning = សារជាអក្សរមិនមានការអ៊ីនគ្រីបទេ ហើយមិនមែនជាការសម្ងាត់ទេ៖ ក្រុមហ៊ុនទូរស័ព្ទ និងអ្នកណាក៏ដោយដែលមើលទូរស័ព្ទរបស់អ្នកទទួល អាចអានវាបាន។
sos-message = ខ្ញុំត្រូវការជំនួយជាបន្ទាន់។ សូមហៅទូរស័ព្ទមកខ្ញុំ ឬមករកខ្ញុំឥឡូវនេះ។
sos-message-named = { $name } ត្រូវការជំនួយជាបន្ទាន់។ សូមហៅទូរស័ព្ទ ឬមកឥឡូវនេះ។
sos-location = ទីតាំងរបស់ខ្ញុំ៖ { $latitude }, { $longitude } (ក្នុងរង្វង់ { $accuracy } ម៉ែត្រ)៖ { $link }
sos-practice = ហាត់សាកល្បង៖ កម្មវិធីមិនផ្ញើអ្វីចេញទេ។
sos-ready = រួចរាល់ដើម្បីផ្ញើទៅមនុស្សដែលទុកចិត្ត { $count } នាក់។
sos-review = សូមពិនិត្យមើលថាអ្នកណានឹងទទួលសារនេះ។ កម្មវិធីមិនផ្ញើអ្វីទេ រហូតដល់អ្នកបញ្ជាក់។
sos-confirm = ផ្ញើ SOS ឥឡូវនេះ
sos-cancel = កុំផ្ញើ
sos-sent = បានផ្ញើ SOS ទៅមនុស្សដែលទុកចិត្ត { $count } នាក់។ ម្នាក់ៗបានទទួលសារនេះ៖
sos-to = ទៅ { $name } ({ $phone })
sos-history-title = ប្រវត្តិនៃការសុំជំនួយ

## Traces on this phone

traces-title = ដាននៅលើទូរស័ព្ទនេះ
traces-intro = អ្នកដែលឆែកឆេរទូរស័ព្ទរបស់អ្នក អាចរកឃើញដានរបស់ { -brand } ឬរបស់មនុស្សដែលអ្នកទាក់ទង។ សូមពិនិត្យកន្លែងទាំងនេះ នៅពេលដែលមានសុវត្ថិភាព។
traces-call-log = ប្រវត្តិហៅទូរស័ព្ទ៖ ការហៅទៅខ្សែទូរស័ព្ទជំនួយ បង្ហាញក្នុងប្រវត្តិហៅទូរស័ព្ទរបស់អ្នក។ អ្នកអាចលុបវាម្ដងមួយៗ។
traces-sms = សារជាអក្សរ៖ សារសុំជំនួយនៅតែមានក្នុងសារដែលបានផ្ញើ។ អ្នកអាចលុបវាបាន ក្រោយពេលផ្ញើរួច។
traces-gallery = រូបថត និងរូបថតអេក្រង់៖ រូបឯកសារ ឬរូបការជជែក ស្ថិតនៅក្នុងវិចិត្រសាលរបស់អ្នក។
traces-notifications = ការជូនដំណឹង៖ សារអាចបង្ហាញនៅលើអេក្រង់ចាក់សោ។ សូមបិទការមើលជាមុន នៅក្នុងការកំណត់ទូរស័ព្ទរបស់អ្នក។
traces-cloud = ការបម្រុងទុកលើពពក៖ ទូរស័ព្ទរបស់អ្នកអាចចម្លងរូបថត សារ និងប្រវត្តិហៅទូរស័ព្ទ ទៅគណនីអនឡាញដែលអ្នកដទៃអាចបើកបាន។
traces-browser = កម្មវិធីរុករកវេប៖ ការស្វែងរក និងទំព័រដែលអ្នកបានបើក នៅតែមានក្នុងប្រវត្តិ។ សូមប្រើផ្ទាំងឯកជន ឬសម្អាតប្រវត្តិ។
traces-keyboard = ក្ដារចុច៖ ក្ដារចុចរបស់អ្នកអាចណែនាំពាក្យដែលអ្នកធ្លាប់វាយ ដូចជាឈ្មោះមនុស្ស ឬទីកន្លែង។

## Errors

error-wait = បញ្ចូលលេខ PIN ខុសច្រើនដងពេក។ សូមរង់ចាំ { $seconds } វិនាទី មុនពេលសាកល្បងម្ដងទៀត។
error-wait-minutes = បញ្ចូលលេខ PIN ខុសច្រើនដងពេក។ សូមរង់ចាំ { $minutes } នាទី មុនពេលសាកល្បងម្ដងទៀត។
error-duress-same-as-pin = លេខ PIN ទីពីរ ត្រូវតែខុសពីលេខ PIN របស់អ្នក។
error-contact-name-empty = សូមបញ្ចូលឈ្មោះ។
error-contact-name-too-long = ឈ្មោះអាចមានច្រើនបំផុត { $max } តួអក្សរ។
error-note-too-long = កំណត់សម្គាល់អាចមានច្រើនបំផុត { $max } តួអក្សរ។
error-phone-invalid = នេះមើលទៅមិនដូចលេខទូរស័ព្ទទេ។
error-phone-needs-country = សូមបញ្ចូលលេខកូដប្រទេស (ឧទាហរណ៍ +66) ឬជ្រើសរើសប្រទេសរបស់អ្នកនៅក្នុងការកំណត់។
error-contact-not-found = ទំនាក់ទំនងនេះមិនមានទៀតទេ។
error-no-trusted-contacts = សូមជ្រើសរើសទំនាក់ទំនងដែលទុកចិត្តយ៉ាងហោចណាស់ម្នាក់ជាមុនសិន។
error-wipe-policy-range = សូមជ្រើសរើសលេខពី { $min } ដល់ { $max }។
error-unknown-country = មិនមានប្រទេសនេះទេ។

## Screens of the profile and safety flows

duress-pin-label = លេខ PIN ទីពីរ
duress-set = រក្សាទុកលេខ PIN ទីពីរ
duress-remove = លុបលេខ PIN ទីពីរ
duress-state-on = បានកំណត់លេខ PIN ទីពីររួចហើយ។
duress-state-off = មិនទាន់បានកំណត់លេខ PIN ទីពីរទេ។
settings-country-none = មិនទាន់ជ្រើសរើស
sos-history-empty = មិនទាន់បានផ្ញើ ឬហាត់ផ្ញើ SOS នៅឡើយទេ។
sos-history-sent = { $date }៖ បានផ្ញើទៅមនុស្សដែលទុកចិត្ត { $count } នាក់
sos-history-practice = { $date }៖ ហាត់សាកល្បងជាមួយមនុស្សដែលទុកចិត្ត { $count } នាក់
sos-history-location = មានទីតាំងរបស់អ្នកនៅក្នុងសារ។

# SOS location, chosen at review: the platform asks for permission only then.
sos-location-add = បញ្ចូលទីតាំងរបស់ខ្ញុំ
sos-location-add-explain = ទូរសព្ទនឹងសុំការអនុញ្ញាតជាមុនសិន។ អ្នកណាដែលអានសារនេះ នឹងឃើញថាអ្នកនៅទីណា។
sos-location-included = ទីតាំងរបស់អ្នកមាននៅក្នុងសារ។
sos-location-unavailable = មិនអាចបន្ថែមទីតាំងរបស់អ្នកបានទេ (គ្មានការអនុញ្ញាត ឬទូរសព្ទមិនដឹងថាអ្នកនៅទីណា)។ SOS នៅតែដំណើរការដោយគ្មានទីតាំង។
