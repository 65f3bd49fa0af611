# The moderator dashboard (bots/web/dashboard-html.ts, /dashboard) and the /dashboard command.

usage-dashboard = Uso: /dashboard en el grupo de tu comunidad, o /dashboard <id de comunidad> en privado.
# The Telegram command menu's line for /dashboard.
cmd-dashboard = Moderadores: un enlace de un solo uso al panel de esta comunidad, en privado
dashboard-no-community = Este chat no es una comunidad que moderes. Envía /dashboard en el grupo de tu comunidad, o /dashboard <id de comunidad> aquí.
dashboard-no-such-community = No moderas ninguna comunidad con ese id.
dashboard-not-here = El enlace al panel solo se envía en privado.
dashboard-link = Tu panel de moderación de { $title }:
    { $url }
    El enlace funciona una sola vez, durante { $minutes } minutos. No lo compartas.
# The slash command's name: it stays "dashboard" (moderators type it).
dcmd-dashboard-name = dashboard
dcmd-dashboard-desc = Abrir el panel de moderación de este servidor (un enlace privado de un solo uso)

dash-title = Panel de moderación · Minería TNET
dash-heading = { $community } · panel de moderación
dash-skip = Ir al contenido
dash-logout = Cerrar sesión
dash-campaigns = Campañas
dash-no-campaigns = Esta comunidad aún no tiene campañas.
dash-col-campaign = Campaña
dash-col-status = Estado
dash-col-decided = Tareas decididas
dash-col-open = Tareas abiertas
dash-col-uncertain = Tareas inciertas
dash-col-spent = Presupuesto gastado
dash-col-left = Presupuesto restante
dash-budget = Presupuesto
dash-back = Todas las campañas
dash-progress = Avance
dash-agreement = Acuerdo
dash-alpha = α de Krippendorff (nominal)
dash-alpha-none = Aún no hay suficientes respuestas coincidentes
dash-alpha-not-applicable = Solo para campañas de una opción
dash-agreement-share = Respuestas que coinciden con el consenso
dash-confusion = Respuestas de los miembros frente al consenso
dash-confusion-caption = Filas: la opción decidida. Columnas: lo que respondieron los miembros.
dash-consensus = Consenso
dash-col-answered = Respuesta
dash-chart = Gráfico
dash-chart-alt = Gráfico de { $campaign }: avance, acuerdo y respuestas por día.
dash-members = Miembros
dash-no-answers = Aún no hay respuestas.
dash-col-member = Miembro
dash-col-answers = Respuestas
dash-col-skill = Habilidad estimada
dash-col-gold = Historial de control
dash-col-median-time = Tiempo mediano por tarea
dash-col-withheld = Respuestas retenidas (motivos)
dash-gold-hidden = oculto hasta la liquidación
dash-gold-note = Los resultados de las tareas de control permanecen ocultos hasta que la campaña se liquida, para que nadie pueda distinguirlas.
dash-gold-record = { $correct } de { $answers }
dash-seconds = { $seconds } s
dash-appeals = Cola de apelaciones
dash-appeals-none = No hay apelaciones pendientes.
dash-exports = Exportaciones
dash-export-csv = Descargar CSV
dash-export-jsonl = Descargar JSONL
dash-export-final = solo tareas decididas
dash-actions = Acciones de la campaña
dash-pause = Pausar la campaña
dash-resume = Reanudar la campaña
dash-close = Cerrar la campaña
dash-close-warning = Cerrar es definitivo: los miembros no recibirán más tareas de esta campaña.
dash-no-actions = Esta campaña está cerrada.
dash-done-pause = La campaña está en pausa.
dash-done-resume = La campaña vuelve a funcionar.
dash-done-close = La campaña está cerrada.
dash-open = Abrir el panel
dash-open-note = Este enlace funciona una sola vez. Al abrir el panel inicias sesión en este navegador durante 8 horas.
dash-refused-heading = El panel no se abrió
dash-refused-link = Este enlace ya se usó, caducó o no existe. Envía /dashboard al bot para obtener uno nuevo.
dash-refused-session = No has iniciado sesión, tu sesión terminó o ya no moderas esta comunidad. Envía /dashboard al bot para obtener un enlace nuevo.
dash-refused-csrf = No se pudo verificar este formulario. Vuelve atrás, recarga la página e inténtalo de nuevo.
dash-not-found = No existe esa campaña en esta comunidad.
dash-signed-out = Has cerrado la sesión.
help-dashboard = Moderadores: /dashboard - un enlace de un solo uso al panel de campañas en tu navegador (se envía en privado)
