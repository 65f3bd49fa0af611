# What is wrong with a campaign definition, an import row or a community, one message per
# problem code (core/domain/problem.ts, bots/common/problem-text.ts).
# $field names a field of the definition (reward, options.0.id) as the moderator wrote it.
# Most texts follow "field: ", so they are predicates of the field ("campo" is masculine).

problem-field = { $field }: { $text }
# $lang: the language tag of an item's translated fields (es, pt-BR).
problem-in-language = em { $lang }: { $text }

problem-required = obrigatório
problem-empty = não pode estar vazio
problem-not-text = precisa ser texto
problem-not-number = precisa ser um número
problem-not-integer = precisa ser um número inteiro
problem-not-list = precisa ser uma lista
problem-not-object = precisa ser um objeto com campos nomeados
problem-invalid = não é válido
problem-too-short = { $min ->
        [one] precisa ter pelo menos { $min } caractere
       *[other] precisa ter pelo menos { $min } caracteres
    }
problem-too-long = { $max ->
        [one] pode ter no máximo { $max } caractere
       *[other] pode ter no máximo { $max } caracteres
    }
problem-too-few = { $min ->
        [one] precisa ter pelo menos { $min } entrada
       *[other] precisa ter pelo menos { $min } entradas
    }
problem-too-many = { $max ->
        [one] pode ter no máximo { $max } entrada
       *[other] pode ter no máximo { $max } entradas
    }
problem-too-small = precisa ser no mínimo { $min }
problem-not-above = precisa ser maior que { $min }
problem-too-large = pode ser no máximo { $max }
# $values: the allowed values, comma-separated.
problem-not-one-of = precisa ser um destes: { $values }
problem-unknown-key = não é um campo que uma campanha aceita
problem-bad-format = não está no formato esperado

problem-not-tnet-amount = precisa ser uma quantia de TNET como "10" ou "0.5"
problem-option-id-format = ids de opção têm de 1 a 32 letras, dígitos, _ . -
problem-license-format = um id de licença como cc-by-4.0 ou mit
problem-chat-id-format = um chat como telegram:-100123 ou discord:123
problem-language-tag = as chaves são tags de idioma como ru, pt-BR ou zh-CN
problem-too-many-languages = no máximo { $max } idiomas
problem-check-answers-too-few = pelo menos { $min }: uma verificação não tem resposta conhecida, então nenhum texto é decidido por menos membros
problem-ids-not-unique = os ids precisam ser únicos
# $options: the fixed option ids.
problem-fixed-options = uma campanha pairwise tem opções fixas ({ $options }); deixe-as de fora
problem-options-required = obrigatório em campanhas label e vote
problem-needs-labels = uma campanha multilabel precisa de pelo menos { $min } rótulos para marcar
problem-too-many-labels = uma campanha multilabel tem no máximo { $max } rótulos
problem-no-options = uma campanha contribute não tem opções; os membros escrevem um texto
# $other: the field it is compared with (answersPerTask, minLength).
problem-below-field = não pode ser menor que { $other }
problem-budget-below-reward = precisa cobrir pelo menos uma recompensa
problem-check-budget-below-reward = precisa cobrir pelo menos uma recompensa de verificação
# $kind: the campaign kind as the definition names it (pairwise, multilabel, contribute).
problem-no-baseline = uma campanha { $kind } não aceita modelo de referência
problem-no-gold = uma campanha contribute não tem itens com resposta conhecida
problem-check-reward-required = obrigatório em uma campanha contribute (o que cada pessoa que confere ganha)
problem-check-budget-required = obrigatório em uma campanha contribute (o que as verificações podem gastar)
problem-contribute-only = só uma campanha contribute aceita este campo
problem-not-an-option-id = não é um dos ids de opção da campanha

problem-nul-byte = contém um byte NUL
problem-not-utf8 = não é UTF-8 válido
problem-line-too-long = tem mais de { $max } bytes
problem-nul-character = contém um caractere NUL (\u0000)
problem-lone-surrogate = contém texto que não é Unicode válido (um surrogate isolado)
problem-not-json = não é JSON válido
problem-not-json-object = não é um objeto JSON
problem-header-empty-name = o cabeçalho tem uma coluna sem nome
problem-header-repeats-name = o cabeçalho repete o nome de uma coluna
problem-header-no-content = o cabeçalho precisa de pelo menos uma coluna de conteúdo além de id e gold
problem-column-count = esperadas { $expected } colunas, encontradas { $found }
# $detail: the CSV reader's code for the break (CSV_QUOTE_NOT_CLOSED).
problem-broken-csv = CSV quebrado: { $detail }
problem-file-empty = o arquivo está vazio
problem-no-items = o arquivo não tem itens
problem-id-wrong-type = o id precisa ser texto ou um número
problem-gold-wrong-type = gold precisa ser texto, um número ou uma lista de ids de rótulo
problem-id-too-long = id com mais de { $max } caracteres
problem-no-content = o item não tem conteúdo
problem-item-too-large = item com mais de { $max } bytes
# $id: an item's id; $line: the line it first appeared on.
problem-duplicate-id = id "{ $id }" repetido (primeiro na linha { $line })
problem-id-taken = o id "{ $id }" já está em uso, antes neste arquivo ou nesta campanha
# $name: a field of the item (prompt, a, b, model_a).
problem-pair-needs-text = um item pairwise precisa de "{ $name }" como texto não vazio
problem-pair-outputs-same = as respostas "a" e "b" são iguais
problem-pair-too-long = prompt, a e b somam { $length } caracteres, mais do que um card de chat mostra ({ $max })
problem-field-not-text = "{ $name }" precisa ser texto
problem-field-too-long = "{ $name }" tem mais de { $max } caracteres
problem-control-character = "{ $name }" tem um caractere de controle
# $key: a translated field (note@es); $name: the field it translates.
problem-translates-missing = "{ $key }" traduz "{ $name }", que o item não tem
problem-contribute-needs-prompt = um item contribute precisa de "prompt" (ou "text") ou de uma "image" sobre a qual escrever
problem-gold-not-text = gold precisa ser texto ou um número
# $options: the campaign's option ids.
problem-gold-not-option = gold "{ $gold }" não é uma das opções ({ $options })
problem-gold-not-a-set = gold precisa ser um conjunto de ids de rótulo: um array JSON como ["a", "b"], ou os ids unidos por "|"
problem-not-a-label = "{ $label }" não é um rótulo desta campanha
problem-ticked-twice = "{ $label }" foi marcado duas vezes
problem-archive-too-large = o arquivo compactado tem mais de { $max } MB
problem-image-not-text = image precisa ser texto: um arquivo do .zip ou uma URL https
problem-image-not-file-or-url = a imagem "{ $image }" não é um arquivo do .zip nem uma URL https
problem-image-not-in-archive = a imagem "{ $image }" não está no .zip
# $detail: the media check's words (problem-media-* below), or its English account where it has none.
problem-image-refused = imagem "{ $image }": { $detail }
problem-media-refused = { $detail }

problem-media-image-too-many-bytes = a imagem tem { $bytes } bytes, mais de { $max }
problem-media-image-format = o arquivo é { $format }; aceitos: { $accepted }
problem-media-image-format-unknown = o arquivo está em um formato desconhecido; aceitos: { $accepted }
problem-media-image-no-size = o cabeçalho da imagem não informa o tamanho
problem-media-image-too-many-pixels = a imagem tem { $size }, mais de { $max } pixels
problem-media-image-aspect-ratio = a imagem tem { $size }, mais alongada que { $max }:1
problem-media-zip-too-many-images = o .zip cita { $count } imagens, mais de { $max } por envio
problem-media-zip-too-many-pixels = as imagens do .zip somam mais de { $max } pixels; divida em envios menores
problem-media-zip-stored-too-large = as imagens do .zip ocupam mais de { $max } bytes depois de salvas; divida em envios menores
problem-media-zip-unsafe-name = o nome "{ $name }" { $why ->
        [empty] está vazio
        [backslash] tem uma barra invertida
        [absolute] é um caminho absoluto
        [drive_letter] começa com uma letra de unidade
        [control_character] tem um caractere de controle
        [parent_segment] tem um segmento ".."
       *[empty_segment] tem um segmento vazio ou "."
    }
problem-media-zip-symlink = { $name } é um link simbólico
problem-media-zip-not-a-file = { $name } não é um arquivo comum (modo { $mode })
problem-media-zip-encrypted = { $name } está criptografado
problem-media-zip-compression = { $name } usa o método de compressão { $method } (só stored e deflate)
problem-media-zip-declares-too-large = { $name } declara { $bytes } bytes, mais de { $max }
problem-media-zip-declares-ratio = { $name } declara uma taxa de compressão acima de { $max }:1
problem-media-zip-inflates-too-large = { $name } descompacta para mais de { $max } bytes
problem-media-zip-inflates-ratio = { $name } descompacta para mais de { $max } vezes o tamanho compactado
problem-media-zip-duplicate = { $name } aparece mais de uma vez no .zip

problem-community-id = uma comunidade é um chat do Telegram ou um servidor do Discord, indicado pelo id numérico
problem-grant-amount = uma concessão é uma quantia positiva de TNET, no máximo o teto de 6.000.000.000
problem-chat-move-ids = um chat passa de um id numérico de chat para outro
