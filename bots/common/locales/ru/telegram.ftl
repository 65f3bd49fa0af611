# Words only the Telegram bot shows (bots/telegram).

# /task in a group when the bot may not start the member's private chat; $bot is its @username.
telegram-task-in-private = Задания приходят в личный чат: откройте @{ $bot } и отправьте /task. А здесь нажимайте кнопки под карточками заданий.
# Anything but text (a photo, a sticker, a file) in the private chat.
telegram-send-help = Отправьте /help, чтобы увидеть список команд.
# A button press that failed before it was answered.
toast-telegram-failed = Что-то пошло не так. Попробуйте ещё раз.

# A file a member sent that the bot did not download (bots/telegram/file-download.ts).
# $size and $limit are megabytes with one decimal at most.
telegram-file-too-large = Размер файла — { $size } МБ, а предел — { $limit } МБ. Разбейте его на файлы поменьше.
telegram-file-not-fetched = Не удалось получить этот файл от Telegram. Отправьте его ещё раз.
telegram-file-not-given = Telegram не отдал мне этот файл. Отправьте его ещё раз.
telegram-file-not-downloaded = Не удалось скачать этот файл. Отправьте его ещё раз.
telegram-file-broke-off = Загрузка файла прервалась. Отправьте его ещё раз.
# A size in megabytes ($size with one decimal at most).
telegram-megabytes = { $size } МБ
