# Waymark — quiet contact, sync and backup strings (Khmer). Machine-drafted; awaiting native-speaker review.
# Every message id mirrors locales/en/quiet.ftl exactly.

## Quiet contact: written messages to a hotline, sealed so only the hotline can read them.

quiet-title = ទាក់ទងដោយស្ងាត់ៗ
quiet-intro = សរសេរទៅខ្សែទូរស័ព្ទជំនួយ ដោយមិនចាំបាច់ហៅទូរស័ព្ទ។ ទូរស័ព្ទនេះចាក់សោសាររបស់អ្នក ដើម្បីឱ្យតែខ្សែទូរស័ព្ទជំនួយប៉ុណ្ណោះអាចអានវាបាន។ សារនឹងរង់ចាំនៅទីនេះ រហូតដល់មានអ៊ីនធឺណិត បន្ទាប់មកទូរស័ព្ទនឹងផ្ញើវាចេញ។
quiet-hotlines-title = សរសេរទៅ
quiet-conversations-title = ការសន្ទនារបស់អ្នក
quiet-empty = អ្នកមិនទាន់បានសរសេរទៅខ្សែទូរស័ព្ទជំនួយណាមួយនៅឡើយទេ។
quiet-outbox-waiting = { $count ->
   *[other] សារចំនួន { $count } កំពុងរង់ចាំអ៊ីនធឺណិត។
}
quiet-privacy-note = មានតែខ្សែទូរស័ព្ទជំនួយប៉ុណ្ណោះ ដែលអាចអានសារទាំងនេះបាន។ ម៉ាស៊ីនមេដែលបញ្ជូនសារទាំងនេះបន្ត មិនអាចអានវាបានទេ ហើយក៏មិនដឹងលេខទូរស័ព្ទរបស់អ្នកដែរ។
quiet-compose-hint = សរសេរសាររបស់អ្នក
quiet-send = ផ្ញើ
quiet-new-conversation = ការសន្ទនាថ្មី
quiet-retry = ព្យាយាមម្ដងទៀត
quiet-earlier = សារមុនៗ
quiet-you = អ្នក
quiet-development-note = នេះជាខ្សែទូរស័ព្ទជំនួយសាកល្បង សម្រាប់សាកប្រើកម្មវិធី។ គ្មាននរណាម្នាក់ឆ្លើយតបពិតប្រាកដទេ។ កុំប្រើវានៅពេលអាសន្ន។

quiet-status-queued = កំពុងរង់ចាំផ្ញើ
quiet-status-sent = បានផ្ញើ
quiet-status-delivered = បានទៅដល់ខ្សែទូរស័ព្ទជំនួយ
quiet-status-replied = ខ្សែទូរស័ព្ទជំនួយបានឆ្លើយតប
quiet-status-needs-attention = មិនបានផ្ញើទេ។ សូមព្យាយាមម្ដងទៀត។

quiet-hotline-waymark-dev-name = ខ្សែទូរស័ព្ទជំនួយសាកល្បង (សម្រាប់ហាត់)
quiet-hotline-waymark-dev-about = ខ្សែទូរស័ព្ទជំនួយសម្រាប់ហាត់សាកល្បងការទាក់ទងដោយស្ងាត់ៗ។ សារនឹងទៅប្រអប់សារសាកល្បង មិនមែនទៅអ្នកជួយពិតប្រាកដទេ។

## Sync

sync-title = ផ្ញើ និងទទួល
sync-now = ផ្ញើ និងទទួលឥឡូវនេះ
sync-offline = គ្មានអ៊ីនធឺណិតទេ។ សាររបស់អ្នកនៅតែមានសុវត្ថិភាពនៅលើទូរស័ព្ទនេះ ហើយទូរស័ព្ទនឹងផ្ញើវានៅពេលក្រោយ។
sync-running = កំពុងផ្ញើ និងទទួល…
sync-done = សារបានផ្ញើ { $sent } បានទៅដល់ { $delivered } និងបានទទួលចម្លើយ { $replies }។
sync-waiting = { $count ->
   *[other] សារចំនួន { $count } នៅតែកំពុងរង់ចាំ។ កម្មវិធីនឹងព្យាយាមម្ដងទៀត ក្នុងរយៈពេល { $seconds } វិនាទីទៀត។
}
sync-paused = ម៉ាស៊ីនមេបានស្នើឱ្យកម្មវិធីរង់ចាំ។ កម្មវិធីនឹងព្យាយាមម្ដងទៀត ក្នុងរយៈពេល { $minutes } នាទីទៀត។
sync-budget = កម្មវិធីបានប្រើសំណើទាំងអស់ដែលវាអនុញ្ញាតសម្រាប់ម៉ោងនេះហើយ ដើម្បីកុំឱ្យគេសម្គាល់ឃើញ។ វានឹងព្យាយាមម្ដងទៀត ក្នុងរយៈពេល { $minutes } នាទីទៀត។ សាររបស់អ្នកនៅតែមានសុវត្ថិភាពនៅលើទូរស័ព្ទនេះ។

## Backup and restore

backup-title = ការបម្រុងទុក
backup-intro = ការបម្រុងទុករក្សាទំនាក់ទំនង ការសន្ទនា និងវឌ្ឍនភាពរបស់អ្នកឱ្យមានសុវត្ថិភាព ដោយចាក់សោជាមួយលេខកូដស្ដារ។ មានតែអ្នកដែលមានលេខកូដនេះទេ ទើបអាចបើកវាបាន។
backup-now = បង្កើតការបម្រុងទុក
backup-done = បានរក្សាទុកការបម្រុងទុក។
backup-working = កំពុងបង្កើតការបម្រុងទុក…
backup-code-title = លេខកូដស្ដាររបស់អ្នក
backup-code-once = សូមសរសេរលេខកូដនេះទុក ហើយរក្សាវានៅកន្លែងដែលមានសុវត្ថិភាព។ វាបង្ហាញតែម្ដងប៉ុណ្ណោះ។ បើគ្មានលេខកូដនេះ មិនអាចបើកការបម្រុងទុកបានទេ។
restore-title = ស្ដារការបម្រុងទុក
restore-intro = បញ្ចូលលេខកូដស្ដាររបស់អ្នក ដើម្បីយកទំនាក់ទំនង ការសន្ទនា និងវឌ្ឍនភាពរបស់អ្នកមកវិញ។
restore-working = កំពុងស្ដារការបម្រុងទុក…
task-stop = បញ្ឈប់
restore-done = បានស្ដារការបម្រុងទុក៖ ទំនាក់ទំនង { $contacts } ការសន្ទនា { $conversations } សារ { $messages }។

## Errors

error-message-empty = សូមសរសេរសារជាមុនសិន។
error-message-control = សារនេះមានតួអក្សរដែលមិនអាចផ្ញើបាន (ដូចជា NUL ឬកូដបញ្ជារបស់ terminal)។ សូមលុបវាចេញ ហើយព្យាយាមម្ដងទៀត។
error-message-too-long = សារនេះវែងពេក។ សូមសរសេរឱ្យខ្លីជាងនេះ (ច្រើនបំផុត { $max } បៃ)។
error-conversation-not-found = ការសន្ទនានេះមិនមានទៀតទេ។
error-hotline-not-found = មិនអាចផ្ញើសារទៅខ្សែទូរស័ព្ទជំនួយនេះបានទេ។
error-outbox-full = មានសារចំនួន { $max } កំពុងរង់ចាំផ្ញើរួចហើយ។ សូមរង់ចាំរហូតដល់សារខ្លះផ្ញើចេញរួច។
error-relay-url = មិនអាចប្រើអាសយដ្ឋានម៉ាស៊ីនមេនេះបានទេ។ អាសយដ្ឋានត្រូវតែចាប់ផ្ដើមដោយ https:// ។
error-http-timeout = WAYMARK_HTTP_TIMEOUT ត្រូវតែជាចំនួនវិនាទីគត់ ពី 1 ដល់ 600។
error-network = មិនអាចភ្ជាប់ទៅម៉ាស៊ីនមេបានទេ។ គ្មានអ្វីបាត់បង់ទេ។ សូមព្យាយាមម្ដងទៀតនៅពេលក្រោយ។
error-cancelled = បានបញ្ឈប់។ គ្មានអ្វីផ្លាស់ប្ដូរទេ។
error-relay-refused = ម៉ាស៊ីនមេបានបដិសេធសំណើ។ គ្មានអ្វីផ្លាស់ប្ដូរទេ។
error-relay-too-large = ម៉ាស៊ីនមេបានផ្ញើចម្លើយដែលធំពេក ដូច្នេះកម្មវិធីបានបដិសេធវា។ គ្មានអ្វីបាត់បង់ទេ។ សូមព្យាយាមម្ដងទៀតនៅពេលក្រោយ។
error-recovery-code-invalid = នេះមិនមែនជាលេខកូដស្ដារទេ។ លេខកូដស្ដារមានអក្សរ និងលេខ 24 តួ។
error-recovery-code-wrong = លេខកូដស្ដារនេះមិនអាចបើកការបម្រុងទុកបានទេ។ គ្មានអ្វីផ្លាស់ប្ដូរទេ។
error-backup-not-found = គ្មានការបម្រុងទុកណាដែលត្រូវនឹងលេខកូដស្ដារនេះទេ។ សូមពិនិត្យលេខកូដ ហើយព្យាយាមម្ដងទៀត។ គ្មានអ្វីផ្លាស់ប្ដូរទេ។
error-restore-not-empty = អាចស្ដារការបម្រុងទុកបាន តែទៅក្នុងប្រវត្តិរូបថ្មី ដែលមិនទាន់មានទំនាក់ទំនង ឬការសន្ទនាប៉ុណ្ណោះ។

## Forms shared by the apps

contact-add = បន្ថែមទំនាក់ទំនង
contact-edit = កែទំនាក់ទំនង
contact-remove = លុបទំនាក់ទំនង
contact-name = ឈ្មោះ
contact-phone = លេខទូរស័ព្ទ
contact-relation = ត្រូវជាអ្វីនឹងអ្នក (ឧទាហរណ៍៖ បងស្រី មិត្តភក្តិ)
contact-note = កំណត់សម្គាល់
contact-channel = របៀបទាក់ទងពួកគេ
form-save = រក្សាទុក
form-cancel = បោះបង់
settings-relay = ម៉ាស៊ីនមេសារ
menu-quiet = សរសេរទៅខ្សែទូរស័ព្ទជំនួយ
menu-backup = បម្រុងទុក និងស្ដារ
menu-settings = ការកំណត់

## Screens of the profile and safety flows

backup-new-code = បម្រុងទុកជាមួយលេខកូដស្ដារថ្មី
backup-new-code-explain = ការបម្រុងទុកបន្ទាប់ៗនឹងត្រូវចាក់សោដោយលេខកូដថ្មី។ វាបង្ហាញតែម្ដងប៉ុណ្ណោះ៖ សូមកត់ទុក។
