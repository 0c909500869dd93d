# Waymark — phần dành cho giáo viên của mỗi bài học (tiếng Việt, bản dịch máy chưa được duyệt).

## Labels

lesson-teacher-title = Dành cho giáo viên
lesson-age-band = Độ tuổi { $min }–{ $max }
lesson-age-band-open = Từ { $min } tuổi trở lên
lesson-objectives-title = Mục tiêu bài học
lesson-discussion-title = Câu hỏi thảo luận
lesson-teacher-notes-title = Ghi chú cho giáo viên
lesson-disclosure-title = Nếu học sinh kể với bạn về việc bị xâm hại
lesson-disclosure-body = Hãy bình tĩnh, lắng nghe và để học sinh kể bằng lời của chính mình. Đừng gặng hỏi chi tiết hoặc đặt câu hỏi gợi ý câu trả lời. Hãy nói với em rằng đó không phải lỗi của em và em đã làm đúng khi kể ra. Đừng hứa giữ bí mật: hãy giải thích rằng bạn có thể cần báo cho người có trách nhiệm bảo vệ em. Làm theo quy trình bảo vệ trẻ em của nhà trường và báo cho người phụ trách ngay trong ngày. Nếu học sinh đang gặp nguy hiểm ngay lúc này, hãy liên hệ dịch vụ khẩn cấp hoặc một đường dây nóng trong danh bạ. Đừng chất vấn người mà em nhắc tên, và đừng nói về chuyện này trước cả lớp. Ghi lại những gì học sinh nói, bằng lời của em và kèm ngày tháng, rồi giữ kín ghi chép đó.

## What is trafficking?

lesson-what-is-trafficking-objective-define = Giải thích bằng lời của mình mua bán người và lao động cưỡng bức là gì.
lesson-what-is-trafficking-objective-signs = Nêu được ít nhất bốn dấu hiệu lao động cưỡng bức theo ILO.
lesson-what-is-trafficking-objective-anyone = Giải thích vì sao nạn nhân không bao giờ có lỗi, kể cả khi lúc đầu họ đã đồng ý nhận việc.
lesson-what-is-trafficking-discuss-agree = Vì sao một người đã đồng ý nhận việc vẫn có thể là nạn nhân mua bán người?
lesson-what-is-trafficking-discuss-hidden = Nhiều nạn nhân không bị nhốt. Còn điều gì khác có thể ngăn một người rời đi?
lesson-what-is-trafficking-discuss-myths = Em đã nghe những niềm tin nào về mua bán người trong cộng đồng? Bài học này cho thấy niềm tin nào là sai?
lesson-what-is-trafficking-teacher-notes = Hãy bắt đầu bằng bài này: các bài khác dựa trên những từ ngữ của nó. Một số học sinh có người thân làm việc ở nước ngoài, vì vậy hãy nói về các tình huống chung và đừng yêu cầu ai kể chuyện riêng trước lớp. Ngay từ đầu, hãy nói rằng ai cũng có thể nói chuyện riêng với bạn sau giờ học.

## How recruiters lie

lesson-recruiter-deception-objective-offers = Nhận ra các dấu hiệu cảnh báo của một lời mời làm việc giả.
lesson-recruiter-deception-objective-online = Mô tả cách các ổ lừa đảo tuyển người qua mạng.
lesson-recruiter-deception-objective-check = Giải thích cách kiểm tra công ty môi giới và công việc trước khi đi.
lesson-recruiter-deception-discuss-why = Vì sao các lời mời giả thường hứa miễn phí đi lại và lương rất cao?
lesson-recruiter-deception-discuss-pressure = Người môi giới nói em phải quyết định ngay hôm nay. Em có thể nói gì, và có thể hỏi ai?
lesson-recruiter-deception-discuss-check = Ở nước mình, có thể kiểm tra giấy phép của công ty môi giới ở đâu?
lesson-recruiter-deception-teacher-notes = Mang đến các tin tuyển dụng thật trên mạng xã hội địa phương, đã xóa tên, và cho các nhóm nhỏ tìm dấu hiệu cảnh báo. Trước giờ học, hãy tìm tên cơ quan cấp phép của nước mình trong danh sách kiểm tra của ứng dụng để trả lời câu hỏi cuối.

## Your documents and your phone

lesson-documents-and-phone-objective-keep = Giải thích vì sao không bao giờ nên giao hộ chiếu hoặc căn cước cho người khác giữ.
lesson-documents-and-phone-objective-copies = Liệt kê những gì cần sao chụp và để lại cho gia đình trước khi đi.
lesson-documents-and-phone-objective-phone = Lên kế hoạch giữ các số điện thoại quan trọng an toàn, kể cả khi điện thoại bị lấy mất.
lesson-documents-and-phone-discuss-ask = Chủ nói công ty giữ hộ chiếu là chuyện bình thường. Em sẽ trả lời thế nào?
lesson-documents-and-phone-discuss-copies = Em sẽ đưa bản sao cho ai trong gia đình, và vì sao là người đó?
lesson-documents-and-phone-teacher-notes = Cho học sinh làm một tấm thẻ giấy ghi các số cần thiết, như một hoạt động của lớp, dùng danh bạ trong ứng dụng. Nhắc các em rằng tấm thẻ để riêng với điện thoại vẫn dùng được khi điện thoại bị mất hoặc bị lấy.

## Debt and fees

lesson-debt-and-fees-objective-zero-fee = Giải thích nguyên tắc không thu phí của tuyển dụng công bằng.
lesson-debt-and-fees-objective-debt = Mô tả cách một khoản nợ có thể bị dùng để kiểm soát người lao động.
lesson-debt-and-fees-objective-contract = Liệt kê những điều cần kiểm tra trong hợp đồng trước khi ký.
lesson-debt-and-fees-discuss-fees = Nhiều người tin rằng trả một khoản phí lớn là bình thường. Vì sao họ có thể tin như vậy?
lesson-debt-and-fees-discuss-loan = Người môi giới đề nghị cho em vay tiền để trả phí. Có những rủi ro gì?
lesson-debt-and-fees-discuss-contract = Em sẽ làm gì nếu hợp đồng viết bằng một ngôn ngữ em không đọc được?
lesson-debt-and-fees-teacher-notes = Một số gia đình trong lớp có thể đã vay tiền để đi làm xa. Hãy nói về nợ mà không phán xét, và nói rõ rằng người mắc nợ không có lỗi. Quy định về phí khác nhau giữa các nước; hãy nói rằng ở một số nơi luật có thể cho phép một khoản phí nhỏ, nhưng không bao giờ cho phép dùng phí để giữ chân người lao động.

## Your rights at work

lesson-rights-at-work-objective-rights = Nêu các quyền cơ bản của mọi người lao động: tiền lương, nghỉ ngơi, giấy tờ và tự do rời đi.
lesson-rights-at-work-objective-deductions = Giải thích khoản khấu trừ lương nào là công bằng và khoản nào không.
lesson-rights-at-work-objective-status = Giải thích rằng người lao động không có giấy tờ vẫn có quyền và vẫn có thể xin giúp đỡ.
lesson-rights-at-work-discuss-deductions = Chủ trừ tiền lương của em cho chỗ ở mà em chưa từng đồng ý. Em có thể làm gì?
lesson-rights-at-work-discuss-day-off = Vì sao một ngày nghỉ mỗi tuần quan trọng cho sự an toàn, chứ không chỉ để nghỉ ngơi?
lesson-rights-at-work-discuss-status = Vì sao người lao động không có giấy phép hợp lệ có thể sợ xin giúp đỡ, và điều gì có thể giúp họ dễ dàng hơn?
lesson-rights-at-work-teacher-notes = Luật về tiền lương, ngày nghỉ và giấy phép khác nhau giữa các nước; bài này dạy các nguyên tắc, không phải luật của một nước. Nếu học sinh hỏi về một nước cụ thể, hãy chỉ các em đến danh sách kiểm tra của tuyến đường đó và các dịch vụ trong danh bạ.

## Online grooming and sextortion

lesson-online-grooming-objective-grooming = Nhận ra cách dụ dỗ qua mạng bắt đầu: tạo lòng tin quá nhanh, đòi giữ bí mật và xin ảnh.
lesson-online-grooming-objective-sextortion = Giải thích nên làm gì và không nên làm gì khi ai đó dọa tung ảnh.
lesson-online-grooming-objective-harassment = Nhận ra quấy rối và bóc lột tình dục, và biết rằng nạn nhân không bao giờ có lỗi.
lesson-online-grooming-discuss-secret = Vì sao kẻ dụ dỗ yêu cầu giữ bí mật về mối quan hệ?
lesson-online-grooming-discuss-blame = Đôi khi người ta đổ lỗi cho người bị tung ảnh. Vì sao điều đó sai, và nó giúp kẻ xâm hại như thế nào?
lesson-online-grooming-discuss-help = Một bạn trẻ có thể kể với ai nếu chuyện này xảy ra với mình?
lesson-online-grooming-teacher-notes = Chủ đề này có thể gây đau lòng cho học sinh từng trải qua. Hãy báo trước cho lớp, cho phép học sinh ra ngoài nếu cần, và không bao giờ yêu cầu ví dụ từ đời sống của các em. Không trình chiếu hình ảnh hay tin nhắn xâm hại thật. Có thể có học sinh tìm đến bạn sau bài học; hãy đọc phần về việc học sinh kể chuyện trước khi dạy.

## How to get help

lesson-getting-help-objective-where = Tìm một đường dây nóng đã được kiểm tra trong danh bạ và giải thích dịch vụ đó giúp gì.
lesson-getting-help-objective-say = Tập nói những gì cần nói khi xin giúp đỡ.
lesson-getting-help-objective-safe = Giải thích cách xin giúp đỡ mà không tự đặt mình vào nguy hiểm hơn.
lesson-getting-help-discuss-fear = Điều gì có thể khiến một người không dám gọi để xin giúp đỡ, và chúng ta có thể làm gì để việc đó dễ hơn?
lesson-getting-help-discuss-practise = Làm theo cặp, tập một cuộc gọi ngắn: nói em cần gì và em đang ở đâu.
lesson-getting-help-teacher-notes = Cho học sinh mở danh bạ trong ứng dụng trong giờ học và tìm các dịch vụ của nước mình. Đừng yêu cầu các em gọi thử đến đường dây nóng thật: những đường dây đó dành cho người đang cần giúp ngay.

## Helping a friend safely

lesson-helping-a-friend-objective-listen = Biết cách lắng nghe bạn bè mà không đổ lỗi.
lesson-helping-a-friend-objective-risks = Nêu những việc có thể khiến bạn mình gặp nguy hiểm hơn.
lesson-helping-a-friend-objective-choose = Giải thích vì sao người bạn nên tự quyết định bước tiếp theo, trừ khi có người đang gặp nguy hiểm ngay.
lesson-helping-a-friend-discuss-post = Vì sao đăng lên mạng về hoàn cảnh của bạn mình có thể làm mọi việc tệ hơn?
lesson-helping-a-friend-discuss-words = Em có thể dùng những lời nào để nói với bạn rằng đó không phải lỗi của bạn ấy?
lesson-helping-a-friend-teacher-notes = Đóng vai rất hiệu quả ở bài này: một học sinh đóng vai người bạn, một em đóng vai người giúp, với một tình huống tưởng tượng. Nhắc học sinh rằng các em luôn có thể hỏi ý kiến người lớn hoặc đường dây nóng mà không cần nói tên bạn mình.

## Smuggling or trafficking?

lesson-smuggling-or-trafficking-objective-difference = Giải thích sự khác nhau giữa đưa người qua biên giới trái phép và mua bán người.
lesson-smuggling-or-trafficking-objective-turn = Mô tả cách việc đưa người qua biên giới trái phép có thể biến thành mua bán người.
lesson-smuggling-or-trafficking-objective-children = Giải thích vì sao đưa một đứa trẻ đi để bóc lột là mua bán người, kể cả khi không có vũ lực hay lừa dối.
lesson-smuggling-or-trafficking-discuss-words = Người ta hay dùng "đưa người trái phép" và "mua bán người" như thể chúng giống nhau. Vì sao sự khác biệt này quan trọng với người trong cuộc?
lesson-smuggling-or-trafficking-discuss-consent = Vì sao luật không chấp nhận sự đồng ý của trẻ em làm lý do để bóc lột các em?
lesson-smuggling-or-trafficking-discuss-fear = Vì sao một người được đưa qua biên giới trái phép có thể sợ xin giúp đỡ, và em sẽ nói gì với họ?
lesson-smuggling-or-trafficking-teacher-notes = Kẻ hai cột trên bảng, "đưa người trái phép" và "mua bán người", rồi cùng lớp xếp các tình huống ngắn tưởng tượng vào hai cột; có tình huống sẽ chuyển từ cột này sang cột kia khi câu chuyện tiếp diễn. Tránh mọi gợi ý rằng người di cư không có giấy tờ là tội phạm: bài học nói về ai bóc lột ai.

## Forced and brokered marriage

lesson-forced-marriage-objective-define = Giải thích điều gì khiến một cuộc hôn nhân là cưỡng ép.
lesson-forced-marriage-objective-signs = Nêu các dấu hiệu cảnh báo cho thấy cuộc hôn nhân qua môi giới có thể là mua bán người.
lesson-forced-marriage-objective-help = Nói được một bạn trẻ có thể tìm giúp đỡ ở đâu nếu bị ép kết hôn.
lesson-forced-marriage-discuss-pressure = Những loại sức ép nào có thể khiến người ta khó nói "không" với một cuộc hôn nhân?
lesson-forced-marriage-discuss-broker = Vì sao một gia đình có thể nhận lời người môi giới, và họ nên hỏi những gì trước?
lesson-forced-marriage-discuss-support = Một người bạn có thể giúp đỡ thế nào cho người đang sợ bị ép kết hôn?
lesson-forced-marriage-teacher-notes = Hôn nhân gắn với gia đình và văn hóa, và một số học sinh có thể đã được hứa gả hoặc đã kết hôn. Hãy nói về quyền tự lựa chọn và sự an toàn mà không chỉ trích gia đình hay cộng đồng nào. Hãy sẵn sàng khi có học sinh xin nói chuyện riêng sau giờ học, và nắm rõ quy trình bảo vệ trẻ em của trường trước khi dạy.

## Domestic work and fishing

lesson-domestic-work-and-fishing-objective-domestic = Nêu các tiêu chuẩn mà người giúp việc gia đình có thể đòi hỏi: giữ giấy tờ, nghỉ hằng tuần, hợp đồng bằng văn bản.
lesson-domestic-work-and-fishing-objective-fishing = Nhận ra dấu hiệu cảnh báo trong lời mời làm việc trên tàu cá.
lesson-domestic-work-and-fishing-objective-connected = Lên kế hoạch giữ liên lạc với gia đình khi làm một công việc biệt lập.
lesson-domestic-work-and-fishing-discuss-hidden = Vì sao trong nhà riêng hoặc trên biển, việc xâm hại khó bị phát hiện hơn ở nhà máy?
lesson-domestic-work-and-fishing-discuss-questions = Em sẽ hỏi người môi giới những gì trước khi nhận việc trên tàu hoặc trong một gia đình?
lesson-domestic-work-and-fishing-teacher-notes = Nhiều gia đình trong vùng có người làm giúp việc hoặc đi biển; hãy tôn trọng những công việc này như công việc thật, có thể làm một cách an toàn. Học sinh có thể viết một danh sách ngắn các câu hỏi dành cho người môi giới rồi so sánh theo nhóm.

## Money: sending, borrowing, insurance

lesson-money-abroad-objective-send = Giải thích cách gửi tiền về nhà an toàn và so sánh chi phí.
lesson-money-abroad-objective-borrow = Mô tả cách khoản vay từ người môi giới hoặc người cho vay không phép có thể thành nợ khổ sai.
lesson-money-abroad-objective-insure = Liệt kê những điều cần hỏi về bảo hiểm trước khi đi.
lesson-money-abroad-discuss-cost = Vì sao một dịch vụ phí thấp cuối cùng vẫn có thể tốn hơn?
lesson-money-abroad-discuss-loan = Người ở vùng mình thường vay tiền để đi làm xa ở đâu, và nơi nào an toàn hơn?
lesson-money-abroad-discuss-scam = Em đã nghe về những trò lừa xin mã hoặc mã PIN chưa? Mọi người có thể tự bảo vệ thế nào?
lesson-money-abroad-teacher-notes = Một bài tập hiệu quả: đưa ra hai lời mời chuyển tiền tưởng tượng với phí và tỷ giá, rồi để học sinh tính xem cách nào giúp nhận được nhiều tiền hơn. Không hỏi học sinh về nợ hay thu nhập của gia đình các em. Không nêu tên hay giới thiệu một công ty cụ thể nào.

## After harm: complaints, justice and going home

lesson-after-harm-objective-complain = Nêu những nơi người lao động có thể khiếu nại và những bằng chứng cần giữ.
lesson-after-harm-objective-non-punishment = Giải thích nguyên tắc không trừng phạt bằng lời đơn giản.
lesson-after-harm-objective-support = Mô tả những gì nhà tạm lánh và hỗ trợ hồi hương có thể mang lại.
lesson-after-harm-discuss-evidence = Vì sao nên giữ phiếu lương và tin nhắn ngay cả khi mọi việc có vẻ ổn?
lesson-after-harm-discuss-blame = Vì sao người sống sót có thể sợ bị trừng phạt, và nguyên tắc không trừng phạt giúp gì cho họ?
lesson-after-harm-discuss-return = Điều gì có thể khiến việc trở về nhà khó khăn với người sống sót, và cộng đồng có thể đón họ trở lại thế nào?
lesson-after-harm-teacher-notes = Một số học sinh hoặc người thân của các em có thể đã trở về sau một trải nghiệm tồi tệ ở nước ngoài. Hãy nói về người sống sót với sự tôn trọng, không bao giờ như những người đã mắc sai lầm. Thông tin về trợ giúp pháp lý, nơi khiếu nại và nhà tạm lánh khác nhau giữa các nước; hãy dùng danh bạ trong ứng dụng để tìm các dịch vụ phù hợp.

## Ready for a crisis

lesson-crisis-ready-objective-plan = Lập một kế hoạch đơn giản cho tình huống khủng hoảng ở nước ngoài.
lesson-crisis-ready-objective-kit = Liệt kê những thứ cần có trong túi khẩn cấp.
lesson-crisis-ready-objective-risks = Giải thích vì sao kẻ đưa người trái phép và kẻ buôn người lợi dụng khủng hoảng.
lesson-crisis-ready-discuss-contact = Nếu điện thoại không hoạt động, gia đình em sẽ biết em an toàn bằng cách nào?
lesson-crisis-ready-discuss-rumours = Trong khủng hoảng, làm sao phân biệt tin đồn với thông tin chính thức?
lesson-crisis-ready-teacher-notes = Cho học sinh tự viết kế hoạch khủng hoảng trên một trang giấy: liên hệ với ai, đi đâu, mang theo gì. Hãy thận trọng với những học sinh từng trải qua thiên tai hoặc xung đột; để các em tự chọn có tham gia hay không.

## A few phrases for the place you go

lesson-useful-phrases-objective-ask = Nói hoặc đưa ra một vài câu xin giúp đỡ bằng ngôn ngữ của nơi đến.
lesson-useful-phrases-objective-interpreter = Xin phiên dịch bằng ngôn ngữ địa phương.
lesson-useful-phrases-discuss-where = Em có thể đưa những câu này cho ai xem, ở những nơi nào, nếu em cần giúp đỡ?
lesson-useful-phrases-discuss-more = Còn những từ nào hữu ích cần biết trước khi đi, ví dụ địa chỉ của em hay tên chủ?
lesson-useful-phrases-teacher-notes = Tập trung vào nơi đến mà học sinh của bạn có khả năng đi nhất. Tập nói to các câu, nhưng cũng tập đưa câu đã viết sẵn cho người khác xem. Các câu ở đây được chọn ít một cách có chủ ý; nếu có người bản ngữ, hãy nhờ họ kiểm tra cách phát âm cùng cả lớp.
