# The moderator dashboard (bots/web/dashboard-html.ts, /dashboard) and the /dashboard command.

usage-dashboard = Uso: /dashboard no grupo da sua comunidade, ou /dashboard <id da comunidade> no privado.
# The Telegram command menu's line for /dashboard.
cmd-dashboard = Moderadores: um link de uso único para o painel desta comunidade, no privado
dashboard-no-community = Este chat não é uma comunidade que você modera. Envie /dashboard no grupo da sua comunidade, ou /dashboard <id da comunidade> aqui.
dashboard-no-such-community = Você não modera nenhuma comunidade com esse id.
dashboard-not-here = O link do painel só é enviado no privado.
dashboard-link = Seu painel de moderação de { $title }:
    { $url }
    O link funciona uma única vez, por { $minutes } minutos. Não o compartilhe.
# The slash command's name: it stays "dashboard" (moderators type it).
dcmd-dashboard-name = dashboard
dcmd-dashboard-desc = Abrir o painel de moderação deste servidor (um link privado de uso único)

dash-title = Painel de moderação · Mineração TNET
dash-heading = { $community } · painel de moderação
dash-skip = Ir para o conteúdo
dash-logout = Sair
dash-campaigns = Campanhas
dash-no-campaigns = Esta comunidade ainda não tem campanhas.
dash-col-campaign = Campanha
dash-col-status = Status
dash-col-decided = Tarefas decididas
dash-col-open = Tarefas abertas
dash-col-uncertain = Tarefas incertas
dash-col-spent = Orçamento gasto
dash-col-left = Orçamento restante
dash-budget = Orçamento
dash-back = Todas as campanhas
dash-progress = Progresso
dash-agreement = Concordância
dash-alpha = α de Krippendorff (nominal)
dash-alpha-none = Ainda não há respostas sobrepostas suficientes
dash-alpha-not-applicable = Só para campanhas de escolha única
dash-agreement-share = Respostas que coincidem com o consenso
dash-confusion = Respostas dos membros contra o consenso
dash-confusion-caption = Linhas: a opção decidida. Colunas: o que os membros responderam.
dash-consensus = Consenso
dash-col-answered = Resposta
dash-chart = Gráfico
dash-chart-alt = Gráfico de { $campaign }: progresso, concordância e respostas por dia.
dash-members = Membros
dash-no-answers = Ainda não há respostas.
dash-col-member = Membro
dash-col-answers = Respostas
dash-col-skill = Habilidade estimada
dash-col-gold = Histórico de controle
dash-col-median-time = Tempo mediano por tarefa
dash-col-withheld = Respostas retidas (motivos)
dash-gold-hidden = oculto até a liquidação
dash-gold-note = Os resultados das tarefas de controle ficam ocultos até a campanha ser liquidada, para que ninguém consiga distingui-las.
dash-gold-record = { $correct } de { $answers }
dash-seconds = { $seconds } s
dash-appeals = Fila de recursos
dash-appeals-none = Nenhum recurso pendente.
dash-exports = Exportações
dash-export-csv = Baixar CSV
dash-export-jsonl = Baixar JSONL
dash-export-final = só tarefas decididas
dash-actions = Ações da campanha
dash-pause = Pausar a campanha
dash-resume = Retomar a campanha
dash-close = Encerrar a campanha
dash-close-warning = Encerrar é definitivo: os membros não receberão mais tarefas desta campanha.
dash-no-actions = Esta campanha está encerrada.
dash-done-pause = A campanha está pausada.
dash-done-resume = A campanha voltou a funcionar.
dash-done-close = A campanha está encerrada.
dash-open = Abrir o painel
dash-open-note = Este link funciona uma única vez. Ao abrir o painel, você entra neste navegador por 8 horas.
dash-refused-heading = O painel não abriu
dash-refused-link = Este link já foi usado, expirou ou é desconhecido. Envie /dashboard ao bot para receber um novo.
dash-refused-session = Você não entrou, sua sessão terminou ou você não modera mais esta comunidade. Envie /dashboard ao bot para receber um novo link.
dash-refused-csrf = Não foi possível verificar este formulário. Volte, recarregue a página e tente de novo.
dash-not-found = Não existe essa campanha nesta comunidade.
dash-signed-out = Você saiu.
help-dashboard = Moderadores: /dashboard - um link de uso único para o painel de campanhas no navegador (enviado no privado)
