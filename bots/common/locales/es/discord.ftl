# The Discord bot's own words (bots/discord): buttons, menus, modals and its replies.
# Command and subcommand names stay English, as every text names them (/task, /campaign
# list); option names are Spanish: lower case, no spaces.

btn-discord-write = Escribir
discord-answer-placeholder = Elige tu respuesta
discord-labels-placeholder = Elige todas las etiquetas que correspondan
discord-labels-hint = Elige en el menú todas las etiquetas que correspondan, o toca Ninguna.

modal-title-contribution = Tu texto para la tarea { $taskId }
discord-contribution-label = Tu texto ({ $minLength }–{ $maxLength } caracteres)
discord-contribution-about-picture = Escribe sobre la imagen de la tarjeta.
modal-title-verify = Verifica tu billetera
discord-verify-label = Firma
discord-verify-label-desc = La firma 0x... del mensaje de /link. ¿No cabe en este campo? Usa la página de vinculación de /link.

discord-stale-button = Ese botón ya no es válido. Envía /task para obtener una tarea nueva.
discord-stale-form = Ese formulario ya no es válido. Vuelve a ejecutar el comando.
discord-unknown-command = Ese comando no se conoce aquí (o ya no existe). Escribe / para ver los comandos.

## Slash commands as Discord shows them.

dcmd-task-name = task
dcmd-task-desc = Recibe una tarea para responder
dopt-task-campaign-name = campaña
dopt-task-campaign-desc = Un número de campaña (de /campaign list)

dcmd-balance-name = balance
dcmd-balance-desc = Tu TNET pendiente y acuñado

dcmd-stats-name = stats
dcmd-stats-desc = Tu precisión y por qué se retuvieron recompensas

dcmd-leaderboard-name = leaderboard
dcmd-leaderboard-desc = Los mejores mineros

dcmd-link-name = link
dcmd-link-desc = Vincula tu billetera (firmas un mensaje para demostrar que es tuya)
dopt-link-address-name = dirección
dopt-link-address-desc = La dirección de tu billetera, 0x...

dcmd-verify-name = verify
dcmd-verify-desc = Termina de vincular tu billetera con la firma del mensaje de /link
dopt-verify-signature-name = firma
dopt-verify-signature-desc = La firma 0x... que te dio tu billetera (u omítela para abrir un formulario)

dcmd-wallet-name = wallet
dcmd-wallet-desc = Tu billetera vinculada

dcmd-unlink-name = unlink
dcmd-unlink-desc = Desvincula tu billetera

dcmd-merge-name = merge
dcmd-merge-desc = Une tu cuenta de otro chat, cuando /verify te lo ofrezca
dopt-merge-action-name = acción
dopt-merge-action-desc = Confirma o cancela la fusión ofrecida (omítela para ver la oferta)
choice-merge-action-confirm = confirm (confirmar)
choice-merge-action-cancel = cancel (cancelar)

dcmd-batch-name = batch
dcmd-batch-desc = El manifiesto de un lote de acuñación: a qué corresponde cada wei
dopt-batch-id-name = id
dopt-batch-id-desc = El id del lote, 0x y 64 dígitos hexadecimales

dcmd-help-name = help
dcmd-help-desc = Qué hace este bot y sus comandos

dcmd-campaign-name = campaign
dcmd-campaign-desc = Gestiona campañas (moderadores)
dsub-campaign-new-name = new
dsub-campaign-new-desc = Crea una campaña en borrador con sus elementos (CSV o JSONL)
dopt-campaign-new-name-name = nombre
dopt-campaign-new-name-desc = Su nombre
dopt-campaign-new-kind-name = tipo
dopt-campaign-new-kind-desc = label, vote, check, pairwise, multilabel o contribute
choice-campaign-new-kind-label = label (elige una etiqueta para cada elemento)
choice-campaign-new-kind-vote = vote (elige la mejor opción)
choice-campaign-new-kind-check = check (¿acierta un modelo?)
choice-campaign-new-kind-pairwise = pairwise (¿cuál de dos salidas es mejor?)
choice-campaign-new-kind-multilabel = multilabel (marca todas las etiquetas que correspondan)
choice-campaign-new-kind-contribute = contribute (los miembros escriben un texto y otros lo revisan)
dopt-campaign-new-question-name = pregunta
dopt-campaign-new-question-desc = La pregunta que los miembros responden en cada elemento
dopt-campaign-new-reward-name = recompensa
dopt-campaign-new-reward-desc = TNET por respuesta aceptada (por ejemplo 10 o 0.5)
dopt-campaign-new-budget-name = presupuesto
dopt-campaign-new-budget-desc = El presupuesto total en TNET
dopt-campaign-new-items-name = elementos
dopt-campaign-new-items-desc = Elementos: .csv (con encabezado; id y gold opcionales), .jsonl o un .zip con uno e imágenes; 20 MB
dopt-campaign-new-options-name = opciones
dopt-campaign-new-options-desc = Separadas por comas: gato, perro (pos=Positivo); multilabel: 2-20; check: opcional; pairwise: no
dopt-campaign-new-answers-per-task-name = respuestas_por_tarea
dopt-campaign-new-answers-per-task-desc = Cuántas respuestas necesita cada tarea (por defecto 3); contribute: textos por elemento
dopt-campaign-new-check-question-name = pregunta_revisión
dopt-campaign-new-check-question-desc = Contribute: qué responden los revisores de cada texto (por defecto: ¿Es una buena contribución?)
dopt-campaign-new-check-reward-name = recompensa_revisión
dopt-campaign-new-check-reward-desc = Contribute: TNET por revisión aceptada (obligatorio en ese caso)
dopt-campaign-new-check-budget-name = presupuesto_revisión
dopt-campaign-new-check-budget-desc = Contribute: el presupuesto de las revisiones en TNET (obligatorio en ese caso)
dopt-campaign-new-min-length-name = longitud_mín
dopt-campaign-new-min-length-desc = Contribute: el mínimo de caracteres de un texto (por defecto 3)
dopt-campaign-new-max-length-name = longitud_máx
dopt-campaign-new-max-length-desc = Contribute: el máximo de caracteres de un texto (por defecto 500)
dsub-campaign-list-name = list
dsub-campaign-list-desc = Las campañas
dsub-campaign-stats-name = stats
dsub-campaign-stats-desc = Cómo va una campaña
dopt-campaign-stats-id-name = id
dopt-campaign-stats-id-desc = El número de la campaña (de /campaign list)
dsub-campaign-post-name = post
dsub-campaign-post-desc = Publica tarjetas de tareas de una campaña en este canal
dopt-campaign-post-id-name = id
dopt-campaign-post-id-desc = El número de la campaña (de /campaign list)
dsub-campaign-activate-name = activate
dsub-campaign-activate-desc = Inicia una campaña en borrador
dopt-campaign-activate-id-name = id
dopt-campaign-activate-id-desc = El número de la campaña (de /campaign list)
dsub-campaign-pause-name = pause
dsub-campaign-pause-desc = Pausa una campaña
dopt-campaign-pause-id-name = id
dopt-campaign-pause-id-desc = El número de la campaña (de /campaign list)
dsub-campaign-resume-name = resume
dsub-campaign-resume-desc = Reanuda una campaña en pausa
dopt-campaign-resume-id-name = id
dopt-campaign-resume-id-desc = El número de la campaña (de /campaign list)
dsub-campaign-close-name = close
dsub-campaign-close-desc = Cierra una campaña definitivamente
dopt-campaign-close-id-name = id
dopt-campaign-close-id-desc = El número de la campaña (de /campaign list)
dsub-campaign-export-name = export
dsub-campaign-export-desc = Las etiquetas de consenso en un archivo
dopt-campaign-export-id-name = id
dopt-campaign-export-id-desc = El número de la campaña (de /campaign list)
dopt-campaign-export-format-name = formato
dopt-campaign-export-format-desc = CSV (por defecto), JSON lines; en campañas pairwise también pares DPO o el ranking de modelos
choice-campaign-export-format-csv = CSV
choice-campaign-export-format-jsonl = JSON lines
choice-campaign-export-format-dpo = Pares DPO (pairwise)
choice-campaign-export-format-ranking = Ranking de modelos (pairwise)

dcmd-community-name = community
dcmd-community-desc = Este servidor como comunidad: su asignación de TNET y su registro de auditoría (moderadores)
dsub-community-info-name = info
dsub-community-info-desc = La comunidad de este servidor y su asignación
dsub-community-audit-name = audit
dsub-community-audit-desc = El registro de auditoría de la comunidad
dopt-community-audit-community-name = comunidad
dopt-community-audit-community-desc = El número de la comunidad (de /community list)
dsub-community-register-name = register
dsub-community-register-desc = Registra este servidor como comunidad (administradores de la plataforma)
dopt-community-register-title-name = título
dopt-community-register-title-desc = Su nombre en el registro de auditoría
dsub-community-grant-name = grant
dsub-community-grant-desc = Añade TNET a la asignación de una comunidad (administradores de la plataforma)
dopt-community-grant-amount-name = cantidad
dopt-community-grant-amount-desc = TNET, por ejemplo 50000
dopt-community-grant-community-name = comunidad
dopt-community-grant-community-desc = El número de la comunidad (de /community list)
dsub-community-list-name = list
dsub-community-list-desc = Todas las comunidades (administradores de la plataforma)
