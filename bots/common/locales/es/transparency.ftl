# The public transparency page (bots/web/transparency-html.ts and public/transparency.js), at
# PUBLIC_URL/transparency. Amounts come formatted ("12.5 TNET"), dates too. The page's script
# fills in { $id }, { $reason }, { $status } and the counts itself: keep each one.

transparency-title = Transparencia de TNET
transparency-heading = TNET a la vista
transparency-intro = Cada TNET se emite por trabajo que hicieron los miembros. Esta página muestra cuánto se emitió, a qué ritmo, qué recibió la fundación y cuánto puede gastar cada comunidad, y tu navegador comprueba cada lote de emisión con la cadena.
transparency-language-label = Idioma

transparency-supply-heading = Emitido frente al límite
transparency-minted-label = Emitido
transparency-minted-value = { $minted } de { $cap } ({ $percent })
transparency-remaining-label = Aún se puede emitir
transparency-batches-label = Lotes de emisión confirmados

transparency-pace-heading = Ritmo
transparency-pace-window-label = Periodo
transparency-pace-minted-label = Emitido
transparency-pace-cap-label = A este ritmo se alcanza el límite
transparency-pace-7 = Últimos 7 días
transparency-pace-30 = Últimos 30 días
transparency-cap-date = { $date } (en { $days } días)
transparency-cap-reached = Se alcanzó el límite.
transparency-cap-no-pace = Nunca: no se emitió nada en estos días.
transparency-cap-far = En más de 1000 años.

transparency-foundation-heading = La parte de la fundación
transparency-foundation-text = La fundación recibió { $foundation }, el { $percent } de todos los TNET emitidos; los mineros recibieron { $miners }.

transparency-communities-heading = Comunidades
transparency-communities-intro = Los administradores de la plataforma asignan a cada comunidad una asignación; sus campañas reservan presupuestos de ella y pagan a los miembros con ellos.
transparency-community = Comunidad
transparency-allowance = Asignación
transparency-reserved = Reservado por campañas
transparency-spent = Pagado a miembros
transparency-left = Aún disponible
transparency-no-communities = Ninguna comunidad tiene asignación todavía.
transparency-communities-more = Se muestran las primeras { $shown } de { $count } comunidades.

transparency-batches-heading = Lotes de emisión
transparency-batches-intro = El id de un lote es el hash keccak256 de su manifiesto, la lista de lo que pagó. Tu navegador descarga cada manifiesto, calcula el hash por sí mismo y lo compara con el id que aparece aquí y con el id que registró la cadena.
transparency-batch-id = Id del lote
transparency-batch-state = Estado
transparency-batch-created = Creado
transparency-batch-updated = Confirmado o último cambio
transparency-batch-minted = Emitido
transparency-batch-foundation = Fundación
transparency-batch-recipients = Destinatarios
transparency-batch-tx = Transacción
transparency-batch-manifest = Manifiesto
transparency-batch-check = Comprobación
transparency-download = Descargar
transparency-no-batches = Todavía no hay lotes de emisión.
transparency-older = Lotes anteriores
transparency-newest = Lotes más recientes
transparency-needs-script = La comprobación necesita JavaScript.

transparency-state-prepared = Preparado
transparency-state-submitted = Enviado
transparency-state-confirmed = Confirmado
transparency-state-failed = Fallido

transparency-checking = Comprobando…
transparency-checking-all = Comprobando { $count } lotes…
transparency-summary = Se comprobaron { $count } lotes: { $verified } verificados, { $mismatch } con discrepancia, { $unchecked } sin poder comprobar.
transparency-verified = Verificado: el manifiesto da este id como hash y la cadena registró este id.
transparency-not-minted = El manifiesto da este id como hash; la cadena no lo ha emitido, como indica su estado.
transparency-mismatch-manifest = DISCREPANCIA: el hash del manifiesto no es este id de lote.
transparency-mismatch-chain = DISCREPANCIA: la cadena registró el id de lote { $id } para esta transacción.
transparency-mismatch-not-minted = DISCREPANCIA: figura como confirmado, pero la cadena no ha emitido este lote.
transparency-unchecked = No se pudo comprobar: { $reason }
transparency-reason-no-chain = este servidor no está conectado a ninguna cadena.
transparency-reason-unreachable = el nodo de la cadena no respondió.
transparency-reason-timeout = el nodo de la cadena tardó demasiado en responder.
transparency-reason-manifest = no se pudo descargar el manifiesto (estado { $status }).
transparency-reason-server = el servidor no respondió (estado { $status }).
transparency-reason-network = falló la red.
