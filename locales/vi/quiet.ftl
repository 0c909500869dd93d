# Waymark — quiet contact, sync, backup and shared form strings (Vietnamese). Machine-drafted; awaiting native-speaker review.
# Every message id mirrors locales/en/quiet.ftl exactly.

## Quiet contact: written messages to a hotline, sealed so only the hotline can read them.

quiet-title = Liên hệ kín đáo
quiet-intro = Nhắn tin cho đường dây nóng mà không cần gọi điện. Tin nhắn của bạn được khóa kín ngay trên điện thoại này, để chỉ đường dây nóng mới đọc được. Tin nhắn chờ ở đây cho đến khi có mạng, rồi mới được gửi đi.
quiet-hotlines-title = Nhắn tin cho
quiet-conversations-title = Các cuộc trò chuyện của bạn
quiet-empty = Bạn chưa nhắn tin cho đường dây nóng nào.
quiet-outbox-waiting = { $count ->
   *[other] Có { $count } tin nhắn đang chờ có mạng.
}
quiet-privacy-note = Chỉ đường dây nóng mới đọc được những tin nhắn này. Máy chủ chuyển tin đi không đọc được tin nhắn, và cũng không biết số điện thoại của bạn.
quiet-compose-hint = Viết tin nhắn của bạn
quiet-send = Gửi
quiet-new-conversation = Cuộc trò chuyện mới
quiet-retry = Thử lại
quiet-earlier = Tin nhắn trước đó
quiet-you = Bạn
quiet-development-note = Đây là đường dây nóng tập thử, chỉ để thử ứng dụng. Sẽ không có ai trả lời thật. Đừng dùng nó khi khẩn cấp.

quiet-status-queued = Đang chờ gửi
quiet-status-sent = Đã gửi
quiet-status-delivered = Đường dây nóng đã nhận
quiet-status-replied = Đường dây nóng đã trả lời
quiet-status-needs-attention = Chưa gửi được. Hãy thử lại.

quiet-hotline-waymark-dev-name = Đường dây nóng tập thử (không phải thật)
quiet-hotline-waymark-dev-about = Đường dây nóng để tập dùng cách liên hệ kín đáo. Tin nhắn đến một hộp thư thử, không đến người giúp đỡ thật.

## Sync

sync-title = Gửi và nhận
sync-now = Gửi và nhận ngay
sync-offline = Không có mạng. Tin nhắn của bạn vẫn an toàn trên điện thoại này và sẽ được gửi sau.
sync-running = Đang gửi và nhận…
sync-done = Đã gửi { $sent } tin, { $delivered } tin đã đến nơi, nhận được { $replies } câu trả lời.
sync-waiting = { $count ->
   *[other] Vẫn còn { $count } tin nhắn đang chờ. Ứng dụng sẽ thử lại sau { $seconds } giây.
}
sync-paused = Máy chủ yêu cầu ứng dụng chờ. Ứng dụng sẽ thử lại sau { $minutes } phút.
sync-budget = Ứng dụng đã dùng hết số yêu cầu tự cho phép trong giờ này, để không bị chú ý. Ứng dụng sẽ thử lại sau { $minutes } phút. Tin nhắn của bạn vẫn an toàn trên điện thoại này.

## Backup and restore

backup-title = Sao lưu
backup-intro = Bản sao lưu giữ an toàn danh bạ, các cuộc trò chuyện và tiến độ của bạn, và được khóa bằng một mã khôi phục. Chỉ người có mã này mới mở được.
backup-now = Tạo bản sao lưu
backup-done = Đã lưu bản sao lưu.
backup-working = Đang tạo bản sao lưu…
backup-code-title = Mã khôi phục của bạn
backup-code-once = Hãy chép mã này ra giấy và cất ở nơi an toàn. Mã chỉ hiện một lần. Không có mã thì không mở được bản sao lưu.
restore-title = Khôi phục bản sao lưu
restore-intro = Nhập mã khôi phục để lấy lại danh bạ, các cuộc trò chuyện và tiến độ của bạn.
restore-working = Đang khôi phục bản sao lưu…
task-stop = Dừng
restore-done = Đã khôi phục bản sao lưu: { $contacts } liên hệ, { $conversations } cuộc trò chuyện, { $messages } tin nhắn.

## Errors

error-message-empty = Hãy viết tin nhắn trước.
error-message-control = Tin nhắn này có ký tự không gửi được (như NUL hoặc mã điều khiển của terminal). Hãy xóa chúng rồi thử lại.
error-message-too-long = Tin nhắn này quá dài. Vui lòng viết ngắn lại (tối đa { $max } byte).
error-conversation-not-found = Cuộc trò chuyện này không còn nữa.
error-hotline-not-found = Không thể nhắn tin cho đường dây nóng này.
error-outbox-full = Đã có { $max } tin nhắn đang chờ gửi. Vui lòng chờ đến khi một số tin đã được gửi đi.
error-relay-url = Không thể dùng địa chỉ máy chủ này. Địa chỉ phải bắt đầu bằng https://.
error-http-timeout = WAYMARK_HTTP_TIMEOUT phải là số giây nguyên từ 1 đến 600.
error-network = Không kết nối được với máy chủ. Không có gì bị mất; hãy thử lại sau.
error-cancelled = Đã dừng. Không có gì thay đổi.
error-relay-refused = Máy chủ đã từ chối yêu cầu. Không có gì bị thay đổi.
error-relay-too-large = Máy chủ đã gửi một câu trả lời quá lớn nên ứng dụng đã từ chối. Không có gì bị mất; hãy thử lại sau.
error-recovery-code-invalid = Đây không phải là mã khôi phục. Mã khôi phục có 24 chữ cái và chữ số.
error-recovery-code-wrong = Mã khôi phục này không mở được bản sao lưu. Không có gì bị thay đổi.
error-backup-not-found = Không có bản sao lưu nào khớp với mã khôi phục này. Hãy kiểm tra mã rồi thử lại. Không có gì bị thay đổi.
error-restore-not-empty = Chỉ có thể khôi phục bản sao lưu vào một không gian riêng mới, chưa có liên hệ hay cuộc trò chuyện nào.

## Forms shared by the apps

contact-add = Thêm liên hệ
contact-edit = Sửa liên hệ
contact-remove = Xóa liên hệ
contact-name = Tên
contact-phone = Số điện thoại
contact-relation = Quan hệ (ví dụ: chị gái, bạn bè)
contact-note = Ghi chú
contact-channel = Cách liên lạc với họ
form-save = Lưu
form-cancel = Hủy
settings-relay = Máy chủ tin nhắn
menu-quiet = Nhắn tin cho đường dây nóng
menu-backup = Sao lưu và khôi phục
menu-settings = Cài đặt

## Screens of the profile and safety flows

backup-new-code = Sao lưu với mã khôi phục mới
backup-new-code-explain = Các bản sao lưu sau sẽ được khóa bằng mã mới. Mã chỉ hiện một lần: hãy ghi lại.
