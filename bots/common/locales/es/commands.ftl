# The Telegram command menu (setMyCommands): one description per command, 3 to 256 characters.

cmd-task = Recibe una tarea (en un grupo: las campañas de su comunidad, en privado)
cmd-balance = Tu TNET pendiente y acuñado (respuesta en privado)
cmd-stats = Tus respuestas, porcentaje aceptado y precisión (respuesta en privado)
cmd-leaderboard = Los mejores mineros
cmd-link = Vincula tu billetera: /link <dirección> (respuesta en privado)
cmd-verify = Termina la vinculación: /verify <firma> (solo en privado)
cmd-wallet = Tu billetera vinculada (respuesta en privado)
cmd-unlink = Desvincula tu billetera (solo en privado)
cmd-merge = Une tu cuenta de otro chat: /merge confirm|cancel (solo en privado)
cmd-campaign = Campañas: list, stats <id>; moderadores: new, post <id> [tarjetas], pause|resume|close|export <id>
cmd-community = Moderadores: la asignación de la comunidad; /community audit: su auditoría
cmd-cancel = Detiene la conversación de /campaign new
cmd-language = Elige tu idioma (en un grupo: el del grupo, para sus moderadores)
cmd-help = Todos los comandos

# Personal commands sent in a group (bots/common/private-only.ts).

private-sent = Te envié un mensaje privado.
private-open-chat = Eso solo puedo responderlo en privado. Abre un chat conmigo: { $link }
private-unlink-in-group = Enviaste /unlink en un grupo. Para desvincular tu billetera, envía /unlink aquí.
private-merge-in-group = Enviaste /merge en un grupo. Envía /merge confirm o /merge cancel aquí.
private-verify-here = Las firmas van solo aquí, en privado: envía /verify <firma> aquí, nunca en un grupo.
private-export-needs-chat = Las exportaciones solo se envían a un chat privado. Abre { $link }, pulsa Iniciar y luego envía /campaign export { $campaignId } allí o aquí de nuevo.

# Expensive commands asked for too often (bots/common/rate-limit.ts).

rate-limited-seconds = { $seconds ->
        [one] Esto tarda en prepararse y lo pediste varias veces hace poco. Vuelve a intentarlo en { $seconds } segundo.
       *[other] Esto tarda en prepararse y lo pediste varias veces hace poco. Vuelve a intentarlo en { $seconds } segundos.
    }
rate-limited-minutes = { $minutes ->
        [one] Esto tarda en prepararse y lo pediste varias veces hace poco. Vuelve a intentarlo en { $minutes } minuto.
       *[other] Esto tarda en prepararse y lo pediste varias veces hace poco. Vuelve a intentarlo en { $minutes } minutos.
    }

# Wallet linking (bots/common/wallet-text.ts), in every chat and on the link page.

wallet-signature-too-long = Esa firma es demasiado larga para pegarla en un chat. Envía /link y abre la página de vinculación: firma con tu billetera en el navegador, incluidas las billeteras de contrato.
wallet-linked = La billetera { $address } quedó vinculada. Tu TNET pendiente irá allí en el próximo lote de acuñación.
wallet-linked-elsewhere = La billetera { $address } pertenece a otra cuenta tuya (miembro #{ $memberId }, en otro chat). Envía /merge confirm para unirlas: tus respuestas, tu habilidad y tus recompensas pendientes pasan a ser una sola cuenta. /merge cancel las mantiene separadas.
