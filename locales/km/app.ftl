# Waymark — application strings (Khmer). Machine-drafted; awaiting native-speaker review.
# Every message id mirrors locales/en/app.ftl exactly.
# "-brand" is the product name: never translate it.

-brand = Waymark

## Set-up screen

setup-title = រៀបចំ { -brand }
setup-intro = សូមជ្រើសរើសលេខ PIN (លេខពី 4 ដល់ 12 ខ្ទង់) ឬពាក្យសម្ងាត់ (យ៉ាងហោចណាស់ 8 តួអក្សរ)។ អ្វីៗទាំងអស់ដែលអ្នករក្សាទុកក្នុង { -brand } នឹងត្រូវចាក់សោដោយវា។
setup-pin-label = លេខ PIN ឬពាក្យសម្ងាត់
setup-confirm-label = បញ្ចូលម្ដងទៀត
setup-submit = បង្កើតកន្លែងឯកជនរបស់ខ្ញុំ
setup-warning = ប្រសិនបើអ្នកភ្លេចលេខ PIN គ្មាននរណាម្នាក់អាចបើកទិន្នន័យរបស់អ្នកបានទេ សូម្បីតែក្រុមការងារ { -brand } ក៏មិនអាចបើកបានដែរ។
setup-done = កន្លែងឯកជនរបស់អ្នករួចរាល់ហើយ ហើយលេខ PIN របស់អ្នកចាក់សោវា។

## Unlock screen

unlock-title = បញ្ចូលលេខ PIN របស់អ្នក
unlock-prompt = បញ្ចូលលេខ PIN ឬពាក្យសម្ងាត់របស់អ្នក ដើម្បីបើក { -brand }។
unlock-submit = បើក
unlock-done = បានដោះសោហើយ។

## Locking

lock-action = ចាក់សោឥឡូវនេះ
lock-done = { -brand } បានចាក់សោហើយ។
lock-on-exit = { -brand } នឹងចាក់សោម្ដងទៀតភ្លាមៗ នៅពេលពាក្យបញ្ជានេះចប់។

## Home screen

home-title = ទំព័រដើម
home-greeting = សូមស្វាគមន៍ការត្រឡប់មកវិញ។
home-greeting-named = សូមស្វាគមន៍ការត្រឡប់មកវិញ { $name }។
home-language = ភាសា៖ { $language }
review-machine-drafted = ម៉ាស៊ីនបានបកប្រែអត្ថបទនេះ ហើយអ្នកដែលនិយាយភាសានេះជាភាសាកំណើត មិនទាន់បានពិនិត្យវានៅឡើយទេ។
review-native-reviewed = អ្នកដែលនិយាយភាសានេះជាភាសាកំណើត បានពិនិត្យការបកប្រែនេះរួចហើយ។

## Profile state

state-new = មិនទាន់បានរៀបចំ
state-locked = បានចាក់សោ
state-unlocked = បានដោះសោ
status-state = ស្ថានភាព៖ { $state }

## Changing the PIN

change-pin-title = ប្ដូរលេខ PIN
change-pin-current = លេខ PIN ឬពាក្យសម្ងាត់បច្ចុប្បន្ន
change-pin-new = លេខ PIN ឬពាក្យសម្ងាត់ថ្មី
change-pin-done = អ្នកបានប្ដូរលេខ PIN របស់អ្នកហើយ។

## Settings

settings-title = ការកំណត់
settings-language = ភាសា
settings-language-device = ដូចឧបករណ៍នេះ ({ $language })
settings-display-name = តើអ្នកចង់ឱ្យ { -brand } ហៅអ្នកថាអ្វី?
settings-saved = បានរក្សាទុក។

## Language check (for translators)

l10n-check-ok = ភាសាទាំង { $count } មានសារគ្រប់ទាំងអស់។
l10n-check-failed = រកឃើញបញ្ហាចំនួន { $count } នៅក្នុងការបកប្រែ។
content-root-missing = រកមិនឃើញថត content/ និង locales/ នៅទីនោះ ឬក្នុងថតណាមួយខាងលើទេ។ សូមដំណើរការវានៅក្នុងឃ្លាំងកូដ { -brand } ឬផ្តល់ --root DIR។

## Errors

error-wrong-pin = លេខ PIN ឬពាក្យសម្ងាត់នោះមិនត្រឹមត្រូវទេ។
error-pin-empty = សូមបញ្ចូលលេខ PIN ឬពាក្យសម្ងាត់។
error-pin-too-short = លេខ PIN ត្រូវមានយ៉ាងហោចណាស់ 4 ខ្ទង់។
error-pin-too-long = លេខ PIN អាចមានច្រើនបំផុត 12 ខ្ទង់។
error-passphrase-too-short = ពាក្យសម្ងាត់ត្រូវមានយ៉ាងហោចណាស់ { $min } តួអក្សរ។
error-passphrase-too-long = ពាក្យសម្ងាត់អាចមានច្រើនបំផុត { $max } តួអក្សរ។
error-pin-missing = មិនបានផ្ដល់លេខ PIN ទេ។ សូមកំណត់ WAYMARK_PIN ឬវាយលេខនោះតាមការបញ្ចូលស្ដង់ដារ។
error-input-not-text = ទិន្នន័យដែលបានបញ្ចូលមិនមែនជាអត្ថបទដែលអាចអានបានទេ (ត្រូវតែជា UTF-8)។ គ្មានអ្វីផ្លាស់ប្ដូរទេ។
error-file-not-found = គ្មានឯកសារនៅទីតាំងនេះទេ។
error-pins-differ = អ្វីដែលអ្នកបានបញ្ចូលទាំងពីរដងមិនដូចគ្នាទេ។
error-not-set-up = { -brand } មិនទាន់បានរៀបចំនៅលើឧបករណ៍នេះនៅឡើយទេ។
error-already-set-up = { -brand } រៀបចំរួចហើយនៅលើឧបករណ៍នេះ។
error-locked = { -brand } កំពុងជាប់សោ។ សូមបញ្ចូលលេខ PIN របស់អ្នកជាមុនសិន។
error-corrupted = ទិន្នន័យដែលអ្នកបានរក្សាទុកខូច ហើយមិនអាចអានបានទេ។ គ្មានអ្វីផ្លាស់ប្ដូរទេ។ ប្រសិនបើអ្នកបានធ្វើការបម្រុងទុក អ្នកអាចលុប ហើយស្ដារវាវិញដោយប្រើលេខកូដស្ដាររបស់អ្នក។
error-platform-secret = កន្លែងផ្ទុកសុវត្ថិភាពរបស់ទូរស័ព្ទនេះមិនបានឆ្លើយតបទេ។ សូមព្យាយាមម្ដងទៀត។
error-storage = { -brand } មិនអាចរក្សាទុក ឬអានទិន្នន័យរបស់វានៅលើឧបករណ៍នេះបានទេ។
error-unknown-language = មិនមានភាសានេះទេ។
error-name-too-long = ឈ្មោះអាចមានច្រើនបំផុត { $max } តួអក្សរ។
error-invalid-input = មិនអាចប្រើតម្លៃនេះនៅទីនេះបានទេ។
error-usage = មិនយល់ពាក្យបញ្ជានេះទេ។
error-tui-needs-terminal = កម្មវិធី terminal ត្រូវការ terminal ដើម្បីបង្ហាញ។ នៅក្នុងស្គ្រីប សូមប្រើពាក្យបញ្ជាផ្សេងទៀត។
error-internal = មានបញ្ហាមួយបានកើតឡើងនៅខាងក្នុង { -brand }។ ទិន្នន័យរបស់អ្នកនៅតែមានសុវត្ថិភាព។ សូមព្យាយាមម្ដងទៀត។

## Screens of the profile and safety flows

settings-display-name-hint = មិនចាំបាច់ទេ។ បើទុកទទេ { -brand } នឹងមិនប្រើឈ្មោះទេ។

# The phone's key store lost the key of the device secret: nothing stored opens again.
error-platform-secret-lost = សោដែលការពារអ្វីដែលបានរក្សាទុកក្នុងកម្មវិធីនេះ លែងមាននៅលើទូរសព្ទនេះទៀតហើយ។ អ្វីដែលបានរក្សាទុកនៅទីនេះ មិនអាចបើកបានទៀតទេ។
secret-lost-title = ទិន្នន័យដែលបានរក្សាទុក មិនអាចបើកបានទៀតទេ
secret-lost-explain = កន្លែងរក្សាសោដ៏មានសុវត្ថិភាពរបស់ទូរសព្ទនេះ លែងមានសោដែលការពារអ្វីដែលបានរក្សាទុកក្នុងកម្មវិធីនេះទៀតហើយ។ រឿងនេះអាចកើតឡើង បន្ទាប់ពីការចាក់សោអេក្រង់ត្រូវបានដកចេញ ឬទូរសព្ទត្រូវបានកំណត់ឡើងវិញ។ ឥឡូវនេះ គ្មាន PIN ណាអាចបើកវាបានទេ ហើយគ្មាននរណាម្នាក់ផ្សេងទៀតអាចបើកវាបានដែរ។
secret-lost-start-over = ចាប់ផ្ដើមម្ដងទៀត
secret-lost-start-over-explain = លុបអ្វីដែលនៅសល់លើទូរសព្ទនេះ ហើយរៀបចំកម្មវិធីម្ដងទៀតជាមួយ PIN ថ្មី។
secret-lost-restore = ស្ដារពីការបម្រុងទុក
secret-lost-restore-explain = លុបអ្វីដែលនៅសល់លើទូរសព្ទនេះ។ បន្ទាប់មក ជ្រើស PIN ថ្មី ហើយបញ្ចូលលេខកូដស្ដាររបស់អ្នក ដើម្បីយកការបម្រុងទុកចុងក្រោយមកវិញ។
