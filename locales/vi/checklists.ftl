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
check-mm-licensed-agency-title = Kiểm tra xem công ty có giấy phép đưa người lao động từ Mi-an-ma ra nước ngoài không
check-mm-licensed-agency-why = Luật Việc làm ở nước ngoài của Mi-an-ma (năm 1999) chỉ cho phép các công ty có giấy phép đưa người lao động ra nước ngoài, và việc đưa người đi mà không có giấy phép có thể bị phạt tù đến bảy năm. Năm 2020 có hơn 260 công ty được cấp phép. Hãy xin xem giấy phép của công ty trước khi ký bất cứ thứ gì.
check-mm-safe-migration-info-title = Tìm lời khuyên về di cư an toàn trước khi đi
check-mm-safe-migration-info-why = Trung tâm Thông tin cho người di cư (Migrant Resource Centre) có thể trả lời các câu hỏi của bạn về việc đi làm ở nước ngoài. Tổ chức Di cư Quốc tế của Liên Hợp Quốc (IOM) cũng đã đưa ra lời khuyên cho người dân Mi-an-ma qua trang Facebook "Miss Migration" và chiến dịch "Know Before You Go".
check-kh-approved-agency-title = Kiểm tra xem công ty có được Bộ Lao động Campuchia chấp thuận không
check-kh-approved-agency-why = Bộ Lao động và Dạy nghề Campuchia (MoLVT) chấp thuận các công ty đưa người lao động ra nước ngoài và công bố danh sách các công ty này; danh sách năm 2017 có 77 công ty. Hãy hỏi xem công ty của bạn có trong danh sách mới nhất không.
check-kh-police-hotline-title = Đưa cho gia đình số đường dây nóng của cảnh sát Campuchia
check-kh-police-hotline-why = Đường dây nóng của cảnh sát quốc gia trong danh bạ của ứng dụng này nhận tin báo về mua bán người và về người bị giam giữ trái ý muốn, ví dụ trong các trung tâm lừa đảo. Đường dây trả lời bằng tiếng Khmer, tiếng Việt, tiếng Anh và tiếng Trung, và gọi miễn phí ngay cả khi điện thoại hết tiền.
check-la-licensed-agency-title = Chỉ dùng công ty dịch vụ việc làm có giấy phép ở Lào
check-la-licensed-agency-why = Ở Lào, các công ty tìm việc cho người lao động phải có giấy phép của Bộ Lao động và Phúc lợi Xã hội (MOLSW), theo một quyết định của bộ năm 2010. Hãy yêu cầu công ty cho xem giấy phép, và hỏi bộ nếu bạn chưa chắc chắn.
check-la-dangerous-work-title = Biết rằng luật Lào không cho phép đưa người lao động đi làm việc nguy hiểm
check-la-dangerous-work-why = Luật Lao động của Lào năm 2013 cấm đưa người lao động ra nước ngoài làm việc nguy hiểm. Người tuyển dụng mời bạn làm công việc như vậy là đang vi phạm pháp luật, vì vậy hãy hỏi ý kiến người bạn tin tưởng trước khi đồng ý.
check-la-youth-helpline-title = Nếu bạn còn trẻ, hãy nói chuyện với đường dây tư vấn của Đoàn Thanh niên Lào
check-la-youth-helpline-why = Đoàn Thanh niên Lào có một đường dây tư vấn cho trẻ em và thanh thiếu niên, với sự hỗ trợ của UNICEF. Đường dây miễn phí, mở cả ngày lẫn đêm và có cả tiếng H'Mông. Hãy gọi nếu bạn chưa chắc về một lời mời làm việc hoặc có người đang ép bạn đi.
check-id-sip3mi-licence-title = Kiểm tra xem công ty đưa người đi làm việc (P3MI) có giấy phép SIP3MI không
check-id-sip3mi-licence-why = Chỉ những công ty có giấy phép SIP3MI mới được đưa người lao động In-đô-nê-xi-a ra nước ngoài một cách hợp pháp. Bộ Bảo vệ Người lao động di cư In-đô-nê-xi-a (Kementerian P2MI, trước đây là BP2MI) liệt kê các công ty được cấp phép trên SISKOP2MI, và các văn phòng BP3MI của bộ có thể giúp bạn kiểm tra.
check-ph-warning-signs-title = Biết các dấu hiệu cảnh báo của tuyển dụng bất hợp pháp
check-ph-warning-signs-why = Bộ Lao động Di cư Phi-líp-pin (DMW) cảnh báo về những người tuyển dụng không có giấy phép, những đơn hàng chưa bao giờ được duyệt và những khoản phí cao hơn mức pháp luật cho phép. Nếu thấy bất kỳ điều nào trong số này, đừng trả tiền và đừng ký.
check-ph-poea-now-dmw-title = Biết rằng POEA nay là một phần của Bộ Lao động Di cư (DMW)
check-ph-poea-now-dmw-why = Đạo luật Cộng hòa số 11641 (Republic Act 11641) đã thành lập DMW và sáp nhập POEA vào đó. Các tài liệu hướng dẫn cũ có thể vẫn nhắc đến POEA; ngày nay DMW là cơ quan kiểm tra giấy phép và đơn hàng.
check-ph-actionline-title = Cho gia đình biết đường dây hành động chống mua bán người (Actionline)
check-ph-actionline-why = Hội đồng Liên ngành chống Mua bán người (IACAT) và Ủy ban Người Phi-líp-pin ở nước ngoài (CFO) vận hành đường dây này cả ngày lẫn đêm, dành cho nạn nhân mua bán người và gia đình họ. Đường dây nhận tin báo và các cuộc gọi khẩn cấp bằng tiếng Phi-líp-pin và tiếng Anh, và có trong danh bạ của ứng dụng này.
check-vn-dolab-licence-title = Kiểm tra giấy phép của công ty với Cục Quản lý Lao động ngoài nước (DOLAB)
check-vn-dolab-licence-why = Theo Luật số 69/2020/QH14 của Việt Nam, công ty đưa người lao động đi làm việc ở nước ngoài theo hợp đồng phải có giấy phép. Hãy hỏi DOLAB xem giấy phép của công ty có thật và còn hiệu lực không trước khi ký bất cứ thứ gì.
check-vn-hotline-family-title = Đưa cho gia đình số đường dây nóng quốc gia về phòng, chống mua bán người
check-vn-hotline-family-why = Tổng đài quốc gia bảo vệ trẻ em của Việt Nam nay cũng tiếp nhận tin báo về mua bán người, tư vấn và hỗ trợ nạn nhân. Tổng đài miễn phí và hoạt động cả ngày lẫn đêm. Tổng đài này đã thay cho một đường dây cũ, vì vậy hãy dùng số trong danh bạ của ứng dụng này.
check-travel-smart-guide-title = Đọc cẩm nang "Travel Smart – Work Smart" của ILO cho nơi bạn đến
check-travel-smart-guide-why = Tổ chức Lao động Quốc tế (ILO) đã làm những cuốn sổ tay này bằng nhiều thứ tiếng cho người đi làm việc ở Thái Lan hoặc Ma-lai-xi-a. Trong đó có thông tin liên hệ của các đại sứ quán và đường dây nóng.

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
check-th-scam-border-title = Cảnh giác với việc làm ở Thái Lan mà kết thúc bằng một chuyến đi qua biên giới khác
check-th-scam-border-why = Các nhóm tội phạm đăng quảng cáo việc lương cao, miễn phí đi lại và chỗ ở trên mạng xã hội và các trang tìm việc, nhắm cả vào người có học vấn cao và giỏi máy tính. Một số người đã được đưa bằng máy bay sang Thái Lan rồi bị đưa qua biên giới đến các trung tâm lừa đảo, nơi hộ chiếu và điện thoại của họ bị thu giữ. Văn phòng Nhân quyền Liên Hợp Quốc ước tính có ít nhất 120.000 người bị giam giữ ở Mi-an-ma và khoảng 100.000 người ở Campuchia.

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
check-th-migrant-hotline-title = Lưu đường dây nóng cho người lao động di cư của Bộ Lao động Thái Lan
check-th-migrant-hotline-why = Cục Việc làm Thái Lan có một đường dây nóng cho người lao động di cư hỏi về giấy phép lao động, việc đổi chủ sử dụng lao động và tuyển dụng, và để khiếu nại. Các nguồn cho biết đường dây có tiếng Miến Điện, tiếng Khmer, tiếng Anh và tiếng Thái; tiếng Lào chưa được xác nhận. Giờ làm việc khác nhau giữa các nguồn, nên có thể không ai nghe máy vào ban đêm.
check-th-police-language-title = Ở Thái Lan, hãy biết đường dây khẩn cấp nào nói được tiếng của bạn
check-th-police-language-why = Đường dây khẩn cấp thông thường của cảnh sát Thái Lan chỉ trả lời bằng tiếng Thái. Đường dây Cảnh sát Du lịch trong danh bạ của ứng dụng này dành cho người nước ngoài và mở cả ngày lẫn đêm; các nguồn ghi có tiếng Anh và các thứ tiếng khác, nhưng không ghi tiếng Miến Điện, tiếng Khmer hay tiếng Lào.
check-th-official-complaints-title = Biết rằng bạn có thể khiếu nại về cán bộ phụ trách người lao động di cư
check-th-official-complaints-why = Bộ Lao động Thái Lan có một đường dây khiếu nại, trong danh bạ của ứng dụng này, nhận cả khiếu nại về các cán bộ phụ trách người lao động di cư, ví dụ một cán bộ đòi bạn hối lộ. Đường dây trả lời bằng tiếng Thái, vì vậy hãy nhờ người bạn tin tưởng gọi giúp.
check-id-p2mi-complaints-title = Lưu đường dây khiếu nại của bộ phụ trách người lao động di cư In-đô-nê-xi-a
check-id-p2mi-complaints-why = Tổng đài của Kementerian P2MI nhận khiếu nại về việc đưa người đi trái phép, tiền lương không được trả và mua bán người, cả ngày lẫn đêm. Gọi miễn phí khi ở trong In-đô-nê-xi-a; từ Ma-lai-xi-a bạn phải gọi một số khác, không miễn phí. Cả hai số đều có trong danh bạ của ứng dụng này.
check-my-mapo-report-title = Ở Ma-lai-xi-a, bạn có thể báo tin về mua bán người cho MAPO
check-my-mapo-report-why = Hội đồng Chống Mua bán người và Đưa người di cư trái phép (MAPO) thuộc Bộ Nội vụ Ma-lai-xi-a có một đường dây nóng nhận tin báo, trong danh bạ của ứng dụng này. Đường dây trả lời bằng tiếng Mã Lai, hằng ngày từ sáng sớm đến tối.
check-my-talian-kasih-title = Ở Ma-lai-xi-a, Talian Kasih giúp đỡ khi bị ngược đãi và bạo lực
check-my-talian-kasih-why = Talian Kasih của Bộ Phụ nữ, Gia đình và Phát triển Cộng đồng Ma-lai-xi-a trả lời cả ngày lẫn đêm về ngược đãi, bạo lực gia đình và các trường hợp khẩn cấp về phúc lợi. Bạn cũng có thể nhắn tin qua WhatsApp. Đường dây có trong danh bạ của ứng dụng này.
check-ph-owwa-hotline-title = Lưu đường dây nóng DMW-OWWA, có thể gọi từ Hồng Kông
check-ph-owwa-hotline-why = Bộ Lao động Di cư (DMW) và OWWA vận hành một đường dây nóng cả ngày lẫn đêm cho người lao động Phi-líp-pin ở nước ngoài gặp khó khăn: giúp về nước, trợ giúp pháp lý và giúp người lao động bị tạm giữ. Danh bạ của ứng dụng này có số để gọi từ nước ngoài.
check-hk-fdh-hotline-title = Lưu đường dây nóng cho người giúp việc gia đình của Sở Lao động Hồng Kông
check-hk-fdh-hotline-why = Đường dây nhận câu hỏi về quyền của bạn khi làm việc và khiếu nại về các công ty môi giới việc làm, và chuyển tiếp các trường hợp bị bóc lột hoặc ngược đãi. Đường dây mở cả ngày lẫn đêm; có phiên dịch, kể cả tiếng Phi-líp-pin, từ sáng đến khuya, trừ ngày lễ.
check-tw-worker-hotline-title = Lưu đường dây nóng dành cho lao động nước ngoài của Đài Loan
check-tw-worker-hotline-why = Bộ Lao động Đài Loan vận hành đường dây này cả ngày lẫn đêm, mọi ngày trong năm, và gọi miễn phí từ điện thoại cố định, điện thoại di động và điện thoại công cộng. Đường dây có tiếng Việt và các thứ tiếng khác. Bạn có thể hỏi về công việc và quyền của mình, khiếu nại hoặc báo việc bị ngược đãi.
check-tw-hotline-interpreter-title = Đề nghị đường dây nóng của Đài Loan thêm phiên dịch vào cuộc gọi
check-tw-hotline-interpreter-why = Đường dây nóng dành cho lao động nước ngoài của Bộ Lao động Đài Loan có thể nối cuộc gọi ba bên có phiên dịch, để bạn và người bạn cần nói chuyện hiểu được nhau.
check-tw-shelter-title = Ở Đài Loan, bạn có thể xin được chuyển đến nhà tạm lánh
check-tw-shelter-why = Nếu bạn là nạn nhân mua bán người ở Đài Loan, đường dây nóng dành cho lao động nước ngoài của Bộ Lao động có thể chuyển bạn đến một nhà tạm lánh. Đường dây cũng nhận tin báo về ngược đãi và khiếu nại về công việc.

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
check-id-sapa-title = Khi về In-đô-nê-xi-a, phụ nữ và trẻ em có thể nhờ SAPA giúp đỡ
check-id-sapa-why = SAPA là dịch vụ của Bộ Trao quyền cho Phụ nữ và Bảo vệ Trẻ em In-đô-nê-xi-a để báo tin về bạo lực đối với phụ nữ và trẻ em, kể cả mua bán người. Bạn có thể gọi hoặc nhắn tin qua WhatsApp; dịch vụ có trong danh bạ của ứng dụng này.
check-vn-hotline-return-title = Khi về Việt Nam, tổng đài quốc gia có thể hỗ trợ bạn
check-vn-hotline-return-why = Nếu bạn từng bị mua bán, tổng đài quốc gia về phòng, chống mua bán người của Việt Nam tư vấn và hỗ trợ nạn nhân, miễn phí và cả ngày lẫn đêm. Tổng đài có trong danh bạ của ứng dụng này.
