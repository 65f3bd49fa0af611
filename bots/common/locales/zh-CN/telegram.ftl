# Words only the Telegram bot shows (bots/telegram).

# /task in a group when the bot may not start the member's private chat; $bot is its @username.
telegram-task-in-private = 任务通过私聊发放：请打开 @{ $bot } 并发送 /task。在这里，请点击任务卡片下方的按钮。
# Anything but text (a photo, a sticker, a file) in the private chat.
telegram-send-help = 发送 /help 查看命令列表。
# A button press that failed before it was answered.
toast-telegram-failed = 出了点问题，请重试。

# A file a member sent that the bot did not download (bots/telegram/file-download.ts).
# $size and $limit are megabytes with one decimal at most.
telegram-file-too-large = 该文件大小为 { $size } MB，上限为 { $limit } MB。请拆分成更小的文件。
telegram-file-not-fetched = 我无法从 Telegram 获取该文件，请重新发送。
telegram-file-not-given = Telegram 没有把该文件交给我，请重新发送。
telegram-file-not-downloaded = 我无法下载该文件，请重新发送。
telegram-file-broke-off = 该文件下载中断，请重新发送。
# A size in megabytes ($size with one decimal at most).
telegram-megabytes = { $size } MB
