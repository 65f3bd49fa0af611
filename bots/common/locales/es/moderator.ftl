# Moderator-facing words: /campaign, /community, /batch, the guided /campaign new,
# the stats text and chart, the audit log. Commands and what is typed after them
# (/campaign post, activate, -, min-max) stay as written: moderators type them.

## Names of codes

# A campaign's status (la campaña: feminine).
mod-status-name = { $status ->
        [draft] en borrador
        [active] activa
        [paused] en pausa
        [closed] cerrada
       *[other] { $status }
    }
# A campaign's kind: the codes stay as moderators type them in the wizard.
mod-kind-name = { $kind ->
        [label] label
        [vote] vote
        [check] check
        [pairwise] pairwise
        [multilabel] multilabel
        [contribute] contribute
       *[other] { $kind }
    }
# A mint batch's state (el lote: masculine).
batch-state-name = { $state ->
        [prepared] preparado
        [submitted] enviado
        [confirmed] confirmado
        [failed] fallido
       *[other] { $state }
    }

## /campaign

mod-campaign-usage = Uso: /campaign list | /campaign stats <id> | /campaign post <id> | /campaign activate|pause|resume|close <id>
mod-campaign-usage-id = Uso: /campaign { $sub } <id>, con el número de la campaña que aparece en /campaign list.
mod-campaign-unknown-sub =
    Subcomando desconocido: "{ $sub }".
    Uso: /campaign list | /campaign stats <id> | /campaign post <id> | /campaign activate|pause|resume|close <id>
mod-campaign-none = Aún no hay campañas.
mod-campaign-none-active = Ahora mismo no hay campañas activas.
mod-campaign-list = Campañas
    { $lines }
mod-campaign-line = #{ $campaignId } { $name } [{ $status }] · { $reward } por respuesta · gastado: { $spent } de { $budget }
mod-campaign-posted = La campaña #{ $campaignId } ya está publicada aquí.
mod-campaign-posted-cards = { $cards ->
        [one] La campaña #{ $campaignId } ya está publicada aquí, { $cards } tarjeta a la vez.
       *[other] La campaña #{ $campaignId } ya está publicada aquí, { $cards } tarjetas a la vez.
    }
mod-campaign-now = La campaña #{ $campaignId } ahora está { $status }.

## /campaign in Telegram and Discord

mod-tg-campaign-usage =
    Uso: /campaign list | /campaign stats <id>
    Moderadores: /campaign new [id de comunidad] | /campaign post <id> [tarjetas a la vez] | /campaign activate|pause|resume|close <id> | /campaign export <id>
mod-new-usage = Uso: /campaign new y luego responde las preguntas una a una. En privado: /campaign new <id de comunidad> para una comunidad.
mod-new-in-progress = Ya hay una campaña nueva en curso.
    { $prompt }
mod-export-usage = Uso: /campaign export <id> [formato], con el número de la campaña que aparece en /campaign list; formato: { $formats } (csv por defecto; dpo y ranking para campañas pairwise).
mod-export-choose-format = Elige el formato de exportación entre { $formats }.
mod-export-caption = { $format ->
        [ranking] { $count ->
            [one] Campaña #{ $campaignId }: { $count } modelo clasificado con Bradley-Terry, en CSV.
           *[other] Campaña #{ $campaignId }: { $count } modelos clasificados con Bradley-Terry, en CSV.
        }
        [dpo] { $count ->
            [one] Campaña #{ $campaignId }: { $count } tarea decidida, como pares de preferencia DPO (JSON lines).
           *[other] Campaña #{ $campaignId }: { $count } tareas decididas, como pares de preferencia DPO (JSON lines).
        }
        [jsonl] { $count ->
            [one] Campaña #{ $campaignId }: { $count } tarea con su consenso, en JSON lines.
           *[other] Campaña #{ $campaignId }: { $count } tareas con su consenso, en JSON lines.
        }
       *[other] { $count ->
            [one] Campaña #{ $campaignId }: { $count } tarea con su consenso, en CSV.
           *[other] Campaña #{ $campaignId }: { $count } tareas con su consenso, en CSV.
        }
    }
mod-export-not-sent-telegram = No se pudo enviar la exportación de la campaña #{ $campaignId } (Telegram acepta documentos de hasta 50 MB). En el servidor: npx tnet campaign export { $campaignId }
mod-export-too-large-discord = La exportación de la campaña #{ $campaignId } supera los 10 MB; obtenla con la CLI: npx tnet campaign export { $campaignId }.
mod-post-usage = Uso: /campaign post <id> [tarjetas], donde tarjetas (de 1 a { $max }) es cuántas tarjetas de tareas muestra este chat a la vez.
mod-cancel-nothing = No hay nada que cancelar.
mod-upload-not-yet = Todavía no: { $prompt }
mod-upload-too-large = Ese archivo pesa { $size }; el límite es { $limit }. Divídelo en archivos más pequeños, o /cancel.
mod-upload-format = Envía los elementos como archivo .csv o .jsonl (o un .zip con uno de ellos y sus imágenes), o /cancel.
mod-upload-refused = { $reason } O /cancel.
mod-items-format-discord = Los elementos deben ser un archivo .csv, .jsonl o .zip; { $name } no es ninguno de ellos. No se creó nada.
mod-items-too-large-discord = Ese archivo pesa { $size } MB; los elementos pueden ocupar 20 MB como máximo. No se creó nada.
mod-items-unreadable-discord = No se pudo leer el archivo adjunto. Vuelve a adjuntarlo. No se creó nada.
mod-items-refused-discord = { $error }
    No se creó nada; corrige el archivo y vuelve a ejecutar /campaign new.
mod-imported-discord = { $gold ->
        [0] { $count ->
            [one] Se importó { $count } elemento en la campaña en borrador #{ $campaignId }. Iníciala con /campaign activate { $campaignId }.
           *[other] Se importaron { $count } elementos en la campaña en borrador #{ $campaignId }. Iníciala con /campaign activate { $campaignId }.
        }
       *[other] { $count ->
            [one] Se importó { $count } elemento ({ $gold } con respuesta conocida) en la campaña en borrador #{ $campaignId }. Iníciala con /campaign activate { $campaignId }.
           *[other] Se importaron { $count } elementos ({ $gold } con respuesta conocida) en la campaña en borrador #{ $campaignId }. Iníciala con /campaign activate { $campaignId }.
        }
    }

## The guided /campaign new

wizard-prompt-name =
    Campaña nueva (envía /cancel en cualquier momento para detenerte).
    Paso 1 de 8: ¿cómo se llama?
# The kind names before each parenthesis are typed as written.
wizard-prompt-kind = Paso 2 de 8: ¿de qué tipo? label (elegir una etiqueta para cada elemento), vote (elegir la mejor opción), check (¿acierta un modelo?), pairwise (cuál de dos salidas es mejor: A, B, empate o ambas malas), multilabel (marcar todas las etiquetas que correspondan) o contribute (los miembros escriben un texto, como un pie de foto o una traducción, y otros miembros lo revisan)
wizard-prompt-question = Paso 3 de 8: ¿qué pregunta responden los miembros en cada elemento?
wizard-prompt-options = Paso 4 de 8: las opciones, separadas por comas: gato, perro, loro. Para mostrar otro nombre, usa = (pos=Positivo). En una campaña check, - mantiene las opciones por defecto Correcto / Incorrecto.
wizard-prompt-options-multilabel = Paso 4 de 8: las etiquetas que marcan los miembros, de 2 a 20, separadas por comas: toxico, spam, fuera_de_tema. Para mostrar otro nombre, usa = (fuera_de_tema=Fuera de tema).
wizard-prompt-reward = Paso 5 de 8: ¿la recompensa por respuesta aceptada, en TNET (por ejemplo 10 o 0.5)?
wizard-prompt-answers-per-task = Paso 6 de 8: ¿cuántas respuestas necesita cada tarea (de 1 a 100; lo habitual es 3)?
wizard-prompt-budget = Paso 7 de 8: ¿el presupuesto total en TNET?
wizard-prompt-items = Paso 8 de 8: envía los elementos como archivo CSV (una fila de encabezado y un elemento por línea; columnas opcionales id y gold) o como archivo JSONL (un objeto JSON por línea), de 20 MB como máximo; o un .zip con uno de esos archivos y las imágenes que nombra su columna image.
wizard-items-pairwise = Cada elemento pairwise tiene un prompt y dos salidas: columnas prompt, a, b y, opcionalmente, model_a y model_b para clasificar los modelos.
wizard-items-multilabel = Una respuesta conocida (gold) es un conjunto de ids de etiqueta unidos con | (toxico|spam), o [] cuando no corresponde ninguna.
wizard-pairwise-options-fixed = Sus opciones son fijas: A, B, empate, ambas malas.

# A contribute campaign's questions. $step is this question's number, $steps how many there are.
wizard-contribute-question = Paso { $step } de { $steps }: ¿qué escriben los miembros para cada elemento (por ejemplo: Escribe un pie de foto para esta imagen)?
wizard-contribute-reward = Paso { $step } de { $steps }: ¿la recompensa por texto aceptado, en TNET (por ejemplo 10 o 0.5)? Un texto se acepta cuando los miembros que lo revisan lo consideran bueno.
wizard-contribute-answers-per-task = Paso { $step } de { $steps }: ¿cuántos textos recibe cada elemento, de miembros distintos (de 1 a 100)?
wizard-contribute-budget = Paso { $step } de { $steps }: ¿el presupuesto para los textos, en TNET?
wizard-contribute-check-question = Paso { $step } de { $steps }: la pregunta que responden los revisores sobre cada texto (por ejemplo: ¿Es un buen pie de foto?), o - para usar la de por defecto, "¿Es una buena contribución?"
wizard-contribute-check-reward = Paso { $step } de { $steps }: ¿la recompensa por revisión aceptada, en TNET?
wizard-contribute-check-budget = Paso { $step } de { $steps }: ¿el presupuesto para las revisiones, en TNET?
wizard-contribute-lengths = Paso { $step } de { $steps }: ¿qué longitud puede tener un texto, en caracteres, como min-max (por ejemplo 10-200; como máximo { $max }), o - para { $defaults }?
wizard-contribute-items = Paso { $step } de { $steps }: envía los elementos como archivo CSV (una fila de encabezado y un elemento por línea; columna opcional id) o como archivo JSONL (un objeto JSON por línea), de 20 MB como máximo; o un .zip con uno de esos archivos y las imágenes que nombra su columna image. Cada elemento tiene un texto sobre el que escribir (columna prompt o text), una imagen, o ambos.

# A problem starts with the field's name as the definition file spells it (options, answersPerTask, lengths).
wizard-problem-options-multilabel = options: una campaña multilabel necesita las etiquetas que se marcan
wizard-problem-options-needed = options: las campañas label y vote necesitan sus opciones
wizard-problem-too-many-labels = options: una campaña multilabel tiene como máximo { $max } etiquetas
wizard-problem-answers-whole = answersPerTask: debe ser un número entero
wizard-problem-lengths-format = lengths: escribe el mínimo y el máximo de caracteres como min-max, por ejemplo 10-200
wizard-problem-lengths-order = lengths: el mínimo no puede ser mayor que el máximo
wizard-does-not-fit = Eso no encaja:
    { $problems }
wizard-items-as-document = Envía los elementos como documento (un archivo .csv o .jsonl). { $prompt }
wizard-summary-head = { $name } ({ $kind }): { $question }
wizard-summary-options = Opciones: { $options }
wizard-summary-option-label = { $optionId } ({ $label })
wizard-summary-answers = { $reward } por respuesta aceptada, { $answers } respuestas por tarea, presupuesto { $budget }
wizard-summary-texts = Textos de { $min }–{ $max } caracteres, revisados por otros miembros: { $checkQuestion }
wizard-summary-texts-money = { $texts ->
        [one] { $reward } por texto aceptado, { $texts } texto por elemento, presupuesto { $budget }
       *[other] { $reward } por texto aceptado, { $texts } textos por elemento, presupuesto { $budget }
    }
wizard-summary-checks-money = { $reward } por revisión aceptada, { $checks } revisiones por texto, presupuesto { $budget }
wizard-file-refused = { $error }
    Corrige el archivo y envíalo de nuevo, o /cancel.
wizard-imported = { $gold ->
        [0] { $count ->
            [one] Se importó { $count } elemento en la campaña en borrador #{ $campaignId }.
           *[other] Se importaron { $count } elementos en la campaña en borrador #{ $campaignId }.
        }
       *[other] { $count ->
            [one] Se importó { $count } elemento ({ $gold } con respuesta conocida) en la campaña en borrador #{ $campaignId }.
           *[other] Se importaron { $count } elementos ({ $gold } con respuesta conocida) en la campaña en borrador #{ $campaignId }.
        }
    }
# "activate" is typed as written (yes and start work too).
wizard-confirm = Envía activate para iniciar la campaña #{ $campaignId }, o /cancel para descartarla.
wizard-activated = La campaña #{ $campaignId } está activa. Publícala en un grupo con /campaign post { $campaignId } [tarjetas a la vez].
wizard-cancelled-draft = Cancelado. La campaña en borrador #{ $campaignId } quedó cerrada; nunca llegó a ejecutarse.
wizard-cancelled = Cancelado. No se creó ninguna campaña.

## /campaign stats in words

stats-report-head = Campaña #{ $campaignId } · { $name } [{ $status }]
stats-report-progress = Progreso: { $progress } ({ $final } de { $tasks } tareas con resultado final, { $uncertain } sin consenso claro)
stats-report-answers = { $members ->
        [one] Respuestas: { $answers } de { $members } miembro
       *[other] Respuestas: { $answers } de { $members } miembros
    }
stats-report-agreement-none = Acuerdo: aún no hay respuestas puntuadas ({ $accepted } aceptadas, { $withheld } retenidas)
stats-report-agreement = Acuerdo: { $agreement } ({ $accepted } aceptadas, { $withheld } retenidas)
stats-report-budget = Presupuesto: gastado { $spent } de { $budget }
stats-report-model-verified = { $checked ->
        [one] Modelo verificado por los miembros: { $accuracy } de aciertos ({ $checked } predicción revisada)
       *[other] Modelo verificado por los miembros: { $accuracy } de aciertos ({ $checked } predicciones revisadas)
    }
stats-report-labels-head = Etiquetas (en { $sets ->
        [one] { $sets } conjunto decidido
       *[other] { $sets } conjuntos decididos
    } · marcadas en { $answers ->
        [one] { $answers } respuesta
       *[other] { $answers } respuestas
    }):
stats-report-label-line = • { $label }: { $decided } · { $ticked }
stats-report-label-none = • ninguna: { $decided } · { $ticked }
stats-report-share-count = { $share } ({ $count })
stats-report-position-bias-none = Sesgo de posición: aún ninguna respuesta eligió un lado
stats-report-position-bias = Sesgo de posición: la salida mostrada primero ganó el { $share } de { $answers } respuestas que eligieron un lado (IC 95 %: { $low }–{ $high }; 50 % es sin sesgo)
stats-report-ranking-none = Ranking: aún ningún par decidido nombra a sus dos modelos
stats-report-ranking-head = { $pairs ->
        [one] Ranking (Bradley-Terry sobre { $pairs } par decidido, intervalo del 95 %):
       *[other] Ranking (Bradley-Terry sobre { $pairs } pares decididos, intervalo del 95 %):
    }
stats-report-ranking-line = { $pairs ->
        [one] { $rank }. { $model }: { $score } ({ $low }–{ $high }), { $pairs } par
       *[other] { $rank }. { $model }: { $score } ({ $low }–{ $high }), { $pairs } pares
    }

## The /campaign stats picture; short lines on a chart

chart-title = Campaña #{ $campaignId } · { $name } [{ $status }]
chart-subtitle = { $members ->
        [one] { $answers } respuestas de { $members } miembro · gastado: { $spent } de { $budget }
       *[other] { $answers } respuestas de { $members } miembros · gastado: { $spent } de { $budget }
    }
chart-progress = Progreso
chart-progress-note = ({ $final } de { $tasks } con resultado final)
chart-agreement = Acuerdo
chart-agreement-none = aún no hay respuestas puntuadas
chart-agreement-note = ({ $accepted } aceptadas)
chart-model-verified = Modelo verificado
chart-model-none = aún no hay revisiones decididas
chart-model-note = ({ $checks } revisiones)
chart-first-won = Ganó la mostrada primero
chart-first-won-none = aún ninguna respuesta eligió un lado
chart-first-won-note = de { $answers } (50 % es sin sesgo)
chart-answers-per-day = Respuestas por día (últimos { $days } días, UTC)
chart-top-miners = Mejores mineros
chart-no-answers = Aún no hay respuestas
chart-member = miembro { $memberId }
chart-miner = { $rank }. { $name }
chart-miner-note = { $answers } respuestas · { $accepted } aceptadas · { $earned }
chart-labels-head = Etiquetas en { $sets } conjuntos decididos (barra fina: marcadas en { $answers } respuestas)
chart-labels-more = y { $count } más en /campaign stats
chart-ranking-head = Ranking de modelos (Bradley-Terry, { $pairs } pares, intervalo del 95 %)
chart-ranking-more = y { $count } más en la exportación
chart-ranking-model = { $rank }. { $model }

## /batch

batch-usage = Uso: /batch <id de lote, 0x y 64 dígitos hexadecimales>
batch-not-found = No existe el lote de acuñación { $batchId }.
batch-head = Lote de acuñación { $batchId } [{ $state }]
batch-transaction = Transacción: { $txHash }
batch-transaction-none = Transacción: aún no enviada
batch-totals = { $rows ->
        [one] { $rows } fila
       *[other] { $rows } filas
    } para { $wallets ->
        [one] { $wallets } billetera
       *[other] { $wallets } billeteras
    }, { $gross } en bruto
batch-payout = { $wallet } { $amount }
batch-more = { $count ->
        [one] ... y { $count } billetera más; el manifiesto completo: npx tnet batch { $batchId }
       *[other] ... y { $count } billeteras más; el manifiesto completo: npx tnet batch { $batchId }
    }

## /community and the audit log

community-usage =
    Uso: /community (esta comunidad y su asignación) | /community audit [id de comunidad]
    Administradores de la plataforma: /community register [título] (en el grupo o servidor; por defecto el título es su nombre) | /community grant [id de comunidad] <TNET> | /community list
community-unknown-sub =
    Subcomando desconocido: "{ $sub }".
    Uso: /community (esta comunidad y su asignación) | /community audit [id de comunidad]
    Administradores de la plataforma: /community register [título] (en el grupo o servidor; por defecto el título es su nombre) | /community grant [id de comunidad] <TNET> | /community list
community-grant-usage = Uso: /community grant [id de comunidad] <TNET>, por ejemplo /community grant 50000.
community-audit-usage = Uso: /community audit [id de comunidad]
community-not-registered = Este chat no es una comunidad registrada. Un administrador de la plataforma lo registra con /community register.
community-info = Comunidad { $line }
community-register-here = Envía /community register en el grupo o servidor para registrarlo, o usa la CLI: tnet community register.
community-registered = Este chat ahora es la comunidad #{ $communityId } "{ $title }". Otórgale una asignación con /community grant <TNET>.
community-grant-private-usage = Uso: /community grant <id de comunidad> <TNET> en privado.
community-register-first = Este chat no es una comunidad registrada. Regístralo primero con /community register.
community-granted = Se otorgaron { $amount } a la comunidad #{ $communityId }: { $allowance } en total, quedan { $left }.
community-audit-empty = El registro de auditoría aún no tiene nada aquí.
community-audit = Registro de auditoría (lo más reciente al final)
    { $lines }
community-none = Aún no hay comunidades.
community-list = Comunidades
    { $lines }
community-line = #{ $communityId } { $platform } { $chatId } "{ $title }" · asignación { $allowance }, reservado { $reserved }, disponible { $left }

audit-line = { $at } UTC #{ $id } { $rest }
audit-platform = plataforma
audit-community = comunidad:{ $communityId }
