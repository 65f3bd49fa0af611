# Words only the Telegram bot shows (bots/telegram).

# /task in a group when the bot may not start the member's private chat; $bot is its @username.
telegram-task-in-private = Görevler özel sohbette gelir: @{ $bot } sohbetini aç ve /task gönder. Burada görev kartlarının altındaki düğmelere bas.
# Anything but text (a photo, a sticker, a file) in the private chat.
telegram-send-help = Komut listesi için /help gönder.
# A button press that failed before it was answered.
toast-telegram-failed = Bir şeyler ters gitti. Lütfen tekrar dene.

# A file a member sent that the bot did not download (bots/telegram/file-download.ts).
# $size and $limit are megabytes with one decimal at most.
telegram-file-too-large = Bu dosya { $size } MB; sınır { $limit } MB. Daha küçük dosyalara böl.
telegram-file-not-fetched = Bu dosyayı Telegram'dan alamadım. Lütfen yeniden gönder.
telegram-file-not-given = Telegram bu dosyayı bana vermedi. Lütfen yeniden gönder.
telegram-file-not-downloaded = Bu dosyayı indiremedim. Lütfen yeniden gönder.
telegram-file-broke-off = Dosyanın indirilmesi yarıda kesildi. Lütfen yeniden gönder.
# A size in megabytes ($size with one decimal at most).
telegram-megabytes = { $size } MB
