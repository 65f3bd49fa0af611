# Words only the Telegram bot shows (bots/telegram).

telegram-task-in-private = Las tareas llegan por chat privado: abre @{ $bot } y envía /task. Aquí, toca los botones bajo las tarjetas de tareas.
telegram-send-help = Envía /help para ver la lista de comandos.
toast-telegram-failed = Algo salió mal. Vuelve a intentarlo.

# A file a member sent that the bot did not download (bots/telegram/file-download.ts).
telegram-file-too-large = Ese archivo pesa { $size } MB; el límite es { $limit } MB. Divídelo en archivos más pequeños.
telegram-file-not-fetched = No pude obtener ese archivo de Telegram. Envíalo de nuevo.
telegram-file-not-given = Telegram no me entregó ese archivo. Envíalo de nuevo.
telegram-file-not-downloaded = No pude descargar ese archivo. Envíalo de nuevo.
telegram-file-broke-off = La descarga de ese archivo se interrumpió. Envíalo de nuevo.
telegram-megabytes = { $size } MB
