# Qué falla en una definición de campaña, una fila de importación o una comunidad (bots/common/problem-text.ts).
# Casi todos los textos siguen a "campo: ", así que describen el campo.

problem-field = { $field }: { $text }
problem-in-language = en { $lang }: { $text }

problem-required = obligatorio
problem-empty = no puede estar vacío
problem-not-text = debe ser texto
problem-not-number = debe ser un número
problem-not-integer = debe ser un número entero
problem-not-list = debe ser una lista
problem-not-object = debe ser un objeto con campos con nombre
problem-invalid = no es válido
problem-too-short = { $min ->
        [one] debe tener al menos { $min } carácter
       *[other] debe tener al menos { $min } caracteres
    }
problem-too-long = { $max ->
        [one] debe tener como máximo { $max } carácter
       *[other] debe tener como máximo { $max } caracteres
    }
problem-too-few = { $min ->
        [one] debe tener al menos { $min } elemento
       *[other] debe tener al menos { $min } elementos
    }
problem-too-many = { $max ->
        [one] debe tener como máximo { $max } elemento
       *[other] debe tener como máximo { $max } elementos
    }
problem-too-small = debe ser al menos { $min }
problem-not-above = debe ser mayor que { $min }
problem-too-large = debe ser como máximo { $max }
problem-not-one-of = debe ser uno de: { $values }
problem-unknown-key = no es un campo que admita una campaña
problem-bad-format = no tiene el formato esperado

problem-not-tnet-amount = debe ser una cantidad de TNET como "10" o "0.5"
problem-option-id-format = los ids de opción tienen de 1 a 32 letras, dígitos, _ . -
problem-license-format = un id de licencia como cc-by-4.0 o mit
problem-chat-id-format = un chat como telegram:-100123 o discord:123
problem-language-tag = las claves son etiquetas de idioma como ru, pt-BR o zh-CN
problem-too-many-languages = { $max ->
        [one] como máximo { $max } idioma
       *[other] como máximo { $max } idiomas
    }
problem-check-answers-too-few = al menos { $min }: una revisión no tiene respuestas de control, así que ningún texto se decide con menos miembros
problem-ids-not-unique = los ids deben ser únicos
problem-fixed-options = una campaña pairwise tiene opciones fijas ({ $options }); no las indiques
problem-options-required = obligatorio en campañas label y vote
problem-needs-labels = una campaña multilabel necesita al menos { $min } etiquetas para marcar
problem-too-many-labels = una campaña multilabel tiene como máximo { $max } etiquetas
problem-no-options = una campaña contribute no tiene opciones; los miembros escriben un texto
problem-below-field = debe ser al menos { $other }
problem-budget-below-reward = debe cubrir al menos una recompensa
problem-check-budget-below-reward = debe cubrir al menos una recompensa de revisión
problem-no-baseline = una campaña { $kind } no lleva modelo de referencia
problem-no-gold = una campaña contribute no tiene elementos con respuesta conocida (gold)
problem-check-reward-required = obligatorio en una campaña contribute (lo que gana cada revisor)
problem-check-budget-required = obligatorio en una campaña contribute (lo que pueden gastar las revisiones)
problem-contribute-only = solo lo acepta una campaña contribute
problem-not-an-option-id = no es uno de los ids de opción de la campaña

problem-nul-byte = contiene un byte NUL
problem-not-utf8 = no es UTF-8 válido
problem-line-too-long = tiene más de { $max } bytes
problem-nul-character = contiene un carácter NUL (\u0000)
problem-lone-surrogate = contiene texto que no es Unicode válido (un sustituto suelto)
problem-not-json = no es JSON válido
problem-not-json-object = no es un objeto JSON
problem-header-empty-name = el encabezado tiene una columna sin nombre
problem-header-repeats-name = el encabezado repite un nombre de columna
problem-header-no-content = el encabezado necesita al menos una columna de contenido además de id y gold
problem-column-count = se esperaban { $expected } columnas, hay { $found }
problem-broken-csv = CSV dañado: { $detail }
problem-file-empty = el archivo está vacío
problem-no-items = el archivo no tiene elementos
problem-id-wrong-type = id debe ser texto o un número
problem-gold-wrong-type = gold debe ser texto, un número o un array de ids de etiqueta
problem-id-too-long = id de más de { $max } caracteres
problem-no-content = el elemento no tiene contenido
problem-item-too-large = elemento de más de { $max } bytes
problem-duplicate-id = id "{ $id }" repetido (primero en la línea { $line })
problem-id-taken = el id "{ $id }" ya se usa, antes en este archivo o en esta campaña
problem-pair-needs-text = un elemento pairwise necesita "{ $name }" como texto no vacío
problem-pair-outputs-same = las salidas "a" y "b" son iguales
problem-pair-too-long = prompt, a y b suman { $length } caracteres, más de lo que muestra una tarjeta del chat ({ $max })
problem-field-not-text = "{ $name }" debe ser texto
problem-field-too-long = "{ $name }" tiene más de { $max } caracteres
problem-control-character = "{ $name }" contiene un carácter de control
problem-translates-missing = "{ $key }" traduce "{ $name }", que el elemento no tiene
problem-contribute-needs-prompt = un elemento contribute necesita "prompt" (o "text") o una "image" sobre la que escribir
problem-gold-not-text = gold debe ser texto o un número
problem-gold-not-option = gold "{ $gold }" no es una de las opciones ({ $options })
problem-gold-not-a-set = gold debe ser un conjunto de ids de etiqueta: un array JSON como ["a", "b"], o los ids unidos con "|"
problem-not-a-label = "{ $label }" no es una etiqueta de esta campaña
problem-ticked-twice = "{ $label }" está marcada dos veces
problem-archive-too-large = el archivo comprimido supera los { $max } MB
problem-image-not-text = image debe ser texto: un archivo del zip o una URL https
problem-image-not-file-or-url = image "{ $image }" no es un archivo del zip ni una URL https
problem-image-not-in-archive = image "{ $image }" no está en el zip
problem-image-refused = image "{ $image }": { $detail }
problem-media-refused = { $detail }

problem-media-image-too-many-bytes = la imagen ocupa { $bytes } bytes, más de { $max }
problem-media-image-format = el archivo es { $format }; se aceptan: { $accepted }
problem-media-image-format-unknown = el archivo tiene un formato desconocido; se aceptan: { $accepted }
problem-media-image-no-size = la cabecera de la imagen no indica su tamaño
problem-media-image-too-many-pixels = la imagen mide { $size }, más de { $max } píxeles
problem-media-image-aspect-ratio = la imagen mide { $size }, más alargada que { $max }:1
problem-media-zip-too-many-images = el zip nombra { $count } imágenes, más de { $max } por subida
problem-media-zip-too-many-pixels = las imágenes del zip suman más de { $max } píxeles; divídelo en subidas más pequeñas
problem-media-zip-stored-too-large = las imágenes del zip ocupan más de { $max } bytes una vez guardadas; divídelo en subidas más pequeñas
problem-media-zip-unsafe-name = el nombre "{ $name }" { $why ->
        [empty] está vacío
        [backslash] tiene una barra invertida
        [absolute] es una ruta absoluta
        [drive_letter] empieza por una letra de unidad
        [control_character] tiene un carácter de control
        [parent_segment] tiene un segmento ".."
       *[empty_segment] tiene un segmento vacío o "."
    }
problem-media-zip-symlink = { $name } es un enlace simbólico
problem-media-zip-not-a-file = { $name } no es un archivo normal (modo { $mode })
problem-media-zip-encrypted = { $name } está cifrado
problem-media-zip-compression = { $name } usa el método de compresión { $method } (solo stored y deflate)
problem-media-zip-declares-too-large = { $name } declara { $bytes } bytes, más de { $max }
problem-media-zip-declares-ratio = { $name } declara una tasa de compresión mayor que { $max }:1
problem-media-zip-inflates-too-large = { $name } se descomprime a más de { $max } bytes
problem-media-zip-inflates-ratio = { $name } se descomprime a más de { $max } veces su tamaño comprimido
problem-media-zip-duplicate = { $name } aparece más de una vez en el zip

problem-community-id = una comunidad es un chat de Telegram o un servidor de Discord, indicado por su id numérico
problem-grant-amount = una asignación es una cantidad positiva de TNET, como máximo el tope de 6000 millones
problem-chat-move-ids = un chat se mueve de un id numérico de chat a otro
