# Waymark — lessons 1–4 (Vietnamese). Machine-drafted; awaiting native-speaker review.
# Written in plain words from /work/shared/facts/migration-facts.md. No phone numbers here: the app has a checked directory.
# Each lesson has 3 sections and 5 questions. The right answers are stored in content/lessons/<id>.json.

## What is trafficking?

lesson-what-is-trafficking-title = Mua bán người là gì?
lesson-what-is-trafficking-summary = Tìm hiểu mua bán người và lao động cưỡng bức là gì, và những dấu hiệu cho thấy một người không được tự do.

lesson-what-is-trafficking-meaning-title = Ý nghĩa của các từ
lesson-what-is-trafficking-meaning-body = Mua bán người là khi ai đó dùng lời lừa dối, vũ lực hoặc sức ép để đưa đi hay giữ một người nhằm bóc lột họ. Bóc lột nghĩa là lợi dụng một người một cách bất công để người khác kiếm tiền. Lao động cưỡng bức là công việc mà một người không tự do lựa chọn và không thể bỏ đi vì bị đe dọa hoặc trừng phạt. Một người có thể đồng ý nhận việc lúc đầu mà vẫn là nạn nhân, nếu họ bị lừa hoặc không thể rời đi. Người bị mua bán không bao giờ có lỗi.

lesson-what-is-trafficking-signs-title = Dấu hiệu của lao động cưỡng bức
lesson-what-is-trafficking-signs-body = Tổ chức Lao động Quốc tế (ILO) nêu ra 11 dấu hiệu của lao động cưỡng bức. Một số dấu hiệu liên quan đến sự kiểm soát: nói dối về công việc, lợi dụng hoàn cảnh khó khăn của một người, không được tự do rời đi, bị tách biệt khỏi người khác, và bị đe dọa hoặc bạo lực. Các dấu hiệu khác liên quan đến giấy tờ và tiền bạc: chủ lao động giữ giấy tờ tùy thân của bạn, giữ lại tiền lương hoặc dùng một khoản nợ để kiểm soát bạn. Làm việc quá nhiều giờ và điều kiện làm việc hoặc sinh hoạt quá tồi tệ cũng là dấu hiệu. Đôi khi chỉ một dấu hiệu cũng đủ cho thấy có lao động cưỡng bức, và đôi khi cần nhiều dấu hiệu cộng lại mới cho thấy điều đó.

lesson-what-is-trafficking-anyone-title = Điều này có thể xảy ra với bất kỳ ai
lesson-what-is-trafficking-anyone-body = Mua bán người có thể xảy ra với phụ nữ, nam giới, trẻ em gái và trẻ em trai. Nó có thể xảy ra với người ít học và cả với người có bằng đại học. Một số người bị đưa sang nước khác, nhưng mua bán người cũng có thể xảy ra ngay trong nước mình. Kẻ mua bán người có thể là người lạ, nhưng cũng có thể là bạn bè, hàng xóm hoặc người quen trên mạng. Xin giúp đỡ không có gì phải xấu hổ.

lesson-what-is-trafficking-q1 = Mai đồng ý sang nước khác làm việc trong một nhà hàng. Khi đến nơi, công việc lại khác, và ông chủ nói cô không được đi cho đến khi trả hết một khoản nợ lớn. Chuyện gì đang xảy ra?
lesson-what-is-trafficking-q1-a = Đó là công việc vất vả, nhưng nhiều người đi làm ở nước ngoài phải trả hết nợ tiền đi đường rồi mới được nghỉ.
lesson-what-is-trafficking-q1-a-why = Đây không phải chuyện bình thường. Công việc khác với lời hứa, và khoản nợ khiến cô không thể rời đi, đều là dấu hiệu của lao động cưỡng bức.
lesson-what-is-trafficking-q1-b = Dấu hiệu của lao động cưỡng bức, dù lúc đầu cô đã đồng ý.
lesson-what-is-trafficking-q1-b-why = Đúng vậy. Mai bị lừa về công việc, và một khoản nợ đang được dùng để giữ cô lại. Đồng ý với lời mời ban đầu không có nghĩa là cô đồng ý với chuyện này.
lesson-what-is-trafficking-q1-c = Cô tự đồng ý đi, nên đây chỉ là một công việc tồi, không thể là mua bán người.
lesson-what-is-trafficking-q1-c-why = Chưa đúng. Đồng ý với lời mời ban đầu không có nghĩa là cô đồng ý với điều này. Cô bị lừa và không thể rời đi, và cô có quyền xin giúp đỡ.

lesson-what-is-trafficking-q2 = Tình huống nào sau đây có thể là dấu hiệu của lao động cưỡng bức?
lesson-what-is-trafficking-q2-a = Chủ giữ hộ chiếu của người lao động.
lesson-what-is-trafficking-q2-a-why = Đúng vậy. Giữ giấy tờ tùy thân của người lao động là một trong những dấu hiệu lao động cưỡng bức theo ILO. Việc này khiến người lao động khó rời đi hơn nhiều.
lesson-what-is-trafficking-q2-b = Chủ cho người lao động ở một phòng trong khu ký túc xá chung gần nơi làm việc.
lesson-what-is-trafficking-q2-b-why = Chỉ riêng điều này thì chưa phải. Chủ lo chỗ ở là chuyện thường gặp. Nó trở thành dấu hiệu cảnh báo khi điều kiện sống rất tồi tệ hoặc người lao động không được tự do rời đi.
lesson-what-is-trafficking-q2-c = Người lao động phải mặc đồng phục và tuân theo các quy định an toàn nghiêm ngặt.
lesson-what-is-trafficking-q2-c-why = Đây là quy định làm việc bình thường, không phải dấu hiệu cảnh báo. Đồng phục và quy định an toàn là để bảo vệ người lao động.

lesson-what-is-trafficking-q3 = Ai có thể trở thành nạn nhân của mua bán người?
lesson-what-is-trafficking-q3-a = Chỉ phụ nữ và trẻ em gái, vì nam giới lúc nào cũng tự bảo vệ được mình.
lesson-what-is-trafficking-q3-a-why = Nhiều người nghĩ vậy, nhưng điều đó không đúng. Nam giới và trẻ em trai cũng có thể bị lừa, bị kiểm soát và bị ép làm việc.
lesson-what-is-trafficking-q3-b = Chủ yếu là người vượt biên giới, vì mua bán người nghĩa là đưa người ra nước ngoài.
lesson-what-is-trafficking-q3-b-why = Chưa đúng hẳn. Nhiều nạn nhân bị đưa sang nước khác, nhưng mua bán người cũng có thể xảy ra ngay trong nước của họ.
lesson-what-is-trafficking-q3-c = Bất kỳ ai, kể cả nam giới, trẻ em trai và người ở ngay trong nước mình.
lesson-what-is-trafficking-q3-c-why = Đúng vậy. Mua bán người có thể xảy ra với bất kỳ ai, ở mọi lứa tuổi và giới tính, dù học nhiều hay ít, ở trong nước hay ở nước ngoài.

lesson-what-is-trafficking-q4 = Dara làm việc trên một tàu đánh cá. Anh làm gần như cả ngày lẫn đêm, không được trả lương, và bị dọa rằng gia đình anh sẽ bị hại nếu anh bỏ đi. Điều này cho thấy gì?
lesson-what-is-trafficking-q4-a = Đó là công việc rất vất vả, nhưng một người đàn ông trưởng thành có thể bỏ đi nếu muốn.
lesson-what-is-trafficking-q4-a-why = Điều này không đúng. Đàn ông trưởng thành cũng có thể là nạn nhân của lao động cưỡng bức, và hoàn cảnh của Dara có nhiều dấu hiệu cảnh báo.
lesson-what-is-trafficking-q4-b = Nhiều dấu hiệu cùng lúc cho thấy lao động cưỡng bức.
lesson-what-is-trafficking-q4-b-why = Đúng vậy. Làm việc quá nhiều giờ, không được trả lương và gia đình bị đe dọa đều là dấu hiệu của lao động cưỡng bức. Cộng lại, chúng cho thấy Dara không được tự do.
lesson-what-is-trafficking-q4-c = Nghề đánh cá lúc nào cũng dài giờ và vất vả, nên đây là điều kiện bình thường trên biển.
lesson-what-is-trafficking-q4-c-why = Chưa đúng. Làm nhiều giờ có thể thường gặp trên biển, nhưng không được trả lương và gia đình bị đe dọa thì không bình thường. Gộp lại, đó là dấu hiệu của lao động cưỡng bức.

lesson-what-is-trafficking-q5 = Một người bạn nói rằng mua bán người chỉ xảy ra khi một người bị bắt đi bằng vũ lực và bị nhốt trong phòng. Câu trả lời nào đúng nhất?
lesson-what-is-trafficking-q5-a = Đúng vậy. Nếu không ai dùng vũ lực hay khóa cửa thì không thể là mua bán người.
lesson-what-is-trafficking-q5-a-why = Chưa đúng hẳn. Vũ lực chỉ là một cách. Lời lừa dối, nợ nần, đe dọa và lấy giấy tờ cũng có thể khiến một người không thể rời đi.
lesson-what-is-trafficking-q5-b = Phải có cả việc vượt biên giới; nếu không thì chỉ là một công việc tồi.
lesson-what-is-trafficking-q5-b-why = Chưa đúng. Mua bán người cũng có thể xảy ra ngay trong nước của một người, và vũ lực chỉ là một trong những cách để kiểm soát ai đó.
lesson-what-is-trafficking-q5-c = Không phải lúc nào cũng vậy. Lừa dối, nợ nần hay đe dọa cũng có thể giam chân một người.
lesson-what-is-trafficking-q5-c-why = Đúng vậy. Một người có thể đi ra ngoài được mà vẫn không tự do, vì một khoản nợ, một lời đe dọa hay vì không có hộ chiếu trong tay.

## How recruiters lie

lesson-recruiter-deception-title = Những chiêu lừa của người tuyển dụng giả
lesson-recruiter-deception-summary = Tìm hiểu những chiêu mà người tuyển dụng giả dùng, trên mạng và ngoài đời, và cách kiểm tra một công việc trước khi đi.

lesson-recruiter-deception-offers-title = Những lời mời khó tin
lesson-recruiter-deception-offers-body = Hãy cẩn thận khi một công việc trả lương cao hơn nhiều so với những việc cùng loại. Hãy cẩn thận khi có người đề nghị trả toàn bộ chi phí đi lại và lo thị thực, giấy tờ hay việc qua biên giới giúp bạn. Lương rất cao, "không cần kinh nghiệm" và lời hứa đổi đời nhanh chóng là một dấu hiệu cảnh báo. Người tuyển dụng bảo bạn giữ bí mật về công việc, hoặc chỉ gặp bạn ở nơi kín đáo không có biển hiệu bên ngoài, cũng là dấu hiệu cảnh báo. Hãy cẩn thận nếu có ai đòi ảnh chụp toàn thân của bạn như một phần của việc xin việc.

lesson-recruiter-deception-online-title = Việc làm trên mạng và bạn bè trên mạng
lesson-recruiter-deception-online-body = Một số quảng cáo việc làm giả xuất hiện trên mạng xã hội và trên các trang tìm việc trên mạng. Chúng có thể mời làm việc với máy tính, công nghệ thông tin hoặc chăm sóc khách hàng, với lương cao, nhà ở miễn phí và đi lại miễn phí. Một số người nhận lời đã được đưa bằng máy bay sang một nước, rồi bị chuyển qua biên giới đến những nơi gọi là trung tâm lừa đảo. Ở đó họ bị giam giữ, bị lấy mất hộ chiếu và điện thoại, và bị ép lừa đảo người khác qua mạng. Một người bạn chỉ quen qua điện thoại hoặc qua mạng mà hứa hẹn tình yêu và một cuộc sống mới ở nước ngoài cũng có thể là kẻ mua bán người.

lesson-recruiter-deception-check-title = Kiểm tra trước khi đi
lesson-recruiter-deception-check-body = Chỉ dùng công ty tuyển dụng có giấy phép. Hãy kiểm tra giấy phép với cơ quan nhà nước cấp phép cho các công ty tuyển dụng ở nước bạn. Hãy kiểm tra cả công việc cụ thể, không chỉ công ty. Nếu không chắc, hãy hỏi Trung tâm Hỗ trợ Người di cư hoặc một tổ chức khác mà bạn tin tưởng. Đừng dùng thị thực du lịch để đi làm việc.

lesson-recruiter-deception-q1 = Một tin nhắn trên mạng xã hội mời bạn đi làm ở nước ngoài với lương rất cao, nhà ở miễn phí và vé máy bay miễn phí. Không cần kinh nghiệm. Bạn nên nghĩ thế nào?
lesson-recruiter-deception-q1-a = Đây là cơ hội may mắn, nên bạn phải nhận lời ngay trước khi người khác giành mất.
lesson-recruiter-deception-q1-a-why = Chưa đúng hẳn. Một lời mời trung thực sẽ cho bạn thời gian để kiểm tra. Hãy dành thời gian kiểm tra công ty và công việc trước khi quyết định.
lesson-recruiter-deception-q1-b = Vé máy bay và chỗ ở miễn phí cho thấy công ty thật sự cần người và làm ăn nghiêm túc.
lesson-recruiter-deception-q1-b-why = Điều này không đúng. Trả hết chi phí đi lại là một cách người tuyển dụng giả lấy lòng tin của bạn, nên đó là lý do để kiểm tra kỹ hơn.
lesson-recruiter-deception-q1-c = Có nhiều dấu hiệu cảnh báo: hãy kiểm tra công ty môi giới và công việc trước.
lesson-recruiter-deception-q1-c-why = Đúng vậy. Lương rất cao, không cần kinh nghiệm và đi lại miễn phí đều là dấu hiệu cảnh báo. Kiểm tra trước có thể giúp bạn an toàn.

lesson-recruiter-deception-q2 = Một người tuyển dụng dặn bạn đừng nói với gia đình về công việc cho đến khi bạn đã đi. Điều này cho bạn biết gì?
lesson-recruiter-deception-q2-a = Dấu hiệu cảnh báo: giữ bí mật khiến người khác khó giúp bạn hơn.
lesson-recruiter-deception-q2-a-why = Đúng vậy. Một công việc đàng hoàng không cần giấu gia đình. Hãy kể cho người bạn tin tưởng về bất kỳ lời mời làm việc nào.
lesson-recruiter-deception-q2-b = Bình thường thôi: người tuyển dụng muốn giữ bí mật để người khác không giành mất việc trước.
lesson-recruiter-deception-q2-b-why = Điều này không đúng. Việc tốt không cần phải giữ bí mật. Giữ bí mật là một dấu hiệu cảnh báo.
lesson-recruiter-deception-q2-c = Cũng hợp lý, vì gia đình có thể lo lắng và ngăn bạn đi.
lesson-recruiter-deception-q2-c-why = Chưa đúng. Những câu hỏi của gia đình có thể bảo vệ bạn và giúp bạn nhận ra rủi ro. Nói chuyện với gia đình trước khi quyết định sẽ an toàn hơn.

lesson-recruiter-deception-q3 = Lin giỏi máy tính. Một quảng cáo trên mạng mời cô làm nhân viên chăm sóc khách hàng ở nước khác với mức lương cao. Công ty sẽ cho cô bay đến một nước rồi chở cô qua biên giới bằng xe. Bước tiếp theo an toàn nhất là gì?
lesson-recruiter-deception-q3-a = Cứ đi, vì nhân viên văn phòng có tay nghề như cô không phải là người mà kẻ buôn người nhắm tới.
lesson-recruiter-deception-q3-a-why = Điều này không đúng. Người có kỹ năng công nghệ thông tin và học vấn tốt cũng là mục tiêu của các trung tâm lừa đảo.
lesson-recruiter-deception-q3-b = Kiểm tra công ty và công việc qua cơ quan chính thức, và hỏi một tổ chức đáng tin.
lesson-recruiter-deception-q3-b-why = Đúng vậy. Lời mời này giống với cách người ta bị đưa đến các trung tâm lừa đảo. Kiểm tra trước, và cho những người cô tin tưởng biết, có thể bảo vệ cô.
lesson-recruiter-deception-q3-c = Cứ đi, vì được chở bằng xe qua biên giới là cách bình thường để đến chỗ làm mới.
lesson-recruiter-deception-q3-c-why = Chưa đúng. Bay đến một nước rồi bị chở qua biên giới là cách nhiều người bị đưa vào các khu lừa đảo. Hãy kiểm tra trước khi cô lên đường.

lesson-recruiter-deception-q4 = Một người bạn quen trên mạng nói yêu bạn và sẽ đưa bạn ra nước ngoài để cưới và tìm việc. Bạn chưa bao giờ gặp người đó ngoài đời. Điều gì là đúng?
lesson-recruiter-deception-q4-a = Đó có thể là một cái bẫy: hãy hỏi người bạn tin trước khi quyết định.
lesson-recruiter-deception-q4-a-why = Đúng vậy. Lời hứa về tình yêu và cuộc sống ở nước ngoài từ một người bạn chỉ quen qua mạng là một dấu hiệu cảnh báo đã được biết đến. Hãy cẩn thận và xin lời khuyên.
lesson-recruiter-deception-q4-b = Nếu người đó tử tế và nhắn tin cho bạn suốt nhiều tháng thì tình yêu chắc chắn là thật.
lesson-recruiter-deception-q4-b-why = Điều này không đúng. Những tin nhắn ân cần có thể là một phần của mánh lừa. Kiểm tra trước khi đi là điều khôn ngoan.
lesson-recruiter-deception-q4-c = Hỏi về kế hoạch của họ là bất lịch sự và có thể làm mối quan hệ kết thúc.
lesson-recruiter-deception-q4-c-why = Chưa đúng hẳn. Đặt câu hỏi là khôn ngoan và bình thường. Người thật lòng quan tâm đến bạn sẽ không phiền lòng.

lesson-recruiter-deception-q5 = Một công ty tuyển dụng cho bạn xem giấy phép treo trên tường. Bạn nên làm gì thêm?
lesson-recruiter-deception-q5-a = Không cần làm gì thêm, vì giấy phép trên tường chứng tỏ mọi thứ đều ổn.
lesson-recruiter-deception-q5-a-why = Chưa đúng hẳn. Tờ giấy trên tường có thể là giả hoặc đã hết hạn. Hãy kiểm tra với cơ quan nhà nước có thẩm quyền.
lesson-recruiter-deception-q5-b = Đặt cọc một ít, vì đó là cách công ty môi giới giữ chỗ cho bạn.
lesson-recruiter-deception-q5-b-why = Điều này không đúng. Người lao động không nên phải trả phí để có việc làm. Trả tiền sớm cũng có thể là cách gài bẫy bạn bằng nợ.
lesson-recruiter-deception-q5-c = Kiểm tra giấy phép và công việc với cơ quan nhà nước.
lesson-recruiter-deception-q5-c-why = Đúng vậy. Công ty phải có giấy phép còn hiệu lực, và bản thân công việc phải có thật. Hãy kiểm tra cả hai trước khi ký hay trả bất kỳ khoản tiền nào.

## Your documents and your phone

lesson-documents-and-phone-title = Giấy tờ và điện thoại của bạn
lesson-documents-and-phone-summary = Hãy giữ hộ chiếu, giấy tờ tùy thân và điện thoại bên mình, và để gia đình biết bạn đang ở đâu.

lesson-documents-and-phone-documents-title = Tự giữ hộ chiếu và giấy tờ tùy thân
lesson-documents-and-phone-documents-body = Hộ chiếu và thẻ căn cước là của bạn. Đừng đưa cho người tuyển dụng, người môi giới hay chủ lao động giữ. Người khác có thể cần xem hoặc sao chụp, nhưng họ phải trả lại cho bạn ngay. Chủ lao động giữ giấy tờ của bạn là đang có một dấu hiệu cảnh báo của lao động cưỡng bức. Không có giấy tờ, bạn sẽ khó rời đi, khó đi lại hay khó xin giúp đỡ hơn nhiều.

lesson-documents-and-phone-copies-title = Để lại bản sao cho gia đình
lesson-documents-and-phone-copies-body = Trước khi đi, hãy sao chụp hộ chiếu và hợp đồng, kèm một tấm ảnh gần đây của bạn. Để lại những thứ này cho một người thân mà bạn tin tưởng. Hãy cho họ biết cả địa chỉ nơi bạn sẽ sống và làm việc. Nếu giấy tờ bị mất hoặc bị lấy, những bản sao này cho thấy bạn là ai và bạn đã đi đâu.

lesson-documents-and-phone-phone-title = Giữ điện thoại và các số quan trọng
lesson-documents-and-phone-phone-body = Hãy giữ điện thoại bên mình, và đừng đưa cho ai giữ hộ. Lưu các số quan trọng, như số của gia đình, của đại sứ quán hoặc lãnh sự quán và của một đường dây nóng, và viết chúng ra giấy nữa. Cất tờ giấy ở nơi an toàn, để riêng với điện thoại, vì điện thoại có thể bị mất, bị hỏng hoặc bị lấy. Hãy cho một người thân bạn tin tưởng biết bạn đang ở đâu, và gửi cho họ địa chỉ hoặc vị trí của bạn mỗi khi thay đổi. Nếu có người lấy điện thoại của bạn hoặc không cho bạn liên lạc với gia đình, đó là dấu hiệu cảnh báo.

lesson-documents-and-phone-q1 = Vào ngày đầu tiên, chủ lao động mới xin giữ hộ chiếu của bạn, nói là để cất giữ an toàn giúp bạn. Cách trả lời nào tốt nhất?
lesson-documents-and-phone-q1-a = Tự giữ lấy. Họ có thể xem hoặc sao chụp.
lesson-documents-and-phone-q1-a-why = Đúng vậy. Hộ chiếu là của bạn. Chủ lao động giữ giấy tờ của người lao động là đang có một dấu hiệu cảnh báo của lao động cưỡng bức.
lesson-documents-and-phone-q1-b = Cứ đưa: nhiều chủ vẫn giữ hộ chiếu, và để ở văn phòng của họ thì an toàn hơn.
lesson-documents-and-phone-q1-b-why = Điều này không đúng. Chủ lao động không nên giữ hộ chiếu của người lao động. Giữ giấy tờ của người lao động là một dấu hiệu của lao động cưỡng bức.
lesson-documents-and-phone-q1-c = Đưa cho họ, và xin lại khi hết hợp đồng.
lesson-documents-and-phone-q1-c-why = Chưa đúng hẳn. Không có hộ chiếu trong suốt thời gian hợp đồng, bạn sẽ khó rời đi hoặc khó xin giúp đỡ hơn nhiều nếu có chuyện không hay.

lesson-documents-and-phone-q2 = Vì sao nên để lại bản sao hộ chiếu và hợp đồng cho gia đình?
lesson-documents-and-phone-q2-a = Bản sao chẳng giúp được gì nhiều, vì chỉ hộ chiếu bản gốc mới có giá trị.
lesson-documents-and-phone-q2-a-why = Chưa đúng. Bản sao không phải hộ chiếu, nhưng giúp cho thấy bạn là ai và đã đi đâu nếu bản gốc bị mất hoặc bị lấy.
lesson-documents-and-phone-q2-b = Chủ yếu là để gia đình biết bạn sẽ kiếm được bao nhiêu tiền.
lesson-documents-and-phone-q2-b-why = Chưa đúng. Gia đình có thể muốn biết, nhưng lý do chính là có bằng chứng về việc bạn là ai và đã đi đâu.
lesson-documents-and-phone-q2-c = Để có bằng chứng bạn là ai và đã đi đâu.
lesson-documents-and-phone-q2-c-why = Đúng vậy. Nếu giấy tờ bị mất hoặc bị lấy, bản sao giúp chứng minh bạn là ai và giúp gia đình tìm bạn.

lesson-documents-and-phone-q3 = Min chỉ lưu tất cả các số điện thoại quan trọng trong điện thoại của mình. Điều này có thể gây ra vấn đề gì?
lesson-documents-and-phone-q3-a = Không sao: số của anh đã lưu trên mạng, nên có thể lấy lại trên bất kỳ điện thoại nào.
lesson-documents-and-phone-q3-a-why = Chưa đúng. Muốn lấy lại số thì cần điện thoại, mạng và mật khẩu, mà anh có thể không có. Bản ghi trên giấy thì không cần những thứ đó.
lesson-documents-and-phone-q3-b = Nếu mất hoặc bị lấy điện thoại, các số cũng mất theo.
lesson-documents-and-phone-q3-b-why = Đúng vậy. Các số viết trên giấy và cất ở nơi an toàn vẫn còn đó khi không còn điện thoại.
lesson-documents-and-phone-q3-c = Ghi số ra giấy là rủi ro, vì ai đó có thể tìm thấy tờ giấy.
lesson-documents-and-phone-q3-c-why = Điều này không đúng. Một bản ghi trên giấy cất ở nơi an toàn là cách dự phòng tốt nếu mất điện thoại.

lesson-documents-and-phone-q4 = Một người quản lý thu hết điện thoại của người lao động và mỗi tháng chỉ trả lại một lần. Người lao động không thể gọi cho gia đình. Điều này cho thấy gì?
lesson-documents-and-phone-q4-a = Đó là quy định bình thường, để người lao động tập trung và không bị phân tâm khi làm việc.
lesson-documents-and-phone-q4-a-why = Điều này không đúng. Thu điện thoại nhiều tuần liền và không cho gọi về gia đình không phải là nội quy làm việc bình thường. Việc đó cắt đứt người lao động khỏi sự giúp đỡ.
lesson-documents-and-phone-q4-b = Chỉ là dấu hiệu cảnh báo nếu người giám sát làm hỏng hoặc làm mất điện thoại.
lesson-documents-and-phone-q4-b-why = Chưa đúng. Điện thoại có được cất cẩn thận hay không không quan trọng. Điều quan trọng là người lao động không thể liên lạc với ai.
lesson-documents-and-phone-q4-c = Dấu hiệu cảnh báo: cách ly người lao động với người khác là một cách kiểm soát họ.
lesson-documents-and-phone-q4-c-why = Đúng vậy. Sự cô lập, tức là tách một người khỏi những người khác, là một trong những dấu hiệu lao động cưỡng bức theo ILO.

lesson-documents-and-phone-q5 = Bạn vừa chuyển đến một nơi mới để làm việc. Bạn nên làm gì?
lesson-documents-and-phone-q5-a = Gửi địa chỉ mới cho người nhà bạn tin tưởng.
lesson-documents-and-phone-q5-a-why = Đúng vậy. Nếu gia đình biết bạn ở đâu, họ sẽ dễ giúp bạn hơn, hoặc dễ nhờ người khác giúp hơn.
lesson-documents-and-phone-q5-b = Đợi đến khi ổn định và chắc chắn về công việc rồi mới cho ai biết bạn sống ở đâu.
lesson-documents-and-phone-q5-b-why = Chưa đúng hẳn. Gia đình nên biết bạn ở đâu ngay từ đầu, không phải sau một thời gian dài.
lesson-documents-and-phone-q5-c = Giữ kín địa chỉ, kể cả với gia đình, để không ai tìm được bạn.
lesson-documents-and-phone-q5-c-why = Điều này không đúng. Giữ bí mật địa chỉ với gia đình khiến người khác khó giúp bạn hơn.

## Debt and fees

lesson-debt-and-fees-title = Nợ nần và phí
lesson-debt-and-fees-summary = Người lao động không nên phải trả tiền để có việc làm, và không ai được dùng nợ để kiểm soát bạn.

lesson-debt-and-fees-zero-fee-title = Bạn không nên phải trả tiền để có việc làm
lesson-debt-and-fees-zero-fee-body = Trong các nguyên tắc tuyển dụng công bằng, Tổ chức Lao động Quốc tế (ILO) nói rằng người lao động không nên phải trả bất kỳ khoản phí hay chi phí nào để được tuyển dụng. Điều này gọi là nguyên tắc không thu phí. Nguyên tắc này áp dụng cho cả các khoản phí đòi công khai và các khoản phí giấu trong những chi phí khác. Một số nước cho phép thu một mức phí giới hạn theo luật, nhưng một khoản phí lớn, hoặc cao hơn mức luật cho phép, là dấu hiệu cảnh báo. Hãy hỏi cơ quan quản lý lao động của nước bạn hoặc một tổ chức hỗ trợ người di cư trước khi trả bất kỳ khoản tiền nào.

lesson-debt-and-fees-debt-title = Khi nợ bị dùng để kiểm soát bạn
lesson-debt-and-fees-debt-body = Một số người tuyển dụng và người môi giới cho vay tiền để đi lại và trả phí, hoặc tặng quà, rồi sau đó nói rằng người lao động phải làm việc cho đến khi trả hết nợ. Đôi khi khoản nợ cứ tăng lên mãi, nên người lao động không bao giờ trả hết được. Dùng nợ để ngăn một người rời đi được gọi là trói buộc bằng nợ. Trói buộc bằng nợ là một trong những dấu hiệu lao động cưỡng bức theo ILO. Đừng nhận tiền vay hay quà tặng từ người tuyển dụng hoặc người môi giới.

lesson-debt-and-fees-contract-and-pay-title = Hợp đồng và tiền lương của bạn
lesson-debt-and-fees-contract-and-pay-body = Trước khi đi, hãy lấy một bản hợp đồng bằng văn bản, viết bằng ngôn ngữ bạn hiểu, và tự giữ một bản có chữ ký. Hãy đọc kỹ, và kiểm tra công việc, tiền lương và giờ làm. Đừng ký bất cứ thứ gì bạn không hiểu hoặc không đồng ý. Nếu có thể, hãy nhận lương qua tài khoản ngân hàng đứng tên bạn, và tự giữ thẻ ngân hàng của mình.

lesson-debt-and-fees-q1 = Một người tuyển dụng nói bạn phải trả một khoản tiền bằng ba tháng lương trước khi đi. Điều này cho bạn biết gì?
lesson-debt-and-fees-q1-a = Trả phí cho người môi giới là bình thường, và phí càng cao thì việc càng tốt.
lesson-debt-and-fees-q1-a-why = Điều này không đúng. Phí cao không có nghĩa là việc tốt. Phí lớn có thể khiến bạn mắc nợ trước cả khi bắt đầu làm việc.
lesson-debt-and-fees-q1-b = Dấu hiệu cảnh báo: người lao động không nên phải trả tiền để được tuyển.
lesson-debt-and-fees-q1-b-why = Đúng vậy. Người lao động không nên phải trả phí tuyển dụng. Hãy hỏi cơ quan quản lý lao động của nước bạn trước khi trả bất kỳ khoản tiền nào.
lesson-debt-and-fees-q1-c = Chỉ là dấu hiệu cảnh báo nếu người môi giới không đưa biên lai nhận tiền.
lesson-debt-and-fees-q1-c-why = Chưa đúng hẳn. Biên lai có ích, nhưng nó không làm cho một khoản phí lớn trở nên công bằng. Chính khoản phí đó mới là dấu hiệu cảnh báo.

lesson-debt-and-fees-q2 = Một người môi giới đề nghị cho bạn vay tiền để trả phí và đi lại. Bạn có thể trả lại sau bằng tiền lương. Rủi ro là gì?
lesson-debt-and-fees-q2-a = Ít rủi ro thôi, vì trả dần từ lương sau này sẽ dễ hơn cho bạn.
lesson-debt-and-fees-q2-a-why = Chưa đúng. Trả sau có vẻ dễ hơn, nhưng khoản vay từ người môi giới có thể bị dùng để kiểm soát bạn về sau. Đừng nhận tiền vay từ người môi giới.
lesson-debt-and-fees-q2-b = Rủi ro duy nhất là chút tiền lãi, điều bình thường với mọi khoản vay.
lesson-debt-and-fees-q2-b-why = Điều này không đúng. Rủi ro lớn hơn là khoản nợ giữ chân bạn ở một công việc mà bạn không thể bỏ.
lesson-debt-and-fees-q2-c = Khoản nợ có thể bị dùng để không cho bạn nghỉ việc.
lesson-debt-and-fees-q2-c-why = Đúng vậy. Khoản nợ với người môi giới hoặc chủ lao động có thể bị dùng để buộc bạn tiếp tục làm việc. Điều này gọi là trói buộc bằng nợ.

lesson-debt-and-fees-q3 = Bạn được đưa một bản hợp đồng chỉ viết bằng ngôn ngữ bạn không đọc được. Người môi giới nói đó là hợp đồng bình thường và bạn cứ ký đi. Bạn nên làm gì?
lesson-debt-and-fees-q3-a = Đừng ký vội. Hãy xin bản bằng ngôn ngữ bạn hiểu.
lesson-debt-and-fees-q3-a-why = Đúng vậy. Bạn có quyền biết mình đang đồng ý với điều gì. Đừng bao giờ ký thứ bạn không đọc được hoặc không đồng ý.
lesson-debt-and-fees-q3-b = Cứ ký: người môi giới đã làm việc này nhiều lần và biết đây là hợp đồng bình thường.
lesson-debt-and-fees-q3-b-why = Chưa đúng hẳn. Đừng để ai hối thúc bạn. Một chủ lao động công bằng sẽ cho bạn thời gian để hiểu hợp đồng.
lesson-debt-and-fees-q3-c = Ký ngay, rồi nhờ chủ lao động giải thích sau khi đến nơi.
lesson-debt-and-fees-q3-c-why = Điều này không đúng. Sau khi đến nơi, thay đổi bất cứ điều gì cũng khó hơn nhiều. Hãy hiểu rõ hợp đồng trước khi ký.

lesson-debt-and-fees-q4 = Chủ lao động muốn đưa lương của bạn bằng tiền mặt cho người quản lý giữ hộ bạn. Cách nào tốt hơn?
lesson-debt-and-fees-q4-a = Đồng ý, vì người giám sát hiểu đất nước này và có thể giữ tiền an toàn hơn.
lesson-debt-and-fees-q4-a-why = Chưa đúng hẳn. Tiền lương là của bạn. Nếu người khác giữ, họ có thể không đưa cho bạn.
lesson-debt-and-fees-q4-b = Đề nghị trả lương vào tài khoản ngân hàng đứng tên bạn.
lesson-debt-and-fees-q4-b-why = Đúng vậy. Khi lương vào tài khoản ngân hàng của chính bạn, bạn tự quản lý tiền của mình. Giữ lại tiền lương là một trong những dấu hiệu lao động cưỡng bức theo ILO.
lesson-debt-and-fees-q4-c = Đồng ý, rồi xin nhận hết tiền vào cuối hợp đồng, như vậy dễ tiết kiệm.
lesson-debt-and-fees-q4-c-why = Điều này không đúng. Nếu lương bị giữ đến cuối hợp đồng, có thể bạn sẽ không bao giờ nhận được, và việc rời đi sẽ khó hơn.

lesson-debt-and-fees-q5 = Trước khi Nur rời nhà, người môi giới tặng cô một chiếc điện thoại mới. Giờ người đó nói cô nợ rất nhiều tiền vì chiếc điện thoại và các chi phí khác, và cô không được đổi việc cho đến khi trả hết. Đây là gì?
lesson-debt-and-fees-q5-a = Trói buộc bằng nợ: khoản nợ bị dùng để ngăn cô rời đi.
lesson-debt-and-fees-q5-a-why = Đúng vậy. Một món quà biến thành khoản nợ, và khoản nợ ngăn cô rời đi, đều là dấu hiệu của lao động cưỡng bức. Nur có thể xin giúp đỡ.
lesson-debt-and-fees-q5-b = Công bằng thôi: cô đã dùng điện thoại, nên phải trả tiền trước khi rời đi.
lesson-debt-and-fees-q5-b-why = Chưa đúng hẳn. Một món quà thật sự thì không cần trả lại. Biến quà thành nợ là một mánh để kiểm soát người lao động.
lesson-debt-and-fees-q5-c = Thỏa thuận tồi, nhưng cô đã nhận điện thoại nên phải làm cho đến khi trả xong.
lesson-debt-and-fees-q5-c-why = Điều này không đúng. Nur không có lỗi. Người dùng nợ để kiểm soát cô mới là người làm sai.
