# Domain errors, one message per error code (bots/common/error-text.ts).

err-member-not-found = Todavía no te conozco. Envía /start primero.
err-member-banned = Tu cuenta está bloqueada y no puede responder tareas.
err-member-no-merge = No hay ninguna fusión pendiente. Se ofrece cuando verificas una billetera que tu cuenta de otro chat ya vinculó.
err-member-merge-expired = Esa oferta de fusión caducó. Envía /link de nuevo y firma con la billetera.
err-member-merge-stale = Esa billetera cambió desde que se ofreció la fusión. Envía /link de nuevo y firma con la billetera.
err-campaign-not-found = No existe la campaña #{ $campaignId }.
err-campaign-invalid-definition = La definición de la campaña tiene problemas:
    { $problems }
err-campaign-invalid-transition = La campaña #{ $campaignId } está { $from }; no puede pasar a { $to }.
err-campaign-not-active = La campaña #{ $campaignId } está { $status }, no activa.
err-campaign-import-invalid = No se importó nada: { $badRowCount ->
        [one] { $badRowCount } fila incorrecta.
       *[other] { $badRowCount } filas incorrectas.
    }
    { $rows }
err-campaign-import-row = - línea { $row }: { $reason }
err-campaign-import-more = - y { $count } más
err-campaign-closed = La campaña #{ $campaignId } está cerrada.
err-campaign-no-items = La campaña #{ $campaignId } aún no tiene elementos; importa algunos primero.
err-campaign-export-format = La campaña #{ $campaignId } es de tipo { $kind }; la exportación { $format } es solo para campañas pairwise.
err-campaign-forbidden = Solo los moderadores pueden hacer eso.
err-campaign-budget-exhausted = La campaña #{ $campaignId } agotó su presupuesto.
err-campaign-over-cap = Ese presupuesto superaría el tope de 6000 millones de TNET: como máximo quedan { $available } por comprometer.
err-campaign-check-not-posted = La campaña #{ $campaignId } contiene las revisiones de contribuciones: los miembros las reciben en privado con /task, nunca en un chat.
err-campaign-post-elsewhere = La campaña #{ $campaignId } pertenece a una comunidad; solo se publica en el chat o servidor de esa comunidad.
err-community-not-found = No existe la comunidad #{ $communityId }.
err-community-not-registered = Este chat no es una comunidad registrada. Un administrador de la plataforma lo registra con /community register.
err-community-already-registered = Este chat ya es la comunidad #{ $communityId }.
err-community-forbidden = Solo los administradores de la plataforma pueden hacer eso.
err-community-invalid = Eso no funciona: { $reason }.
err-community-no-allowance = A esta comunidad no le queda asignación de TNET para un nuevo presupuesto. Un administrador de la plataforma se la otorga con /community grant.
err-community-allowance-exceeded = Ese presupuesto supera la asignación de esta comunidad: como máximo quedan { $available }.
err-task-not-found = Esa tarea no existe.
err-answer-not-served = Ese botón ya no es válido.
err-answer-task-closed = Esta tarea ya está cerrada. Toca "Siguiente tarea" para obtener otra.
err-answer-task-full = Esta tarea acaba de recibir todas las respuestas que necesita. Toca "Siguiente tarea" para obtener otra.
err-answer-invalid-option = Esa no es una de las opciones de esta tarea.
err-answer-rate-limited = { $seconds ->
        [one] Estás respondiendo demasiado rápido. Vuelve a intentarlo en { $seconds } segundo.
       *[other] Estás respondiendo demasiado rápido. Vuelve a intentarlo en { $seconds } segundos.
    }
err-answer-campaign-paused = Esta campaña está { $status } en este momento.
err-answer-own-contribution = Este texto lo escribiste tú: lo revisan otros miembros. Toca "Siguiente tarea" para obtener otra.
err-contribution-not-wanted = Esta tarea se responde con un botón, no con un texto: toca una de sus opciones.
err-wallet-invalid-address = Esa no es una dirección de Ethereum. Envía /link 0x... con la dirección de tu billetera.
err-wallet-no-challenge = No hay ninguna solicitud de vinculación pendiente. Empieza con /link <dirección de tu billetera>.
err-wallet-challenge-expired = Esa solicitud de vinculación caducó. Envía /link <dirección de tu billetera> de nuevo.
err-wallet-bad-signature = Esa firma no coincide con el mensaje y la dirección. Firma exactamente el mensaje de /link y vuelve a intentarlo.
err-wallet-address-taken = Esa billetera ya está vinculada a otro miembro.
err-wallet-not-linked = No tienes ninguna billetera vinculada. Envía /link <dirección de tu billetera>.
err-model-invalid-config = El registro del modelo tiene problemas:
    { $problems }
err-model-invalid-file = El archivo de modelo { $path } no se puede usar: { $reason }. No se registró nada.
err-model-shape-mismatch = El modelo { $path } no encaja con su registro: se esperaba { $expected } y se encontró { $actual }. No se registró nada.
err-model-file-changed = El archivo de modelo { $path } cambió desde que se registró; vuelve a registrarlo.
err-model-device-unavailable = El dispositivo del modelo { $device } no está disponible aquí ({ $reason }).
err-model-not-found = La campaña #{ $campaignId } no tiene ningún modelo de referencia registrado.
err-model-no-predictions = La campaña #{ $campaignId } aún no tiene predicciones de referencia para revisar.

# Campaign statuses as error texts name them ($status is a status code).
campaign-status-name = { $status ->
        [draft] en borrador
        [active] activa
        [paused] en pausa
       *[closed] cerrada
    }
