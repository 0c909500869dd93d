# Bảng điều khiển đường dây nóng (console/) — không thuộc ứng dụng điện thoại.

app-title = Bảng điều khiển đường dây nóng Waymark
language-label = Ngôn ngữ
nav-label = Các mục
nav-inbox = Hộp thư đến
nav-operators = Nhân viên
nav-canned = Câu trả lời mẫu
nav-audit = Nhật ký hoạt động
nav-retention = Lưu giữ dữ liệu
nav-keys = Khóa đường dây nóng
signout = Đăng xuất
signed-in-as = Đã đăng nhập là { $name }
loading = Đang tải…
new-messages = { $count ->
   *[other] { $count } tin nhắn mới
}

signin-title = Đăng nhập
signin-submit = Đăng nhập
signin-working = Đang kiểm tra…
field-name = Tên
field-passphrase = Cụm mật khẩu
field-passphrase-new = Cụm mật khẩu (ít nhất { $min } ký tự)
field-passphrase-again = Nhập lại cụm mật khẩu

invite-title = Tham gia nhóm đường dây nóng
invite-intro = Bạn được mời với vai trò { $role }. Hãy chọn tên và cụm mật khẩu. Khóa của bạn được tạo trên máy tính này và chỉ được lưu khi đã khóa bằng cụm mật khẩu của bạn.
invite-submit = Tham gia
invite-heading = Mời đồng nghiệp
invite-role = Vai trò
invite-create = Tạo liên kết mời
invite-expires = Liên kết chỉ dùng được một lần, đến { $time }.
role-admin = quản trị viên
role-operator = nhân viên xử lý hồ sơ

import-title = Nhập khóa đường dây nóng
import-intro = Dán khóa riêng của đường dây nóng (64 chữ số thập lục phân). Khóa được khóa bằng khóa của chính bạn trong trình duyệt này; máy chuyển tiếp không bao giờ thấy nó.
import-field = Khóa riêng của đường dây nóng
import-submit = Nhập
nokey-title = Đang chờ quyền truy cập
your-fingerprint = Dấu vân tay khóa của bạn (quản trị viên so sánh trước khi cấp quyền):
nokey-operator = Quản trị viên chưa cấp khóa đường dây nóng cho bạn. Hãy đề nghị cấp quyền, rồi đăng nhập lại.

inbox-title = Hộp thư đến
inbox-empty = Chưa có tin nhắn nào.
inbox-no-match = Không có cuộc trò chuyện nào khớp với bộ lọc.
inbox-unreadable = { $count ->
   *[other] { $count } tin nhắn không mở được bằng các khóa đường dây nóng bạn có: có thể bị hỏng, hoặc được niêm phong bằng một khóa bạn chưa được cấp.
}
filter-status = Trạng thái
filter-any-status = Mọi trạng thái
filter-assignee = Giao cho
filter-anyone = Bất kỳ ai
filter-mine = Của tôi
filter-unassigned = Chưa giao cho ai
search-placeholder = Tìm trong các tin nhắn bạn đọc được
col-person = Tin nhắn
col-language = Ngôn ngữ
col-status = Trạng thái
col-assignee = Giao cho
col-unread = Chưa đọc
col-last = Hoạt động gần nhất
col-role = Vai trò
col-state = Tình trạng tài khoản
col-fingerprint = Dấu vân tay khóa
col-access = Quyền truy cập
col-time = Thời gian
col-operator = Ai
col-action = Việc gì
col-conversation = Cuộc trò chuyện
col-target = Đồng nghiệp
col-key-id = Mã khóa
col-public-key = Khóa công khai

status-new = Mới
status-open = Đang mở
status-waiting = Đang chờ người liên hệ
status-closed = Đã đóng
state-active = Đang hoạt động
state-suspended = Tạm ngưng
state-removed = Đã xóa
assignee-nobody = Chưa có ai
assignee-me = Tôi
assignee-me-named = Tôi ({ $name })
saved = Đã lưu.
assign-to-me = Giao cho tôi

back-to-inbox = Quay lại hộp thư đến
conv-started = Cuộc trò chuyện bắt đầu { $time }
message-meta = Viết lúc { $time }
message-unreadable = Tin nhắn này không mở được bằng các khóa đường dây nóng bạn có.
record-unreadable = Mục này không mở được bằng các khóa đường dây nóng bạn có.
reply-by = Trả lời của { $name }
note-by = Ghi chú riêng của { $name }
delivery-sent = đang chờ trong hộp thư
delivery-picked-up = điện thoại đã nhận
reply-label = Trả lời
reply-send = Gửi trả lời
canned-pick = Chèn câu trả lời mẫu…
canned-other-languages = Ngôn ngữ khác
note-label = Ghi chú riêng
note-private = Chỉ nhóm thấy ghi chú; người liên hệ không bao giờ thấy.
note-add = Thêm ghi chú
tags-label = Nhãn (phân cách bằng dấu phẩy)
tags-save = Lưu nhãn
export = Xuất cuộc trò chuyện
export-heading = Cuộc trò chuyện Waymark { $conversation } (đã xuất, đã giải mã)

grant = Cấp quyền truy cập
grant-explain = Khi đồng nghiệp đã tham gia, hãy so dấu vân tay khóa của họ với dấu họ thấy trên màn hình, rồi cấp quyền: trình duyệt của bạn sẽ khóa khóa đường dây nóng bằng khóa của họ.
access-ok = Đã có khóa đường dây nóng
access-missing = Cần quyền truy cập
suspend = Tạm ngưng
resume = Cho hoạt động lại
remove = Xóa
remove-confirm = Bấm lần nữa để xóa { $name }

canned-new = Câu trả lời mẫu mới
canned-editing = Sửa câu trả lời mẫu
canned-title = Tiêu đề
canned-body = Nội dung
canned-save = Lưu
canned-update = Lưu thay đổi
canned-empty = Chưa có câu trả lời mẫu nào.
edit = Sửa
delete = Xóa bỏ

audit-explain = Ai làm gì và khi nào. Nhật ký không bao giờ chứa nội dung ai đã viết.
audit-older = Mục cũ hơn
audit-signed_in = đã đăng nhập
audit-signed_out = đã đăng xuất
audit-sign_in_failed = đăng nhập không thành công
audit-opened = đã mở một cuộc trò chuyện
audit-status = đã đổi trạng thái
audit-assigned = đã giao một cuộc trò chuyện
audit-tagged = đã đổi nhãn
audit-noted = đã thêm ghi chú
audit-replied = đã trả lời
audit-exported = đã xuất một cuộc trò chuyện
audit-invited = đã mời một người
audit-joined = đã tham gia
audit-granted = đã cấp quyền truy cập
audit-suspended = đã tạm ngưng một đồng nghiệp
audit-resumed = đã cho một đồng nghiệp hoạt động lại
audit-removed = đã xóa một đồng nghiệp
audit-key_added = đã thêm khóa đường dây nóng
audit-canned_saved = đã lưu câu trả lời mẫu
audit-canned_deleted = đã xóa câu trả lời mẫu
audit-retention_set = đã đổi chính sách lưu giữ
audit-retention_deleted = đã xóa cuộc trò chuyện theo chính sách lưu giữ

retention-explain = Cuộc trò chuyện bị xóa vĩnh viễn khỏi máy chuyển tiếp, chỉ giữ lại những gì ngăn điện thoại gửi lại. Để trống ô để giữ cuộc trò chuyện mãi mãi.
retention-closed = Xóa cuộc trò chuyện đã đóng sau (ngày)
retention-inactive = Xóa cuộc trò chuyện không có hoạt động sau (ngày)
retention-save = Lưu chính sách
retention-saved = Đã lưu chính sách.
retention-run = Áp dụng ngay
retention-deleted = { $count ->
   *[other] Đã xóa { $count } cuộc trò chuyện.
}

keys-rotate = Thêm hoặc thay khóa đường dây nóng
keys-explain = Dán khóa riêng mới. Sau đó cấp nó cho từng đồng nghiệp ở trang Nhân viên, và công bố khóa công khai mới trong một gói nội dung đã ký (docs/console.md).
keys-add = Thêm khóa

error-network = Không kết nối được máy chuyển tiếp. Những gì bạn đã gõ không bị mất; hãy thử lại khi có kết nối.
error-session-expired = Phiên làm việc đã kết thúc. Hãy đăng nhập lại; những gì bạn đã gõ vẫn còn.
error-bad-credentials = Tên hoặc cụm mật khẩu không đúng, hoặc tài khoản này không còn hoạt động.
error-rate-limited = Thử quá nhiều lần. Hãy chờ vài phút rồi thử lại.
error-forbidden = Chỉ quản trị viên mới làm được việc này.
error-not-found = Mục này không còn trên máy chuyển tiếp.
error-storage = Máy chuyển tiếp không lưu được. Hãy thử lại sau giây lát.
error-unknown = Đã có lỗi ({ $code }). Hãy thử lại.
error-does-not-open = Mục này không mở được bằng các khóa bạn có.
error-key-blob = Khóa của bạn trên máy chuyển tiếp không mở được bằng cụm mật khẩu này. Hãy hỏi quản trị viên.
error-no-hotline-key = Bạn chưa có khóa đường dây nóng.
error-passphrase-short = Cụm mật khẩu cần ít nhất 12 ký tự.
error-passphrase-mismatch = Hai cụm mật khẩu không giống nhau.
error-name-empty = Hãy nhập tên.
error-name-taken = Tên này đã có người dùng. Hãy chọn tên khác.
error-invite-gone = Liên kết mời không hợp lệ: đã được dùng hoặc đã hết hạn. Hãy xin liên kết mới.
error-key-hex = Khóa đường dây nóng gồm 64 chữ số thập lục phân (0–9, a–f).
error-reply-empty = Hãy viết câu trả lời trước.
error-note-empty = Hãy viết ghi chú trước.
error-canned-empty = Câu trả lời mẫu cần có tiêu đề và nội dung.
error-too-long = Nội dung quá dài (tối đa 8 KiB).
error-no-route = Cuộc trò chuyện này chưa có địa chỉ trả lời: điện thoại chưa gửi. Hãy chờ tin nhắn tiếp theo.
error-days = Hãy nhập số ngày là số nguyên, hoặc để trống.
