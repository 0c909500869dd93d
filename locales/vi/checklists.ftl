# Waymark — safe-migration checklists (Vietnamese). Machine-drafted; awaiting native-speaker review.
# One line per message. No placeables: these strings are plain text.

## Routes

route-mm-th = Từ Mi-an-ma sang Thái Lan
route-kh-th = Từ Campuchia sang Thái Lan
route-la-th = Từ Lào sang Thái Lan
route-id-my = Từ In-đô-nê-xi-a sang Ma-lai-xi-a
route-ph-hk = Từ Phi-líp-pin sang Hồng Kông
route-vn-tw = Từ Việt Nam sang Đài Loan

## Stages

checklist-before-departure-title = Trước khi đi
checklist-during-travel-title = Trong khi đi đường
checklist-on-arrival-title = Khi đến nơi
checklist-returning-home-title = Khi trở về nhà

## Before you leave

check-licensed-agency-title = Chỉ dùng công ty tuyển dụng có giấy phép
check-licensed-agency-why = Hãy hỏi bộ lao động của nước bạn, hoặc cơ quan quản lý người lao động đi làm ở nước ngoài, xem giấy phép của công ty có thật và còn hiệu lực không. Hãy kiểm tra cả công việc cụ thể và chủ lao động, không chỉ công ty.
check-no-recruitment-fees-title = Đừng trả phí để có việc làm
check-no-recruitment-fees-why = Các quy định lao động quốc tế nói rằng người lao động không nên phải trả bất kỳ khoản phí hay chi phí nào để được tuyển dụng. Phí và tiền vay có thể trở thành khoản nợ trói buộc bạn.
check-written-contract-title = Lấy hợp đồng bằng văn bản, viết bằng ngôn ngữ bạn hiểu
check-written-contract-why = Hợp đồng bằng văn bản cho thấy bạn đã được hứa những gì về công việc, tiền lương và giờ làm. Hãy tự giữ một bản có chữ ký, và đừng ký bất cứ thứ gì bạn không hiểu hoặc không đồng ý.
check-copies-with-family-title = Để lại bản sao giấy tờ cho gia đình
check-copies-with-family-why = Hãy đưa cho họ bản sao hộ chiếu và hợp đồng, một tấm ảnh gần đây của bạn, và địa chỉ nơi bạn sẽ sống. Nếu có ai bảo bạn giữ bí mật về công việc hay chuyến đi, đó là dấu hiệu cảnh báo.
check-th-approved-contract-title = Đảm bảo cả hai nước đều chấp thuận hợp đồng và giấy phép lao động của bạn
check-th-approved-contract-why = Bộ Lao động Thái Lan khuyên rằng hợp đồng và giấy phép lao động của bạn cần được cơ quan chức năng của nước bạn và của Thái Lan xác nhận. Đây là cách để bạn đi làm việc như một người lao động hợp pháp.
check-kh-mou-documents-title = Đi theo kênh chính thức MoU và có đủ mọi giấy tờ
check-kh-mou-documents-why = Campuchia và Thái Lan có một thỏa thuận chính thức về việc đưa người lao động sang làm việc, gọi là MoU (bản ghi nhớ). Để đi theo kênh này, bạn cần hộ chiếu, Thẻ Lao động Campuchia ở nước ngoài, thị thực và hợp đồng.
check-id-siskop2mi-title = Đăng ký trên SISKOP2MI trước khi đi
check-id-siskop2mi-why = SISKOP2MI là hệ thống chính thức của In-đô-nê-xi-a dành cho người lao động di cư, và chính phủ nói rằng họ không thể bảo vệ những người lao động chưa đăng ký. Hệ thống này cũng liệt kê các công ty được cấp phép, nên bạn có thể kiểm tra công ty của mình ở đó.
check-ph-dmw-check-title = Kiểm tra công ty và đơn hàng với Bộ Lao động Di cư (DMW)
check-ph-dmw-check-why = Bộ Lao động Di cư Phi-líp-pin (Department of Migrant Workers, DMW) có thể cho bạn biết giấy phép của một công ty còn hiệu lực hay không, hoặc đã bị đình chỉ, thu hồi hay bị cấm. Hãy kiểm tra cả đơn hàng cụ thể, không chỉ công ty.

## While you travel

check-keep-passport-title = Giữ hộ chiếu và thẻ căn cước bên mình
check-keep-passport-why = Đừng đưa cho người tuyển dụng, cò môi giới hay người dẫn đường giữ hộ. Khi người khác giữ giấy tờ tùy thân của một người, đó là một trong những dấu hiệu của lao động cưỡng bức.
check-keep-phone-title = Giữ điện thoại của chính bạn bên mình và luôn sạc đầy pin
check-keep-phone-why = Điện thoại giúp bạn giữ liên lạc với gia đình và xin giúp đỡ. Ở các trung tâm lừa đảo, bọn tội phạm lấy điện thoại và hộ chiếu của mọi người.
check-no-tourist-visa-title = Đừng dùng thị thực du lịch để đi làm việc
check-no-tourist-visa-why = Thị thực du lịch không cho phép bạn làm việc. Không có đúng giấy tờ, bạn sẽ khó đòi quyền lợi của mình hơn, và người khác dễ kiểm soát bạn hơn.
check-stay-in-touch-title = Báo cho gia đình biết bạn đang ở đâu trên mỗi chặng đường
check-stay-in-touch-why = Hãy nhắn tin khi bạn lên đường, khi bạn qua biên giới và khi bạn đến nơi. Nếu không còn nghe tin từ bạn, họ sẽ biết có thể đã có chuyện không ổn.
check-save-contacts-title = Tìm các số liên hệ hỗ trợ ở nước bạn sắp đến
check-save-contacts-why = Ứng dụng này có danh bạ các đường dây nóng đã được kiểm tra, nên hãy tìm các số ở nơi bạn đến trước khi cần dùng. Hãy lưu cả thông tin liên hệ của đại sứ quán hoặc lãnh sự quán và của gia đình bạn.
check-plan-changes-title = Hãy cẩn thận nếu kế hoạch thay đổi giữa đường
check-plan-changes-why = Nếu bạn bị đưa đến một nước, một nơi hay một công việc khác với lời hứa, đó là dấu hiệu cảnh báo nghiêm trọng. Một số người đã được đưa bằng máy bay sang một nước, rồi bị đưa qua biên giới đến các trung tâm lừa đảo.
check-no-gifts-loans-title = Đừng nhận quà hay tiền vay từ người tuyển dụng hoặc người dẫn đường
check-no-gifts-loans-why = Quà hay tiền vay sau này có thể bị dùng để nói rằng bạn đang nợ tiền. Một khoản nợ như vậy có thể bị dùng để ép bạn làm việc.

## When you arrive

check-job-matches-contract-title = Kiểm tra xem công việc, tiền lương và giờ làm có đúng như hợp đồng không
check-job-matches-contract-why = Nếu công việc khác với những gì bạn được hứa, bạn đã bị lừa. Đây là một trong những dấu hiệu của lao động cưỡng bức, và bạn có thể xin giúp đỡ.
check-passport-at-work-title = Đừng để chủ lao động giữ hộ chiếu của bạn
check-passport-at-work-why = Hộ chiếu là của bạn. Chủ lao động giữ giấy tờ tùy thân của người lao động là đang có một trong những dấu hiệu của lao động cưỡng bức.
check-salary-to-bank-title = Nếu có thể, hãy đề nghị trả lương vào tài khoản ngân hàng của chính bạn
check-salary-to-bank-why = Tiền chuyển vào tài khoản ngân hàng sẽ để lại bằng chứng về số tiền bạn được trả. Bằng chứng này có thể giúp bạn nếu lương bị trả chậm, bị thiếu hoặc quá thấp.
check-record-hours-pay-title = Ghi lại giờ làm và tiền lương của bạn
check-record-hours-pay-why = Ghi chép đơn giản mỗi ngày giúp bạn thấy lương có bị thiếu không, hay bạn có phải làm quá nhiều giờ không. Ghi chép này cũng có thể giúp bạn nếu sau này bạn muốn khiếu nại.
check-send-address-title = Gửi địa chỉ và tên chủ lao động của bạn cho gia đình
check-send-address-why = Nếu có chuyện gì xảy ra với bạn, gia đình sẽ biết bạn đang ở đâu và biết cần nói gì với những người có thể giúp.
check-learn-warning-signs-title = Tìm hiểu các dấu hiệu của lao động cưỡng bức
check-learn-warning-signs-why = Các dấu hiệu gồm không được tự do rời đi, bị giữ lương, khoản nợ cứ tăng lên và bị đe dọa. Các bài học trong ứng dụng này giải thích từng dấu hiệu.
check-get-help-early-title = Xin giúp đỡ sớm nếu có chuyện không ổn
check-get-help-early-why = Bạn không cần đợi đến khi mọi chuyện tệ hơn. Hãy dùng một đường dây nóng trong danh bạ của ứng dụng này để nói chuyện với người có thể tư vấn cho bạn.

## When you go home

check-collect-wages-title = Đòi đủ số lương bạn còn được nhận trước khi về
check-collect-wages-why = Giữ lại lương của người lao động là một trong những dấu hiệu của lao động cưỡng bức. Sau khi đã rời khỏi nước đó, việc lấy lại tiền có thể khó hơn.
check-documents-before-leaving-title = Đảm bảo bạn có hộ chiếu và đủ mọi giấy tờ
check-documents-before-leaving-why = Bạn cần giấy tờ của chính mình để đi lại và để chứng minh bạn là ai. Nếu chủ lao động không chịu trả lại, hãy liên hệ một đường dây nóng trong danh bạ của ứng dụng này.
check-keep-records-title = Giữ bản sao hợp đồng, phiếu lương và sao kê ngân hàng
check-keep-records-why = Sau này bạn có thể cần chúng để đòi số lương chưa được trả, hoặc để trình báo những gì đã xảy ra với bạn.
check-report-after-return-title = Trình báo việc bị ngược đãi hay bị lừa gạt, kể cả sau khi đã về nhà
check-report-after-return-why = Nếu bạn bị lừa, không được trả lương hoặc bị làm hại, bạn vẫn có thể xin giúp đỡ sau khi trở về. Đường dây nóng hoặc nhóm hỗ trợ có thể giải thích cho bạn các lựa chọn.
check-check-new-offers-title = Kiểm tra mọi lời mời làm việc mới trước khi đi lần nữa
check-check-new-offers-why = Hãy kiểm tra giống như lần đầu: công ty có giấy phép, không mất phí và có hợp đồng bằng văn bản. Đừng vay tiền của người tuyển dụng để trả cho chuyến đi tiếp theo.
check-share-warning-signs-title = Kể cho bạn bè và gia đình về những dấu hiệu cảnh báo bạn đã gặp
check-share-warning-signs-why = Những gì bạn học được có thể bảo vệ những người khác đang định đi làm ở nước ngoài. Các bài học trong ứng dụng này có thể giúp bạn giải thích các dấu hiệu.
