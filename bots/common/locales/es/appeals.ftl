# Apelaciones (issue 18): un miembro pide a los moderadores de la campaña que revisen una respuesta retenida.

## El menú de comandos, /help y el registro en Discord
cmd-appeal = Apelar una respuesta retenida: /appeal <tarea> <motivo> (respuesta en privado)
cmd-appeals = Moderadores: apelaciones que esperan una decisión
help-appeal = /appeal <tarea> <motivo> - pide a los moderadores que revisen una respuesta retenida (el botón Apelar en /stats)
help-appeals = Moderadores: /appeals - apelaciones que esperan una decisión, con Aceptar y Rechazar
dcmd-appeal-name = appeal
dcmd-appeal-desc = Pide a los moderadores que revisen una respuesta retenida
dopt-appeal-task-name = tarea
dopt-appeal-task-desc = El número de la tarea (de /stats)
dopt-appeal-reason-name = motivo
dopt-appeal-reason-desc = Por qué tu respuesta es correcta, en una o dos frases
dcmd-appeals-name = appeals
dcmd-appeals-desc = Apelaciones que esperan una decisión (moderadores)
dopt-appeals-community-name = comunidad
dopt-appeals-community-desc = El número de la comunidad (sin él: la de este servidor)

## El lado del miembro
appeal-usage = Uso: /appeal <tarea> <motivo>. El motivo dice en una o dos frases por qué tu respuesta es correcta (como máximo { $max } caracteres).
appeal-filed = Tu apelación de la tarea { $taskId } está en manos de los moderadores de la campaña. Su decisión aparecerá en /stats.
appeal-refused-not-found = No tienes ninguna respuesta a la tarea { $taskId }.
appeal-refused-reason-empty = Di en una frase por qué tu respuesta es correcta: /appeal { $taskId } <motivo>
appeal-refused-reason-too-long = Ese motivo es demasiado largo: como máximo { $max } caracteres.
appeal-refused-waiting = Tu respuesta a la tarea { $taskId } aún no se ha juzgado: apélala cuando /stats la muestre retenida.
appeal-refused-not-withheld = Tu respuesta a la tarea { $taskId } no fue retenida: no hay nada que apelar.
appeal-refused-not-appealable = Tu respuesta a la tarea { $taskId } se retuvo por un motivo que no se puede apelar.
appeal-refused-duplicate = Ya apelaste la tarea { $taskId }. Cada respuesta se puede apelar una vez.
appeal-refused-too-many-pending = Tienes { $max } apelaciones esperando una decisión. Vuelve a apelar cuando se decida una.
appeal-refused-rate-limited = Apelaste { $max } respuestas en las últimas 24 horas. Inténtalo mañana.
stats-appealable = Puedes apelar estas respuestas retenidas:
stats-appealable-line = - tarea { $taskId }: { $reason }
btn-appeal = Apelar la tarea { $taskId }
appeal-how = Envía /appeal { $taskId } seguido de un motivo breve (como máximo { $max } caracteres), por ejemplo:
    /appeal { $taskId } La imagen muestra un perro, no un gato.
stats-appeals = Tus apelaciones:
stats-appeal-line = - tarea { $taskId }: { $state }
appeal-state-name = { $state ->
        [upheld] aceptada, la recompensa está pagada
        [refused] rechazada
       *[pending] esperando a los moderadores
    }
rule-appeal-upheld = los moderadores aceptaron tu apelación

## La cola de los moderadores
appeals-none = No hay apelaciones esperando.
appeals-usage = Uso: /appeals [número de comunidad]. En un grupo o servidor: las apelaciones de su comunidad; en privado, indica el número de la comunidad.
appeals-forbidden = No moderas esa comunidad.
appeals-title = { $count ->
        [one] Hay 1 apelación esperando.
       *[other] Hay { $count } apelaciones esperando; siguen las { $shown } más antiguas.
    }
appeal-card-header = Apelación #{ $appealId } · campaña #{ $campaignId } { $name } · tarea { $taskId }
appeal-card-withheld = Retenida porque: { $reason }
appeal-card-choice = El miembro respondió: { $label }
appeal-card-counts = Respuestas: { $counts }
appeal-card-consensus = Consenso: { $label } ({ $confidence })
appeal-card-no-consensus = Sin consenso
appeal-card-gold = Respuesta conocida (pregunta de control): { $label }
appeal-card-record = El miembro en esta campaña: { $answers } respuestas, precisión estimada { $skill }, preguntas de control { $goldCorrect }/{ $goldAnswers } correctas
appeal-card-no-skill = aún sin estimar
appeal-card-record-withheld = Retenidas antes: { $lines }
appeal-card-reason = Su motivo: { $reason }
btn-appeal-uphold = Aceptar
btn-appeal-refuse = Rechazar
appeal-upheld = Apelación #{ $appealId } aceptada: { $amount } pagados por la tarea { $taskId }.
appeal-refused = Apelación #{ $appealId } rechazada.
appeal-decide-not-found = Esa apelación no te toca decidirla.
appeal-decide-own = La apelación #{ $appealId } es tuya: la decide otro moderador.
appeal-decide-already = La apelación #{ $appealId } ya estaba decidida.
appeal-decide-budget-short = El presupuesto de la campaña no alcanza para pagar la apelación #{ $appealId }: sigue esperando.
