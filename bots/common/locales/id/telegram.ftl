# Words only the Telegram bot shows (bots/telegram).

# /task in a group when the bot may not start the member's private chat; $bot is its @username.
telegram-task-in-private = Tugas dikirim lewat chat pribadi: buka @{ $bot } lalu kirim /task. Di sini, ketuk tombol di bawah kartu tugas.
# Anything but text (a photo, a sticker, a file) in the private chat.
telegram-send-help = Kirim /help untuk daftar perintah.
# A button press that failed before it was answered.
toast-telegram-failed = Ada yang salah. Coba lagi ya.

# A file a member sent that the bot did not download (bots/telegram/file-download.ts).
# $size and $limit are megabytes with one decimal at most.
telegram-file-too-large = Ukuran file itu { $size } MB; batasnya { $limit } MB. Pecah jadi beberapa file yang lebih kecil.
telegram-file-not-fetched = Aku tidak bisa mengambil file itu dari Telegram. Kirim lagi ya.
telegram-file-not-given = Telegram tidak memberikan file itu ke aku. Kirim lagi ya.
telegram-file-not-downloaded = Aku tidak bisa mengunduh file itu. Kirim lagi ya.
telegram-file-broke-off = Unduhan file itu terputus. Kirim lagi ya.
# A size in megabytes ($size with one decimal at most).
telegram-megabytes = { $size } MB
