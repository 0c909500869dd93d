# Waymark — job-offer red-flag check (Vietnamese). Machine-drafted; awaiting native-speaker review.
# One line per message. No placeables: these strings are plain text.

## Screen

redflags-title = Kiểm tra một lời mời làm việc
redflags-intro = Hãy trả lời các câu hỏi sau về một lời mời làm việc. Mỗi câu trả lời "Có" là một dấu hiệu cảnh báo. Phần kiểm tra này không thể chứng minh một lời mời là an toàn, hay đó là mua bán người. Nó chỉ giúp bạn thấy cần kiểm tra gì tiếp theo.
redflags-yes = Có
redflags-no = Không
redflags-unsure = Tôi không biết
redflags-result-title = Câu trả lời của bạn cho thấy gì

## Questions

redflag-fee-before-job = Người tuyển dụng có đòi bạn trả phí để có việc làm không?
redflag-fee-before-job-reason = Các quy định lao động quốc tế nói rằng người lao động không nên phải trả tiền để được tuyển dụng. Khoản phí có thể trở thành món nợ mà bạn bị bắt phải trả bằng sức lao động của mình.
redflag-loan-offered = Người tuyển dụng có đề nghị cho bạn vay hoặc ứng trước tiền để trả cho công việc hay chuyến đi không?
redflag-loan-offered-reason = Khoản vay từ người đưa bạn ra nước ngoài có thể bị dùng để kiểm soát bạn sau này. Người lao động có thể bị bảo rằng phải tiếp tục làm việc cho đến khi trả hết nợ.
redflag-pay-too-good = Mức lương có cao hơn nhiều so với bình thường cho loại việc này, mà lại không cần kỹ năng hay kinh nghiệm không?
redflag-pay-too-good-reason = Lương rất cao cho một công việc thường được trả thấp là một dấu hiệu cảnh báo đã được biết đến. Hãy hỏi xem mức lương bình thường cho công việc này là bao nhiêu.
redflag-travel-paid = Có ai đề nghị trả toàn bộ chi phí đi lại và lo thị thực, giấy tờ hay việc qua biên giới giúp bạn không?
redflag-travel-paid-reason = Chuyến đi tưởng như miễn phí sau này có thể bị biến thành món nợ. Khi người khác nắm giữ giấy tờ và hành trình của bạn, bạn sẽ khó rời đi hơn.
redflag-keep-secret = Bạn có bị dặn không được kể với ai về công việc hay chuyến đi không?
redflag-keep-secret-reason = Một chủ lao động thật sự không có lý do gì để bắt bạn giữ bí mật về công việc. Việc giữ bí mật tách bạn khỏi những người có thể giúp bạn.
redflag-no-written-contract = Có đúng là không có hợp đồng bằng văn bản nào viết bằng ngôn ngữ bạn đọc và hiểu được?
redflag-no-written-contract-reason = Không có hợp đồng bằng văn bản thì không ai chứng minh được bạn đã được hứa những gì. Một bản hợp đồng bạn không đọc được có thể ghi khác với những gì người ta nói với bạn.
redflag-unlicensed-recruiter = Có đúng là người tuyển dụng không có giấy phép nào mà bạn có thể kiểm tra với cơ quan nhà nước?
redflag-unlicensed-recruiter-reason = Các công ty có giấy phép đều được đăng ký, và cơ quan nhà nước của nước bạn có thể kiểm tra. Nếu không xác minh được giấy phép, bạn không thể biết ai thật sự đang đưa bạn đi.
redflag-passport-kept = Người tuyển dụng hoặc chủ lao động có đòi giữ hộ chiếu hay thẻ căn cước của bạn không?
redflag-passport-kept-reason = Giữ giấy tờ tùy thân của một người là một trong những dấu hiệu của lao động cưỡng bức. Không có giấy tờ, bạn sẽ rất khó rời đi hoặc xin giúp đỡ.
redflag-tourist-visa = Bạn có bị bảo đi bằng thị thực du lịch rồi bắt đầu làm việc sau khi đến nơi không?
redflag-tourist-visa-reason = Thị thực du lịch không cho phép bạn làm việc. Không có giấy tờ hợp pháp, bạn dễ bị kiểm soát hơn và có thể khó xin giúp đỡ hơn.
redflag-online-romance = Có người mà bạn chỉ biết qua điện thoại hoặc mạng xã hội đã hứa hẹn tình yêu hay hôn nhân và đề nghị đưa bạn ra nước ngoài không?
redflag-online-romance-reason = Một số kẻ mua bán người bắt đầu một mối quan hệ trên mạng để lấy lòng tin của người khác. Sau đó chúng dùng lòng tin đó để đưa người ấy sang nước khác.
redflag-photos-requested = Bạn có bị yêu cầu gửi ảnh chụp toàn thân, hoặc ảnh mặc trang phục đặc biệt không?
redflag-photos-requested-reason = Những yêu cầu như vậy là một dấu hiệu cảnh báo đã được biết đến. Công việc thật có thể khác với lời mời và có thể bao gồm cả bóc lột tình dục.
redflag-private-interview = Buổi phỏng vấn của bạn có diễn ra ở một nơi riêng tư, như nhà riêng hay phòng khách sạn, không có biển hiệu công ty không?
redflag-private-interview-reason = Các công ty tuyển dụng và chủ lao động thật thường làm việc ở một văn phòng mà bạn có thể tìm đến. Gặp ở nơi riêng tư khiến bạn khó biết mình đang làm việc với ai.
redflag-cannot-verify-employer = Có đúng là bạn không kiểm tra được tên và địa chỉ của chủ lao động?
redflag-cannot-verify-employer-reason = Nếu không xác minh được chủ lao động có thật, bạn không thể biết mình sẽ làm việc ở đâu và làm cho ai.
redflag-scam-job-abroad = Đây có phải là việc làm ở nước ngoài về bán hàng trực tuyến, chăm sóc khách hàng hoặc làm việc với máy tính, tìm thấy trên mạng xã hội, có nhà ở miễn phí và được trả toàn bộ chi phí đi lại không?
redflag-scam-job-abroad-reason = Các nhóm tội phạm dùng những lời mời như vậy để đưa người đến các trung tâm lừa đảo, nơi hộ chiếu và điện thoại bị lấy đi và người ta bị đánh đập. Nhiều người lúc đầu được đưa bằng máy bay sang Thái Lan, rồi bị đưa qua biên giới.

## Forced-labour indicators

indicator-abuse-of-vulnerability = Lợi dụng hoàn cảnh khó khăn của một người
indicator-deception = Nói dối về công việc
indicator-restriction-of-movement = Không được tự do đi lại
indicator-isolation = Bị tách biệt khỏi người khác
indicator-physical-and-sexual-violence = Bạo lực thể xác hoặc tình dục
indicator-intimidation-and-threats = Đe dọa và gây sợ hãi
indicator-retention-of-identity-documents = Bị lấy hộ chiếu hoặc giấy tờ tùy thân
indicator-withholding-of-wages = Người lao động bị giữ lương
indicator-debt-bondage = Bị trói buộc bằng nợ
indicator-abusive-working-and-living-conditions = Điều kiện làm việc hoặc sinh hoạt tồi tệ
indicator-excessive-overtime = Làm việc quá nhiều giờ

## Results

redflags-level-unclear = Chưa đủ câu trả lời để đánh giá
redflags-level-low = Câu trả lời của bạn không có dấu hiệu cảnh báo nào
redflags-level-medium = Có một số dấu hiệu cảnh báo
redflags-level-high = Có dấu hiệu cảnh báo nghiêm trọng
redflags-next-unclear = Bạn chưa biết câu trả lời cho một số câu hỏi quan trọng nhất. Điều đó không có nghĩa là lời mời làm việc này an toàn. Hãy tìm câu trả lời cho các câu hỏi được liệt kê ở đây trước khi đồng ý. Cho đến lúc đó, đừng trả bất kỳ khoản tiền nào và đừng đưa hộ chiếu hay giấy tờ tùy thân cho ai.
redflags-next-low = Điều này không chứng minh rằng lời mời là an toàn. Bạn vẫn nên kiểm tra giấy phép của công ty, lấy hợp đồng bằng văn bản và không trả phí. Nếu bạn trả lời "Tôi không biết" cho câu nào, hãy cố tìm hiểu trước khi đồng ý.
redflags-next-medium = Đừng trả bất kỳ khoản tiền nào và đừng đưa hộ chiếu hay giấy tờ tùy thân cho ai cho đến khi bạn biết rõ hơn. Hãy kiểm tra giấy phép của công ty với bộ lao động của nước bạn. Nếu lo lắng, hãy liên hệ một đường dây nóng trong danh bạ của ứng dụng này để xin lời khuyên.
redflags-next-high = Lời mời này có những dấu hiệu thường thấy trong các vụ mua bán người và lao động cưỡng bức. Đừng trả tiền, đừng ký gì và đừng đưa hộ chiếu hay giấy tờ tùy thân cho ai. Hãy kiểm tra giấy phép của công ty với bộ lao động của nước bạn, và liên hệ một đường dây nóng trong danh bạ của ứng dụng này trước khi quyết định.
