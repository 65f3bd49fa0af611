# The moderator dashboard (bots/web/dashboard-html.ts, /dashboard) and the /dashboard command.

usage-dashboard = Cách dùng: /dashboard trong nhóm của cộng đồng bạn, hoặc /dashboard <id cộng đồng> trong chat riêng.
# The Telegram command menu's line for /dashboard.
cmd-dashboard = Quản trị viên: liên kết dùng một lần tới bảng điều khiển của cộng đồng, gửi riêng
dashboard-no-community = Cuộc trò chuyện này không phải cộng đồng bạn quản lý. Gửi /dashboard trong nhóm của cộng đồng bạn, hoặc /dashboard <id cộng đồng> tại đây.
dashboard-no-such-community = Bạn không quản lý cộng đồng nào có id đó.
dashboard-not-here = Liên kết bảng điều khiển chỉ được gửi trong chat riêng.
dashboard-link = Bảng điều khiển quản trị của bạn cho { $title }:
    { $url }
    Liên kết chỉ dùng được một lần, trong { $minutes } phút. Đừng chia sẻ nó.
# The slash command's name: it stays "dashboard" (moderators type it).
dcmd-dashboard-name = dashboard
dcmd-dashboard-desc = Mở bảng điều khiển quản trị của máy chủ này (liên kết riêng, dùng một lần)

dash-title = Bảng điều khiển quản trị · Đào TNET
dash-heading = { $community } · bảng điều khiển quản trị
dash-skip = Chuyển đến nội dung
dash-logout = Đăng xuất
dash-campaigns = Chiến dịch
dash-no-campaigns = Cộng đồng này chưa có chiến dịch nào.
dash-col-campaign = Chiến dịch
dash-col-status = Trạng thái
dash-col-decided = Nhiệm vụ đã quyết định
dash-col-open = Nhiệm vụ đang mở
dash-col-uncertain = Nhiệm vụ chưa chắc chắn
dash-col-spent = Ngân sách đã chi
dash-col-left = Ngân sách còn lại
dash-budget = Ngân sách
dash-back = Tất cả chiến dịch
dash-progress = Tiến độ
dash-agreement = Mức đồng thuận
dash-alpha = α Krippendorff (định danh)
dash-alpha-none = Chưa đủ câu trả lời trùng nhau
dash-alpha-not-applicable = Chỉ cho chiến dịch một lựa chọn
dash-agreement-share = Câu trả lời khớp với đồng thuận
dash-confusion = Câu trả lời của thành viên so với đồng thuận
dash-confusion-caption = Hàng: lựa chọn được quyết định. Cột: thành viên đã trả lời gì.
dash-consensus = Đồng thuận
dash-col-answered = Câu trả lời
dash-chart = Biểu đồ
dash-chart-alt = Biểu đồ của { $campaign }: tiến độ, mức đồng thuận và câu trả lời theo ngày.
dash-members = Thành viên
dash-no-answers = Chưa có câu trả lời.
dash-col-member = Thành viên
dash-col-answers = Câu trả lời
dash-col-skill = Kỹ năng ước tính
dash-col-gold = Kết quả câu kiểm tra
dash-col-median-time = Thời gian trung vị mỗi nhiệm vụ
dash-col-withheld = Câu trả lời bị giữ lại (lý do)
dash-gold-hidden = ẩn cho đến khi quyết toán
dash-gold-note = Kết quả câu kiểm tra được ẩn cho đến khi chiến dịch quyết toán, để không ai phân biệt được câu kiểm tra.
dash-gold-record = { $correct } trên { $answers }
dash-seconds = { $seconds } giây
dash-appeals = Hàng đợi khiếu nại
dash-appeals-none = Không có khiếu nại đang chờ.
dash-exports = Xuất dữ liệu
dash-export-csv = Tải CSV
dash-export-jsonl = Tải JSONL
dash-export-final = chỉ nhiệm vụ đã quyết định
dash-actions = Thao tác chiến dịch
dash-pause = Tạm dừng chiến dịch
dash-resume = Tiếp tục chiến dịch
dash-close = Đóng chiến dịch
dash-close-warning = Đóng là vĩnh viễn: thành viên sẽ không nhận thêm nhiệm vụ từ chiến dịch này.
dash-no-actions = Chiến dịch này đã đóng.
dash-done-pause = Chiến dịch đã tạm dừng.
dash-done-resume = Chiến dịch đã chạy lại.
dash-done-close = Chiến dịch đã đóng.
dash-open = Mở bảng điều khiển
dash-open-note = Liên kết này chỉ dùng được một lần. Mở bảng điều khiển sẽ đăng nhập bạn trên trình duyệt này trong 8 giờ.
dash-refused-heading = Bảng điều khiển không mở được
dash-refused-link = Liên kết này đã dùng, đã hết hạn hoặc không hợp lệ. Gửi /dashboard cho bot để nhận liên kết mới.
dash-refused-session = Bạn chưa đăng nhập, phiên đã kết thúc hoặc bạn không còn quản lý cộng đồng này. Gửi /dashboard cho bot để nhận liên kết mới.
dash-refused-csrf = Không thể xác minh biểu mẫu này. Hãy quay lại, tải lại trang và thử lại.
dash-not-found = Cộng đồng này không có chiến dịch đó.
dash-signed-out = Bạn đã đăng xuất.
help-dashboard = Người kiểm duyệt: /dashboard - liên kết dùng một lần tới bảng điều khiển chiến dịch trên trình duyệt (gửi riêng)
