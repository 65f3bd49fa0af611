# The Telegram command menu (setMyCommands): one description per command, 3 to 256
# characters. Personal commands say that their answer comes in private.

cmd-task = Receber uma tarefa (em grupo: campanhas da comunidade, enviadas no privado)
cmd-balance = Seus TNET pendentes e cunhados (resposta no privado)
cmd-stats = Suas respostas, taxa de aceitação e precisão (resposta no privado)
cmd-leaderboard = Os top mineradores
cmd-link = Vincular a sua carteira: /link <endereço> (resposta no privado)
cmd-verify = Concluir a vinculação: /verify <assinatura> (só no privado)
cmd-wallet = Sua carteira vinculada (resposta no privado)
cmd-unlink = Desvincular a sua carteira (só no privado)
cmd-merge = Unir a sua conta com a de outro chat: /merge confirm|cancel (só no privado)
cmd-campaign = Campanhas: list, stats <id>; moderadores: new, post <id> [cards], pause|resume|close|export <id>
cmd-community = Moderadores: a cota desta comunidade; /community audit: o registro de auditoria
cmd-cancel = Interromper a conversa do /campaign new
cmd-language = Escolher o seu idioma (em grupo: o do grupo, escolhido pelos moderadores)
cmd-help = Todos os comandos

# Personal commands sent in a group (bots/common/private-only.ts): the group's line, and
# what the private chat gets for an action that waits there. Commands stay as written.

private-sent = Mandei uma mensagem no seu privado.
# $link is the t.me link that opens the private chat.
private-open-chat = Só posso responder isso no privado. Abra um chat comigo: { $link }
private-unlink-in-group = Você enviou /unlink em um grupo. Para desvincular a sua carteira, envie /unlink aqui.
private-merge-in-group = Você enviou /merge em um grupo. Envie /merge confirm ou /merge cancel aqui.
private-verify-here = Assinaturas só aqui, no privado: envie /verify <assinatura> aqui, nunca em um grupo.
# $link opens the private chat (no start payload); $campaignId is the campaign's number.
private-export-needs-chat = Exportações só vão para um chat privado. Abra { $link }, toque em Iniciar e depois envie /campaign export { $campaignId } lá ou aqui de novo.

# Expensive commands asked for too often (bots/common/rate-limit.ts).

rate-limited-seconds = { $seconds ->
        [one] Isso demora um pouco para preparar, e você pediu várias vezes agora há pouco. Tente de novo em { $seconds } segundo.
       *[other] Isso demora um pouco para preparar, e você pediu várias vezes agora há pouco. Tente de novo em { $seconds } segundos.
    }
rate-limited-minutes = { $minutes ->
        [one] Isso demora um pouco para preparar, e você pediu várias vezes agora há pouco. Tente de novo em { $minutes } minuto.
       *[other] Isso demora um pouco para preparar, e você pediu várias vezes agora há pouco. Tente de novo em { $minutes } minutos.
    }

# Wallet linking (bots/common/wallet-text.ts), in every chat and on the link page.

wallet-signature-too-long = Essa assinatura é longa demais para colar em um chat. Envie /link e abra a página de vinculação: ela assina com a sua carteira no navegador, inclusive carteiras de contrato.
wallet-linked = A carteira { $address } foi vinculada. Seus TNET pendentes vão para ela no próximo lote de cunhagem.
# $memberId: the member number of the other account.
wallet-linked-elsewhere = A carteira { $address } pertence a outra conta sua (membro #{ $memberId }, em outro chat). Envie /merge confirm para unir as duas: suas respostas, sua habilidade e suas recompensas pendentes viram uma conta só. /merge cancel as mantém separadas.
