# Waymark — strings for lessons, quizzes, checklists, the red-flag check, the hotline directory and search (Vietnamese). Machine-drafted; awaiting native-speaker review.

## Home menu

menu-lessons = Bài học
menu-checklists = Danh sách kiểm tra di cư an toàn
menu-redflags = Kiểm tra lời mời làm việc
menu-directory = Đường dây nóng và trợ giúp
menu-search = Tìm kiếm

## Lessons and quizzes

lessons-title = Bài học
lessons-intro = Những bài học ngắn về việc làm an toàn và cách giữ an toàn. Câu trả lời của bạn chỉ lưu trên điện thoại này và không ai biết bạn là ai.
lesson-progress = Đã xong { $done } trên { $total } bài học
lesson-quiz-start = Bắt đầu làm trắc nghiệm
lesson-quiz-not-started = Chưa làm trắc nghiệm
lesson-quiz-score = Trắc nghiệm: đúng { $correct } trên { $total } câu
quiz-question-count = Câu { $number } trên { $total }
quiz-correct = Đúng
quiz-not-correct = Chưa đúng
quiz-next = Câu tiếp theo
quiz-finish = Xem kết quả của tôi
quiz-result = Bạn đã trả lời đúng { $correct } trên { $total } câu hỏi.
quiz-retry = Làm lại bài trắc nghiệm
quiz-right-answer = Câu trả lời đúng
quiz-your-answer = Câu trả lời của bạn
quiz-review-title = Hãy xem lại những câu hỏi này

## Checklists

checklists-title = Danh sách kiểm tra di cư an toàn
checklists-choose-route = Chọn tuyến đường của bạn
checklists-progress = Đã xong { $done } trên { $total } mục
checklists-why = Vì sao điều này quan trọng
checklists-learn-more = Tìm hiểu thêm trong bài học

## Red-flag check

redflags-found = Số dấu hiệu cảnh báo tìm thấy: { $count }
redflags-none-found = Không tìm thấy dấu hiệu cảnh báo nào trong câu trả lời của bạn.
redflags-find-out = Những điều cần tìm hiểu trước khi quyết định: { $count }
redflags-hotlines = Các số điện thoại có thể giúp bạn trên tuyến đường này
redflags-no-hotlines = Chúng tôi chưa có số điện thoại đã kiểm tra nào có thể giúp ở quốc gia này. Trước khi đi, hãy tìm số điện thoại của đại sứ quán nước bạn ở đó và luôn mang theo.
redflags-unanswered = Hãy trả lời tất cả các câu hỏi để xem kết quả.

## Hotline directory

directory-title = Đường dây nóng và trợ giúp
directory-intro = Chỉ hiện những số mà chúng tôi đã đối chiếu với một nguồn tin. Mỗi số đều ghi lần kiểm tra gần nhất.
link-unavailable = Không có ứng dụng nào trên điện thoại này mở được mục này. Số hoặc địa chỉ được hiện ở đây để bạn dùng theo cách khác.
directory-checked = Đã kiểm tra: { $date }
directory-source = Nguồn: { $source }
directory-undated = không ghi ngày
date-day-month-year = ngày { $day } { $month } năm { $year }
date-month-year = { $month } năm { $year }
date-year = năm { $year }
date-approximate = khoảng { $date }
date-month-1 = tháng 1
date-month-2 = tháng 2
date-month-3 = tháng 3
date-month-4 = tháng 4
date-month-5 = tháng 5
date-month-6 = tháng 6
date-month-7 = tháng 7
date-month-8 = tháng 8
date-month-9 = tháng 9
date-month-10 = tháng 10
date-month-11 = tháng 11
date-month-12 = tháng 12
directory-call = Gọi
directory-sms = Gửi tin nhắn SMS
directory-whatsapp = Nhắn qua WhatsApp
directory-open-24h = Hoạt động 24 giờ
directory-hours = Giờ làm việc theo công bố: { $hours }
directory-hours-daily = Hằng ngày { $from }–{ $to }
directory-hours-number = { $hours } (số { $number })
directory-free = Gọi miễn phí
directory-languages = Ngôn ngữ: { $languages }
directory-empty = Không có số đã kiểm tra nào phù hợp với lựa chọn của bạn. Hãy thử một quốc gia hoặc nhu cầu khác.
directory-filter-country = Quốc gia
directory-filter-language = Ngôn ngữ
directory-filter-purpose = Bạn cần gì

purpose-trafficking = Mua bán người
purpose-labour = Vấn đề việc làm và nợ lương
purpose-migrants = Người lao động di cư
purpose-children = Trẻ em và thanh thiếu niên
purpose-women = Phụ nữ bị bạo lực
purpose-emergency = Dịch vụ khẩn cấp
service-police = Khẩn cấp: cảnh sát
service-tourist-police = Khẩn cấp: cảnh sát du lịch, dành cho người nước ngoài
service-fire = Khẩn cấp: cứu hỏa
service-disaster = Khẩn cấp: sự cố và thiên tai
service-all = Khẩn cấp: cảnh sát, cứu hỏa, cấp cứu
service-unspecified = Số điện thoại khẩn cấp
purpose-social = Trợ giúp xã hội và tư vấn
purpose-abroad = Công dân ở nước ngoài

country-TH = Thái Lan
country-MM = Mi-an-ma
country-KH = Campuchia
country-LA = Lào
country-VN = Việt Nam
country-MY = Ma-lai-xi-a
country-SG = Xin-ga-po
country-ID = In-đô-nê-xi-a
country-PH = Phi-líp-pin
country-BN = Bru-nây
country-TW = Đài Loan
country-HK = Hồng Kông
country-KR = Hàn Quốc
country-JP = Nhật Bản
country-AE = Các Tiểu vương quốc Ả Rập Thống nhất
country-SA = Ả Rập Xê Út

## Search

search-title = Tìm kiếm
search-prompt = Nhập một từ
search-no-results = Không tìm thấy gì. Hãy thử một từ ngắn hơn.
search-english-fallback = Không tìm thấy bằng tiếng Việt. Các kết quả này khớp với bản tiếng Anh.
search-english-match = Tìm thấy trong bản tiếng Anh
search-results = { $count } kết quả
search-kind-lesson = Bài học
search-kind-checklist = Danh sách kiểm tra
search-kind-redflag = Kiểm tra lời mời làm việc
search-kind-directory = Đường dây nóng
directory-more-languages = và các ngôn ngữ khác

## Language names (for hotline languages; Waymark's own nine use their own names)

lang-zh = Tiếng Trung (Quan thoại)
lang-yue = Tiếng Quảng Đông
lang-ja = Tiếng Nhật
lang-ko = Tiếng Hàn
lang-hi = Tiếng Hindi
lang-ne = Tiếng Nepal
lang-ur = Tiếng Urdu
lang-bn = Tiếng Bengal
lang-ta = Tiếng Tamil
lang-pa = Tiếng Punjab
lang-ml = Tiếng Malayalam
lang-ru = Tiếng Nga
lang-uz = Tiếng Uzbek
lang-mn = Tiếng Mông Cổ
lang-ar = Tiếng Ả Rập
lang-am = Tiếng Amhara
lang-es = Tiếng Tây Ban Nha
lang-pt = Tiếng Bồ Đào Nha
lang-hmn = Tiếng H'Mông

## Lists, marks and composed lines (the UIs print these, never their own)

list-separator = {", "}
list-last-separator = {" và "}
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
checklists-no-route = Chưa chọn tuyến đường
directory-source-detail = { $host }, { $date }
directory-open-source = Mở nguồn
directory-filter-all = Tất cả
lesson-list-line = { $title } — { $quiz }
classroom-heading = { $lesson } · { $step } · { $progress }
classroom-status = { $hands } · { $hint }
classroom-summary-row = { $pre }  →  { $post }
list-numbered = { $number }. { $text }
mark-right = ✓
