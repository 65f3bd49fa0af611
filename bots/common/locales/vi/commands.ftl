# The Telegram command menu (setMyCommands): one description per command, 3 to 256
# characters. Personal commands say that their answer comes in private.

cmd-task = Nhận nhiệm vụ để trả lời (trong nhóm: chiến dịch của cộng đồng, gửi riêng)
cmd-balance = Số TNET đang chờ và đã mint của bạn (trả lời riêng)
cmd-stats = Câu trả lời, tỷ lệ được chấp nhận và độ chính xác (trả lời riêng)
cmd-leaderboard = Top thợ đào
cmd-link = Liên kết ví: /link <địa chỉ> (trả lời riêng)
cmd-verify = Hoàn tất liên kết: /verify <chữ ký> (chỉ nhắn riêng)
cmd-wallet = Ví đã liên kết của bạn (trả lời riêng)
cmd-unlink = Gỡ ví đã liên kết (chỉ nhắn riêng)
cmd-merge = Gộp với tài khoản trên nền tảng chat khác: /merge confirm|cancel (chỉ nhắn riêng)
cmd-campaign = Chiến dịch: list, stats <id>; quản trị viên: new, post <id> [thẻ], pause|resume|close|export <id>
cmd-community = Quản trị viên: hạn mức của cộng đồng này; /community audit: nhật ký hoạt động
cmd-cancel = Dừng hội thoại /campaign new
cmd-language = Chọn ngôn ngữ của bạn (trong nhóm: ngôn ngữ của nhóm, do quản trị viên chọn)
cmd-help = Tất cả các lệnh

# Personal commands sent in a group (bots/common/private-only.ts): the group's line, and
# what the private chat gets for an action that waits there. Commands stay as written.

private-sent = Mình đã nhắn riêng cho bạn.
# $link is the t.me link that opens the private chat.
private-open-chat = Mình chỉ trả lời việc này trong tin nhắn riêng. Mở chat với mình: { $link }
private-unlink-in-group = Bạn đã gửi /unlink trong nhóm. Để gỡ ví đã liên kết, hãy gửi /unlink ở đây.
private-merge-in-group = Bạn đã gửi /merge trong nhóm. Hãy gửi /merge confirm hoặc /merge cancel ở đây.
private-verify-here = Chữ ký chỉ gửi ở đây, trong tin nhắn riêng: hãy gửi /verify <chữ ký> ở đây, đừng bao giờ gửi trong nhóm.
# $link opens the private chat (no start payload); $campaignId is the campaign's number.
private-export-needs-chat = Tệp xuất chỉ được gửi qua tin nhắn riêng. Mở { $link }, bấm Start (Bắt đầu), rồi gửi /campaign export { $campaignId } ở đó hoặc gửi lại ở đây.

# Expensive commands asked for too often (bots/common/rate-limit.ts).

rate-limited-seconds = Việc này cần thời gian chuẩn bị, và bạn vừa yêu cầu nhiều lần. Thử lại sau { $seconds } giây.
rate-limited-minutes = Việc này cần thời gian chuẩn bị, và bạn vừa yêu cầu nhiều lần. Thử lại sau { $minutes } phút.

# Wallet linking (bots/common/wallet-text.ts), in every chat and on the link page.

wallet-signature-too-long = Chữ ký này quá dài để dán vào chat. Gửi /link và mở trang liên kết: trang sẽ ký bằng ví của bạn ngay trong trình duyệt, kể cả ví hợp đồng.
wallet-linked = Đã liên kết ví { $address }. Số TNET đang chờ của bạn sẽ được chuyển vào đó trong đợt mint tiếp theo.
# $memberId: the member number of the other account.
wallet-linked-elsewhere = Ví { $address } thuộc về một tài khoản khác của bạn (thành viên #{ $memberId }, trên nền tảng chat khác). Gửi /merge confirm để gộp: câu trả lời, kỹ năng và phần thưởng đang chờ sẽ về chung một tài khoản. /merge cancel để giữ tách riêng.
