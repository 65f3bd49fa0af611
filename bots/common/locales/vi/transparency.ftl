# The public transparency page (bots/web/transparency-html.ts and public/transparency.js), at
# PUBLIC_URL/transparency. Amounts come formatted ("12.5 TNET"), dates too. The page's script
# fills in { $id }, { $reason }, { $status } and the counts itself: keep each one.

transparency-title = Minh bạch TNET
transparency-heading = TNET công khai
transparency-intro = Mỗi TNET được đúc cho công việc mà các thành viên đã làm. Trang này cho thấy đã đúc bao nhiêu, với tốc độ nào, quỹ nhận được gì và mỗi cộng đồng được chi bao nhiêu, và trình duyệt của bạn đối chiếu từng đợt đúc với chuỗi khối.
transparency-language-label = Ngôn ngữ

transparency-supply-heading = Đã đúc so với mức trần
transparency-minted-label = Đã đúc
transparency-minted-value = { $minted } trên { $cap } ({ $percent })
transparency-remaining-label = Còn có thể đúc
transparency-batches-label = Đợt đúc đã xác nhận

transparency-pace-heading = Tốc độ
transparency-pace-window-label = Khoảng thời gian
transparency-pace-minted-label = Đã đúc
transparency-pace-cap-label = Với tốc độ này, mức trần đạt vào
transparency-pace-7 = 7 ngày qua
transparency-pace-30 = 30 ngày qua
transparency-cap-date = { $date } (sau { $days } ngày)
transparency-cap-reached = Đã đạt mức trần.
transparency-cap-no-pace = Không bao giờ: không đúc gì trong những ngày này.
transparency-cap-far = Sau hơn 1.000 năm.

transparency-foundation-heading = Phần của quỹ
transparency-foundation-text = Quỹ đã nhận { $foundation }, tức { $percent } tổng số TNET đã đúc; thợ đào đã nhận { $miners }.

transparency-communities-heading = Cộng đồng
transparency-communities-intro = Quản trị viên nền tảng cấp cho mỗi cộng đồng một hạn mức; các chiến dịch của cộng đồng giữ ngân sách từ hạn mức đó và trả cho thành viên từ ngân sách ấy.
transparency-community = Cộng đồng
transparency-allowance = Hạn mức
transparency-reserved = Chiến dịch đã giữ
transparency-spent = Đã trả cho thành viên
transparency-left = Còn lại
transparency-no-communities = Chưa cộng đồng nào có hạn mức.
transparency-communities-more = Đang hiện { $shown } cộng đồng đầu tiên trong { $count }.

transparency-batches-heading = Các đợt đúc
transparency-batches-intro = Mã của một đợt là hàm băm keccak256 của bản kê khai của nó, danh sách những gì nó đã trả. Trình duyệt của bạn tải từng bản kê khai, tự tính hàm băm và so sánh với mã liệt kê ở đây và với mã mà chuỗi khối đã ghi.
transparency-batch-id = Mã đợt
transparency-batch-state = Trạng thái
transparency-batch-created = Tạo lúc
transparency-batch-updated = Xác nhận hoặc thay đổi lần cuối
transparency-batch-minted = Đã đúc
transparency-batch-foundation = Quỹ
transparency-batch-recipients = Người nhận
transparency-batch-tx = Giao dịch
transparency-batch-manifest = Bản kê khai
transparency-batch-check = Kiểm tra
transparency-download = Tải xuống
transparency-no-batches = Chưa có đợt đúc nào.
transparency-older = Các đợt cũ hơn
transparency-newest = Các đợt mới nhất
transparency-needs-script = Việc kiểm tra cần JavaScript.

transparency-state-prepared = Đã chuẩn bị
transparency-state-submitted = Đã gửi
transparency-state-confirmed = Đã xác nhận
transparency-state-failed = Thất bại

transparency-checking = Đang kiểm tra…
transparency-checking-all = Đang kiểm tra { $count } đợt…
transparency-summary = Đã kiểm tra { $count } đợt: { $verified } khớp, { $mismatch } không khớp, { $unchecked } không kiểm tra được.
transparency-verified = Đã xác minh: hàm băm của bản kê khai là mã này, và chuỗi khối đã ghi mã này.
transparency-not-minted = Hàm băm của bản kê khai là mã này; chuỗi khối chưa đúc đợt này, đúng như trạng thái của nó.
transparency-mismatch-manifest = KHÔNG KHỚP: hàm băm của bản kê khai không phải mã đợt này.
transparency-mismatch-chain = KHÔNG KHỚP: chuỗi khối đã ghi mã đợt { $id } cho giao dịch này.
transparency-mismatch-not-minted = KHÔNG KHỚP: được liệt kê là đã xác nhận, nhưng chuỗi khối chưa đúc đợt này.
transparency-unchecked = Không kiểm tra được: { $reason }
transparency-reason-no-chain = máy chủ này không kết nối với chuỗi khối nào.
transparency-reason-unreachable = nút của chuỗi khối không trả lời.
transparency-reason-timeout = nút của chuỗi khối trả lời quá chậm.
transparency-reason-manifest = không tải được bản kê khai (mã { $status }).
transparency-reason-server = máy chủ không trả lời (mã { $status }).
transparency-reason-network = lỗi mạng.
