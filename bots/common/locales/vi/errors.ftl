# Domain errors, one message per error code (bots/common/error-text.ts).
# Identifiers ($campaignId, $communityId) are written without grouping.

err-member-not-found = Mình chưa biết bạn. Hãy gửi /start trước.
err-member-banned = Tài khoản của bạn đã bị chặn trả lời nhiệm vụ.
err-member-no-merge = Không có yêu cầu gộp nào đang chờ. Yêu cầu gộp được đưa ra khi bạn xác minh một ví mà tài khoản của bạn trên nền tảng chat khác đã liên kết.
err-member-merge-expired = Đề nghị gộp đã hết hạn. Gửi lại /link và ký bằng ví đó.
err-member-merge-stale = Ví đó đã thay đổi kể từ khi đề nghị gộp được đưa ra. Gửi lại /link và ký bằng ví đó.
err-campaign-not-found = Không có chiến dịch #{ $campaignId }.
err-campaign-invalid-definition = Định nghĩa chiến dịch có vấn đề:
    { $problems }
err-campaign-invalid-transition = Chiến dịch #{ $campaignId } đang ở trạng thái { $from }; không thể chuyển sang { $to }.
err-campaign-not-active = Chiến dịch #{ $campaignId } đang ở trạng thái { $status }, không hoạt động.
err-campaign-import-invalid = Không có gì được nhập: { $badRowCount } dòng bị lỗi.
    { $rows }
err-campaign-import-row = - dòng { $row }: { $reason }
err-campaign-import-more = - và { $count } dòng khác
err-campaign-closed = Chiến dịch #{ $campaignId } đã đóng.
err-campaign-no-items = Chiến dịch #{ $campaignId } chưa có mục nào; hãy nhập dữ liệu trước.
err-campaign-export-format = Chiến dịch #{ $campaignId } thuộc loại { $kind }; định dạng xuất { $format } chỉ dành cho chiến dịch pairwise.
err-campaign-forbidden = Chỉ quản trị viên mới làm được việc này.
err-campaign-budget-exhausted = Chiến dịch #{ $campaignId } đã tiêu hết ngân sách.
err-campaign-over-cap = Ngân sách này sẽ vượt mức trần 6.000.000.000 TNET: chỉ còn tối đa { $available } có thể cam kết.
err-campaign-check-not-posted = Chiến dịch #{ $campaignId } chứa các lượt kiểm duyệt bài đóng góp: thành viên nhận chúng riêng qua /task, không bao giờ trong nhóm chat.
err-campaign-post-elsewhere = Chiến dịch #{ $campaignId } thuộc về một cộng đồng; chỉ được đăng trong nhóm chat hoặc server của cộng đồng đó.
err-community-not-found = Không có cộng đồng #{ $communityId }.
err-community-not-registered = Nhóm chat này chưa được đăng ký làm cộng đồng. Quản trị viên nền tảng đăng ký bằng /community register.
err-community-already-registered = Nhóm chat này đã là cộng đồng #{ $communityId }.
err-community-forbidden = Chỉ quản trị viên nền tảng mới làm được việc này.
err-community-invalid = Không được: { $reason }.
err-community-no-allowance = Cộng đồng này đã hết hạn mức TNET cho ngân sách mới. Quản trị viên nền tảng cấp thêm bằng /community grant.
err-community-allowance-exceeded = Ngân sách này vượt hạn mức của cộng đồng: chỉ còn tối đa { $available }.
err-task-not-found = Nhiệm vụ này không tồn tại.
err-answer-not-served = Nút này không còn dùng được nữa.
err-answer-task-closed = Nhiệm vụ này đã đóng. Bấm "Nhiệm vụ tiếp theo" để nhận nhiệm vụ khác.
err-answer-task-full = Nhiệm vụ này vừa nhận đủ câu trả lời. Bấm "Nhiệm vụ tiếp theo" để nhận nhiệm vụ khác.
err-answer-invalid-option = Đây không phải một lựa chọn của nhiệm vụ này.
err-answer-rate-limited = Bạn đang trả lời quá nhanh. Thử lại sau { $seconds } giây.
err-answer-campaign-paused = Chiến dịch này hiện đang ở trạng thái { $status }.
err-answer-own-contribution = Bài này do bạn viết: thành viên khác sẽ kiểm duyệt nó. Bấm "Nhiệm vụ tiếp theo" để nhận nhiệm vụ khác.
err-contribution-not-wanted = Nhiệm vụ này cần bấm nút, không phải gửi bài viết: hãy bấm một trong các lựa chọn.
err-wallet-invalid-address = Đây không phải địa chỉ Ethereum. Gửi /link 0x... kèm địa chỉ ví của bạn.
err-wallet-no-challenge = Không có yêu cầu liên kết nào đang chờ. Bắt đầu bằng /link <địa chỉ ví của bạn>.
err-wallet-challenge-expired = Yêu cầu liên kết đã hết hạn. Gửi lại /link <địa chỉ ví của bạn>.
err-wallet-bad-signature = Chữ ký không khớp với tin nhắn và địa chỉ. Hãy ký đúng tin nhắn từ /link rồi thử lại.
err-wallet-address-taken = Ví này đã được liên kết với thành viên khác.
err-wallet-not-linked = Bạn chưa liên kết ví nào. Gửi /link <địa chỉ ví của bạn>.
err-model-invalid-config = Đăng ký mô hình có vấn đề:
    { $problems }
err-model-invalid-file = Không dùng được tệp mô hình { $path }: { $reason }. Chưa có gì được đăng ký.
err-model-shape-mismatch = Mô hình { $path } không khớp với đăng ký: cần { $expected }, thực tế { $actual }. Chưa có gì được đăng ký.
err-model-file-changed = Tệp mô hình { $path } đã thay đổi kể từ khi đăng ký; hãy đăng ký lại.
err-model-device-unavailable = Thiết bị { $device } cho mô hình không khả dụng ở đây ({ $reason }).
err-model-not-found = Chiến dịch #{ $campaignId } chưa đăng ký mô hình cơ sở nào.
err-model-no-predictions = Chiến dịch #{ $campaignId } chưa có dự đoán cơ sở nào để kiểm tra.

# Campaign statuses and kinds as error texts name them ($status is a status code).
campaign-status-name = { $status ->
        [draft] nháp
        [active] hoạt động
        [paused] tạm dừng
       *[closed] đã đóng
    }
