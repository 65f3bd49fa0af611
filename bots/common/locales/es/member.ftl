# Glossary:
#   task = tarea · campaign = campaña · wallet = billetera · consensus = consenso
#   reward = recompensa · moderator = moderador · check question = pregunta de control
#   label = etiqueta · answer = respuesta · member = miembro · mint/minted = acuñar/acuñado
#   pending = pendiente · budget = presupuesto · allowance = asignación · community = comunidad
#   contribution (a written text) = contribución · batch = lote
#   (also: item = elemento · check of a text = revisión · accuracy = precisión · floor = mínimo
#    withheld = retenida · tick = marcar · mining/miner = minería/minero · prompt = prompt)
# Informal "tú" throughout. Commands and their arguments stay as typed (/task, /merge confirm).

## Task cards
card-header = Campaña #{ $campaignId } · { $name } · tarea { $taskId }
card-answers-of = { $count }/{ $target } { $target ->
        [one] respuesta
       *[other] respuestas
    }
card-answers = { $count ->
        [one] { $count } respuesta
       *[other] { $count } respuestas
    }
card-texts-of = { $count }/{ $target } { $target ->
        [one] texto
       *[other] textos
    }
card-texts = { $count ->
        [one] { $count } texto
       *[other] { $count } textos
    }
card-reward-answer = { $reward } por respuesta aceptada
card-reward-text = { $reward } por texto aceptado
card-closed-texts = Cerrada: los textos pasan a otros miembros para su revisión
card-closed-consensus = Consenso: { $label }
card-closed-unclear = Cerrada sin un consenso claro
card-multilabel-hint = Marca todas las etiquetas que correspondan y luego toca Listo; si no corresponde ninguna, toca Ninguna.
card-contribute-hint = Responde a este mensaje con tu texto ({ $min }–{ $max } caracteres).
card-contribute-hint-discord = Toca Escribir para enviar tu texto ({ $min }–{ $max } caracteres).
card-contribute-hint-console = Escribe tu texto ({ $min }–{ $max } caracteres) en la siguiente línea.
card-pair-prompt = Prompt:
card-pair-first = Respuesta 1:
card-pair-second = Respuesta 2:
card-check-text = Texto a revisar:
card-none-apply = ninguna

## Buttons
btn-next-task = Siguiente tarea
btn-pair-first = 1 es mejor
btn-pair-second = 2 es mejor
btn-pair-tie = Empate
btn-pair-both-bad = Ambas malas
btn-none-apply = Ninguna
btn-done = Listo

## Answers
toast-stale-button = Ese botón ya no es válido.
toast-answer-recorded = Respuesta registrada
answer-recorded = Respuesta registrada: { $label }.
answer-decided-later = Tu recompensa se decide cuando se resuelva la tarea; entonces la verás en /balance y /stats.
answer-duplicate = Ya respondiste esta tarea: { $label }.
answer-duplicate-side = Ya respondiste esta tarea: { $label } (en la tarjeta que respondiste).
toast-nothing-ticked = No marcaste nada. Marca las etiquetas que correspondan o toca Ninguna.
toast-ticks-expired = Tus marcas caducaron; vuelve a marcar.
toast-ticked = Marcadas: { $labels }. Toca Listo para enviar.
task-none-active = Ahora mismo no hay ninguna campaña activa. Vuelve más tarde.
task-campaign-idle = La campaña #{ $campaignId } no acepta respuestas en este momento.
task-all-done = Ya respondiste todas las tareas disponibles para ti. ¡Gracias! Vuelve más tarde.

## Written contributions
contribution-accepted = Gracias: tu texto pasa a otros miembros para su revisión; recibes el pago si lo aceptan.
contribution-repeat = Ya enviaste un texto para esta tarea; está en revisión.
contribution-not-served = Esa tarjeta no es una de las que recibiste. Envía /task para obtener una tarea.
contribution-empty = Ese texto está vacío. Escribe tu propio texto y envíalo de nuevo.
contribution-control = Ese texto contiene caracteres de control. Envía texto plano.
contribution-too-short = Ese texto es demasiado corto: escribe al menos { $min } caracteres.
contribution-too-long = Ese texto es demasiado largo: escribe como máximo { $max } caracteres.
contribution-copied = Ese texto copia el prompt. Escribe uno propio.
contribution-duplicate = Ese texto ya se envió en esta campaña. Escribe uno propio.

## Why a reward was paid, withheld or corrected (after "porque")
rule-consensus-match = coincide con el consenso
rule-majority-match = coincide con la mayoría
rule-gold-match = coincide con una respuesta conocida
rule-consensus-mismatch = difiere del consenso
rule-consensus-uncertain = la tarea se cerró sin un consenso fiable
rule-majority-tie = no se llegó a un consenso
rule-gold-mismatch = difiere de una respuesta conocida
rule-gold-failed = fallaste demasiadas preguntas de control
rule-skill-below-floor = tu precisión estimada está por debajo del mínimo de la campaña
rule-budget-exhausted = se agotó el presupuesto de la campaña
rule-collusion-suspected = tus respuestas van al compás de las de otras cuentas mucho más de lo que explica un trabajo honesto, y sus respuestas a las preguntas de control no son lo bastante buenas
rule-timing-too-fast = respondiste más rápido de lo que se tarda en leer los elementos
rule-contribution-accepted = otros miembros revisaron tu contribución y la consideraron buena
rule-contribution-rejected = otros miembros revisaron tu contribución y no la consideraron buena
rule-contribution-uncertain = la revisión de tu contribución se cerró sin un consenso fiable
rule-consensus-corrected = el consenso de la tarea cambió al llegar más respuestas
rule-pace-pro-rata = en esa época se ganó más de lo que permite el ritmo de emisión, así que todas las recompensas se pagaron a prorrata
rule-merge-duplicate = tus dos cuentas de chat se unieron y ambas habían respondido esta tarea: cuenta la primera respuesta

## /stats, /balance, /leaderboard
stats-none = Aún no tienes respuestas. Envía /task para empezar a minar.
stats-title = Tus estadísticas de minería
stats-answers = Respuestas: { $answers } · puntuadas: { $scored } · aceptadas: { $accepted }
stats-answers-share = Respuestas: { $answers } · puntuadas: { $scored } · aceptadas: { $accepted } ({ $share })
stats-withheld = Retenidas:
stats-withheld-line = - { $count } porque { $reason }
stats-corrected = Corregidas: { $count } ({ $amount }) porque { $reason }
stats-campaign = Campaña #{ $campaignId } { $name }: precisión estimada { $accuracy } (mínimo { $floor })
stats-not-estimated = aún sin estimar
stats-gold = · preguntas de control: { $correct }/{ $total } correctas
stats-gold-failed = Fallaste demasiadas preguntas de control: tus respuestas coincidentes no ganan nada hasta que aciertes más.
stats-below-floor = Por debajo del mínimo: tus respuestas coincidentes no ganan nada hasta que suba tu precisión. Tómate tu tiempo con cada tarea.
balance-text = Pendiente: { $pending }
    Acuñado: { $minted }
    Respuestas aceptadas: { $accepted } · retenidas: { $withheld } · en espera: { $awaiting }
leaderboard-empty = Aún no hay recompensas. Sé el primero: envía /task.
leaderboard-title = Mejores mineros
leaderboard-line = { $rank }. { $name }: { $earned } ({ $accepted } aceptadas)
leaderboard-member = miembro { $memberId }

## Commands in general
router-too-long = Ese comando es demasiado largo.
router-not-command = Los comandos empiezan con /. Envía /help para ver la lista.
router-unknown = Comando desconocido: /{ $name }. Envía /help para ver la lista.
toast-went-wrong = Algo salió mal.
router-unexpected = Algo salió mal por nuestra parte (ref. { $ref }). Vuelve a intentarlo.
refusal-moderators = Solo los moderadores pueden hacer eso.
refusal-admins = Solo los administradores de la plataforma pueden hacer eso.
usage-task = Uso: /task o /task <id de campaña>
usage-link = Uso: /link o /link <dirección de tu billetera>, por ejemplo /link 0xAbC...123
usage-verify = Uso: /verify <firma> (el texto 0x... que te dio tu billetera al firmar el mensaje de /link)

## /link, /wallet, /unlink, /merge
link-page = Abre { $url } en un navegador con tu billetera para vincularla (el enlace funciona una sola vez, durante { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }).
link-by-hand = O envía /link <dirección de tu billetera> para firmar un mensaje a mano.
link-sign = O firma este mensaje con tu billetera ({ $address }) y luego envía /verify <firma>. Caduca en { $minutes ->
        [one] { $minutes } minuto.
       *[other] { $minutes } minutos.
    }
mywallet-yours = Tu billetera: { $address }
mywallet-none = No tienes ninguna billetera vinculada. Envía /link <dirección de tu billetera>.
unlink-done = La billetera { $address } quedó desvinculada. Lo que ya se acuñó sigue ahí; las recompensas pendientes esperan hasta que vuelvas a vincular una billetera.
merge-offer = La billetera { $address } pertenece al miembro #{ $otherMemberId }. Envía /merge confirm para unir ambas cuentas, o /merge cancel.
merge-usage = Uso: /merge confirm o /merge cancel, después de que /verify te ofrezca una fusión.
merge-cancelled = Fusión cancelada. Tus cuentas siguen separadas.
merge-done = Listo: ahora eres el miembro #{ $memberId }, con la billetera { $address }. Tus respuestas, tu habilidad y tus recompensas pendientes están unificadas.
merge-duplicates = { $count ->
        [one] { $count } tarea que habías respondido dos veces cuenta una sola vez (la primera respuesta).
       *[other] { $count } tareas que habías respondido dos veces cuentan una sola vez (la primera respuesta).
    }

## /start and /help
welcome = ¡Te damos la bienvenida a la minería de TNET!
    Recibes tareas pequeñas (etiquetar un elemento, votar, revisar un modelo). Muchos miembros responden cada tarea; cuando hay suficiente acuerdo, las respuestas que coinciden con el consenso ganan TNET. Las recompensas se acuñan por lotes en tu billetera vinculada.
help-text = Minería de TNET: responde pequeñas tareas de IA y gana TNET cuando tu respuesta coincida con el consenso.
    /task [campaña] - recibe una tarea para responder (en un grupo o servidor: las campañas de su comunidad y las de la plataforma)
    /leaderboard - los mejores mineros
    /batch <id de lote> - un lote de acuñación: sus totales, su transacción y los primeros pagos
    /campaign list - campañas en curso
    /campaign stats <id> - cómo va una campaña
    /language - elige tu idioma (en un grupo: el del grupo, para sus moderadores)
    Personales, solo se responden en privado (en Discord, solo tú ves la respuesta):
    /balance - tu TNET pendiente y acuñado
    /stats - tu precisión y por qué se retuvieron recompensas
    /why [tarea | batch <id>] - por qué una respuesta tuya se pagó o se retuvo, y dónde se acuñó
    /link [dirección] - vincula tu billetera en la página de vinculación o firmando un mensaje a mano
    /verify <firma> - termina la vinculación con la firma de ese mensaje
    /wallet - tu billetera vinculada; /unlink - desvincúlala
    /merge confirm - une tu cuenta de otro chat (se ofrece al verificar su billetera)
    Moderadores: /campaign new, /campaign activate|pause|resume|close|export|post <id>, /community (la asignación de esta comunidad), /community audit (su registro de auditoría)
    /help - esta lista

## The platform's own option labels and questions
btn-option-correct = Correcto
btn-option-wrong = Incorrecto
btn-option-yes = Sí
btn-option-no = No
btn-option-unsure = No lo sé
btn-option-good = Buena
btn-option-not-good = No es buena
card-default-check-question = ¿Es una buena contribución?
card-model-says = El modelo dice { $label }, con un { $percent }. ¿Tiene razón?
card-checks-name = { $name } (revisión)
