# /why: o caminho de uma resposta sua até a regra que a pagou ou reteve e o lote de cunhagem.
cmd-why = Por que uma resposta foi paga ou não, e sua cunhagem (resposta no privado)
dcmd-why-name = why
dcmd-why-desc = Por que uma resposta sua foi paga ou retida, e onde foi cunhada
dopt-why-task-name = task
dopt-why-task-desc = O número da tarefa (sem ele: sua última resposta)
dopt-why-batch-name = batch
dopt-why-batch-desc = Um id de lote de cunhagem, ou seus primeiros dígitos: suas recompensas nele
why-usage = Uso: /why (sua última resposta), /why <número da tarefa> ou /why batch <id do lote ou seus primeiros dígitos>.
why-no-answers = Você ainda não respondeu nenhuma tarefa. Envie /task para receber uma.
why-not-yours = Você não tem resposta na tarefa #{ $taskId }. O /why mostra só as suas próprias respostas.
why-no-batch = Nenhuma das suas recompensas está em um lote de cunhagem cujo id começa com { $prefix }.
why-ambiguous = Mais de um lote com suas recompensas começa com { $prefix }: digite mais do id.
why-head = Por quê: tarefa #{ $taskId } · campanha #{ $campaignId } { $name }
why-answer = Sua resposta: { $label } ({ $when })
why-waiting = A tarefa ainda não foi decidida: os votos, a decisão e sua recompensa aparecem aqui quando for.
why-votes = Votos contados: { $votes }
why-vote = { $label } { $count }
why-consensus = Consenso: { $label } (confiança de { $confidence })
why-consensus-plain = Consenso: { $label }
why-consensus-none = Consenso: nenhum, a tarefa fechou sem uma resposta confiável
why-no-label = sem rótulo
why-known = Era uma pergunta de verificação; a resposta conhecida: { $label }
why-not-judged = Sua resposta ainda não foi julgada: será quando a rodada de pontuação tiver avaliado respostas suas suficientes.
why-row-paid = Pago: { $amount }. Motivo: { $reason }
why-row-withheld = Não pago. Motivo: { $reason }
why-row-correction = Corrigido em { $amount }. Motivo: { $reason }
why-row-pending = Pendente: entra no próximo lote de cunhagem quando você tiver uma carteira vinculada (/link).
why-mint = Cunhado no lote { $batchId } [{ $state }], transação { $txHash }
why-mint-no-transaction = No lote { $batchId } [{ $state }], ainda não enviado
why-manifest-hash = Hash do manifesto (keccak256 do seu texto canônico, o id do lote): { $hash }
why-manifest-mismatch = Atenção: o hash do manifesto guardado não é o id deste lote.
why-net = Líquido desta resposta: { $amount }
why-batch-head = Suas recompensas no lote de cunhagem { $batchId }
why-batch-row = - Tarefa #{ $taskId } (campanha #{ $campaignId } { $name }): { $amount }. Motivo: { $reason }
why-batch-more = … e mais { $count } linhas suas neste lote.
why-batch-total = Seu total neste lote: { $amount } em { $count ->
        [one] { $count } linha
       *[other] { $count } linhas
    }, antes da parte da fundação
