# Waymark — content pack messages (Vietnamese). Machine-drafted; awaiting native-speaker review.

content-version = Phiên bản nội dung { $version }
error-pack-malformed = Tệp này không phải là gói nội dung của Waymark, hoặc tệp bị hỏng.
error-pack-untrusted = Gói nội dung này không được ký bởi nhà phát hành mà ứng dụng tin cậy. Không có gì bị thay đổi.
error-pack-bad-signature = Gói nội dung này đã bị sửa sau khi ký. Không có gì bị thay đổi.
error-pack-not-newer = Gói nội dung này không mới hơn nội dung bạn đang có (phiên bản { $version }). Không có gì bị thay đổi.
error-pack-invalid = Gói nội dung này bị thiếu hoặc có lỗi. Không có gì bị thay đổi.

## Screens of the profile and safety flows

content-install-title = Cài nội dung từ tệp
content-install-intro = Bài học, danh sách kiểm tra và số đường dây nóng có thể được cập nhật từ một tệp, ví dụ tệp do một tổ chức bạn tin cậy chia sẻ. { -brand } chỉ cài tệp có chữ ký và mới hơn nội dung bạn đang có.
content-install-file = Tệp
content-install-action = Cài đặt
content-install-done = Đã cập nhật nội dung từ phiên bản { $before } lên phiên bản { $after }.
