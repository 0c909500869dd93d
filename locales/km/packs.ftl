# Waymark — content pack messages (Khmer). Machine-drafted; awaiting native-speaker review.

content-version = ខ្លឹមសារ កំណែ { $version }
error-pack-malformed = ឯកសារនេះមិនមែនជាកញ្ចប់ខ្លឹមសាររបស់ Waymark ទេ ឬវាខូច។
error-pack-untrusted = អ្នកបោះពុម្ពផ្សាយដែលកម្មវិធីនេះទុកចិត្ត មិនបានចុះហត្ថលេខាលើកញ្ចប់ខ្លឹមសារនេះទេ។ គ្មានអ្វីផ្លាស់ប្ដូរទេ។
error-pack-bad-signature = មាននរណាម្នាក់បានកែប្រែកញ្ចប់ខ្លឹមសារនេះ បន្ទាប់ពីចុះហត្ថលេខា។ គ្មានអ្វីផ្លាស់ប្ដូរទេ។
error-pack-not-newer = កញ្ចប់ខ្លឹមសារនេះមិនថ្មីជាងខ្លឹមសារដែលអ្នកមាន (កំណែ { $version }) ទេ។ គ្មានអ្វីផ្លាស់ប្ដូរទេ។
error-pack-invalid = កញ្ចប់ខ្លឹមសារនេះមិនពេញលេញ ឬមានកំហុស។ គ្មានអ្វីផ្លាស់ប្ដូរទេ។
