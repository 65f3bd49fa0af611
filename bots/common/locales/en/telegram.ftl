# Words only the Telegram bot shows (bots/telegram).

# /task in a group when the bot may not start the member's private chat; $bot is its @username.
telegram-task-in-private = Tasks come in private chat: open @{ $bot } and send /task. Here, tap the buttons under the task cards.
# Anything but text (a photo, a sticker, a file) in the private chat.
telegram-send-help = Send /help for the list of commands.
# A button press that failed before it was answered.
toast-telegram-failed = Something went wrong. Please try again.

# A file a member sent that the bot did not download (bots/telegram/file-download.ts).
# $size and $limit are megabytes with one decimal at most.
telegram-file-too-large = That file is { $size } MB; the limit is { $limit } MB. Split it into smaller files.
telegram-file-not-fetched = I could not fetch that file from Telegram. Please send it again.
telegram-file-not-given = Telegram did not give me that file. Please send it again.
telegram-file-not-downloaded = I could not download that file. Please send it again.
telegram-file-broke-off = The download of that file broke off. Please send it again.
# A size in megabytes ($size with one decimal at most).
telegram-megabytes = { $size } MB
