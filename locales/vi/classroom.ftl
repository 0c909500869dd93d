# Waymark — classroom mode (Vietnamese). Machine-drafted; awaiting native-speaker review.
# Every message id mirrors locales/en/classroom.ftl exactly.

classroom-title = Chế độ lớp học
classroom-intro = Dạy một bài học cho cả lớp trên thiết bị này hoặc trên máy chiếu: bài kiểm tra trước bài học, nội dung bài học, phần thảo luận, làm lại bài kiểm tra và những gì cả lớp đã học được. Nếu muốn, bạn có thể đếm số người giơ tay cho mỗi câu trả lời.
classroom-privacy = Chế độ lớp học không lưu gì về học sinh: không tên, không câu trả lời, không kết quả. Chỉ số tay giơ lên được giữ trên màn hình này và sẽ mất khi buổi học kết thúc.
classroom-outline-pre = Trước bài học: { $count } câu hỏi kiểm tra cho cả lớp
classroom-outline-lesson = Bài học: { $count } phần
classroom-outline-discussion = Thảo luận: { $count } câu hỏi, kèm ghi chú cho giáo viên
classroom-outline-post = Sau bài học: lại { $count } câu hỏi đó
classroom-outline-summary = Những gì cả lớp đã học được: câu trả lời đúng trước và sau
classroom-start = Bắt đầu buổi học
classroom-step-pre = Trước bài học
classroom-step-lesson = Bài học
classroom-step-discussion = Thảo luận
classroom-step-post = Sau bài học
classroom-step-summary = Những gì cả lớp đã học được
classroom-progress = Bước { $number } trên { $total }
classroom-next = Tiếp
classroom-reveal = Hiện đáp án
classroom-back = Quay lại
classroom-end = Kết thúc buổi học
classroom-tally-hint = Không bắt buộc: mời cả lớp giơ tay cho từng câu trả lời và cộng một cho mỗi cánh tay. Chỉ giữ con số.
classroom-tally-closed = Đã đóng việc đếm cho câu hỏi này.
classroom-hands = { $count ->
    [0] Chưa đếm tay nào
   *[other] Đã đếm { $count } tay
}
classroom-add = +1
classroom-remove = −1
classroom-option-count = { $count } · { $percent }%
classroom-answer-title = Đáp án đúng
classroom-summary-title = Những gì cả lớp đã học được
classroom-summary-intro = Tỉ lệ số tay giơ lên cho đáp án đúng, trước và sau bài học. Đây là con số của cả lớp, không phải điểm của riêng ai.
classroom-summary-pre = Trước: { $right } trên { $hands } đúng ({ $percent }%)
classroom-summary-pre-none = Trước: không đếm
classroom-summary-post = Sau: { $right } trên { $hands } đúng ({ $percent }%)
classroom-summary-post-none = Sau: không đếm
classroom-summary-overall = Tất cả câu hỏi
classroom-summary-change = Tỉ lệ trả lời đúng tăng từ { $before }% trước bài học lên { $after }% sau bài học.
classroom-summary-change-none = Hãy đếm tay cả trước và sau bài học để so sánh.
