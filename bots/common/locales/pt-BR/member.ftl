# Glossary: (one word per concept, pt-BR, "você")
#   task = tarefa · campaign = campanha · wallet = carteira · consensus = consenso
#   reward = recompensa · moderator = moderador · check question (hidden gold task) = pergunta de controle
#   label = rótulo · answer = resposta · member = membro · mint/minted = cunhar/cunhado
#   pending = pendente · budget = orçamento · allowance = cota · community = comunidade
#   contribution (a written text) = contribuição · batch = lote
#   Also: mining = mineração · miner = minerador · accepted = aceita · withheld = retida
#   card = card · item = item · prompt = prompt · output (of a model) = resposta
#   check (members checking a text or a model) = conferir/verificação · draft = rascunho
#   link/unlink a wallet = vincular/desvincular · merge accounts = unir contas
# Portuguese (CLDR) puts 0 and 1 in [one]; where a count can be 0, a [0] variant keeps
# "0 respostas" in the plural, as Brazilians write it.

# What members read: task cards, answers, /stats, /balance, /leaderboard, /help and the
# member commands. $campaignId and $taskId are identifiers; $name is a campaign's name.

## Task cards
card-header = Campanha #{ $campaignId } · { $name } · tarefa { $taskId }
# A card's progress: answers so far of the answers it needs.
card-answers-of = { $count }/{ $target } { $target ->
        [one] resposta
       *[other] respostas
    }
card-answers = { $count ->
        [0] { $count } respostas
        [one] { $count } resposta
       *[other] { $count } respostas
    }
# The same for a card that asks for written texts.
card-texts-of = { $count }/{ $target } { $target ->
        [one] texto
       *[other] textos
    }
card-texts = { $count ->
        [0] { $count } textos
        [one] { $count } texto
       *[other] { $count } textos
    }
# $reward is an amount such as "0.5 TNET".
card-reward-answer = { $reward } por resposta aceita
card-reward-text = { $reward } por texto aceito
card-closed-texts = Encerrada: os textos vão para outros membros conferirem
# $label names the decided option.
card-closed-consensus = Consenso: { $label }
card-closed-unclear = Encerrada sem um consenso claro
card-multilabel-hint = Marque todos os rótulos que se aplicam e toque em Concluir; se nenhum se aplicar, toque em Nenhum se aplica.
# How each surface asks for a written text; $min and $max count characters.
card-contribute-hint = Responda a esta mensagem com o seu texto ({ $min }–{ $max } caracteres).
card-contribute-hint-discord = Toque em Escrever para enviar o seu texto ({ $min }–{ $max } caracteres).
card-contribute-hint-console = Digite o seu texto ({ $min }–{ $max } caracteres) na próxima linha.
card-pair-prompt = Prompt:
card-pair-first = Resposta 1:
card-pair-second = Resposta 2:
card-check-text = Texto para conferir:
# What a multi-label answer with no label ticked is called.
card-none-apply = nenhum se aplica

## Buttons
btn-next-task = Próxima tarefa
btn-pair-first = 1 é melhor
btn-pair-second = 2 é melhor
btn-pair-tie = Empate
btn-pair-both-bad = Ambas ruins
btn-none-apply = Nenhum se aplica
btn-done = Concluir

## Answers
toast-stale-button = Esse botão não vale mais.
toast-answer-recorded = Resposta registrada
answer-recorded = Resposta registrada: { $label }.
answer-decided-later = Sua recompensa é definida junto com a tarefa; depois disso, /balance e /stats mostram o resultado.
answer-duplicate = Você já respondeu esta tarefa: { $label }.
# A pairwise answer named by the side the member saw on their own card.
answer-duplicate-side = Você já respondeu esta tarefa: { $label } (no card em que você respondeu).
toast-nothing-ticked = Nada marcado. Marque os rótulos que se aplicam ou toque em Nenhum se aplica.
toast-ticks-expired = Suas marcações expiraram; marque de novo.
# $labels lists the ticked labels, separated by commas.
toast-ticked = Marcados: { $labels }. Toque em Concluir para enviar.
task-none-active = Não há nenhuma campanha ativa no momento. Volte mais tarde.
task-campaign-idle = A campanha #{ $campaignId } não está recebendo respostas no momento.
task-all-done = Você já respondeu todas as tarefas disponíveis para você. Valeu! Volte mais tarde.

## Written contributions
contribution-accepted = Valeu! Seu texto vai para outros membros conferirem; você recebe se eles o aprovarem.
contribution-repeat = Você já enviou um texto para esta tarefa; ele está sendo conferido.
contribution-not-served = Esse card não foi entregue a você. Envie /task para receber uma tarefa.
contribution-empty = Esse texto está vazio. Escreva o seu próprio texto e envie de novo.
contribution-control = Esse texto tem caracteres de controle. Envie texto simples.
contribution-too-short = Esse texto é curto demais: escreva pelo menos { $min } caracteres.
contribution-too-long = Esse texto é longo demais: escreva no máximo { $max } caracteres.
contribution-copied = Esse texto copia o prompt. Escreva o seu próprio.
contribution-duplicate = Esse texto já foi enviado nesta campanha. Escreva o seu próprio.

## Why a reward was paid, withheld or corrected (after "because")
# In Portuguese they follow a colon (stats-withheld-line, stats-corrected), as whole clauses.
rule-consensus-match = a resposta coincide com o consenso
rule-majority-match = a resposta coincide com a maioria
rule-gold-match = a resposta coincide com uma resposta conhecida
rule-consensus-mismatch = a resposta difere do consenso
rule-consensus-uncertain = a tarefa foi encerrada sem um consenso confiável
rule-majority-tie = não se chegou a um consenso
rule-gold-mismatch = a resposta difere de uma resposta conhecida
rule-gold-failed = você errou respostas demais nas perguntas de controle
rule-skill-below-floor = sua precisão estimada está abaixo do mínimo da campanha
rule-budget-exhausted = o orçamento da campanha acabou
rule-collusion-suspected = suas respostas andam em sincronia com as de outras contas muito além do que um trabalho honesto explica, e as respostas delas às perguntas de controle não são boas o bastante
rule-timing-too-fast = suas respostas chegaram mais rápido do que dá para ler os itens
rule-contribution-accepted = outros membros conferiram a sua contribuição e a aprovaram
rule-contribution-rejected = outros membros conferiram a sua contribuição e não a aprovaram
rule-contribution-uncertain = a verificação da sua contribuição foi encerrada sem um consenso confiável
rule-consensus-corrected = o consenso da tarefa mudou quando chegaram mais respostas
rule-pace-pro-rata = a época rendeu mais do que o ritmo de emissão permite, então todas as recompensas foram pagas pro rata
rule-merge-duplicate = suas duas contas de chat foram unidas e as duas tinham respondido esta tarefa: vale a resposta mais antiga

## /stats, /balance, /leaderboard
stats-none = Nenhuma resposta ainda. Envie /task para começar a minerar.
stats-title = Suas estatísticas de mineração
stats-answers = Respostas: { $answers } · avaliadas: { $scored } · aceitas: { $accepted }
# The same with the accepted share of scored answers, such as "75%".
stats-answers-share = Respostas: { $answers } · avaliadas: { $scored } · aceitas: { $accepted } ({ $share })
stats-withheld = Retidas:
# $reason is one of the rule- texts.
stats-withheld-line = - { $count }: { $reason }
stats-corrected = Corrigidas: { $count } ({ $amount }). Motivo: { $reason }
# $accuracy and $floor are shares such as "82%".
stats-campaign = Campanha #{ $campaignId } { $name }: precisão estimada { $accuracy } (mínimo { $floor })
stats-not-estimated = ainda não estimada
stats-gold = · perguntas de controle: { $correct }/{ $total } certas
stats-gold-failed = Você errou perguntas de controle demais: suas respostas que coincidem com o consenso não rendem nada até você acertar mais delas.
stats-below-floor = Abaixo do mínimo: suas respostas que coincidem com o consenso não rendem nada até a sua precisão subir. Responda cada tarefa com calma.
# $pending and $minted are amounts such as "12.5 TNET".
balance-text = Pendente: { $pending }
    Cunhado: { $minted }
    Respostas aceitas: { $accepted } · retidas: { $withheld } · aguardando: { $awaiting }
leaderboard-empty = Nenhuma recompensa ainda. Seja o primeiro: envie /task.
leaderboard-title = Top mineradores
leaderboard-line = { $rank }. { $name }: { $earned } ({ $accepted } aceitas)
# A member without a display name.
leaderboard-member = membro { $memberId }

## Commands in general
router-too-long = Esse comando é longo demais.
router-not-command = Os comandos começam com /. Envie /help para ver a lista.
router-unknown = Comando desconhecido: /{ $name }. Envie /help para ver a lista.
toast-went-wrong = Algo deu errado.
# $ref is a short code the member quotes to the operators.
router-unexpected = Algo deu errado do nosso lado (ref. { $ref }). Tente de novo.
refusal-moderators = Só moderadores podem fazer isso.
refusal-admins = Só administradores da plataforma podem fazer isso.
usage-task = Uso: /task ou /task <número da campanha>
usage-link = Uso: /link ou /link <endereço da sua carteira>, por exemplo /link 0xAbC...123
usage-verify = Uso: /verify <assinatura> (o texto 0x... que a sua carteira gerou ao assinar a mensagem do /link)

## /link, /wallet, /unlink, /merge
link-page = Abra { $url } em um navegador com a sua carteira para vinculá-la (o link só funciona uma vez, por { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }).
link-by-hand = Ou envie /link <endereço da sua carteira> para assinar uma mensagem manualmente.
link-sign = Ou assine esta mensagem com a sua carteira ({ $address }) e depois envie /verify <assinatura>. Ela expira em { $minutes ->
        [one] { $minutes } minuto.
       *[other] { $minutes } minutos.
    }
mywallet-yours = Sua carteira: { $address }
mywallet-none = Você não tem nenhuma carteira vinculada. Envie /link <endereço da sua carteira>.
unlink-done = A carteira { $address } foi desvinculada. O que já foi cunhado continua nela; as recompensas pendentes esperam até você vincular uma carteira de novo.
merge-offer = A carteira { $address } pertence ao membro #{ $otherMemberId }. Envie /merge confirm para unir as contas, ou /merge cancel.
merge-usage = Uso: /merge confirm ou /merge cancel, depois que o /verify oferecer a união de contas.
merge-cancelled = União cancelada. Suas contas continuam separadas.
merge-done = Pronto: agora você é o membro #{ $memberId }, com a carteira { $address }. Suas respostas, sua habilidade e suas recompensas pendentes estão juntas.
merge-duplicates = { $count ->
        [one] { $count } tarefa que você tinha respondido duas vezes conta uma vez só (vale a resposta mais antiga).
       *[other] { $count } tarefas que você tinha respondido duas vezes contam uma vez só (vale a resposta mais antiga).
    }

## /start and /help
welcome = Boas-vindas à mineração TNET!
    Você recebe pequenas tarefas (rotular um item, votar, conferir um modelo). Muitos membros respondem cada tarefa; quando um número suficiente concorda, as respostas que coincidem com o consenso rendem TNET. As recompensas são cunhadas em lotes na sua carteira vinculada.
help-text = Mineração TNET: responda pequenas tarefas de IA e ganhe TNET quando a sua resposta coincidir com o consenso.
    /task [campanha] - receber uma tarefa para responder (em um grupo ou servidor: as campanhas da comunidade e as da plataforma)
    /leaderboard - os top mineradores
    /batch <id do lote> - um lote de cunhagem: totais, transação e primeiros pagamentos
    /campaign list - campanhas em andamento
    /campaign stats <id> - como está indo uma campanha
    /language - escolher o seu idioma (em um grupo: o do grupo, para os moderadores)
    Pessoais, respondidos só no privado (no Discord, só você vê a resposta):
    /balance - seus TNET pendentes e cunhados
    /stats - sua precisão e por que recompensas foram retidas
    /why [tarefa | batch <id>] - por que uma resposta sua foi paga ou retida, e onde foi cunhada
    /link [endereço] - vincular a sua carteira pela página de vinculação ou assinando uma mensagem manualmente
    /verify <assinatura> - concluir a vinculação com a assinatura dessa mensagem
    /wallet - sua carteira vinculada; /unlink - desvinculá-la
    /merge confirm - unir a sua conta com a de outro chat (oferecido quando você verifica a carteira dela)
    Moderadores: /campaign new, /campaign activate|pause|resume|close|export|post <id>, /community (a cota desta comunidade), /community audit (o registro de auditoria)
    /help - esta lista

## The platform's own option labels and questions
btn-option-correct = Certo
btn-option-wrong = Errado
btn-option-yes = Sim
btn-option-no = Não
btn-option-unsure = Não sei
btn-option-good = Bom
btn-option-not-good = Não é bom
card-default-check-question = Esta é uma boa contribuição?
card-model-says = O modelo diz { $label }, com { $percent }. Está certo?
card-checks-name = { $name } (verificação)
