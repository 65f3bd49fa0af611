# The public transparency page (bots/web/transparency-html.ts and public/transparency.js), at
# PUBLIC_URL/transparency. Amounts come formatted ("12.5 TNET"), dates too. The page's script
# fills in { $id }, { $reason }, { $status } and the counts itself: keep each one.

transparency-title = Transparência do TNET
transparency-heading = TNET às claras
transparency-intro = Cada TNET é emitido pelo trabalho que os membros fizeram. Esta página mostra quanto foi emitido, em que ritmo, o que a fundação recebeu e quanto cada comunidade pode gastar, e o seu navegador confere cada lote de emissão com a blockchain.
transparency-language-label = Idioma

transparency-supply-heading = Emitido em relação ao limite
transparency-minted-label = Emitido
transparency-minted-value = { $minted } de { $cap } ({ $percent })
transparency-remaining-label = Ainda pode ser emitido
transparency-batches-label = Lotes de emissão confirmados

transparency-pace-heading = Ritmo
transparency-pace-window-label = Período
transparency-pace-minted-label = Emitido
transparency-pace-cap-label = Neste ritmo o limite é atingido
transparency-pace-7 = Últimos 7 dias
transparency-pace-30 = Últimos 30 dias
transparency-cap-date = { $date } (em { $days } dias)
transparency-cap-reached = O limite foi atingido.
transparency-cap-no-pace = Nunca: nada foi emitido nestes dias.
transparency-cap-far = Em mais de 1.000 anos.

transparency-foundation-heading = A parte da fundação
transparency-foundation-text = A fundação recebeu { $foundation }, { $percent } de todos os TNET emitidos; os mineradores receberam { $miners }.

transparency-communities-heading = Comunidades
transparency-communities-intro = Os administradores da plataforma concedem a cada comunidade uma cota; as campanhas dela reservam orçamentos dessa cota e pagam os membros com eles.
transparency-community = Comunidade
transparency-allowance = Cota
transparency-reserved = Reservado por campanhas
transparency-spent = Pago aos membros
transparency-left = Ainda disponível
transparency-no-communities = Nenhuma comunidade tem cota ainda.
transparency-communities-more = Mostrando as primeiras { $shown } de { $count } comunidades.

transparency-batches-heading = Lotes de emissão
transparency-batches-intro = O id de um lote é o hash keccak256 do seu manifesto, a lista do que ele pagou. O seu navegador baixa cada manifesto, calcula o hash por conta própria e o compara com o id listado aqui e com o id que a blockchain registrou.
transparency-batch-id = Id do lote
transparency-batch-state = Estado
transparency-batch-created = Criado
transparency-batch-updated = Confirmado ou última alteração
transparency-batch-minted = Emitido
transparency-batch-foundation = Fundação
transparency-batch-recipients = Destinatários
transparency-batch-tx = Transação
transparency-batch-manifest = Manifesto
transparency-batch-check = Verificação
transparency-download = Baixar
transparency-no-batches = Ainda não há lotes de emissão.
transparency-older = Lotes anteriores
transparency-newest = Lotes mais recentes
transparency-needs-script = A verificação precisa de JavaScript.

transparency-state-prepared = Preparado
transparency-state-submitted = Enviado
transparency-state-confirmed = Confirmado
transparency-state-failed = Falhou

transparency-checking = Verificando…
transparency-checking-all = Verificando { $count } lotes…
transparency-summary = { $count } lotes verificados: { $verified } conferem, { $mismatch } divergem, { $unchecked } não puderam ser verificados.
transparency-verified = Confere: o hash do manifesto é este id, e a blockchain registrou este id.
transparency-not-minted = O hash do manifesto é este id; a blockchain não o emitiu, como diz o seu estado.
transparency-mismatch-manifest = DIVERGÊNCIA: o hash do manifesto não é este id de lote.
transparency-mismatch-chain = DIVERGÊNCIA: a blockchain registrou o id de lote { $id } para esta transação.
transparency-mismatch-not-minted = DIVERGÊNCIA: consta como confirmado, mas a blockchain não emitiu este lote.
transparency-unchecked = Não foi possível verificar: { $reason }
transparency-reason-no-chain = este servidor não está conectado a uma blockchain.
transparency-reason-unreachable = o nó da blockchain não respondeu.
transparency-reason-timeout = o nó da blockchain demorou demais para responder.
transparency-reason-manifest = não foi possível baixar o manifesto (status { $status }).
transparency-reason-server = o servidor não respondeu (status { $status }).
transparency-reason-network = a rede falhou.
