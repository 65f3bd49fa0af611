# Words only the Telegram bot shows (bots/telegram).

# /task in a group when the bot may not start the member's private chat; $bot is its @username.
telegram-task-in-private = Nhiệm vụ được gửi qua tin nhắn riêng: mở @{ $bot } và gửi /task. Ở đây, hãy bấm các nút dưới thẻ nhiệm vụ.
# Anything but text (a photo, a sticker, a file) in the private chat.
telegram-send-help = Gửi /help để xem danh sách lệnh.
# A button press that failed before it was answered.
toast-telegram-failed = Đã có lỗi xảy ra. Bạn vui lòng thử lại.

# A file a member sent that the bot did not download (bots/telegram/file-download.ts).
# $size and $limit are megabytes with one decimal at most.
telegram-file-too-large = Tệp này nặng { $size } MB; giới hạn là { $limit } MB. Hãy chia thành các tệp nhỏ hơn.
telegram-file-not-fetched = Mình không lấy được tệp này từ Telegram. Bạn vui lòng gửi lại.
telegram-file-not-given = Telegram không trả tệp này cho mình. Bạn vui lòng gửi lại.
telegram-file-not-downloaded = Mình không tải được tệp này. Bạn vui lòng gửi lại.
telegram-file-broke-off = Việc tải tệp bị gián đoạn. Bạn vui lòng gửi lại.
# A size in megabytes ($size with one decimal at most).
telegram-megabytes = { $size } MB
