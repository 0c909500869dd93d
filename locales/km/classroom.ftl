# Waymark — classroom mode (Khmer). Machine-drafted; awaiting native-speaker review.
# Every message id mirrors locales/en/classroom.ftl exactly.

classroom-title = របៀបថ្នាក់រៀន
classroom-intro = ដឹកនាំមេរៀនមួយជាមួយថ្នាក់របស់អ្នក នៅលើឧបករណ៍នេះ ឬលើម៉ាស៊ីនបញ្ចាំង៖ សំណួរតេស្តមុនមេរៀន ខ្លឹមសារមេរៀន ការពិភាក្សា សំណួរតេស្តដដែលម្តងទៀត និងអ្វីដែលថ្នាក់បានរៀន។ បើចង់ អ្នកអាចរាប់ចំនួនដៃដែលលើកសម្រាប់ចម្លើយនីមួយៗ។
classroom-privacy = របៀបថ្នាក់រៀនមិនរក្សាទុកអ្វីសោះអំពីសិស្ស៖ គ្មានឈ្មោះ គ្មានចម្លើយ គ្មានលទ្ធផល។ រក្សាតែចំនួនដៃនៅលើអេក្រង់នេះប៉ុណ្ណោះ ហើយវានឹងបាត់ទៅពេលបញ្ចប់វគ្គ។
classroom-outline-pre = មុនមេរៀន៖ សំណួរតេស្ត { $count } សម្រាប់ថ្នាក់
classroom-outline-lesson = មេរៀន៖ { $count } ផ្នែក
classroom-outline-discussion = ការពិភាក្សា៖ សំណួរ { $count } ព្រមទាំងកំណត់ចំណាំសម្រាប់គ្រូ
classroom-outline-post = ក្រោយមេរៀន៖ សំណួរ { $count } ដដែលម្តងទៀត
classroom-outline-summary = អ្វីដែលថ្នាក់បានរៀន៖ ចម្លើយត្រូវមុន និងក្រោយមេរៀន
classroom-start = ចាប់ផ្តើមវគ្គ
classroom-step-pre = មុនមេរៀន
classroom-step-lesson = មេរៀន
classroom-step-discussion = ការពិភាក្សា
classroom-step-post = ក្រោយមេរៀន
classroom-step-summary = អ្វីដែលថ្នាក់បានរៀន
classroom-progress = ជំហានទី { $number } ក្នុងចំណោម { $total }
classroom-next = បន្ទាប់
classroom-reveal = បង្ហាញចម្លើយ
classroom-back = ថយក្រោយ
classroom-end = បញ្ចប់វគ្គ
classroom-tally-hint = ស្រេចចិត្ត៖ សុំឱ្យថ្នាក់លើកដៃសម្រាប់ចម្លើយនីមួយៗ ហើយបន្ថែមមួយសម្រាប់ដៃនីមួយៗ។ រក្សាទុកតែចំនួនប៉ុណ្ណោះ។
classroom-tally-closed = ការរាប់សម្រាប់សំណួរនេះបានបិទហើយ។
classroom-hands = { $count ->
    [0] មិនទាន់បានរាប់ដៃ
   *[other] បានរាប់ដៃ { $count }
}
classroom-add = +1
classroom-remove = −1
classroom-option-count = { $count } · { $percent }%
classroom-answer-title = ចម្លើយត្រឹមត្រូវ
classroom-summary-title = អ្វីដែលថ្នាក់បានរៀន
classroom-summary-intro = ភាគរយនៃដៃដែលលើកលើចម្លើយត្រឹមត្រូវ មុន និងក្រោយមេរៀន។ នេះជាចំនួនរបស់ថ្នាក់ទាំងមូល មិនមែនជាពិន្ទុរបស់នរណាម្នាក់ទេ។
classroom-summary-pre = មុន៖ ត្រូវ { $right } ក្នុងចំណោម { $hands } ({ $percent }%)
classroom-summary-pre-none = មុន៖ មិនបានរាប់
classroom-summary-post = ក្រោយ៖ ត្រូវ { $right } ក្នុងចំណោម { $hands } ({ $percent }%)
classroom-summary-post-none = ក្រោយ៖ មិនបានរាប់
classroom-summary-overall = សំណួរទាំងអស់
classroom-summary-change = ចម្លើយត្រឹមត្រូវបានកើនពី { $before }% មុនមេរៀន ទៅ { $after }% ក្រោយមេរៀន។
classroom-summary-change-none = រាប់ដៃទាំងមុន និងក្រោយមេរៀន ដើម្បីប្រៀបធៀប។
