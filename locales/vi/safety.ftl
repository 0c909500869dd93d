# Waymark — safety strings (Vietnamese). Machine-drafted; awaiting native-speaker review.
# Duress PIN, wrong-PIN protection, erase, quick exit, disguise, emergency contacts, SOS, traces.

## Duress PIN

duress-title = Mã PIN thứ hai cho lúc khẩn cấp
duress-explain = Nếu có người ép bạn mở { -brand }, hãy nhập mã PIN thứ hai này. Nó mở một phiên bản vô hại, chỉ hiện thông tin công khai.
duress-set-done = Mã PIN thứ hai của bạn đã sẵn sàng.
duress-removed = Mã PIN thứ hai của bạn đã được gỡ bỏ.
duress-wipe-explain = Bạn có thể chọn xóa mọi thứ khi dùng mã PIN thứ hai. Xóa trước mặt người khác có thể khiến họ càng tức giận hơn, nên chức năng này luôn tắt, trừ khi bạn tự bật.
duress-wipe-on = Mã PIN thứ hai xóa mọi thứ: bật
duress-wipe-off = Mã PIN thứ hai xóa mọi thứ: tắt

## Wrong-PIN protection

policy-title = Bảo vệ chống đoán mã PIN
policy-delays = Sau 5 lần nhập sai mã PIN, { -brand } sẽ bắt bạn chờ lâu hơn trước mỗi lần thử mới.
policy-wipe-off = Xóa khi nhập sai mã PIN quá nhiều lần: tắt
policy-wipe-on = Xóa mọi thứ sau { $count } lần nhập sai mã PIN liên tiếp.
policy-failures = Số lần nhập sai mã PIN từ lần nhập đúng gần nhất: { $count }
unlock-wait = Vui lòng chờ { $seconds } giây rồi thử lại.
unlock-wait-minutes = Vui lòng chờ { $minutes } phút rồi thử lại.

## Erase everything

wipe-title = Xóa mọi thứ
wipe-explain = Việc này xóa ngay mã PIN, danh bạ, tin nhắn và tiến độ của bạn khỏi điện thoại này. Không thể khôi phục lại.
wipe-confirm = Xóa ngay
wipe-done = Đã xóa hết mọi thứ. Giờ { -brand } như mới.

## Quick exit

quick-exit = Thoát nhanh

## Disguise

disguise-title = Ngụy trang
disguise-explain = Chọn cách { -brand } hiện trên màn hình chính và trong thông báo.
disguise-none = { -brand }
disguise-calculator = Máy tính
disguise-notes = Ghi chú
disguise-weather = Thời tiết
notification-body = Chạm để mở.
calculator-error = Lỗi

## Emergency contacts

contacts-title = Liên hệ khẩn cấp
contacts-empty = Bạn chưa thêm ai.
contact-saved = Đã lưu liên hệ.
contact-removed = Đã xóa liên hệ.
contact-trusted = Người tin cậy nhận tin SOS
channel-sms = Tin nhắn (SMS)
channel-call = Gọi điện
settings-country = Quốc gia của bạn (dùng cho số điện thoại)

## SOS

sos-title = Xin giúp đỡ (SOS)
sos-explain = Gửi tin nhắn (SMS) đến những người bạn tin cậy. Không cần dữ liệu di động.
sos-sms-warning = Tin nhắn SMS không được mã hóa và không riêng tư: nhà mạng và bất kỳ ai xem điện thoại nhận tin đều có thể đọc được.
sos-message = Tôi cần giúp đỡ gấp. Hãy gọi cho tôi hoặc đến ngay.
sos-message-named = { $name } đang cần giúp đỡ gấp. Hãy gọi điện hoặc đến ngay.
sos-location = Vị trí của tôi: { $latitude }, { $longitude } (sai số khoảng { $accuracy } m): { $link }
sos-practice = Tập thử: sẽ không gửi gì cả.
sos-ready = Sẵn sàng gửi đến { $count } người tin cậy.
sos-review = Kiểm tra xem ai sẽ nhận tin nhắn này. Chưa có gì được gửi cho đến khi bạn xác nhận.
sos-confirm = Gửi SOS ngay
sos-cancel = Không gửi
sos-sent = Đã gửi SOS đến { $count } người tin cậy. Mỗi người nhận được tin nhắn này:
sos-to = Đến { $name } ({ $phone })
sos-history-title = Lịch sử SOS

## Traces on this phone

traces-title = Dấu vết trên điện thoại này
traces-intro = Người lục xem điện thoại của bạn có thể thấy dấu hiệu của { -brand } hoặc của những người bạn liên lạc. Hãy kiểm tra những chỗ sau khi thấy an toàn.
traces-call-log = Nhật ký cuộc gọi: các cuộc gọi đến đường dây nóng hiện trong lịch sử cuộc gọi của điện thoại. Bạn có thể xóa từng cuộc một.
traces-sms = Tin nhắn: tin nhắn SOS vẫn nằm trong mục tin đã gửi. Bạn có thể xóa chúng sau khi gửi.
traces-gallery = Ảnh và ảnh chụp màn hình: ảnh chụp giấy tờ hoặc cuộc trò chuyện được lưu trong thư viện ảnh.
traces-notifications = Thông báo: tin nhắn có thể hiện trên màn hình khóa. Hãy tắt phần xem trước trong cài đặt của điện thoại.
traces-cloud = Sao lưu đám mây: điện thoại có thể sao chép ảnh, tin nhắn và nhật ký cuộc gọi lên một tài khoản trực tuyến mà người khác có thể mở.
traces-browser = Trình duyệt: các tìm kiếm và trang bạn đã mở vẫn còn trong lịch sử. Hãy dùng chế độ ẩn danh hoặc xóa lịch sử.
traces-keyboard = Bàn phím: bàn phím có thể gợi ý những từ bạn từng gõ, như tên người hoặc địa điểm.

## Errors

error-wait = Nhập sai mã PIN quá nhiều lần. Vui lòng chờ { $seconds } giây rồi thử lại.
error-wait-minutes = Nhập sai mã PIN quá nhiều lần. Vui lòng chờ { $minutes } phút rồi thử lại.
error-duress-same-as-pin = Mã PIN thứ hai phải khác mã PIN của bạn.
error-contact-name-empty = Hãy nhập tên.
error-contact-name-too-long = Tên chỉ được có tối đa { $max } ký tự.
error-note-too-long = Ghi chú chỉ được có tối đa { $max } ký tự.
error-phone-invalid = Đây có vẻ không phải là số điện thoại.
error-phone-needs-country = Hãy thêm mã quốc gia (ví dụ +66), hoặc chọn quốc gia của bạn trong phần cài đặt.
error-contact-not-found = Liên hệ này không còn nữa.
error-no-trusted-contacts = Hãy chọn trước ít nhất một người liên hệ tin cậy.
error-wipe-policy-range = Hãy chọn một số từ { $min } đến { $max }.
error-unknown-country = Quốc gia này hiện chưa có.

## Screens of the profile and safety flows

duress-pin-label = Mã PIN thứ hai
duress-set = Lưu mã PIN thứ hai
duress-remove = Xóa mã PIN thứ hai
duress-state-on = Đã đặt mã PIN thứ hai.
duress-state-off = Chưa đặt mã PIN thứ hai.
settings-country-none = Chưa chọn
sos-history-empty = Chưa gửi hay tập gửi SOS lần nào.
sos-history-sent = { $date }: đã gửi đến { $count } người tin cậy
sos-history-practice = { $date }: tập thử với { $count } người tin cậy
sos-history-location = Tin nhắn có kèm vị trí của bạn.

# SOS location, chosen at review: the platform asks for permission only then.
sos-location-add = Gửi kèm vị trí của tôi
sos-location-add-explain = Điện thoại sẽ xin phép trước. Bất kỳ ai đọc tin nhắn đều sẽ thấy bạn đang ở đâu.
sos-location-included = Vị trí của bạn có trong tin nhắn.
sos-location-unavailable = Không thể thêm vị trí của bạn (không được cấp quyền, hoặc điện thoại không biết bạn đang ở đâu). SOS vẫn hoạt động mà không có vị trí.
