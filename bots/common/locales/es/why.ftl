# /why: el recorrido de una respuesta tuya hasta la regla que la pagó o la retuvo y el lote de acuñación.
cmd-why = Por qué una respuesta se pagó o no, y su acuñación (respuesta en privado)
dcmd-why-name = why
dcmd-why-desc = Por qué una respuesta tuya se pagó o se retuvo, y dónde se acuñó
dopt-why-task-name = task
dopt-why-task-desc = El número de la tarea (sin él: tu última respuesta)
dopt-why-batch-name = batch
dopt-why-batch-desc = Un id de lote de acuñación, o sus primeros dígitos: tus recompensas en él
why-usage = Uso: /why (tu última respuesta), /why <número de tarea> o /why batch <id del lote o sus primeros dígitos>.
why-no-answers = Todavía no has respondido ninguna tarea. Envía /task para recibir una.
why-not-yours = No tienes ninguna respuesta en la tarea #{ $taskId }. /why muestra solo tus propias respuestas.
why-no-batch = Ninguna de tus recompensas está en un lote de acuñación cuyo id empiece por { $prefix }.
why-ambiguous = Más de un lote con tus recompensas empieza por { $prefix }: escribe más de su id.
why-head = Por qué: tarea #{ $taskId } · campaña #{ $campaignId } { $name }
why-answer = Tu respuesta: { $label } ({ $when })
why-waiting = La tarea aún no está decidida: sus votos, su decisión y tu recompensa aparecerán aquí cuando lo esté.
why-votes = Votos contados: { $votes }
why-vote = { $label } { $count }
why-consensus = Consenso: { $label } (confianza { $confidence })
why-consensus-plain = Consenso: { $label }
why-consensus-none = Consenso: ninguno, la tarea se cerró sin una respuesta confiable
why-no-label = sin etiqueta
why-known = Era una pregunta de control; su respuesta conocida: { $label }
why-not-judged = Tu respuesta aún no se ha juzgado: lo será cuando la ronda de puntuación haya evaluado suficientes respuestas tuyas.
why-row-paid = Pagado { $amount } porque { $reason }
why-row-withheld = No pagado porque { $reason }
why-row-correction = Corregido en { $amount } porque { $reason }
why-row-pending = Pendiente: entra en el próximo lote de acuñación cuando tengas una billetera vinculada (/link).
why-mint = Acuñado en el lote { $batchId } [{ $state }], transacción { $txHash }
why-mint-no-transaction = En el lote { $batchId } [{ $state }], aún no enviado
why-manifest-hash = Hash del manifiesto (keccak256 de su texto canónico, el id del lote): { $hash }
why-manifest-mismatch = Atención: el manifiesto guardado no da como hash el id de este lote.
why-net = Neto por esta respuesta: { $amount }
why-batch-head = Tus recompensas en el lote de acuñación { $batchId }
why-batch-row = - Tarea #{ $taskId } (campaña #{ $campaignId } { $name }): { $amount } porque { $reason }
why-batch-more = … y { $count } filas tuyas más en este lote.
why-batch-total = Tu total en este lote: { $amount } en { $count ->
        [one] { $count } fila
       *[other] { $count } filas
    }, antes de la parte de la fundación
