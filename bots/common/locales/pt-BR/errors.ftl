# Domain errors, one message per error code (bots/common/error-text.ts).
# Identifiers ($campaignId, $communityId) are written without grouping.

err-member-not-found = Ainda não conheço você. Envie /start primeiro.
err-member-banned = Sua conta está bloqueada para responder tarefas.
err-member-no-merge = Não há nenhuma união de contas pendente. Ela é oferecida quando você verifica uma carteira que a sua conta em outro chat já vinculou.
err-member-merge-expired = Essa oferta de união expirou. Envie /link de novo e assine com a carteira.
err-member-merge-stale = Essa carteira mudou desde que a união foi oferecida. Envie /link de novo e assine com a carteira.
err-campaign-not-found = Não existe a campanha #{ $campaignId }.
err-campaign-invalid-definition = Essa definição de campanha tem problemas:
    { $problems }
err-campaign-invalid-transition = A campanha #{ $campaignId } está { $from }; ela não pode passar a { $to }.
err-campaign-not-active = A campanha #{ $campaignId } está { $status }, não ativa.
err-campaign-import-invalid = Nada foi importado: { $badRowCount ->
        [one] { $badRowCount } linha com problema.
       *[other] { $badRowCount } linhas com problema.
    }
    { $rows }
err-campaign-import-row = - linha { $row }: { $reason }
err-campaign-import-more = - e mais { $count }
err-campaign-closed = A campanha #{ $campaignId } está encerrada.
err-campaign-no-items = A campanha #{ $campaignId } ainda não tem itens; importe alguns primeiro.
err-campaign-export-format = A campanha #{ $campaignId } é do tipo { $kind }; a exportação { $format } é só para campanhas pairwise.
err-campaign-forbidden = Só moderadores podem fazer isso.
err-campaign-budget-exhausted = A campanha #{ $campaignId } já gastou todo o orçamento.
err-campaign-over-cap = Esse orçamento passaria do teto de 6.000.000.000 TNET: sobram no máximo { $available } para prometer.
err-campaign-check-not-posted = A campanha #{ $campaignId } reúne as verificações de contribuições: os membros as recebem no privado com /task, nunca em um chat.
err-campaign-post-elsewhere = A campanha #{ $campaignId } pertence a uma comunidade; ela só é publicada no chat ou servidor dessa comunidade.
err-community-not-found = Não existe a comunidade #{ $communityId }.
err-community-not-registered = Este chat não é uma comunidade registrada. Um administrador da plataforma o registra com /community register.
err-community-already-registered = Este chat já é a comunidade #{ $communityId }.
err-community-forbidden = Só administradores da plataforma podem fazer isso.
err-community-invalid = Isso não funciona: { $reason }.
err-community-no-allowance = Esta comunidade não tem mais cota de TNET para um novo orçamento. Um administrador da plataforma concede uma com /community grant.
err-community-allowance-exceeded = Esse orçamento passa da cota desta comunidade: sobram no máximo { $available }.
err-task-not-found = Essa tarefa não existe.
err-answer-not-served = Esse botão não vale mais.
err-answer-task-closed = Esta tarefa já foi encerrada. Toque em "Próxima tarefa" para receber outra.
err-answer-task-full = Esta tarefa acabou de receber todas as respostas de que precisa. Toque em "Próxima tarefa" para receber outra.
err-answer-invalid-option = Essa não é uma das opções desta tarefa.
err-answer-rate-limited = { $seconds ->
        [one] Você está respondendo rápido demais. Tente de novo em { $seconds } segundo.
       *[other] Você está respondendo rápido demais. Tente de novo em { $seconds } segundos.
    }
err-answer-campaign-paused = Esta campanha está { $status } no momento.
err-answer-own-contribution = Este texto é seu: outros membros o conferem. Toque em "Próxima tarefa" para receber outra.
err-contribution-not-wanted = Esta tarefa se responde com um botão, não com texto: toque em uma das opções.
err-wallet-invalid-address = Isso não é um endereço Ethereum. Envie /link 0x... com o endereço da sua carteira.
err-wallet-no-challenge = Não há nenhum pedido de vinculação pendente. Comece com /link <endereço da sua carteira>.
err-wallet-challenge-expired = Esse pedido de vinculação expirou. Envie /link <endereço da sua carteira> de novo.
err-wallet-bad-signature = Essa assinatura não corresponde à mensagem e ao endereço. Assine exatamente a mensagem do /link e tente de novo.
err-wallet-address-taken = Essa carteira já está vinculada a outro membro.
err-wallet-not-linked = Você não tem nenhuma carteira vinculada. Envie /link <endereço da sua carteira>.
err-model-invalid-config = Esse registro de modelo tem problemas:
    { $problems }
err-model-invalid-file = O arquivo de modelo { $path } não pode ser usado: { $reason }. Nada foi registrado.
err-model-shape-mismatch = O modelo { $path } não corresponde ao registro: esperado { $expected }, encontrado { $actual }. Nada foi registrado.
err-model-file-changed = O arquivo de modelo { $path } mudou desde que foi registrado; registre-o de novo.
err-model-device-unavailable = O dispositivo de modelo { $device } não está disponível aqui ({ $reason }).
err-model-not-found = A campanha #{ $campaignId } não tem nenhum modelo de referência registrado.
err-model-no-predictions = A campanha #{ $campaignId } ainda não tem previsões do modelo de referência para conferir.

# Campaign statuses and kinds as error texts name them ($status is a status code).
campaign-status-name = { $status ->
        [draft] em rascunho
        [active] ativa
        [paused] pausada
       *[closed] encerrada
    }
