# The Discord bot's own words (bots/discord): buttons, menus, modals and its replies.
# Identifiers ($taskId) are written without grouping.
# Command and subcommand names stay English (the chat texts name /task, /campaign list ...);
# option names and every description are Portuguese.

btn-discord-write = Escrever
discord-answer-placeholder = Escolha a sua resposta
discord-labels-placeholder = Escolha todos os rótulos que se aplicam
# How a Discord multi-label card asks; it takes the place of the common card's words.
discord-labels-hint = Escolha no menu todos os rótulos que se aplicam ou toque em Nenhum se aplica.

modal-title-contribution = Seu texto para a tarefa { $taskId }
discord-contribution-label = Seu texto ({ $minLength }–{ $maxLength } caracteres)
discord-contribution-about-picture = Escreva sobre a imagem do card.
modal-title-verify = Verifique a sua carteira
discord-verify-label = Assinatura
discord-verify-label-desc = A assinatura 0x... da mensagem do /link. Não cabe nesta caixa? Use a página de vinculação do /link.

discord-stale-button = Esse botão não vale mais. Envie /task para receber uma tarefa nova.
discord-stale-form = Esse formulário não vale mais. Use o comando de novo.
discord-unknown-command = Esse comando não existe aqui (ou não existe mais). Digite / para ver os comandos.

## Slash commands as Discord shows them. Ids follow the command's path:
##   dcmd-<command>-name, dcmd-<command>-desc
##   dsub-<command>-<subcommand>-name, dsub-<command>-<subcommand>-desc
##   dopt-<command>[-<subcommand>]-<option>-name, dopt-...-desc
##   choice-<command>[-<subcommand>]-<option>-<value>
## (an underscore in a name is a hyphen in the id). Names: 1-32 characters, lower case,
## letters, digits, - and _ only, no spaces. Descriptions and choices: at most 100 characters.

dcmd-task-name = task
dcmd-task-desc = Receber uma tarefa para responder
dopt-task-campaign-name = campanha
dopt-task-campaign-desc = O número de uma campanha (do /campaign list)

dcmd-balance-name = balance
dcmd-balance-desc = Seus TNET pendentes e cunhados

dcmd-stats-name = stats
dcmd-stats-desc = Sua precisão e por que recompensas foram retidas

dcmd-leaderboard-name = leaderboard
dcmd-leaderboard-desc = Os top mineradores

dcmd-link-name = link
dcmd-link-desc = Vincular a sua carteira (você assina uma mensagem para provar que ela é sua)
dopt-link-address-name = endereço
dopt-link-address-desc = O endereço da sua carteira, 0x...

dcmd-verify-name = verify
dcmd-verify-desc = Concluir a vinculação da carteira com a assinatura da mensagem do /link
dopt-verify-signature-name = assinatura
dopt-verify-signature-desc = A assinatura 0x... que a sua carteira gerou (ou deixe em branco para abrir um formulário)

dcmd-wallet-name = wallet
dcmd-wallet-desc = Sua carteira vinculada

dcmd-unlink-name = unlink
dcmd-unlink-desc = Desvincular a sua carteira

dcmd-merge-name = merge
dcmd-merge-desc = Unir a sua conta com a de outro chat, quando o /verify oferecer a união
dopt-merge-action-name = ação
dopt-merge-action-desc = Confirmar ou cancelar a união oferecida (deixe em branco para ver a oferta)
choice-merge-action-confirm = confirmar (confirm)
choice-merge-action-cancel = cancelar (cancel)

dcmd-batch-name = batch
dcmd-batch-desc = O manifesto de um lote de cunhagem: pelo que cada wei pagou
dopt-batch-id-name = id
dopt-batch-id-desc = O id do lote, 0x e 64 dígitos hexadecimais

dcmd-help-name = help
dcmd-help-desc = O que este bot faz e os comandos dele

dcmd-campaign-name = campaign
dcmd-campaign-desc = Gerenciar campanhas (moderadores)
dsub-campaign-new-name = new
dsub-campaign-new-desc = Criar uma campanha em rascunho com os itens (CSV ou JSONL)
dopt-campaign-new-name-name = nome
dopt-campaign-new-name-desc = O nome dela
dopt-campaign-new-kind-name = tipo
dopt-campaign-new-kind-desc = label, vote, check, pairwise, multilabel ou contribute
choice-campaign-new-kind-label = label (escolher um rótulo para cada item)
choice-campaign-new-kind-vote = vote (escolher a melhor opção)
choice-campaign-new-kind-check = check (o modelo acertou?)
choice-campaign-new-kind-pairwise = pairwise (qual de duas respostas é melhor?)
choice-campaign-new-kind-multilabel = multilabel (marcar todos os rótulos que se aplicam)
choice-campaign-new-kind-contribute = contribute (membros escrevem um texto, outros conferem)
dopt-campaign-new-question-name = pergunta
dopt-campaign-new-question-desc = A pergunta que os membros respondem em cada item
dopt-campaign-new-reward-name = recompensa
dopt-campaign-new-reward-desc = TNET por resposta aceita (como 10 ou 0.5)
dopt-campaign-new-budget-name = orçamento
dopt-campaign-new-budget-desc = O orçamento total em TNET
dopt-campaign-new-items-name = itens
dopt-campaign-new-items-desc = Os itens: .csv (cabeçalho; id e gold opcionais) ou .jsonl, ou um .zip com ele e as imagens; 20 MB
dopt-campaign-new-options-name = opções
dopt-campaign-new-options-desc = Separadas por vírgula: cat, dog (pos=Positivo); multilabel: 2-20; check: opcional; pairwise: nada
dopt-campaign-new-answers-per-task-name = respostas_por_tarefa
dopt-campaign-new-answers-per-task-desc = De quantas respostas cada tarefa precisa (padrão 3); contribute: textos por item
dopt-campaign-new-check-question-name = pergunta_verificação
dopt-campaign-new-check-question-desc = Contribute: o que quem confere responde em cada texto (padrão: Esta é uma boa contribuição?)
dopt-campaign-new-check-reward-name = recompensa_verificação
dopt-campaign-new-check-reward-desc = Contribute: TNET por verificação aceita (obrigatório nesse tipo)
dopt-campaign-new-check-budget-name = orçamento_verificação
dopt-campaign-new-check-budget-desc = Contribute: o orçamento das verificações em TNET (obrigatório nesse tipo)
dopt-campaign-new-min-length-name = mín_caracteres
dopt-campaign-new-min-length-desc = Contribute: o mínimo de caracteres de um texto (padrão 3)
dopt-campaign-new-max-length-name = máx_caracteres
dopt-campaign-new-max-length-desc = Contribute: o máximo de caracteres de um texto (padrão 500)
dsub-campaign-list-name = list
dsub-campaign-list-desc = As campanhas
dsub-campaign-stats-name = stats
dsub-campaign-stats-desc = Como está indo uma campanha
dopt-campaign-stats-id-name = id
dopt-campaign-stats-id-desc = O número da campanha (do /campaign list)
dsub-campaign-post-name = post
dsub-campaign-post-desc = Publicar cards de tarefa de uma campanha neste canal
dopt-campaign-post-id-name = id
dopt-campaign-post-id-desc = O número da campanha (do /campaign list)
dsub-campaign-activate-name = activate
dsub-campaign-activate-desc = Iniciar uma campanha em rascunho
dopt-campaign-activate-id-name = id
dopt-campaign-activate-id-desc = O número da campanha (do /campaign list)
dsub-campaign-pause-name = pause
dsub-campaign-pause-desc = Pausar uma campanha
dopt-campaign-pause-id-name = id
dopt-campaign-pause-id-desc = O número da campanha (do /campaign list)
dsub-campaign-resume-name = resume
dsub-campaign-resume-desc = Retomar uma campanha pausada
dopt-campaign-resume-id-name = id
dopt-campaign-resume-id-desc = O número da campanha (do /campaign list)
dsub-campaign-close-name = close
dsub-campaign-close-desc = Encerrar uma campanha de vez
dopt-campaign-close-id-name = id
dopt-campaign-close-id-desc = O número da campanha (do /campaign list)
dsub-campaign-export-name = export
dsub-campaign-export-desc = Os rótulos de consenso em um arquivo
dopt-campaign-export-id-name = id
dopt-campaign-export-id-desc = O número da campanha (do /campaign list)
dopt-campaign-export-format-name = formato
dopt-campaign-export-format-desc = CSV (padrão), JSON lines; campanhas pairwise também pares DPO ou o ranking de modelos
choice-campaign-export-format-csv = CSV
choice-campaign-export-format-jsonl = JSON lines
choice-campaign-export-format-dpo = Pares DPO (pairwise)
choice-campaign-export-format-ranking = Ranking de modelos (pairwise)

dcmd-community-name = community
dcmd-community-desc = Este servidor como comunidade: cota de TNET e registro de auditoria (moderadores)
dsub-community-info-name = info
dsub-community-info-desc = A comunidade deste servidor e a cota dela
dsub-community-audit-name = audit
dsub-community-audit-desc = O registro de auditoria da comunidade
dopt-community-audit-community-name = comunidade
dopt-community-audit-community-desc = O número da comunidade (do /community list)
dsub-community-register-name = register
dsub-community-register-desc = Registrar este servidor como comunidade (administradores da plataforma)
dopt-community-register-title-name = título
dopt-community-register-title-desc = O nome dela no registro de auditoria
dsub-community-grant-name = grant
dsub-community-grant-desc = Adicionar TNET à cota de uma comunidade (administradores da plataforma)
dopt-community-grant-amount-name = quantia
dopt-community-grant-amount-desc = TNET, como 50000
dopt-community-grant-community-name = comunidade
dopt-community-grant-community-desc = O número da comunidade (do /community list)
dsub-community-list-name = list
dsub-community-list-desc = Todas as comunidades (administradores da plataforma)
