# The wallet link page (bots/web/public/link.html and link.js), at PUBLIC_URL/link/<token>.
# The page's script fills in { $time } and { $status } itself: keep each one. Its other
# errors are the chats' own (err-wallet-*, router-unexpected).

web-title = Liên kết ví · TNET mining
web-heading = Liên kết ví của bạn với TNET mining
web-intro = Ví của bạn sẽ ký một tin nhắn Sign-In with Ethereum. Việc ký hoàn toàn miễn phí và không gửi giao dịch nào.
# Followed by the address the member asked to link.
web-requested-address = Địa chỉ yêu cầu:
web-connect-button = Kết nối ví và ký
web-loading = Đang tải…
web-message-summary = Tin nhắn bạn sẽ ký
# $time is the link's expiry as the browser writes a date and time.
web-valid-until = Có hiệu lực đến { $time }.
web-no-wallet = Không tìm thấy ví trong trình duyệt này. Hãy cài tiện ích ví, hoặc tự ký: gửi /link <địa chỉ> trong chat.
web-waiting-wallet = Đang chờ ví của bạn…
web-no-account = Ví không chia sẻ tài khoản nào.
web-sign-prompt = Hãy ký tin nhắn trong ví của bạn…
web-checking-signature = Đang kiểm tra chữ ký…
# $status is an HTTP status code, like 502.
web-server-answered = Máy chủ trả về mã { $status }.
web-error-request-invalid = Yêu cầu này không hợp lệ.
web-error-not-found = Không tìm thấy.
