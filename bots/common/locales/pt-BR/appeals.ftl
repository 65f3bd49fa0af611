# Recursos (issue 18): um membro pede aos moderadores da campanha que revejam uma resposta retida.

## O menu de comandos, /help e o registro no Discord
cmd-appeal = Recorrer de uma resposta retida: /appeal <tarefa> <motivo> (resposta no privado)
cmd-appeals = Moderadores: recursos esperando decisão
help-appeal = /appeal <tarefa> <motivo> - peça aos moderadores que revejam uma resposta retida (o botão Recorrer em /stats)
help-appeals = Moderadores: /appeals - recursos esperando decisão, com Aceitar e Recusar
dcmd-appeal-name = appeal
dcmd-appeal-desc = Peça aos moderadores que revejam uma resposta retida
dopt-appeal-task-name = tarefa
dopt-appeal-task-desc = O número da tarefa (de /stats)
dopt-appeal-reason-name = motivo
dopt-appeal-reason-desc = Por que sua resposta está certa, em uma ou duas frases
dcmd-appeals-name = appeals
dcmd-appeals-desc = Recursos esperando decisão (moderadores)
dopt-appeals-community-name = comunidade
dopt-appeals-community-desc = O número da comunidade (sem ele: a deste servidor)

## O lado do membro
appeal-usage = Uso: /appeal <tarefa> <motivo>. O motivo diz em uma ou duas frases por que sua resposta está certa (no máximo { $max } caracteres).
appeal-filed = Seu recurso da tarefa { $taskId } está com os moderadores da campanha. A decisão deles aparece em /stats.
appeal-refused-not-found = Você não tem resposta para a tarefa { $taskId }.
appeal-refused-reason-empty = Diga em uma frase por que sua resposta está certa: /appeal { $taskId } <motivo>
appeal-refused-reason-too-long = Esse motivo é longo demais: no máximo { $max } caracteres.
appeal-refused-waiting = Sua resposta à tarefa { $taskId } ainda não foi julgada: recorra quando /stats mostrá-la retida.
appeal-refused-not-withheld = Sua resposta à tarefa { $taskId } não foi retida: não há do que recorrer.
appeal-refused-not-appealable = Sua resposta à tarefa { $taskId } foi retida por um motivo que não admite recurso.
appeal-refused-duplicate = Você já recorreu da tarefa { $taskId }. Cada resposta admite um recurso.
appeal-refused-too-many-pending = Você tem { $max } recursos esperando decisão. Recorra de novo quando um for decidido.
appeal-refused-rate-limited = Você recorreu de { $max } respostas nas últimas 24 horas. Tente amanhã.
stats-appealable = Você pode recorrer destas respostas retidas:
stats-appealable-line = - tarefa { $taskId }: { $reason }
btn-appeal = Recorrer da tarefa { $taskId }
appeal-how = Envie /appeal { $taskId } seguido de um motivo curto (no máximo { $max } caracteres), por exemplo:
    /appeal { $taskId } A imagem mostra um cachorro, não um gato.
stats-appeals = Seus recursos:
stats-appeal-line = - tarefa { $taskId }: { $state }
appeal-state-name = { $state ->
        [upheld] aceito, a recompensa foi paga
        [refused] recusado
       *[pending] esperando os moderadores
    }
rule-appeal-upheld = os moderadores aceitaram seu recurso

## A fila dos moderadores
appeals-none = Nenhum recurso esperando.
appeals-usage = Uso: /appeals [número da comunidade]. Num grupo ou servidor: os recursos da comunidade dele; no privado, informe o número da comunidade.
appeals-forbidden = Você não modera essa comunidade.
appeals-title = { $count ->
        [one] 1 recurso esperando.
       *[other] { $count } recursos esperando; seguem os { $shown } mais antigos.
    }
appeal-card-header = Recurso #{ $appealId } · campanha #{ $campaignId } { $name } · tarefa { $taskId }
appeal-card-withheld = Retida porque: { $reason }
appeal-card-choice = O membro respondeu: { $label }
appeal-card-counts = Respostas: { $counts }
appeal-card-consensus = Consenso: { $label } ({ $confidence })
appeal-card-no-consensus = Sem consenso
appeal-card-gold = Resposta conhecida (pergunta de controle): { $label }
appeal-card-record = O membro nesta campanha: { $answers } respostas, precisão estimada { $skill }, perguntas de controle { $goldCorrect }/{ $goldAnswers } certas
appeal-card-no-skill = ainda não estimada
appeal-card-record-withheld = Retidas antes: { $lines }
appeal-card-reason = O motivo do membro: { $reason }
btn-appeal-uphold = Aceitar
btn-appeal-refuse = Recusar
appeal-upheld = Recurso #{ $appealId } aceito: { $amount } pagos pela tarefa { $taskId }.
appeal-refused = Recurso #{ $appealId } recusado.
appeal-decide-not-found = Esse recurso não é seu para decidir.
appeal-decide-own = O recurso #{ $appealId } é seu: outro moderador decide.
appeal-decide-already = O recurso #{ $appealId } já foi decidido.
appeal-decide-budget-short = O orçamento da campanha não cobre o recurso #{ $appealId }: ele continua esperando.
