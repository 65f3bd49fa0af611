# Words only the Telegram bot shows (bots/telegram).

# /task in a group when the bot may not start the member's private chat; $bot is its @username.
telegram-task-in-private = As tarefas chegam no chat privado: abra @{ $bot } e envie /task. Aqui, toque nos botões abaixo dos cards de tarefa.
# Anything but text (a photo, a sticker, a file) in the private chat.
telegram-send-help = Envie /help para ver a lista de comandos.
# A button press that failed before it was answered.
toast-telegram-failed = Algo deu errado. Tente de novo.

# A file a member sent that the bot did not download (bots/telegram/file-download.ts).
# $size and $limit are megabytes with one decimal at most.
telegram-file-too-large = Esse arquivo tem { $size } MB; o limite é { $limit } MB. Divida-o em arquivos menores.
telegram-file-not-fetched = Não consegui buscar esse arquivo no Telegram. Envie-o de novo.
telegram-file-not-given = O Telegram não me entregou esse arquivo. Envie-o de novo.
telegram-file-not-downloaded = Não consegui baixar esse arquivo. Envie-o de novo.
telegram-file-broke-off = O download desse arquivo foi interrompido. Envie-o de novo.
# A size in megabytes ($size with one decimal at most).
telegram-megabytes = { $size } MB
