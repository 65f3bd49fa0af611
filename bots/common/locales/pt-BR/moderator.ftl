# Moderator-facing words: /campaign, /community, /batch, the guided /campaign new
# (bots/common/campaign-wizard.ts), the stats text and chart, the audit log.
# Commands and what is typed after them (/campaign post, activate, -, min-max) stay as
# written: moderators type them. Identifiers ($campaignId, $communityId) have no grouping.
# Kind codes (label, vote, check, pairwise, multilabel, contribute) stay as typed; the
# platform's default labels and check question are quoted as members read them
# (btn-option-correct, btn-option-wrong, card-default-check-question).

## Names of codes

# A campaign's status in a list or a heading. $status is its code: draft, active, paused or closed.
mod-status-name = { $status ->
        [draft] rascunho
        [active] ativa
        [paused] pausada
        [closed] encerrada
       *[other] { $status }
    }
# A campaign's kind. $kind is its code (label, vote, check, pairwise, multilabel, contribute),
# which moderators also type in the wizard, so the code itself stays recognizable.
mod-kind-name = { $kind ->
        [label] label
        [vote] vote
        [check] check
        [pairwise] pairwise
        [multilabel] multilabel
        [contribute] contribute
       *[other] { $kind }
    }
# A mint batch's state. $state is its code: prepared, submitted, confirmed or failed.
batch-state-name = { $state ->
        [prepared] preparado
        [submitted] enviado
        [confirmed] confirmado
        [failed] com falha
       *[other] { $state }
    }

## /campaign (bots/common/commands/campaign.command.ts)

mod-campaign-usage = Uso: /campaign list | /campaign stats <id> | /campaign post <id> | /campaign activate|pause|resume|close <id>
# $sub is the subcommand the moderator typed (stats, post, pause, ...), kept as typed.
mod-campaign-usage-id = Uso: /campaign { $sub } <id>, com o número da campanha do /campaign list.
# $sub is the unknown word typed after /campaign, shown as typed.
mod-campaign-unknown-sub =
    Subcomando desconhecido: "{ $sub }".
    Uso: /campaign list | /campaign stats <id> | /campaign post <id> | /campaign activate|pause|resume|close <id>
mod-campaign-none = Nenhuma campanha ainda.
mod-campaign-none-active = Nenhuma campanha ativa no momento.
# $lines: one line per campaign (mod-campaign-line), joined by line breaks.
mod-campaign-list = Campanhas
    { $lines }
# One campaign of /campaign list. $status is a translated mod-status-name; $reward, $spent and $budget are TNET amounts.
mod-campaign-line = #{ $campaignId } { $name } [{ $status }] · { $reward } por resposta · { $spent } de { $budget } gastos
mod-campaign-posted = A campanha #{ $campaignId } agora está publicada aqui.
# $cards: how many task cards this chat shows at the same time.
mod-campaign-posted-cards = { $cards ->
        [one] A campanha #{ $campaignId } agora está publicada aqui, { $cards } card por vez.
       *[other] A campanha #{ $campaignId } agora está publicada aqui, { $cards } cards por vez.
    }
# $status is a translated mod-status-name.
mod-campaign-now = A campanha #{ $campaignId } agora está { $status }.

## /campaign in Telegram and Discord (bots/telegram/campaign.composer.ts, bots/discord/commands/campaign*.ts)

mod-tg-campaign-usage =
    Uso: /campaign list | /campaign stats <id>
    Moderadores: /campaign new [id da comunidade] | /campaign post <id> [cards por vez] | /campaign activate|pause|resume|close <id> | /campaign export <id>
mod-new-usage = Uso: /campaign new e depois responda as perguntas uma a uma. No privado: /campaign new <id da comunidade> para uma comunidade.
# $prompt is the question the conversation waits on.
mod-new-in-progress = Uma nova campanha já está em andamento.
    { $prompt }
# $formats: the export formats, joined by commas (csv, jsonl, dpo, ranking), as typed.
mod-export-usage = Uso: /campaign export <id> [formato], com o número da campanha do /campaign list; formato: { $formats } (padrão csv; dpo e ranking para campanhas pairwise).
# $formats: the export formats, joined by commas, as typed.
mod-export-choose-format = Escolha o formato da exportação entre { $formats }.
# The caption of an export file. $count: how many tasks (or, for the ranking format, models)
# the file holds; $format: csv, jsonl, dpo or ranking.
mod-export-caption = { $format ->
        [ranking] { $count ->
            [0] Campanha #{ $campaignId }: { $count } modelos ranqueados por Bradley-Terry, em CSV.
            [one] Campanha #{ $campaignId }: { $count } modelo ranqueado por Bradley-Terry, em CSV.
           *[other] Campanha #{ $campaignId }: { $count } modelos ranqueados por Bradley-Terry, em CSV.
        }
        [dpo] { $count ->
            [0] Campanha #{ $campaignId }: { $count } tarefas decididas, como pares de preferência DPO (JSON lines).
            [one] Campanha #{ $campaignId }: { $count } tarefa decidida, como pares de preferência DPO (JSON lines).
           *[other] Campanha #{ $campaignId }: { $count } tarefas decididas, como pares de preferência DPO (JSON lines).
        }
        [jsonl] { $count ->
            [0] Campanha #{ $campaignId }: { $count } tarefas com o consenso, em JSON lines.
            [one] Campanha #{ $campaignId }: { $count } tarefa com o consenso, em JSON lines.
           *[other] Campanha #{ $campaignId }: { $count } tarefas com o consenso, em JSON lines.
        }
       *[other] { $count ->
            [0] Campanha #{ $campaignId }: { $count } tarefas com o consenso, em CSV.
            [one] Campanha #{ $campaignId }: { $count } tarefa com o consenso, em CSV.
           *[other] Campanha #{ $campaignId }: { $count } tarefas com o consenso, em CSV.
        }
    }
mod-export-not-sent-telegram = Não foi possível enviar a exportação da campanha #{ $campaignId } (o Telegram aceita documentos de até 50 MB). No servidor: npx tnet campaign export { $campaignId }
mod-export-too-large-discord = A exportação da campanha #{ $campaignId } passa de 10 MB; baixe-a pela CLI: npx tnet campaign export { $campaignId }.
# $max: the most task cards a chat may show at once.
mod-post-usage = Uso: /campaign post <id> [cards], em que cards (1 a { $max }) é quantos cards de tarefa este chat mostra ao mesmo tempo.
mod-cancel-nothing = Não há nada para cancelar.
# $prompt is the question the conversation waits on (a file comes only at the items step).
mod-upload-not-yet = Ainda não: { $prompt }
# $size and $limit are file sizes with their unit (like 25.3 MB).
mod-upload-too-large = Esse arquivo tem { $size }; o limite é { $limit }. Divida-o em arquivos menores ou envie /cancel.
mod-upload-format = Envie os itens como um arquivo .csv ou .jsonl (ou um .zip com um deles e as imagens), ou /cancel.
# $reason says why the file could not be downloaded (a full sentence).
mod-upload-refused = { $reason } Ou envie /cancel.
# $name is the attached file's name.
mod-items-format-discord = Os itens precisam estar em um arquivo .csv, .jsonl ou .zip; { $name } não é nenhum deles. Nada foi criado.
# $size is the file's size in megabytes, with one decimal (like 25.0).
mod-items-too-large-discord = Esse arquivo tem { $size } MB; os itens podem ter no máximo 20 MB. Nada foi criado.
mod-items-unreadable-discord = Não foi possível ler o arquivo anexado. Anexe-o de novo. Nada foi criado.
# $error is why the items were refused (an error text, possibly several lines).
mod-items-refused-discord = { $error }
    Nada foi criado; corrija o arquivo e use /campaign new de novo.
# $count: items imported; $gold: how many of them carry a known answer (0: none).
mod-imported-discord = { $gold ->
        [0] { $count ->
            [one] { $count } item importado na campanha em rascunho #{ $campaignId }. Inicie-a com /campaign activate { $campaignId }.
           *[other] { $count } itens importados na campanha em rascunho #{ $campaignId }. Inicie-a com /campaign activate { $campaignId }.
        }
       *[other] { $count ->
            [one] { $count } item importado ({ $gold } com resposta conhecida) na campanha em rascunho #{ $campaignId }. Inicie-a com /campaign activate { $campaignId }.
           *[other] { $count } itens importados ({ $gold } deles com resposta conhecida) na campanha em rascunho #{ $campaignId }. Inicie-a com /campaign activate { $campaignId }.
        }
    }

## The guided /campaign new (bots/common/campaign-wizard.ts)

wizard-prompt-name =
    Nova campanha (envie /cancel a qualquer momento para parar).
    Passo 1 de 8: qual é o nome dela?
# The kind names before each parenthesis are typed as written.
wizard-prompt-kind = Passo 2 de 8: qual tipo? label (escolher um rótulo para cada item), vote (escolher a melhor opção), check (o modelo acertou?), pairwise (qual de duas respostas é melhor: A, B, empate ou ambas ruins), multilabel (marcar todos os rótulos que se aplicam) ou contribute (membros escrevem um texto, como uma legenda ou uma tradução, e outros membros conferem)
wizard-prompt-question = Passo 3 de 8: qual é a pergunta que os membros respondem em cada item?
wizard-prompt-options = Passo 4 de 8: as opções, separadas por vírgulas: cat, dog, bird. Dê um nome de exibição com = (pos=Positivo). Em uma campanha check, - mantém o padrão "Certo / Errado".
wizard-prompt-options-multilabel = Passo 4 de 8: os rótulos que os membros marcam, de 2 a 20, separados por vírgulas: toxic, spam, off_topic. Dê um nome de exibição com = (off_topic=Fora do assunto).
wizard-prompt-reward = Passo 5 de 8: a recompensa por resposta aceita, em TNET (como 10 ou 0.5)?
wizard-prompt-answers-per-task = Passo 6 de 8: de quantas respostas cada tarefa precisa (de 1 a 100; o normal é 3)?
wizard-prompt-budget = Passo 7 de 8: o orçamento total em TNET?
wizard-prompt-items = Passo 8 de 8: envie os itens como um arquivo CSV (uma linha de cabeçalho, um item por linha; colunas opcionais id e gold) ou um arquivo JSONL (um objeto JSON por linha), de no máximo 20 MB; ou um .zip com um desses arquivos e as imagens que a coluna image dele indica.
# Said under the items step of a pairwise campaign; the column names stay as written.
wizard-items-pairwise = Cada item pairwise tem um prompt e duas respostas: colunas prompt, a, b e, opcionalmente, model_a e model_b para ranquear os modelos.
# Said under the items step of a multilabel campaign; "gold" is the column name, | and [] as typed.
wizard-items-multilabel = Uma resposta conhecida (gold) é um conjunto de ids de rótulo unidos por | (toxic|spam), ou [] quando nenhum se aplica.
wizard-pairwise-options-fixed = As opções são fixas: A, B, empate, ambas ruins.

# A contribute campaign's questions. $step is this question's number, $steps how many there are.
wizard-contribute-question = Passo { $step } de { $steps }: o que os membros escrevem para cada item (como: Escreva uma legenda para esta imagem)?
wizard-contribute-reward = Passo { $step } de { $steps }: a recompensa por texto aceito, em TNET (como 10 ou 0.5)? Um texto é aceito quando os membros que o conferem o aprovam.
wizard-contribute-answers-per-task = Passo { $step } de { $steps }: quantos textos cada item recebe, de membros diferentes (de 1 a 100)?
wizard-contribute-budget = Passo { $step } de { $steps }: o orçamento dos textos, em TNET?
# "-" is typed as written: it keeps the default question shown in quotes.
wizard-contribute-check-question = Passo { $step } de { $steps }: a pergunta que quem confere responde em cada texto (como: Esta legenda é boa?), ou - para "Esta é uma boa contribuição?"
wizard-contribute-check-reward = Passo { $step } de { $steps }: a recompensa por verificação aceita, em TNET?
wizard-contribute-check-budget = Passo { $step } de { $steps }: o orçamento das verificações, em TNET?
# $max: the longest text allowed, in characters; $defaults: the default lengths as min-max (like 3-500).
wizard-contribute-lengths = Passo { $step } de { $steps }: o tamanho permitido de um texto, em caracteres, no formato min-max (como 10-200; no máximo { $max }), ou - para { $defaults }?
wizard-contribute-items = Passo { $step } de { $steps }: envie os itens como um arquivo CSV (uma linha de cabeçalho, um item por linha; coluna opcional id) ou um arquivo JSONL (um objeto JSON por linha), de no máximo 20 MB; ou um .zip com um desses arquivos e as imagens que a coluna image dele indica. Cada item tem um prompt (ou text) sobre o qual escrever, uma imagem, ou os dois.

# A problem with an answer starts with the field's name as the definition file spells it
# (options, answersPerTask, lengths): keep those words as they are.
wizard-problem-options-multilabel = options: uma campanha multilabel precisa dos rótulos para marcar
wizard-problem-options-needed = options: campanhas label e vote precisam das opções
# $max: the most labels a multilabel campaign may have.
wizard-problem-too-many-labels = options: uma campanha multilabel tem no máximo { $max } rótulos
wizard-problem-answers-whole = answersPerTask: precisa ser um número inteiro
wizard-problem-lengths-format = lengths: escreva o mínimo e o máximo de caracteres no formato min-max, por exemplo 10-200
wizard-problem-lengths-order = lengths: o mínimo não pode passar do máximo
# $problems: one "- " line per problem (their texts come from the definition's rules).
wizard-does-not-fit = Isso não serve:
    { $problems }
# $prompt: the items question (wizard-prompt-items, maybe with more lines).
wizard-items-as-document = Envie os itens como documento (um arquivo .csv ou .jsonl). { $prompt }
# The first summary line. $name and $question are the moderator's own; $kind is a translated mod-kind-name.
wizard-summary-head = { $name } ({ $kind }): { $question }
# $options: the options joined by commas, each as its id or as id (label).
wizard-summary-options = Opções: { $options }
# One option with its label, in the options summary.
wizard-summary-option-label = { $optionId } ({ $label })
# $reward and $budget are TNET amounts; $answers: answers each task needs.
wizard-summary-answers = { $reward } por resposta aceita, { $answers } respostas por tarefa, orçamento { $budget }
# A contribute campaign's length and check question; $min and $max are characters.
wizard-summary-texts = Textos de { $min }–{ $max } caracteres, conferidos por outros membros: { $checkQuestion }
# $reward and $budget are TNET amounts; $texts: texts each item takes.
wizard-summary-texts-money = { $texts ->
        [one] { $reward } por texto aceito, { $texts } texto por item, orçamento { $budget }
       *[other] { $reward } por texto aceito, { $texts } textos por item, orçamento { $budget }
    }
# $reward and $budget are TNET amounts; $checks: checks each text takes.
wizard-summary-checks-money = { $reward } por verificação aceita, { $checks } verificações por texto, orçamento { $budget }
# $error is the error text (possibly several lines); the file can be sent again.
wizard-file-refused = { $error }
    Corrija o arquivo e envie de novo, ou /cancel.
# $count: items imported; $gold: how many of them carry a known answer (0: none).
wizard-imported = { $gold ->
        [0] { $count ->
            [one] { $count } item importado na campanha em rascunho #{ $campaignId }.
           *[other] { $count } itens importados na campanha em rascunho #{ $campaignId }.
        }
       *[other] { $count ->
            [one] { $count } item importado ({ $gold } com resposta conhecida) na campanha em rascunho #{ $campaignId }.
           *[other] { $count } itens importados ({ $gold } deles com resposta conhecida) na campanha em rascunho #{ $campaignId }.
        }
    }
# "activate" is typed as written (yes and start work too).
wizard-confirm = Envie activate para iniciar a campanha #{ $campaignId }, ou /cancel para descartá-la.
wizard-activated = A campanha #{ $campaignId } está ativa. Publique-a em um grupo com /campaign post { $campaignId } [cards por vez].
wizard-cancelled-draft = Cancelado. A campanha em rascunho #{ $campaignId } foi encerrada; ela nunca rodou.
wizard-cancelled = Cancelado. Nenhuma campanha foi criada.

## /campaign stats in words (bots/common/campaign-stats-text.ts)

# $status is a translated mod-status-name.
stats-report-head = Campanha #{ $campaignId } · { $name } [{ $status }]
# $progress is a percentage; $final: tasks with a final result of $tasks; $uncertain: final without clear consensus.
stats-report-progress = Progresso: { $progress } ({ $final } de { $tasks } tarefas finalizadas, { $uncertain } sem consenso claro)
stats-report-answers = { $members ->
        [0] Respostas: { $answers } de { $members } membros
        [one] Respostas: { $answers } de { $members } membro
       *[other] Respostas: { $answers } de { $members } membros
    }
stats-report-agreement-none = Concordância: nenhuma resposta avaliada ainda ({ $accepted } aceitas, { $withheld } retidas)
# $agreement is a percentage.
stats-report-agreement = Concordância: { $agreement } ({ $accepted } aceitas, { $withheld } retidas)
# $spent and $budget are TNET amounts.
stats-report-budget = Orçamento: { $spent } de { $budget } gastos
# $accuracy is a percentage; $checked: model predictions members decided.
stats-report-model-verified = { $checked ->
        [0] Modelo verificado pelos membros: { $accuracy } de acerto ({ $checked } previsões conferidas)
        [one] Modelo verificado pelos membros: { $accuracy } de acerto ({ $checked } previsão conferida)
       *[other] Modelo verificado pelos membros: { $accuracy } de acerto ({ $checked } previsões conferidas)
    }
# A multilabel campaign's heading: $sets decided label sets, $answers answers that ticked labels.
stats-report-labels-head = Rótulos (em { $sets ->
        [0] { $sets } conjuntos decididos
        [one] { $sets } conjunto decidido
       *[other] { $sets } conjuntos decididos
    } · marcados em { $answers ->
        [0] { $answers } respostas
        [one] { $answers } resposta
       *[other] { $answers } respostas
    }):
# One label: $decided is its share of the decided sets, $ticked of the answers (each like "50% (4)" or –).
stats-report-label-line = • { $label }: { $decided } · { $ticked }
# The line for sets where no label applies; $decided and $ticked as in stats-report-label-line.
stats-report-label-none = • nenhum se aplica: { $decided } · { $ticked }
# A share with its count, like "50% (4)". $share is a percentage.
stats-report-share-count = { $share } ({ $count })
stats-report-position-bias-none = Viés de posição: nenhuma resposta escolheu um lado ainda
# $share, $low and $high are percentages ($low–$high is the 95% interval); $answers: answers that chose a side.
stats-report-position-bias = Viés de posição: a resposta mostrada primeiro venceu em { $share } das { $answers } respostas que escolheram um lado (IC 95% { $low }–{ $high }; 50% = sem viés)
stats-report-ranking-none = Ranking: ainda não há nenhum par decidido que indique os dois modelos
# $pairs: decided pairs that name both models.
stats-report-ranking-head = { $pairs ->
        [one] Ranking (Bradley-Terry sobre { $pairs } par decidido, intervalo de 95%):
       *[other] Ranking (Bradley-Terry sobre { $pairs } pares decididos, intervalo de 95%):
    }
# One model of the ranking: $rank its place, $score its score with the 95% interval $low–$high, $pairs the pairs it was in.
stats-report-ranking-line = { $pairs ->
        [one] { $rank }. { $model }: { $score } ({ $low }–{ $high }), { $pairs } par
       *[other] { $rank }. { $model }: { $score } ({ $low }–{ $high }), { $pairs } pares
    }

## The /campaign stats picture (bots/common/campaign-chart.ts); short lines on a chart

# $status is a translated mod-status-name.
chart-title = Campanha #{ $campaignId } · { $name } [{ $status }]
# $spent and $budget are TNET amounts.
chart-subtitle = { $members ->
        [0] { $answers } respostas de { $members } membros · { $spent } de { $budget } gastos
        [one] { $answers } respostas de { $members } membro · { $spent } de { $budget } gastos
       *[other] { $answers } respostas de { $members } membros · { $spent } de { $budget } gastos
    }
chart-progress = Progresso
# $final: tasks with a final result, of $tasks.
chart-progress-note = ({ $final } de { $tasks } finalizadas)
chart-agreement = Concordância
chart-agreement-none = sem respostas avaliadas ainda
chart-agreement-note = ({ $accepted } aceitas)
chart-model-verified = Modelo verificado
chart-model-none = sem verificações decididas ainda
chart-model-note = ({ $checks } verificações)
# A pairwise campaign's position bias: the share of answers won by the output shown first.
chart-first-won = 1ª mostrada venceu
chart-first-won-none = nenhum lado escolhido ainda
# $answers: answers that chose a side.
chart-first-won-note = de { $answers } (50% = sem viés)
# $days: how many days the columns show.
chart-answers-per-day = Respostas por dia (últimos { $days } dias, UTC)
chart-top-miners = Top mineradores
chart-no-answers = Nenhuma resposta ainda
# A miner without a display name; $memberId is their member number.
chart-member = membro { $memberId }
# One miner: $rank is their place.
chart-miner = { $rank }. { $name }
# $earned is a TNET amount.
chart-miner-note = { $answers } respostas · { $accepted } aceitas · { $earned }
# $sets: decided label sets; $answers: answers (the thin bars count their ticks).
chart-labels-head = Rótulos em { $sets } conjuntos decididos (finas: marcados em { $answers } respostas)
chart-labels-more = e mais { $count } no /campaign stats
chart-ranking-head = Ranking de modelos (Bradley-Terry, { $pairs } pares, intervalo de 95%)
chart-ranking-more = e mais { $count } na exportação
chart-ranking-model = { $rank }. { $model }

## /batch (bots/common/batch-text.ts, bots/common/commands/batch.command.ts)

batch-usage = Uso: /batch <id do lote, 0x e 64 dígitos hexadecimais>
batch-not-found = Não existe o lote de cunhagem { $batchId }.
# $state is a translated batch-state-name.
batch-head = Lote de cunhagem { $batchId } [{ $state }]
batch-transaction = Transação: { $txHash }
batch-transaction-none = Transação: ainda não enviada
# $gross is a TNET amount.
batch-totals = { $rows ->
        [one] { $rows } linha
       *[other] { $rows } linhas
    } para { $wallets ->
        [one] { $wallets } carteira
       *[other] { $wallets } carteiras
    }, total bruto { $gross }
# $amount is a TNET amount.
batch-payout = { $wallet } { $amount }
# The full manifest is shown by the operator's command line, kept as written.
batch-more = { $count ->
        [one] ... e mais { $count } carteira; o manifesto completo: npx tnet batch { $batchId }
       *[other] ... e mais { $count } carteiras; o manifesto completo: npx tnet batch { $batchId }
    }

## /community (bots/common/commands/community.command.ts, bots/common/audit-text.ts)

community-usage =
    Uso: /community (esta comunidade e a cota dela) | /community audit [id da comunidade]
    Administradores da plataforma: /community register [título] (no grupo ou servidor; o título padrão é o nome dele) | /community grant [id da comunidade] <TNET> | /community list
# $sub is the unknown word typed after /community, shown as typed.
community-unknown-sub =
    Subcomando desconhecido: "{ $sub }".
    Uso: /community (esta comunidade e a cota dela) | /community audit [id da comunidade]
    Administradores da plataforma: /community register [título] (no grupo ou servidor; o título padrão é o nome dele) | /community grant [id da comunidade] <TNET> | /community list
community-grant-usage = Uso: /community grant [id da comunidade] <TNET>, como /community grant 50000.
community-audit-usage = Uso: /community audit [id da comunidade]
community-not-registered = Este chat não é uma comunidade registrada. Um administrador da plataforma o registra com /community register.
# $line is the community's line (community-line).
community-info = Comunidade { $line }
community-register-here = Envie /community register no grupo ou servidor para registrá-lo, ou use a CLI: tnet community register.
community-registered = Este chat agora é a comunidade #{ $communityId } "{ $title }". Conceda uma cota a ela com /community grant <TNET>.
community-grant-private-usage = Uso: /community grant <id da comunidade> <TNET> no privado.
community-register-first = Este chat não é uma comunidade registrada. Registre-o primeiro com /community register.
# $amount, $allowance and $left are TNET amounts.
community-granted = { $amount } concedidos à comunidade #{ $communityId }: { $allowance } no total, restam { $left }.
community-audit-empty = O registro de auditoria ainda não tem nada aqui.
# $lines: one audit line each (audit-line), oldest first.
community-audit = Registro de auditoria (mais recentes por último)
    { $lines }
community-none = Nenhuma comunidade ainda.
# $lines: one community-line each.
community-list = Comunidades
    { $lines }
# One community. $platform (telegram, discord) and $chatId (its chat or server id) are codes;
# $allowance, $reserved and $left are TNET amounts.
community-line = #{ $communityId } { $platform } { $chatId } "{ $title }" · cota { $allowance }, { $reserved } reservados, restam { $left }

# An audit log line: "2026-12-05 14:40 UTC #17 telegram:999 campaign.pause campaign:3 platform from=active to=paused".
# $at is the time in UTC (year-month-day hours:minutes); $rest holds codes (who, what, details) kept as recorded.
audit-line = { $at } UTC #{ $id } { $rest }
# Where an audit entry happened: the platform itself, not a community.
audit-platform = plataforma
audit-community = comunidade:{ $communityId }
