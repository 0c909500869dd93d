# Waymark — bài 13–15 (tiếng Việt, bản dịch máy chưa được duyệt).

## Getting help after harm

lesson-after-harm-title = Sau khi bị hại: khiếu nại, công lý và trở về nhà
lesson-after-harm-summary = Tìm hiểu cách khiếu nại, nơi có trợ giúp pháp lý miễn phí, vì sao nạn nhân không nên bị trừng phạt, và nhà tạm lánh cùng hỗ trợ hồi hương mang lại gì.

lesson-after-harm-complaints-title = Khiếu nại, trợ giúp pháp lý và bồi thường
lesson-after-harm-complaints-body = Nếu bạn bị lừa hoặc bị hại, bạn có thể khiếu nại với cơ quan lao động nơi bạn làm việc, với cơ quan ở nước mình đã cấp phép cho công ty môi giới, với đại sứ quán hoặc lãnh sự quán, hoặc với công an. Các tổ chức trợ giúp pháp lý và công đoàn có thể giúp bạn miễn phí hoặc với chi phí thấp. Hãy giữ bằng chứng: hợp đồng, phiếu lương, tin nhắn, ảnh, tên người và ngày tháng. Bạn có thể đòi lại tiền lương chưa được trả hoặc được bồi thường; hãy hỏi đường dây nóng hoặc dịch vụ trợ giúp pháp lý cách làm.

lesson-after-harm-non-punishment-title = Nạn nhân không nên bị trừng phạt
lesson-after-harm-non-punishment-body = Nếu bạn bị mua bán, bạn không nên bị trừng phạt vì những việc bạn bị ép làm do việc đó, như làm việc không có giấy phép, dùng giấy tờ giả mà kẻ buôn người đưa cho, hoặc lừa đảo người khác qua mạng trong ổ lừa đảo. Đây gọi là nguyên tắc không trừng phạt. Nó có trong các quy định quốc tế, gồm Nghị định thư của ILO về lao động cưỡng bức và Công ước ASEAN về chống mua bán người. Không phải nước nào cũng áp dụng tốt, vì vậy hãy xin gặp luật sư hoặc một tổ chức hỗ trợ trước khi khai báo.

lesson-after-harm-shelter-and-home-title = Nhà tạm lánh và trở về nhà
lesson-after-harm-shelter-and-home-body = Nhiều nước có nhà tạm lánh cho người sống sót, do nhà nước hoặc các tổ chức điều hành, với chỗ ở an toàn, chăm sóc sức khỏe, tư vấn tâm lý và giúp đỡ về thủ tục pháp lý. Hãy hỏi bạn được hỗ trợ những gì và có những quy định nào, ví dụ có được ra ngoài, đi làm hay gọi cho gia đình không. Đại sứ quán và các tổ chức như IOM có thể giúp bạn về nhà an toàn và tìm hỗ trợ sau khi về, về sức khỏe, việc làm hay học hành. Câu chuyện của bạn là của bạn: bạn quyết định kể với ai.

lesson-after-harm-q1 = Hana không được trả lương suốt ba tháng. Điều gì giúp đơn khiếu nại của cô nhiều nhất?
lesson-after-harm-q1-a = Chờ đến khi về nước, vì chỉ có thể khiếu nại ở nước mình.
lesson-after-harm-q1-a-why = Chưa đúng. Cô cũng có thể khiếu nại nơi đang làm việc, ví dụ với cơ quan lao động hoặc qua đại sứ quán, và thường dễ hơn khi cô còn ở đó.
lesson-after-harm-q1-b = Giữ hợp đồng, phiếu lương và tin nhắn, rồi hỏi cơ quan lao động hoặc công đoàn.
lesson-after-harm-q1-b-why = Đúng. Bằng chứng làm đơn khiếu nại mạnh hơn nhiều, và cơ quan lao động, công đoàn hay dịch vụ trợ giúp pháp lý biết cách đòi lương chưa trả.
lesson-after-harm-q1-c = Đăng tên chủ lên mạng xã hội trước.
lesson-after-harm-q1-c-why = Chưa đúng. Đăng lên mạng có thể báo động cho chủ, đặt cô vào nguy hiểm và thậm chí gây rắc rối pháp lý cho cô. Khiếu nại chính thức an toàn hơn.

lesson-after-harm-q2 = Tun bị bán vào một ổ lừa đảo và bị ép lừa người khác qua mạng. Nguyên tắc không trừng phạt nói gì?
lesson-after-harm-q2-a = Nạn nhân không nên bị phạt vì tội họ bị ép phạm.
lesson-after-harm-q2-a-why = Đúng. Tun bị ép làm việc này trong lúc bị mua bán. Anh nên được đối xử như nạn nhân, và một tổ chức hỗ trợ có thể giúp anh trình bày hoàn cảnh.
lesson-after-harm-q2-b = Nạn nhân không bao giờ bị công an hỏi.
lesson-after-harm-q2-b-why = Chưa đúng. Công an vẫn có thể hỏi. Nguyên tắc này là không trừng phạt nạn nhân, và anh có thể xin luật sư hoặc tổ chức hỗ trợ.
lesson-after-harm-q2-c = Nó chỉ bảo vệ những người vào nước đó hợp pháp, có thị thực hợp lệ.
lesson-after-harm-q2-c-why = Chưa đúng. Nguyên tắc này cũng áp dụng cho nạn nhân vượt biên không giấy tờ vì bị mua bán.

lesson-after-harm-q3 = Dịch vụ trợ giúp pháp lý hoặc công đoàn có thể giúp việc nào?
lesson-after-harm-q3-a = Chỉ những vụ đang ra tòa.
lesson-after-harm-q3-a-why = Chưa đúng. Phần lớn công việc của họ diễn ra ngoài tòa án: tư vấn, viết thư, nói chuyện với chủ và khiếu nại lên cơ quan lao động.
lesson-after-harm-q3-b = Chỉ người lao động có giấy phép lao động hợp lệ.
lesson-after-harm-q3-b-why = Chưa đúng. Nhiều dịch vụ trợ giúp pháp lý và công đoàn cũng giúp người không có giấy tờ, ví dụ đòi lương cho công việc đã làm.
lesson-after-harm-q3-c = Quyền của bạn, lương chưa trả và khiếu nại.
lesson-after-harm-q3-c-why = Đúng. Họ có thể giải thích quyền của bạn, giúp đòi những gì bạn được hưởng và hướng dẫn bạn khiếu nại, thường là miễn phí.

lesson-after-harm-q4 = Nhà tạm lánh cho người sống sót sau mua bán người là gì?
lesson-after-harm-q4-a = Một kiểu nhà tù nơi người không giấy tờ bị giữ cho đến khi bị trục xuất.
lesson-after-harm-q4-a-why = Đây là nỗi sợ phổ biến, nhưng nhà tạm lánh là để bảo vệ bạn, không phải để trừng phạt. Hãy hỏi về các quy định trước khi đến.
lesson-after-harm-q4-b = Chỗ ở an toàn, có chăm sóc sức khỏe và trợ giúp pháp lý.
lesson-after-harm-q4-b-why = Đúng. Nhà tạm lánh cho người sống sót chỗ ở an toàn và giúp họ hồi phục và thực hiện các bước tiếp theo.
lesson-after-harm-q4-c = Nơi chỉ dành cho người vẫn còn hộ chiếu.
lesson-after-harm-q4-c-why = Chưa đúng. Nhiều người sống sót đã mất giấy tờ hoặc bị lấy mất. Nhà tạm lánh và đại sứ quán cũng có thể giúp việc đó.

lesson-after-harm-q5 = Thu muốn về nhà sau khi bị bóc lột ở nước ngoài. Điều gì là đúng?
lesson-after-harm-q5-a = Cô phải tự trả tiền đi lại thì mới có người giúp.
lesson-after-harm-q5-a-why = Chưa đúng. Đại sứ quán và các tổ chức như IOM đôi khi có thể hỗ trợ chuyến đi. Hãy hỏi xem có những hỗ trợ nào.
lesson-after-harm-q5-b = Cô không thể về nhà cho đến khi vụ kiện chủ kết thúc.
lesson-after-harm-q5-b-why = Chưa đúng. Vụ kiện có thể mất thời gian, nhưng về nhà là lựa chọn của cô. Luật sư có thể giải thích vụ kiện tiếp tục thế nào sau khi cô đi.
lesson-after-harm-q5-c = Đại sứ quán hoặc IOM có thể giúp cô về nhà an toàn.
lesson-after-harm-q5-c-why = Đúng. Ở nhiều nước có hỗ trợ để về nhà an toàn và hỗ trợ sau khi về, như chăm sóc sức khỏe, việc làm hay học hành.

## Ready for a crisis

lesson-crisis-ready-title = Sẵn sàng cho khủng hoảng
lesson-crisis-ready-summary = Tìm hiểu cách chuẩn bị cho chiến tranh, thiên tai hay mất việc đột ngột ở nước ngoài, và cách giữ an toàn khi chuyện đó xảy ra.

lesson-crisis-ready-plan-title = Lên kế hoạch trước
lesson-crisis-ready-plan-body = Chiến tranh, lũ lụt, hỏa hoạn, dịch bệnh hay mất việc đột ngột có thể ảnh hưởng nặng đến người di cư, xa gia đình và ở nơi nói tiếng khác. Hãy chuẩn bị trước: đăng ký với đại sứ quán hoặc lãnh sự quán nếu nước bạn có dịch vụ này, và ghi địa chỉ cùng số điện thoại của họ ra giấy. Tìm hiểu nơi an toàn gần nhất ở đâu. Thỏa thuận với gia đình và bạn bè cách liên lạc với nhau nếu mạng điện thoại ngừng hoạt động.

lesson-crisis-ready-kit-title = Túi khẩn cấp
lesson-crisis-ready-kit-body = Hãy chuẩn bị sẵn một túi nhỏ với hộ chiếu và căn cước hoặc bản sao, bản sao hợp đồng và giấy phép lao động, một ít tiền mặt, thuốc bạn cần, bộ sạc điện thoại và danh sách số điện thoại trên giấy. Giữ ảnh chụp giấy tờ ở một nơi trực tuyến an toàn hoặc gửi gia đình, để bạn chứng minh được mình là ai nếu mất giấy tờ.

lesson-crisis-ready-during-title = Khi khủng hoảng xảy ra
lesson-crisis-ready-during-body = Trong khủng hoảng, hãy theo thông tin từ chính quyền và đại sứ quán, không theo tin đồn. Báo cho gia đình biết bạn an toàn. Nếu chủ bỏ đi hoặc ngừng trả lương, bạn vẫn có quyền với tiền lương và giấy tờ của mình, vì vậy hãy ghi lại số tiền bạn được nợ. Hãy cẩn thận với những người đề nghị đưa bạn qua biên giới nhanh để lấy tiền: trong khủng hoảng, kẻ đưa người trái phép và kẻ buôn người tìm những người đang vội. Đại sứ quán, IOM hoặc đường dây nóng có thể cho bạn biết về những cách rời đi an toàn.

lesson-crisis-ready-q1 = Việc nào nên làm trước khi khủng hoảng xảy ra?
lesson-crisis-ready-q1-a = Đăng ký với đại sứ quán và ghi thông tin của họ ra giấy.
lesson-crisis-ready-q1-a-why = Đúng. Đại sứ quán biết bạn ở đó thì có thể tìm và giúp bạn, và số điện thoại trên giấy vẫn dùng được khi điện thoại không dùng được.
lesson-crisis-ready-q1-b = Chỉ giữ mọi giấy tờ trên điện thoại, để không bị mất gì.
lesson-crisis-ready-q1-b-why = Chưa đúng. Ảnh trên điện thoại có ích, nhưng điện thoại có thể bị mất, hỏng hay hết pin. Hãy giữ cả bản sao giấy.
lesson-crisis-ready-q1-c = Chờ chủ lên kế hoạch cho bạn.
lesson-crisis-ready-q1-c-why = Chưa đúng. Có chủ giúp đỡ, nhưng có chủ bỏ đi. Kế hoạch của riêng bạn giữ bạn an toàn trong cả hai trường hợp.

lesson-crisis-ready-q2 = Lũ lụt tràn vào thành phố nơi bạn làm việc. Một người lạ đề nghị chở bạn qua biên giới ngay đêm nay với giá cao. Điều gì là khôn ngoan?
lesson-crisis-ready-q2-a = Đi ngay, vì cách nào để thoát cũng tốt hơn ở lại.
lesson-crisis-ready-q2-a-why = Chưa đúng. Trong khủng hoảng, người đang vội rất dễ bị gài bẫy. Một tài xế lạ có thể đưa bạn đến nơi nguy hiểm hơn.
lesson-crisis-ready-q2-b = Đi nếu những người lao động khác cũng đi cùng anh ta.
lesson-crisis-ready-q2-b-why = Chưa đúng. Cả một nhóm có thể bị mua bán cùng lúc. Người khác cũng đi không chứng minh lời đề nghị là an toàn.
lesson-crisis-ready-q2-c = Hỏi trước đại sứ quán, IOM hoặc đường dây nóng.
lesson-crisis-ready-q2-c-why = Đúng. Hỏi trước mất một chút thời gian, nhưng có thể giúp bạn tránh xa kẻ đưa người trái phép và kẻ buôn người, và họ có thể cho bạn biết cách rời đi an toàn.

lesson-crisis-ready-q3 = Túi khẩn cấp nên có những gì?
lesson-crisis-ready-q3-a = Chỉ tiền thôi, vì có thể mua mọi thứ khác.
lesson-crisis-ready-q3-a-why = Chưa đúng. Trong khủng hoảng, cửa hàng có thể đóng cửa, và tiền không thay được giấy tờ hay thuốc men của bạn.
lesson-crisis-ready-q3-b = Giấy tờ, tiền mặt, thuốc, bộ sạc, số điện thoại trên giấy.
lesson-crisis-ready-q3-b-why = Đúng. Những thứ này giúp bạn chứng minh mình là ai, giữ sức khỏe và liên lạc được với người giúp.
lesson-crisis-ready-q3-c = Chỉ hộ chiếu bản gốc, để túi nhẹ và gọn.
lesson-crisis-ready-q3-c-why = Hộ chiếu quan trọng nhất, nhưng bản sao, tiền mặt, thuốc và số điện thoại trên giấy đều nhỏ gọn và có thể giúp bạn tránh nhiều rắc rối.

lesson-crisis-ready-q4 = Chủ đóng cửa nhà máy vì khủng hoảng và bỏ đi mà không trả lương cho bạn. Điều gì là đúng?
lesson-crisis-ready-q4-a = Bạn vẫn được nợ lương; hãy ghi lại số tiền và xin giúp đỡ.
lesson-crisis-ready-q4-a-why = Đúng. Khủng hoảng không xóa tiền lương cho công việc bạn đã làm. Ghi chép bằng văn bản giúp bạn đòi lại sau này.
lesson-crisis-ready-q4-b = Trong khủng hoảng, chủ không phải trả lương.
lesson-crisis-ready-q4-b-why = Chưa đúng. Tiền lương cho công việc đã làm vẫn phải trả. Cơ quan lao động, công đoàn hoặc đại sứ quán có thể giúp bạn đòi.
lesson-crisis-ready-q4-c = Bạn mất lương nếu rời khỏi ký túc xá của nhà máy trước khi nó đóng cửa.
lesson-crisis-ready-q4-c-why = Chưa đúng. Rời đi để giữ an toàn không lấy mất những gì bạn đã làm ra. An toàn của bạn là trên hết.

lesson-crisis-ready-q5 = Bạn nghe tin đồn rằng ngày mai biên giới sẽ đóng. Bạn nên làm gì?
lesson-crisis-ready-q5-a = Chia sẻ ngay trong mọi nhóm chat để cảnh báo mọi người.
lesson-crisis-ready-q5-a-why = Chưa đúng. Tin đồn sai có thể gây hoảng loạn và đẩy người ta vào những lựa chọn không an toàn. Hãy kiểm tra trước.
lesson-crisis-ready-q5-b = Kiểm tra với nguồn chính thức hoặc đại sứ quán trước.
lesson-crisis-ready-q5-b-why = Đúng. Nguồn chính thức và đại sứ quán biết điều gì thật sự đang xảy ra và cần làm gì.
lesson-crisis-ready-q5-c = Tin nếu có nhiều người nhắc lại.
lesson-crisis-ready-q5-c-why = Chưa đúng. Tin đồn lan rất nhanh trong khủng hoảng. Nhiều người nhắc lại không làm cho nó thành sự thật.

## A few phrases in the destination's language

lesson-useful-phrases-title = Vài câu nói cho nơi bạn đến
lesson-useful-phrases-summary = Học vài câu ngắn bằng tiếng Thái, tiếng Mã Lai và tiếng Trung để xin giúp đỡ và xin phiên dịch.

lesson-useful-phrases-thai-title = Ở Thái Lan (tiếng Thái)
lesson-useful-phrases-thai-body = ช่วยด้วย (chuay duay) nghĩa là "Cứu với!". ฉันต้องการความช่วยเหลือ (chan tong-kan khwam chuay luea) nghĩa là "Tôi cần giúp đỡ". ฉันไม่เข้าใจ (chan mai khao jai) nghĩa là "Tôi không hiểu". ขอล่ามได้ไหม (kho lam dai mai) nghĩa là "Cho tôi một phiên dịch được không?". Nam giới thường nói ผม (phom) thay cho ฉัน (chan) để chỉ "tôi".

lesson-useful-phrases-malay-title = Ở Malaysia (tiếng Mã Lai)
lesson-useful-phrases-malay-body = Tolong! nghĩa là "Cứu với!". Saya perlukan bantuan nghĩa là "Tôi cần giúp đỡ". Saya tidak faham nghĩa là "Tôi không hiểu". Saya perlukan jurubahasa nghĩa là "Tôi cần phiên dịch". Panggil polis nghĩa là "Gọi cảnh sát".

lesson-useful-phrases-chinese-title = Ở Đài Loan và Hồng Kông (tiếng Trung)
lesson-useful-phrases-chinese-body = Phần lớn người ở Đài Loan nói tiếng Quan Thoại, phần lớn người ở Hồng Kông nói tiếng Quảng Đông, nhưng cả hai nơi đều dùng chữ Hán phồn thể, nên đưa chữ viết ra xem thì ở đâu cũng hiểu. 救命 (jiuming) nghĩa là "Cứu với!". 我需要幫助 (wo xuyao bangzhu) nghĩa là "Tôi cần giúp đỡ". 我聽不懂 (wo ting bu dong) nghĩa là "Tôi không hiểu". 我需要翻譯 (wo xuyao fanyi) nghĩa là "Tôi cần phiên dịch". Hãy lưu các câu này trên giấy và trong điện thoại, cùng với địa chỉ của bạn bằng tiếng địa phương.

lesson-useful-phrases-q1 = Ở Malaysia, "Tolong!" nghĩa là gì?
lesson-useful-phrases-q1-a = "Cảm ơn!"
lesson-useful-phrases-q1-a-why = Chưa đúng. "Cảm ơn" trong tiếng Mã Lai là "Terima kasih". "Tolong!" là câu bạn kêu lên khi cần giúp.
lesson-useful-phrases-q1-b = "Cứu với!"
lesson-useful-phrases-q1-b-why = Đúng. "Tolong!" nghĩa là "Cứu với!". Từ này cũng dùng để nói "làm ơn" khi bạn nhờ ai làm việc gì.
lesson-useful-phrases-q1-c = "Xin lỗi, cho tôi hỏi."
lesson-useful-phrases-q1-c-why = Chưa đúng. "Xin lỗi" trong tiếng Mã Lai thường là "Maaf" hoặc "Tumpang lalu". "Tolong!" là để xin giúp đỡ.

lesson-useful-phrases-q2 = Câu tiếng Thái ฉันไม่เข้าใจ (chan mai khao jai) nghĩa là gì?
lesson-useful-phrases-q2-a = "Tôi không hiểu."
lesson-useful-phrases-q2-a-why = Đúng. ไม่ (mai) nghĩa là "không" và เข้าใจ (khao jai) nghĩa là "hiểu". Đây là câu nên nói trước khi xin phiên dịch.
lesson-useful-phrases-q2-b = "Tôi không sợ."
lesson-useful-phrases-q2-b-why = Chưa đúng. เข้าใจ (khao jai) nghĩa là "hiểu", nên câu này nói rằng bạn không hiểu.
lesson-useful-phrases-q2-c = "Tôi không đồng ý với bạn."
lesson-useful-phrases-q2-c-why = Chưa đúng. Câu này nói về việc hiểu, không phải đồng ý. Nó cho người kia biết bạn cần lời đơn giản hơn hoặc cần phiên dịch.

lesson-useful-phrases-q3 = Ở Đài Loan, 我需要翻譯 (wo xuyao fanyi) nghĩa là gì?
lesson-useful-phrases-q3-a = "Tôi cần gặp bác sĩ."
lesson-useful-phrases-q3-a-why = Chưa đúng. 翻譯 (fanyi) nghĩa là "phiên dịch", không phải "bác sĩ".
lesson-useful-phrases-q3-b = "Tôi cần một vé."
lesson-useful-phrases-q3-b-why = Chưa đúng. 我需要 (wo xuyao) nghĩa là "tôi cần", còn 翻譯 (fanyi) nghĩa là "phiên dịch".
lesson-useful-phrases-q3-c = "Tôi cần phiên dịch."
lesson-useful-phrases-q3-c-why = Đúng. Bạn có thể xin phiên dịch ở đồn cảnh sát, ở bệnh viện hay ở cơ quan lao động.

lesson-useful-phrases-q4 = Vì sao nên ghi các câu này trên giấy hoặc trong điện thoại?
lesson-useful-phrases-q4-a = Vì cảnh sát chỉ nhận yêu cầu bằng văn bản.
lesson-useful-phrases-q4-a-why = Chưa đúng. Bạn cũng có thể nói với cảnh sát. Chữ viết chỉ giúp khi khó nói.
lesson-useful-phrases-q4-b = Vì khi sợ hãi, bạn chỉ cần đưa ra cho họ xem.
lesson-useful-phrases-q4-b-why = Đúng. Khi căng thẳng, rất dễ quên từ hoặc nói sai. Chữ viết thì rõ ràng.
lesson-useful-phrases-q4-c = Vì viết ra là cách duy nhất để học một ngôn ngữ.
lesson-useful-phrases-q4-c-why = Chưa đúng. Có nhiều cách để học. Ở đây, mục đích là có sẵn những câu cần thiết khi bạn cần.

lesson-useful-phrases-q5 = Phần lớn người ở Hồng Kông nói tiếng Quảng Đông, không phải tiếng Quan Thoại. Các câu tiếng Trung viết sẵn có giúp được ở đó không?
lesson-useful-phrases-q5-a = Có, cả hai nơi đều dùng chữ Hán phồn thể.
lesson-useful-phrases-q5-a-why = Đúng. Dù cách phát âm khác nhau, người Hồng Kông vẫn đọc được các câu viết sẵn.
lesson-useful-phrases-q5-b = Không, vì người Hồng Kông không đọc được chữ Hán.
lesson-useful-phrases-q5-b-why = Chưa đúng. Người Hồng Kông đọc và viết chữ Hán hằng ngày.
lesson-useful-phrases-q5-c = Chỉ khi bạn cũng nói chúng bằng tiếng Quan Thoại.
lesson-useful-phrases-q5-c-why = Chưa đúng. Chỉ cần đưa chữ viết ra là đủ. Bạn không cần phát âm.
