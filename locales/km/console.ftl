# កុងសូលខ្សែទូរសព្ទជំនួយ (console/) — មិនមែនជាផ្នែកនៃកម្មវិធីទូរសព្ទទេ។

app-title = កុងសូលខ្សែទូរសព្ទជំនួយ Waymark
language-label = ភាសា
nav-label = ផ្នែក
nav-inbox = ប្រអប់សារ
nav-operators = បុគ្គលិក
nav-canned = ចម្លើយរៀបចំស្រាប់
nav-audit = កំណត់ត្រាសកម្មភាព
nav-retention = ការរក្សាទុក
nav-keys = កូនសោខ្សែទូរសព្ទជំនួយ
signout = ចាកចេញ
signed-in-as = បានចូលជា { $name }
loading = កំពុងផ្ទុក…
new-messages = { $count ->
   *[other] សារថ្មី { $count }
}

signin-title = ចូល
signin-submit = ចូល
signin-working = កំពុងពិនិត្យ…
field-name = ឈ្មោះ
field-passphrase = ពាក្យសម្ងាត់
field-passphrase-new = ពាក្យសម្ងាត់ (យ៉ាងហោចណាស់ { $min } តួ)
field-passphrase-again = ពាក្យសម្ងាត់ម្ដងទៀត

invite-title = ចូលរួមក្រុមខ្សែទូរសព្ទជំនួយ
invite-intro = អ្នកត្រូវបានអញ្ជើញជា { $role }។ ជ្រើសឈ្មោះ និងពាក្យសម្ងាត់របស់អ្នក។ កូនសោរបស់អ្នកបង្កើតនៅលើកុំព្យូទ័រនេះ ហើយរក្សាទុកតែក្នុងស្ថានភាពចាក់សោដោយពាក្យសម្ងាត់របស់អ្នកប៉ុណ្ណោះ។
invite-submit = ចូលរួម
invite-heading = អញ្ជើញសហការី
invite-role = តួនាទី
invite-create = បង្កើតតំណអញ្ជើញ
invite-expires = តំណប្រើបានតែម្ដង រហូតដល់ { $time }។
role-admin = អ្នកគ្រប់គ្រង
role-operator = បុគ្គលិកករណី

import-title = នាំចូលកូនសោខ្សែទូរសព្ទជំនួយ
import-intro = បិទភ្ជាប់កូនសោឯកជនរបស់ខ្សែទូរសព្ទជំនួយ (លេខគោលដប់ប្រាំមួយ ៦៤ ខ្ទង់)។ វាត្រូវចាក់សោដោយកូនសោរបស់អ្នកផ្ទាល់នៅក្នុងកម្មវិធីរុករកនេះ ហើយម៉ាស៊ីនបញ្ជូនបន្តមិនដែលឃើញវាទេ។
import-field = កូនសោឯកជនខ្សែទូរសព្ទជំនួយ
import-submit = នាំចូល
nokey-title = កំពុងរង់ចាំសិទ្ធិចូលប្រើ
your-fingerprint = ស្នាមម្រាមដៃកូនសោរបស់អ្នក (អ្នកគ្រប់គ្រងប្រៀបធៀបវាមុនផ្ដល់សិទ្ធិ)៖
nokey-operator = អ្នកគ្រប់គ្រងមិនទាន់ផ្ដល់កូនសោខ្សែទូរសព្ទជំនួយឱ្យអ្នកនៅឡើយទេ។ សូមស្នើសុំសិទ្ធិ រួចចូលម្ដងទៀត។

inbox-title = ប្រអប់សារ
inbox-empty = មិនទាន់មានសារទេ។
inbox-no-match = គ្មានការសន្ទនាណាត្រូវនឹងតម្រងទាំងនេះទេ។
inbox-unreadable = { $count ->
   *[other] សារ { $count } មិនអាចបើកដោយកូនសោខ្សែទូរសព្ទជំនួយដែលអ្នកមានទេ៖ វាអាចខូច ឬចាក់សោដោយកូនសោដែលអ្នកមិនទាន់ទទួល។
}
filter-status = ស្ថានភាព
filter-any-status = គ្រប់ស្ថានភាព
filter-assignee = ប្រគល់ឱ្យ
filter-anyone = នរណាក៏បាន
filter-mine = របស់ខ្ញុំ
filter-unassigned = មិនទាន់មាននរណា
search-placeholder = ស្វែងរកក្នុងសារដែលអ្នកអាចអានបាន
col-person = សារ
col-language = ភាសា
col-status = ស្ថានភាព
col-assignee = ប្រគល់ឱ្យ
col-unread = មិនទាន់អាន
col-last = សកម្មភាពចុងក្រោយ
col-role = តួនាទី
col-state = ស្ថានភាពគណនី
col-fingerprint = ស្នាមម្រាមដៃកូនសោ
col-access = សិទ្ធិចូលប្រើ
col-time = ពេលវេលា
col-operator = នរណា
col-action = ធ្វើអ្វី
col-conversation = ការសន្ទនា
col-target = សហការី
col-key-id = លេខសម្គាល់កូនសោ
col-public-key = កូនសោសាធារណៈ

status-new = ថ្មី
status-open = កំពុងបើក
status-waiting = កំពុងរង់ចាំអ្នកទំនាក់ទំនង
status-closed = បានបិទ
state-active = សកម្ម
state-suspended = ផ្អាក
state-removed = បានដកចេញ
assignee-nobody = គ្មាននរណា
assignee-me = ខ្ញុំ
assignee-me-named = ខ្ញុំ ({ $name })
saved = បានរក្សាទុក។
assign-to-me = ប្រគល់ឱ្យខ្ញុំ

back-to-inbox = ត្រឡប់ទៅប្រអប់សារ
conv-started = ការសន្ទនាចាប់ផ្ដើម { $time }
message-meta = សរសេរនៅ { $time }
message-unreadable = សារនេះមិនអាចបើកដោយកូនសោខ្សែទូរសព្ទជំនួយដែលអ្នកមានទេ។
record-unreadable = ធាតុនេះមិនអាចបើកដោយកូនសោខ្សែទូរសព្ទជំនួយដែលអ្នកមានទេ។
reply-by = ចម្លើយដោយ { $name }
note-by = កំណត់ចំណាំឯកជនដោយ { $name }
delivery-sent = កំពុងរង់ចាំក្នុងប្រអប់សំបុត្រ
delivery-picked-up = ទូរសព្ទបានយកហើយ
reply-label = ឆ្លើយតប
reply-send = ផ្ញើចម្លើយ
canned-pick = បញ្ចូលចម្លើយរៀបចំស្រាប់…
canned-other-languages = ភាសាផ្សេងទៀត
note-label = កំណត់ចំណាំឯកជន
note-private = មានតែក្រុមការងារទេដែលឃើញកំណត់ចំណាំ អ្នកទំនាក់ទំនងមិនឃើញឡើយ។
note-add = បន្ថែមកំណត់ចំណាំ
tags-label = ស្លាក (បំបែកដោយសញ្ញាក្បៀស)
tags-save = រក្សាទុកស្លាក
export = នាំចេញការសន្ទនា
export-heading = ការសន្ទនា Waymark { $conversation } (បាននាំចេញ និងបានបើកសោ)

grant = ផ្ដល់សិទ្ធិចូលប្រើ
grant-explain = ក្រោយពេលសហការីចូលរួម សូមប្រៀបធៀបស្នាមម្រាមដៃកូនសោរបស់គេជាមួយនឹងអ្វីដែលគេឃើញលើអេក្រង់ រួចផ្ដល់សិទ្ធិ។ កម្មវិធីរុករករបស់អ្នកនឹងចាក់សោកូនសោខ្សែទូរសព្ទជំនួយដោយកូនសោរបស់គេ។
access-ok = មានកូនសោខ្សែទូរសព្ទជំនួយ
access-missing = ត្រូវការសិទ្ធិចូលប្រើ
suspend = ផ្អាក
resume = បន្តឡើងវិញ
remove = ដកចេញ
remove-confirm = ចុចម្ដងទៀតដើម្បីដក { $name } ចេញ

canned-new = ចម្លើយរៀបចំស្រាប់ថ្មី
canned-editing = កែចម្លើយរៀបចំស្រាប់
canned-title = ចំណងជើង
canned-body = អត្ថបទ
canned-save = រក្សាទុក
canned-update = រក្សាទុកការកែប្រែ
canned-empty = មិនទាន់មានចម្លើយរៀបចំស្រាប់ទេ។
edit = កែ
delete = លុប

audit-explain = នរណាធ្វើអ្វី និងនៅពេលណា។ កំណត់ត្រានេះមិនដែលរក្សាអ្វីដែលនរណាម្នាក់បានសរសេរទេ។
audit-older = ធាតុចាស់ៗ
audit-signed_in = បានចូល
audit-signed_out = បានចាកចេញ
audit-sign_in_failed = ចូលមិនបានសម្រេច
audit-opened = បានបើកការសន្ទនា
audit-status = បានប្ដូរស្ថានភាព
audit-assigned = បានប្រគល់ការសន្ទនា
audit-tagged = បានប្ដូរស្លាក
audit-noted = បានបន្ថែមកំណត់ចំណាំ
audit-replied = បានឆ្លើយតប
audit-exported = បាននាំចេញការសន្ទនា
audit-invited = បានអញ្ជើញនរណាម្នាក់
audit-joined = បានចូលរួម
audit-granted = បានផ្ដល់សិទ្ធិចូលប្រើ
audit-suspended = បានផ្អាកសហការី
audit-resumed = បានបន្តសហការីឡើងវិញ
audit-removed = បានដកសហការីចេញ
audit-key_added = បានបន្ថែមកូនសោខ្សែទូរសព្ទជំនួយ
audit-canned_saved = បានរក្សាទុកចម្លើយរៀបចំស្រាប់
audit-canned_deleted = បានលុបចម្លើយរៀបចំស្រាប់
audit-retention_set = បានប្ដូរគោលការណ៍រក្សាទុក
audit-retention_deleted = បានលុបការសន្ទនាតាមគោលការណ៍រក្សាទុក

retention-explain = ការសន្ទនាត្រូវលុបចេញពីម៉ាស៊ីនបញ្ជូនបន្តជាស្ថាពរ ដោយទុកតែអ្វីដែលរារាំងទូរសព្ទមិនឱ្យផ្ញើវាម្ដងទៀត។ ទុកប្រអប់ទទេដើម្បីរក្សាការសន្ទនាជារៀងរហូត។
retention-closed = លុបការសន្ទនាដែលបានបិទក្រោយ (ថ្ងៃ)
retention-inactive = លុបការសន្ទនាដែលគ្មានសកម្មភាពក្រោយ (ថ្ងៃ)
retention-save = រក្សាទុកគោលការណ៍
retention-saved = បានរក្សាទុកគោលការណ៍។
retention-run = អនុវត្តឥឡូវ
retention-deleted = { $count ->
   *[other] បានលុបការសន្ទនា { $count }។
}

keys-rotate = បន្ថែម ឬប្ដូរកូនសោខ្សែទូរសព្ទជំនួយ
keys-explain = បិទភ្ជាប់កូនសោឯកជនថ្មី។ បន្ទាប់មកផ្ដល់វាដល់សហការីម្នាក់ៗនៅទំព័របុគ្គលិក ហើយបោះពុម្ពផ្សាយកូនសោសាធារណៈថ្មីក្នុងកញ្ចប់មាតិកាដែលបានចុះហត្ថលេខា (docs/console.md)។
keys-add = បន្ថែមកូនសោ

error-network = មិនអាចភ្ជាប់ទៅម៉ាស៊ីនបញ្ជូនបន្តបានទេ។ អ្វីដែលអ្នកវាយមិនបាត់ទេ សូមព្យាយាមម្ដងទៀតពេលការតភ្ជាប់ត្រឡប់មកវិញ។
error-session-expired = វគ្គរបស់អ្នកបានបញ្ចប់។ សូមចូលម្ដងទៀត អ្វីដែលអ្នកវាយនៅដដែល។
error-bad-credentials = ឈ្មោះ ឬពាក្យសម្ងាត់នោះមិនត្រឹមត្រូវ ឬគណនីនេះលែងសកម្មហើយ។
error-rate-limited = ព្យាយាមច្រើនដងពេក។ សូមរង់ចាំពីរបីនាទី ហើយព្យាយាមម្ដងទៀត។
error-forbidden = មានតែអ្នកគ្រប់គ្រងទេដែលអាចធ្វើវាបាន។
error-not-found = វាលែងមាននៅលើម៉ាស៊ីនបញ្ជូនបន្តហើយ។
error-storage = ម៉ាស៊ីនបញ្ជូនបន្តមិនអាចរក្សាទុកវាបានទេ។ សូមព្យាយាមម្ដងទៀតបន្តិចទៀត។
error-unknown = មានបញ្ហាកើតឡើង ({ $code })។ សូមព្យាយាមម្ដងទៀត។
error-does-not-open = វាមិនអាចបើកដោយកូនសោដែលអ្នកមានទេ។
error-key-blob = កូនសោរបស់អ្នកនៅលើម៉ាស៊ីនបញ្ជូនបន្តមិនអាចបើកដោយពាក្យសម្ងាត់នេះទេ។ សូមសួរអ្នកគ្រប់គ្រង។
error-no-hotline-key = អ្នកមិនទាន់មានកូនសោខ្សែទូរសព្ទជំនួយទេ។
error-passphrase-short = ពាក្យសម្ងាត់ត្រូវមានយ៉ាងហោចណាស់ ១២ តួ។
error-passphrase-mismatch = ពាក្យសម្ងាត់ទាំងពីរមិនដូចគ្នាទេ។
error-name-empty = សូមបញ្ចូលឈ្មោះ។
error-name-taken = ឈ្មោះនោះមាននរណាប្រើហើយ។ សូមជ្រើសឈ្មោះផ្សេង។
error-invite-gone = តំណអញ្ជើញនេះមិនត្រឹមត្រូវទេ៖ វាបានប្រើរួចហើយ ឬផុតកំណត់។ សូមស្នើសុំតំណថ្មី។
error-key-hex = កូនសោខ្សែទូរសព្ទជំនួយគឺជាលេខគោលដប់ប្រាំមួយ ៦៤ ខ្ទង់ (0–9, a–f)។
error-reply-empty = សូមសរសេរចម្លើយជាមុនសិន។
error-note-empty = សូមសរសេរកំណត់ចំណាំជាមុនសិន។
error-canned-empty = ចម្លើយរៀបចំស្រាប់ត្រូវការចំណងជើង និងអត្ថបទ។
error-too-long = អត្ថបទនោះវែងពេក (យ៉ាងច្រើន 8 KiB)។
error-no-route = ការសន្ទនានេះមិនទាន់មានអាសយដ្ឋានឆ្លើយតបទេ៖ ទូរសព្ទមិនទាន់ផ្ញើវាមក។ សូមរង់ចាំសារបន្ទាប់របស់វា។
error-days = សូមបញ្ចូលចំនួនថ្ងៃជាចំនួនគត់ ឬទុកប្រអប់ទទេ។
