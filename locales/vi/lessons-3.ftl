# Waymark — các phần thêm của bài 5 và 6, và bài 9–12 (tiếng Việt, bản dịch máy chưa được duyệt).

## Your rights at work (added sections)

lesson-rights-at-work-deductions-and-days-off-title = Khấu trừ lương và ngày nghỉ
lesson-rights-at-work-deductions-and-days-off-body = Chủ chỉ được trừ tiền lương của bạn cho những khoản mà luật hoặc hợp đồng cho phép, như thuế hay bảo hiểm xã hội, và phải cho bạn biết mỗi khoản trừ để làm gì. Những khoản bạn chưa từng đồng ý, ví dụ tiền nhà, tiền ăn, dụng cụ hay phí tuyển dụng, là không công bằng. Mỗi lần nhận lương, hãy xin phiếu lương và giữ lại. Mỗi tuần bạn nên có ít nhất một ngày nghỉ trọn vẹn, và bạn có thể ra ngoài nơi làm việc trong ngày đó.
lesson-rights-at-work-permits-and-status-title = Giấy phép lao động, và quyền của bạn khi không có giấy tờ
lesson-rights-at-work-permits-and-status-body = Giấy phép hoặc thị thực lao động cho phép bạn làm việc hợp pháp, thường chỉ cho một công việc hoặc một chủ. Hãy tìm hiểu giấy phép cho phép những gì, khi nào hết hạn và ai phải gia hạn, và giữ một bản sao. Nếu bạn mất tư cách hợp pháp, ví dụ vì chủ không gia hạn giấy phép hoặc vì bạn bỏ một công việc bị ngược đãi, bạn vẫn có quyền: được trả lương cho công việc đã làm, được an toàn trước bạo lực, và được xin giúp đỡ. Ở một số nước, người lao động không có giấy tờ có thể bị tạm giữ, vì vậy hãy hỏi đường dây nóng hoặc một tổ chức hỗ trợ về các lựa chọn của bạn trước.

## Online grooming and sextortion (added section)

lesson-online-grooming-exploitation-and-harassment-title = Bóc lột và quấy rối tình dục
lesson-online-grooming-exploitation-and-harassment-body = Bóc lột tình dục là khi ai đó dùng một người khác cho tình dục hoặc ảnh tình dục để kiếm tiền hay được lợi, thường bằng nợ, đe dọa hoặc lừa dối. Khi người đó là trẻ em dưới 18 tuổi, đó luôn là bóc lột, kể cả khi đứa trẻ có vẻ đồng ý. Quấy rối tình dục là lời nói, đụng chạm hay đòi hỏi tình dục không mong muốn, ví dụ một người chủ đòi quan hệ để đổi lấy việc làm hoặc tiền lương. Đó không bao giờ là lỗi của người bị hại. Hãy ghi lại chuyện gì đã xảy ra và khi nào, kể với người bạn tin, và liên hệ một dịch vụ trong danh bạ.

## Smuggling is not trafficking

lesson-smuggling-or-trafficking-title = Đưa người trái phép hay mua bán người?
lesson-smuggling-or-trafficking-summary = Tìm hiểu sự khác nhau giữa được đưa qua biên giới trái phép và bị mua bán, và vì sao quy định khác đi với trẻ em.

lesson-smuggling-or-trafficking-smuggling-title = Đưa người trái phép là gì
lesson-smuggling-or-trafficking-smuggling-body = Đưa người di cư trái phép là giúp một người vượt biên giới khi không được phép, để lấy tiền. Người đó thường đồng ý, và thỏa thuận thường kết thúc sau khi qua biên giới. Việc này rất nguy hiểm: có người chết trên thuyền, trong xe tải hay trong rừng. Người vượt biên không có giấy tờ có thể gặp rắc rối với luật xuất nhập cảnh, nhưng tội đưa người trái phép là của kẻ đưa người.

lesson-smuggling-or-trafficking-difference-title = Điều gì làm nó thành mua bán người
lesson-smuggling-or-trafficking-difference-body = Mua bán người là chuyện bóc lột: ai đó dùng lừa dối, vũ lực, đe dọa, nợ nần hay hoàn cảnh khó khăn của một người để kiểm soát họ và kiếm lời từ sức lao động hay thân thể của họ. Mua bán người không cần biên giới; nó có thể xảy ra trong một nước. Đưa người trái phép có thể biến thành mua bán người, ví dụ khi kẻ đưa người nói giá đã tăng và người kia phải làm việc, không được tự do rời đi, cho đến khi trả hết. Sự đồng ý ban đầu không có giá trị khi nó có được nhờ lừa dối hay đe dọa.

lesson-smuggling-or-trafficking-children-title = Với trẻ em, không cần vũ lực hay lừa dối
lesson-smuggling-or-trafficking-children-body = Trẻ em là bất kỳ ai dưới 18 tuổi. Nếu một đứa trẻ bị tuyển, đưa đi, giao lại hoặc tiếp nhận để ai đó bóc lột, đó là mua bán người, kể cả khi không ai dùng vũ lực, đe dọa hay lừa dối, và kể cả khi đứa trẻ hoặc cha mẹ đã đồng ý. Ví dụ, một em 16 tuổi được đưa lên thành phố làm ca đêm ở quán karaoke là nạn nhân mua bán người, dù em tự nguyện đi. Đây là quy định của Nghị định thư của Liên Hợp Quốc về mua bán người.

lesson-smuggling-or-trafficking-q1 = Sok trả tiền cho một người đàn ông để được đưa qua biên giới không có giấy tờ. Sang bên kia, người đó bỏ đi, và Sok tự tìm được việc. Đây nhiều khả năng là gì?
lesson-smuggling-or-trafficking-q1-a = Mua bán người, vì anh ấy vượt biên không có giấy tờ.
lesson-smuggling-or-trafficking-q1-a-why = Chưa đúng. Vượt biên không có giấy tờ chưa đủ để là mua bán người. Mua bán người cần có bóc lột, và sau biên giới không ai kiểm soát Sok.
lesson-smuggling-or-trafficking-q1-b = Không có gì trái luật, vì Sok đã đồng ý và trả tiền.
lesson-smuggling-or-trafficking-q1-b-why = Chưa đúng. Trả tiền để được đưa qua biên giới không phép là đưa người trái phép, và nó nguy hiểm, kể cả khi người đó đồng ý.
lesson-smuggling-or-trafficking-q1-c = Đưa người trái phép: thỏa thuận kết thúc ở biên giới và Sok được tự do.
lesson-smuggling-or-trafficking-q1-c-why = Đúng. Sok được giúp qua biên giới để lấy tiền, và sau đó không ai bóc lột hay kiểm soát anh. Đó là đưa người trái phép, không phải mua bán người.

lesson-smuggling-or-trafficking-q2 = Sau khi qua biên giới, kẻ đưa người nói với Lin rằng giờ cô nợ gấp ba lần giá và phải làm ở một nhà máy, không được ra ngoài, cho đến khi trả hết. Chuyện gì đã xảy ra?
lesson-smuggling-or-trafficking-q2-a = Việc đưa người trái phép đã thành mua bán người, vì một khoản nợ được dùng để giữ cô.
lesson-smuggling-or-trafficking-q2-a-why = Đúng. Khoản nợ bỗng tăng lên và ngăn cô rời đi là nợ khổ sai, một dấu hiệu của lao động cưỡng bức. Lin đang bị mua bán và có quyền được giúp đỡ.
lesson-smuggling-or-trafficking-q2-b = Vẫn chỉ là đưa người trái phép, vì cô đã đồng ý vượt biên.
lesson-smuggling-or-trafficking-q2-b-why = Chưa đúng. Cô đồng ý được đưa qua biên giới, chứ không đồng ý bị nhốt và bị ép làm việc. Sự đồng ý đó không bao gồm những gì đang xảy ra.
lesson-smuggling-or-trafficking-q2-c = Đó là một khoản nợ làm ăn, nên cô phải trả hết rồi mới được nhờ ai giúp đỡ.
lesson-smuggling-or-trafficking-q2-c-why = Không đúng. Không khoản nợ nào cho ai quyền ép một người làm việc hay nhốt họ lại. Cô có thể xin giúp đỡ ngay bây giờ.

lesson-smuggling-or-trafficking-q3 = Một em gái 16 tuổi đồng ý đi cùng một người quen của gia đình lên thành phố làm đêm ở quán karaoke. Không ai đe dọa em. Đây có phải là mua bán người không?
lesson-smuggling-or-trafficking-q3-a = Không, vì em đồng ý đi, và không ai ép buộc hay lừa em.
lesson-smuggling-or-trafficking-q3-a-why = Nhiều người nghĩ vậy, nhưng với trẻ em quy định khác. Khi một đứa trẻ bị đưa đi để bóc lột, không cần vũ lực hay lừa dối thì đó vẫn là mua bán người.
lesson-smuggling-or-trafficking-q3-b = Có. Em là trẻ em, và em đang bị đưa đi để bị bóc lột.
lesson-smuggling-or-trafficking-q3-b-why = Đúng. Em dưới 18 tuổi và bị đưa đến làm ở nơi em có thể bị bóc lột. Đó là mua bán người, dù em tự nguyện đi.
lesson-smuggling-or-trafficking-q3-c = Chỉ khi em bị đưa sang nước khác.
lesson-smuggling-or-trafficking-q3-c-why = Chưa đúng. Mua bán người không cần biên giới. Đưa một đứa trẻ sang thị trấn khác để bóc lột cũng là mua bán người.

lesson-smuggling-or-trafficking-q4 = Mua bán người có luôn có nghĩa là vượt biên giới không?
lesson-smuggling-or-trafficking-q4-a = Có. Mua bán người là đưa một người sang nước khác.
lesson-smuggling-or-trafficking-q4-a-why = Chưa đúng. Vượt biên là một phần của đưa người trái phép, còn mua bán người là chuyện bóc lột, ở bất cứ đâu.
lesson-smuggling-or-trafficking-q4-b = Không, nhưng mua bán người trong nước ít nghiêm trọng hơn nhiều.
lesson-smuggling-or-trafficking-q4-b-why = Không đúng. Người bị bóc lột ngay trong nước mình chịu tổn hại như vậy và có cùng quyền được giúp đỡ.
lesson-smuggling-or-trafficking-q4-c = Không. Nó cũng có thể xảy ra trong một nước.
lesson-smuggling-or-trafficking-q4-c-why = Đúng. Mua bán người có thể xảy ra ở quê của một người hay ở một thành phố trong nước, không cần biên giới nào.

lesson-smuggling-or-trafficking-q5 = Một người đàn ông được đưa vào một nước trái phép, không giấy tờ, và giờ đang bị ép làm việc. Điều gì là đúng?
lesson-smuggling-or-trafficking-q5-a = Anh có thể là nạn nhân mua bán người, và vẫn có thể xin giúp đỡ.
lesson-smuggling-or-trafficking-q5-a-why = Đúng. Cách anh vào nước đó không lấy đi quyền của anh. Anh có thể liên hệ đường dây nóng hoặc một tổ chức hỗ trợ để hỏi về các lựa chọn.
lesson-smuggling-or-trafficking-q5-b = Anh không thể xin giúp đỡ, vì anh đã vào nước đó không có giấy tờ.
lesson-smuggling-or-trafficking-q5-b-why = Đây là nỗi sợ phổ biến, nhưng không đúng. Người không có giấy tờ cũng được bảo vệ trước lao động cưỡng bức, và nhiều dịch vụ giúp đỡ họ.
lesson-smuggling-or-trafficking-q5-c = Anh phải về nước trước, rồi mới được trình báo chuyện đã xảy ra.
lesson-smuggling-or-trafficking-q5-c-why = Chưa đúng. Anh có thể xin giúp đỡ ngay tại nơi đang ở. Các dịch vụ hỗ trợ cũng có thể giúp anh về nhà an toàn nếu anh muốn.

## Forced and brokered marriage

lesson-forced-marriage-title = Hôn nhân cưỡng ép và hôn nhân qua môi giới
lesson-forced-marriage-summary = Tìm hiểu hôn nhân cưỡng ép là gì, các dấu hiệu cảnh báo khi một người môi giới sắp xếp hôn nhân ở nước ngoài, và cách tìm giúp đỡ.

lesson-forced-marriage-forced-title = Khi một người không thể nói không
lesson-forced-marriage-forced-body = Hôn nhân cưỡng ép là cuộc hôn nhân mà một người không thể tự do từ chối, vì bị đe dọa, gây sức ép, bạo lực hoặc vì một thỏa thuận do người khác đặt ra. Nó có thể xảy ra với phụ nữ và nam giới, trẻ em gái và trẻ em trai. ILO coi hôn nhân cưỡng ép là một hình thức nô lệ hiện đại. Trẻ em dưới 18 tuổi không thể đồng ý kết hôn một cách đầy đủ và tự do, nên tảo hôn luôn là một tổn hại nghiêm trọng, và nhiều nước cấm việc này.

lesson-forced-marriage-brokered-title = Hôn nhân do người môi giới sắp xếp
lesson-forced-marriage-brokered-body = Một số người môi giới đề nghị tìm chồng hoặc vợ ở nước khác, thường kèm tiền cho gia đình. Có những cuộc hôn nhân như vậy là thật lòng, nhưng có những cuộc được dùng để mua bán phụ nữ và trẻ em gái. Cô dâu bị đưa đi xa, không biết tiếng, bị lấy giấy tờ, và bị ép làm việc, ép sinh con hoặc ép ở lại. Dấu hiệu cảnh báo là người môi giới trả tiền cho gia đình, đám cưới được sắp xếp trong vài ngày, người bạn đời chưa từng gặp, lời hứa về cuộc sống giàu sang, và giấy tờ bằng ngôn ngữ bạn không đọc được.

lesson-forced-marriage-help-title = Lựa chọn của bạn, và nơi tìm giúp đỡ
lesson-forced-marriage-help-body = Bạn có quyền tự chọn có kết hôn hay không, khi nào và với ai. Nếu bạn hoặc bạn bè bị ép kết hôn, hãy nói với người bạn tin, như thầy cô, người thân hay nhân viên xã hội, hoặc liên hệ một dịch vụ trong danh bạ. Nếu bạn đã kết hôn và đang bị kiểm soát, hãy giữ bản sao giấy tờ và danh sách số điện thoại trên giấy. Kết hôn không lấy đi quyền của bạn: đại sứ quán và các đường dây nóng cũng có thể giúp bạn.

lesson-forced-marriage-q1 = Bố mẹ Nang đã thỏa thuận với một người môi giới rằng cô sẽ lấy một người đàn ông ở nước ngoài mà cô chưa từng gặp. Người môi giới sẽ trả tiền cho gia đình. Nang không muốn lấy anh ta. Điều gì là đúng?
lesson-forced-marriage-q1-a = Cô phải chấp nhận, vì bố mẹ đã đồng ý và gia đình đã nhận tiền rồi.
lesson-forced-marriage-q1-a-why = Chưa đúng. Không ai có thể đồng ý kết hôn thay cho người khác. Tiền trả cho gia đình không lấy đi quyền từ chối của Nang.
lesson-forced-marriage-q1-b = Đó là hôn nhân cưỡng ép; cô có thể từ chối và xin giúp đỡ.
lesson-forced-marriage-q1-b-why = Đúng. Hôn nhân cần sự đồng ý tự do của cả hai người. Nang có thể nói với người cô tin hoặc liên hệ một dịch vụ trong danh bạ.
lesson-forced-marriage-q1-c = Chỉ có vấn đề nếu sau này người chồng đối xử tệ với cô.
lesson-forced-marriage-q1-c-why = Chưa đúng. Vấn đề bắt đầu ngay bây giờ: cô đang bị ép vào một cuộc hôn nhân cô không muốn, do một người môi giới trả tiền cho gia đình sắp xếp.

lesson-forced-marriage-q2 = Điều nào sau đây là dấu hiệu cảnh báo rằng cuộc hôn nhân qua môi giới có thể là mua bán người?
lesson-forced-marriage-q2-a = Người môi giới trả tiền cho gia đình và giục cưới gấp.
lesson-forced-marriage-q2-a-why = Đúng. Tiền trả cho gia đình và đám cưới vội vàng là dấu hiệu cảnh báo. Chúng không để lại thời gian kiểm tra người kia thật sự là ai.
lesson-forced-marriage-q2-b = Người chồng sống và làm việc ở nước khác, xa gia đình cô.
lesson-forced-marriage-q2-b-why = Tự nó thì chưa phải. Nhiều cặp vợ chồng thật lòng sống ở hai nước. Dấu hiệu cảnh báo liên quan đến tiền, sự vội vàng, giữ bí mật và kiểm soát.
lesson-forced-marriage-q2-c = Hai vợ chồng sẽ sống cùng bố mẹ chồng.
lesson-forced-marriage-q2-c-why = Tự nó thì chưa phải. Sống cùng gia đình là chuyện phổ biến ở nhiều nơi. Nó đáng lo nếu cô bị giữ trong nhà, hoặc bị lấy giấy tờ hay điện thoại.

lesson-forced-marriage-q3 = Một em gái 15 tuổi nói em sắp lấy chồng, vì gia đình đã sắp xếp và em đã đồng ý. Chúng ta nên hiểu điều gì?
lesson-forced-marriage-q3-a = Vì chính em đã đồng ý, đó là lựa chọn tự do của em.
lesson-forced-marriage-q3-a-why = Chưa đúng. Trẻ em không thể đồng ý kết hôn một cách đầy đủ và tự do. Lời đồng ý của em không làm cuộc hôn nhân an toàn cho em.
lesson-forced-marriage-q3-b = Có thể chấp nhận được nếu lấy chồng sớm là phong tục lâu đời ở làng em.
lesson-forced-marriage-q3-b-why = Chưa đúng. Phong tục không làm tổn hại nhỏ đi. Tảo hôn lấy đi việc học, sức khỏe và quyền lựa chọn, và nhiều nước cấm việc này.
lesson-forced-marriage-q3-c = Em là trẻ em, nên không thể tự do đồng ý; em có thể được giúp đỡ.
lesson-forced-marriage-q3-c-why = Đúng. Em dưới 18 tuổi. Một người lớn đáng tin, thầy cô hoặc một dịch vụ trong danh bạ có thể giúp em và gia đình em.

lesson-forced-marriage-q4 = Mai lấy chồng qua môi giới và chuyển ra nước ngoài. Gia đình chồng giữ hộ chiếu của cô và không cho cô ra ngoài một mình. Cô có thể làm gì?
lesson-forced-marriage-q4-a = Nhờ đại sứ quán hoặc đường dây nóng giúp; kết hôn không lấy đi quyền của cô.
lesson-forced-marriage-q4-a-why = Đúng. Bị giữ hộ chiếu và không được ra ngoài là dấu hiệu bị kiểm soát. Đại sứ quán và các đường dây nóng cũng giúp người đã kết hôn.
lesson-forced-marriage-q4-b = Không làm gì được, vì vợ phải nghe lời gia đình chồng và ở nhà.
lesson-forced-marriage-q4-b-why = Không đúng. Hôn nhân không cho ai quyền giữ giấy tờ của cô hay nhốt cô lại.
lesson-forced-marriage-q4-c = Chờ đến khi có con, vì khi đó gia đình sẽ tin cô hơn.
lesson-forced-marriage-q4-c-why = Chưa đúng. Chờ đợi có thể khiến việc rời đi khó hơn. Cô có thể lặng lẽ xin giúp đỡ ngay khi an toàn.

lesson-forced-marriage-q5 = Ai có thể bị ép kết hôn?
lesson-forced-marriage-q5-a = Chỉ các em gái con nhà nghèo ở nông thôn.
lesson-forced-marriage-q5-a-why = Chưa đúng. Nghèo đói làm tăng nguy cơ, nhưng hôn nhân cưỡng ép cũng xảy ra ở những gia đình không nghèo.
lesson-forced-marriage-q5-b = Phụ nữ và nam giới, trẻ em gái và trẻ em trai, từ mọi gia đình.
lesson-forced-marriage-q5-b-why = Đúng. Ai cũng có thể bị ép vào một cuộc hôn nhân họ không muốn, và ai cũng có quyền từ chối.
lesson-forced-marriage-q5-c = Chỉ những người bị đưa sang nước khác.
lesson-forced-marriage-q5-c-why = Chưa đúng. Nhiều cuộc hôn nhân cưỡng ép xảy ra ngay trong một nước, thậm chí trong cùng một làng.

## Domestic work and fishing

lesson-domestic-work-and-fishing-title = Giúp việc gia đình và nghề cá
lesson-domestic-work-and-fishing-summary = Tìm hiểu các rủi ro khi làm việc trong nhà riêng hoặc trên tàu cá, và các tiêu chuẩn mà những người lao động này có thể đòi hỏi.

lesson-domestic-work-and-fishing-domestic-title = Làm việc trong nhà riêng
lesson-domestic-work-and-fishing-domestic-body = Người giúp việc gia đình dọn dẹp, nấu ăn và chăm sóc trẻ em hay người già trong nhà riêng. Vì công việc diễn ra sau cánh cửa đóng kín, người ngoài khó thấy được việc ngược đãi. Công ước của ILO về lao động giúp việc gia đình nói rằng người giúp việc tự giữ hộ chiếu và căn cước, được nghỉ ít nhất 24 giờ liên tục mỗi tuần, không bắt buộc phải ở trong nhà khi nghỉ, và phải được biết điều kiện làm việc, nếu có thể thì bằng hợp đồng văn bản. Không phải nước nào cũng đã phê chuẩn, nhưng đây là những tiêu chuẩn công bằng để đòi hỏi.

lesson-domestic-work-and-fishing-fishing-title = Làm việc trên tàu cá
lesson-domestic-work-and-fishing-fishing-body = Làm việc trên tàu cá có thể là nhiều tháng trên biển, xa mọi sự giúp đỡ. Dấu hiệu cảnh báo là người môi giới không nói được tên tàu, cảng hay chuyến đi kéo dài bao lâu; không có thỏa thuận làm việc bằng văn bản; lương bị giữ đến cuối chuyến; thuyền trưởng giữ giấy tờ; và bị chuyển từ tàu này sang tàu khác trên biển. Công ước của ILO về lao động trong nghề cá yêu cầu có thỏa thuận làm việc bằng văn bản, ít nhất 10 giờ nghỉ trong mỗi 24 giờ ở các chuyến dài, và quyền được đưa về nước.

lesson-domestic-work-and-fishing-both-title = Giữ liên lạc
lesson-domestic-work-and-fishing-both-body = Ở cả hai công việc, hãy tự giữ giấy tờ, một bản sao hợp đồng và danh sách số điện thoại trên giấy. Cho gia đình biết tên chủ và địa chỉ, hoặc tên tàu và cảng của tàu. Thỏa thuận với gia đình bao lâu bạn sẽ gọi một lần. Nếu gia đình không liên lạc được với bạn trong thời gian dài, họ có thể hỏi ý kiến một đường dây nóng.

lesson-domestic-work-and-fishing-q1 = Chủ nhà nói người giúp việc không có ngày nghỉ, vì họ sống trong nhà. Điều gì là đúng?
lesson-domestic-work-and-fishing-q1-a = Đúng vậy, vì sống trong nhà nghĩa là lúc nào cũng phải làm việc.
lesson-domestic-work-and-fishing-q1-a-why = Chưa đúng. Sống trong nhà không có nghĩa là làm việc suốt ngày đêm. Người giúp việc cũng cần nghỉ ngơi.
lesson-domestic-work-and-fishing-q1-b = Bạn chỉ được nghỉ hằng tuần sau khi làm đủ một năm.
lesson-domestic-work-and-fishing-q1-b-why = Chưa đúng. Nghỉ hằng tuần là cho mọi tuần, ngay từ đầu. Nghỉ phép năm là một quyền khác.
lesson-domestic-work-and-fishing-q1-c = Mỗi tuần bạn nên được nghỉ 24 giờ liên tục.
lesson-domestic-work-and-fishing-q1-c-why = Đúng. Tiêu chuẩn của ILO là ít nhất 24 giờ nghỉ liên tục mỗi tuần, và bạn không bắt buộc phải ở trong nhà khi nghỉ.

lesson-domestic-work-and-fishing-q2 = Một người môi giới mời làm trên tàu cá nhưng không nói được tên tàu, cảng hay chuyến đi kéo dài bao lâu. Điều này cho thấy gì?
lesson-domestic-work-and-fishing-q2-a = Chuyện bình thường, vì tàu cá lúc nào cũng thay đổi kế hoạch.
lesson-domestic-work-and-fishing-q2-a-why = Chưa đúng. Kế hoạch trên biển có thể thay đổi, nhưng người môi giới trung thực biết công việc là trên tàu nào, ở cảng nào.
lesson-domestic-work-and-fishing-q2-b = Đó là dấu hiệu cảnh báo; hãy xin các thông tin đó bằng văn bản trước.
lesson-domestic-work-and-fishing-q2-b-why = Đúng. Không có tên tàu và cảng thì không ai tìm được bạn hay kiểm tra được công việc. Hãy xin thông tin và thỏa thuận làm việc bằng văn bản trước khi đi.
lesson-domestic-work-and-fishing-q2-c = Không sao nếu lương đủ cao.
lesson-domestic-work-and-fishing-q2-c-why = Chưa đúng. Lương cao mà thiếu thông tin là lý do để kiểm tra kỹ hơn, chứ không phải bớt đi.

lesson-domestic-work-and-fishing-q3 = Thuyền trưởng nói sẽ giữ hộ chiếu của ngư dân và trả lương cho mọi người vào cuối chuyến. Ngư dân nên biết điều gì?
lesson-domestic-work-and-fishing-q3-a = Bị giữ hộ chiếu và giữ lương là dấu hiệu lao động cưỡng bức.
lesson-domestic-work-and-fishing-q3-a-why = Đúng. Cả hai đều nằm trong danh sách dấu hiệu lao động cưỡng bức của ILO. Cùng nhau, chúng khiến ngư dân rất khó rời đi.
lesson-domestic-work-and-fishing-q3-b = Thuyền trưởng phải giữ hộ chiếu khi ở trên biển, nên việc này an toàn.
lesson-domestic-work-and-fishing-q3-b-why = Chưa đúng. Tàu có thể phải khai báo ai đang ở trên tàu, nhưng điều đó không có nghĩa thuyền trưởng được giữ hộ chiếu của bạn suốt chuyến.
lesson-domestic-work-and-fishing-q3-c = Nhận lương cuối chuyến tốt hơn, vì giúp ngư dân tiết kiệm.
lesson-domestic-work-and-fishing-q3-c-why = Nghe có vẻ có lợi, nhưng lương bị giữ đến cuối chuyến nghĩa là bạn có thể không bao giờ nhận được, và không thể rời đi mà không mất nó.

lesson-domestic-work-and-fishing-q4 = Ana làm việc trong một gia đình ở nước ngoài, và tối nào chủ cũng lấy điện thoại của cô. Bước tiếp theo tốt nhất là gì?
lesson-domestic-work-and-fishing-q4-a = Chấp nhận, vì ban đêm chủ phải chịu trách nhiệm về cô.
lesson-domestic-work-and-fishing-q4-a-why = Chưa đúng. Điện thoại là của cô. Cắt đứt liên lạc của cô với người khác là dấu hiệu cảnh báo về sự cô lập.
lesson-domestic-work-and-fishing-q4-b = Ghi số điện thoại ra giấy, và nhờ đường dây nóng giúp nếu thấy không an toàn.
lesson-domestic-work-and-fishing-q4-b-why = Đúng. Danh sách trên giấy vẫn dùng được khi không có điện thoại. Đường dây nóng hoặc đại sứ quán có thể giúp cô lên kế hoạch an toàn.
lesson-domestic-work-and-fishing-q4-c = Bỏ trốn ngay đêm đó, không nói với ai.
lesson-domestic-work-and-fishing-q4-c-why = Rời đi có thể là lựa chọn đúng, nhưng đi một mình trong đêm rất rủi ro. Lên kế hoạch cùng đường dây nóng hoặc đại sứ quán sẽ an toàn hơn.

lesson-domestic-work-and-fishing-q5 = Vì sao giúp việc gia đình và làm việc trên biển đặc biệt rủi ro?
lesson-domestic-work-and-fishing-q5-a = Vì những công việc này luôn là bất hợp pháp ở nước khác.
lesson-domestic-work-and-fishing-q5-a-why = Chưa đúng. Cả hai đều là công việc thật, có thể làm hợp pháp và an toàn. Rủi ro đến từ việc chúng bị khuất tầm nhìn.
lesson-domestic-work-and-fishing-q5-b = Vì lương thấp hơn nhiều so với các việc khác ở nước ngoài.
lesson-domestic-work-and-fishing-q5-b-why = Lương thấp có thể là vấn đề, nhưng rủi ro lớn hơn là không ai thấy được chuyện gì xảy ra với người lao động.
lesson-domestic-work-and-fishing-q5-c = Vì công việc bị khuất, xa sự giúp đỡ.
lesson-domestic-work-and-fishing-q5-c-why = Đúng. Trong nhà riêng hay ngoài khơi xa, ít ai thấy được việc ngược đãi, và rất khó xin giúp đỡ. Vì vậy giữ liên lạc rất quan trọng.

## Money: sending, borrowing, insurance

lesson-money-abroad-title = Tiền bạc: gửi tiền, vay tiền, bảo hiểm
lesson-money-abroad-summary = Tìm hiểu cách gửi tiền về nhà an toàn, rủi ro khi vay của người cho vay và người môi giới, và những điều cần hỏi về bảo hiểm.

lesson-money-abroad-sending-title = Gửi tiền về nhà
lesson-money-abroad-sending-body = Hãy gửi tiền qua ngân hàng hoặc một dịch vụ chuyển tiền được cấp phép. So sánh cả phí và tỷ giá, vì cả hai đều làm giảm số tiền nhận được. Giữ mọi biên lai và mã giao dịch. Không bao giờ cho ai biết mã PIN hay mã dùng một lần, kể cả người môi giới hay chủ. Gửi qua người mang tiền không có giấy phép có vẻ rẻ hơn, nhưng nếu mất tiền thì có thể không có cách nào lấy lại.

lesson-money-abroad-moneylenders-title = Vay tiền và người cho vay
lesson-money-abroad-moneylenders-body = Nhiều người vay tiền để đi làm xa. Khoản vay từ người môi giới, người trung gian hay người cho vay không phép có thể gài bẫy bạn: lãi cao, nợ tăng dần, và người cho vay có thể giữ giấy tờ của bạn hoặc đe dọa gia đình bạn. Trước khi vay, hãy hỏi tổng số tiền bạn sẽ phải trả, bằng văn bản. Hãy vay ở ngân hàng, hợp tác xã hoặc nơi cho vay có giấy phép, và không bao giờ đưa hộ chiếu, căn cước hay thẻ ngân hàng để làm tin. Không khoản nợ nào cho ai quyền ép bạn làm việc.

lesson-money-abroad-insurance-title = Bảo hiểm
lesson-money-abroad-insurance-body = Một số nước bắt buộc có bảo hiểm cho người lao động đi theo kênh chính thức, và một số nước đến bắt buộc chủ phải mua bảo hiểm cho người lao động. Trước khi đi, hãy hỏi bạn có bảo hiểm gì, nó chi trả những gì (ốm đau, tai nạn, tử vong, mất việc), ai đóng tiền và cách yêu cầu bồi thường. Để lại tên công ty bảo hiểm và số hợp đồng cùng các bản sao bạn gửi ở nhà. Đi theo kênh chính thức thường là điều giúp bạn được bảo hiểm.

lesson-money-abroad-q1 = Cách nào an toàn nhất để gửi tiền về nhà?
lesson-money-abroad-q1-a = Gửi qua ngân hàng hoặc dịch vụ có phép, và giữ biên lai.
lesson-money-abroad-q1-a-why = Đúng. Dịch vụ có giấy phép phải chịu trách nhiệm, và biên lai giúp bạn khi có sự cố. So sánh chi phí giúp nhận được nhiều tiền hơn.
lesson-money-abroad-q1-b = Đưa tiền mặt cho một người bạn của chủ đang về quê.
lesson-money-abroad-q1-b-why = Chưa đúng. Họ có thể tốt bụng, nhưng nếu tiền không đến, bạn không có biên lai và không có ai để khiếu nại.
lesson-money-abroad-q1-c = Dịch vụ nào có phí thấp nhất, kể cả dịch vụ không có giấy phép.
lesson-money-abroad-q1-c-why = Chưa đúng. Phí thấp có thể che giấu tỷ giá xấu, và dịch vụ không phép có thể không trả lại tiền nếu bị mất.

lesson-money-abroad-q2 = Có người gọi điện, nói là từ cửa hàng chuyển tiền. Họ xin mã vừa gửi đến điện thoại của bạn để hoàn tất giao dịch. Bạn nên làm gì?
lesson-money-abroad-q2-a = Đưa mã, vì cửa hàng cần mã đó để gửi tiền.
lesson-money-abroad-q2-a-why = Không đúng. Dịch vụ thật không bao giờ xin mã dùng một lần của bạn. Ai có mã đó đều có thể lấy tiền của bạn.
lesson-money-abroad-q2-b = Đưa mã nếu người gọi biết tên bạn và số tiền.
lesson-money-abroad-q2-b-why = Chưa đúng. Kẻ lừa đảo thường biết tên và thông tin của bạn. Biết những điều đó không chứng minh được người gọi là ai.
lesson-money-abroad-q2-c = Không bao giờ đưa mã; cúp máy và tự liên hệ cửa hàng.
lesson-money-abroad-q2-c-why = Đúng. Hãy giữ mã cho riêng mình, và gọi hoặc đến cửa hàng theo thông tin bạn đã biết, không theo thông tin người gọi đưa ra.

lesson-money-abroad-q3 = Người môi giới muốn ứng trước phí tuyển dụng cho bạn, nhưng đòi giữ căn cước của bạn để làm tin. Việc này có thể dẫn đến nguy hiểm gì?
lesson-money-abroad-q3-a = Không có rủi ro gì, miễn là bạn thật sự định trả nợ.
lesson-money-abroad-q3-a-why = Chưa đúng. Dù bạn định trả, anh ta vẫn có thể làm nợ tăng lên, và căn cước của bạn cho anh ta quyền lực đối với bạn.
lesson-money-abroad-q3-b = Anh ta có thể dùng nợ và căn cước để kiểm soát bạn.
lesson-money-abroad-q3-b-why = Đúng. Khoản vay từ người môi giới cùng với giấy tờ của bạn trong tay anh ta là hai dấu hiệu lao động cưỡng bức cùng lúc.
lesson-money-abroad-q3-c = Rủi ro duy nhất là lãi suất sẽ cao đến mức nào.
lesson-money-abroad-q3-c-why = Lãi suất quan trọng, nhưng không phải rủi ro duy nhất. Nguy hiểm lớn hơn là anh ta giữ cả căn cước lẫn khoản nợ của bạn.

lesson-money-abroad-q4 = Bạn không trả được nợ, và người cho vay bảo bạn phải làm không công cho anh ta đến khi trả xong. Điều gì là đúng?
lesson-money-abroad-q4-a = Nợ không cho phép ép làm việc; hãy hỏi trợ giúp pháp lý hoặc đường dây nóng.
lesson-money-abroad-q4-a-why = Đúng. Làm không công để trừ nợ là nợ khổ sai. Đường dây nóng hoặc dịch vụ trợ giúp pháp lý có thể cho bạn biết nên làm gì.
lesson-money-abroad-q4-b = Bạn phải làm cho anh ta, vì bạn đã ký giấy vay.
lesson-money-abroad-q4-b-why = Chưa đúng. Giấy vay không làm cho lao động cưỡng bức thành hợp pháp. Bạn có thể vẫn nợ tiền, nhưng không nợ sự tự do của mình.
lesson-money-abroad-q4-c = Như vậy là công bằng, miễn là mỗi tháng anh ta trừ bớt một ít nợ.
lesson-money-abroad-q4-c-why = Chưa đúng. Nếu bạn không thể rời đi và không được trả lương, đó vẫn là nợ khổ sai, kể cả khi nợ giảm dần.

lesson-money-abroad-q5 = Trước khi đi, bạn nên tìm hiểu gì về bảo hiểm?
lesson-money-abroad-q5-a = Không cần gì, vì bảo hiểm chỉ dành cho người nhiều tiền.
lesson-money-abroad-q5-a-why = Chưa đúng. Một số người đi làm theo kênh chính thức được bảo hiểm, và một tai nạn ở nước ngoài có thể khiến gia đình tốn kém hơn nhiều.
lesson-money-abroad-q5-b = Chỉ cần biết giá, vì hợp đồng nào cũng chi trả như nhau.
lesson-money-abroad-q5-b-why = Chưa đúng. Các hợp đồng khác nhau nhiều: có loại không chi trả ốm đau hay mất việc. Hãy hỏi hợp đồng của bạn chi trả những gì.
lesson-money-abroad-q5-c = Nó chi trả gì, ai đóng tiền, và cách yêu cầu bồi thường.
lesson-money-abroad-q5-c-why = Đúng. Biết được chi trả những gì, cách yêu cầu bồi thường, và để lại thông tin cho gia đình giúp bảo hiểm thật sự có ích.
