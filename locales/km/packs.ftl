# Waymark — content pack messages (Khmer). Machine-drafted; awaiting native-speaker review.

content-version = ខ្លឹមសារ កំណែ { $version }
error-pack-malformed = ឯកសារនេះមិនមែនជាកញ្ចប់ខ្លឹមសាររបស់ Waymark ទេ ឬវាខូច។
error-pack-untrusted = អ្នកបោះពុម្ពផ្សាយដែលកម្មវិធីនេះទុកចិត្ត មិនបានចុះហត្ថលេខាលើកញ្ចប់ខ្លឹមសារនេះទេ។ គ្មានអ្វីផ្លាស់ប្ដូរទេ។
error-pack-bad-signature = មាននរណាម្នាក់បានកែប្រែកញ្ចប់ខ្លឹមសារនេះ បន្ទាប់ពីចុះហត្ថលេខា។ គ្មានអ្វីផ្លាស់ប្ដូរទេ។
error-pack-not-newer = កញ្ចប់ខ្លឹមសារនេះមិនថ្មីជាងខ្លឹមសារដែលអ្នកមាន (កំណែ { $version }) ទេ។ គ្មានអ្វីផ្លាស់ប្ដូរទេ។
error-pack-invalid = កញ្ចប់ខ្លឹមសារនេះមិនពេញលេញ ឬមានកំហុស។ គ្មានអ្វីផ្លាស់ប្ដូរទេ។

## Screens of the profile and safety flows

content-install-title = ដំឡើងខ្លឹមសារពីឯកសារ
content-install-intro = មេរៀន បញ្ជីត្រួតពិនិត្យ និងលេខទូរស័ព្ទជំនួយ អាចធ្វើបច្ចុប្បន្នភាពពីឯកសារ ឧទាហរណ៍ ឯកសារដែលអង្គការដែលអ្នកទុកចិត្តចែករំលែក។ { -brand } ដំឡើងវាតែនៅពេលវាមានហត្ថលេខា ហើយថ្មីជាងអ្វីដែលអ្នកមាន។
content-install-file = ឯកសារ
content-install-action = ដំឡើង
content-install-done = បានធ្វើបច្ចុប្បន្នភាពខ្លឹមសារពីកំណែ { $before } ទៅកំណែ { $after }។
