# Waymark — application strings (Vietnamese). Machine-drafted; awaiting native-speaker review.
# "-brand" is the product name: never translate it.

-brand = Waymark

## Set-up screen

setup-title = Thiết lập { -brand }
setup-intro = Hãy chọn một mã PIN (từ 4 đến 12 chữ số) hoặc một cụm mật khẩu (ít nhất 8 ký tự). Mọi thứ bạn lưu trong { -brand } đều được khóa bằng mã này.
setup-pin-label = Mã PIN hoặc cụm mật khẩu
setup-confirm-label = Nhập lại lần nữa
setup-submit = Tạo không gian riêng của tôi
setup-warning = Nếu bạn quên mã PIN, không ai có thể mở dữ liệu của bạn, kể cả đội ngũ { -brand }.
setup-done = Không gian riêng của bạn đã sẵn sàng và được khóa bằng mã PIN của bạn.

## Unlock screen

unlock-title = Nhập mã PIN của bạn
unlock-prompt = Nhập mã PIN hoặc cụm mật khẩu để mở { -brand }.
unlock-submit = Mở
unlock-done = Đã mở khóa.

## Locking

lock-action = Khóa ngay
lock-done = { -brand } đã được khóa.
lock-on-exit = { -brand } sẽ tự khóa lại ngay khi lệnh này kết thúc.

## Home screen

home-title = Trang chủ
home-greeting = Chào mừng bạn trở lại.
home-greeting-named = Chào mừng bạn trở lại, { $name }.
home-language = Ngôn ngữ: { $language }
review-machine-drafted = Bản dịch này do máy soạn và chưa được người bản ngữ kiểm tra.
review-native-reviewed = Bản dịch này đã được người bản ngữ kiểm tra.

## Profile state

state-new = Chưa thiết lập
state-locked = Đã khóa
state-unlocked = Đã mở khóa
status-state = Trạng thái: { $state }

## Changing the PIN

change-pin-title = Đổi mã PIN
change-pin-current = Mã PIN hoặc cụm mật khẩu hiện tại
change-pin-new = Mã PIN hoặc cụm mật khẩu mới
change-pin-done = Mã PIN của bạn đã được đổi.

## Settings

settings-title = Cài đặt
settings-language = Ngôn ngữ
settings-language-device = Giống thiết bị này ({ $language })
settings-display-name = { -brand } nên gọi bạn là gì?
settings-saved = Đã lưu.

## Language check (for translators)

l10n-check-ok = Cả { $count } ngôn ngữ đều có đủ mọi thông điệp.
l10n-check-failed = Tìm thấy { $count } lỗi trong các bản dịch.
content-root-missing = Không tìm thấy thư mục content/ và locales/ ở đó hoặc ở bất kỳ thư mục nào phía trên. Hãy chạy lệnh này trong kho mã { -brand }, hoặc chỉ định --root DIR.

## Errors

error-wrong-pin = Mã PIN hoặc cụm mật khẩu này không đúng.
error-pin-empty = Hãy nhập mã PIN hoặc cụm mật khẩu.
error-pin-too-short = Mã PIN cần có ít nhất 4 chữ số.
error-pin-too-long = Mã PIN chỉ được có tối đa 12 chữ số.
error-passphrase-too-short = Cụm mật khẩu cần có ít nhất { $min } ký tự.
error-passphrase-too-long = Cụm mật khẩu chỉ được có tối đa { $max } ký tự.
error-pin-missing = Chưa có mã PIN. Hãy đặt biến WAYMARK_PIN hoặc gõ mã PIN vào đầu vào chuẩn.
error-input-not-text = Dữ liệu nhập vào không phải là văn bản đọc được (phải là UTF-8). Không có gì bị thay đổi.
error-file-not-found = Không có tệp nào ở đường dẫn này.
error-pins-differ = Hai lần nhập không khớp nhau.
error-not-set-up = { -brand } chưa được thiết lập trên thiết bị này.
error-already-set-up = { -brand } đã được thiết lập trên thiết bị này rồi.
error-locked = { -brand } đang bị khóa. Hãy nhập mã PIN trước.
error-corrupted = Dữ liệu đã lưu của bạn bị hỏng và không đọc được. Không có gì bị thay đổi. Nếu bạn đã sao lưu, bạn có thể xóa rồi khôi phục bằng mã khôi phục của mình.
error-platform-secret = Bộ nhớ bảo mật của điện thoại này không phản hồi. Hãy thử lại.
error-storage = { -brand } không thể lưu hoặc đọc dữ liệu của mình trên thiết bị này.
error-unknown-language = Ngôn ngữ này hiện chưa có.
error-name-too-long = Tên chỉ được có tối đa { $max } ký tự.
error-invalid-input = Không thể dùng giá trị này ở đây.
error-usage = Không hiểu được lệnh này.
error-tui-needs-terminal = Ứng dụng terminal cần một cửa sổ terminal để hiển thị. Trong script, hãy dùng các lệnh khác.
error-internal = Đã xảy ra lỗi bên trong { -brand }. Dữ liệu của bạn vẫn an toàn. Vui lòng thử lại.

## Screens of the profile and safety flows

settings-display-name-hint = Không bắt buộc. Nếu để trống, { -brand } sẽ không dùng tên nào.

# The phone's key store lost the key of the device secret: nothing stored opens again.
error-platform-secret-lost = Khóa bảo vệ những gì đã lưu trong ứng dụng này không còn trên điện thoại này. Những gì đã lưu ở đây không thể mở lại được nữa.
secret-lost-title = Không thể mở dữ liệu đã lưu nữa
secret-lost-explain = Kho khóa an toàn của điện thoại này không còn giữ khóa bảo vệ những gì đã lưu trong ứng dụng này. Điều này có thể xảy ra sau khi khóa màn hình bị gỡ bỏ hoặc điện thoại được đặt lại. Giờ đây không mã PIN nào mở được, và cũng không ai khác mở được.
secret-lost-start-over = Bắt đầu lại
secret-lost-start-over-explain = Xóa những gì còn lại trên điện thoại này và thiết lập lại ứng dụng với mã PIN mới.
secret-lost-restore = Khôi phục từ bản sao lưu
secret-lost-restore-explain = Xóa những gì còn lại trên điện thoại này. Sau đó chọn mã PIN mới và nhập mã khôi phục để lấy lại bản sao lưu gần nhất.
