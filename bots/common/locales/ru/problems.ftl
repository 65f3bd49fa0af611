# What is wrong with a campaign definition, an import row or a community, one message per
# problem code (core/domain/problem.ts, bots/common/problem-text.ts).
# $field names a field of the definition (reward, options.0.id) as the moderator wrote it.
# Most texts follow «поле: …», so they are neuter («должно быть …»).

problem-field = { $field }: { $text }
# $lang: the language tag of an item's translated fields (es, pt-BR).
problem-in-language = перевод { $lang }: { $text }

problem-required = обязательное поле
problem-empty = не может быть пустым
problem-not-text = должно быть текстом
problem-not-number = должно быть числом
problem-not-integer = должно быть целым числом
problem-not-list = должно быть списком
problem-not-object = должно быть объектом с именованными полями
problem-invalid = недопустимое значение
problem-too-short = { $min ->
        [one] должно быть не короче { $min } символа
        [few] должно быть не короче { $min } символов
        [many] должно быть не короче { $min } символов
       *[other] должно быть не короче { $min } символа
    }
problem-too-long = { $max ->
        [one] должно быть не длиннее { $max } символа
        [few] должно быть не длиннее { $max } символов
        [many] должно быть не длиннее { $max } символов
       *[other] должно быть не длиннее { $max } символа
    }
problem-too-few = { $min ->
        [one] должно содержать не меньше { $min } значения
        [few] должно содержать не меньше { $min } значений
        [many] должно содержать не меньше { $min } значений
       *[other] должно содержать не меньше { $min } значения
    }
problem-too-many = { $max ->
        [one] должно содержать не больше { $max } значения
        [few] должно содержать не больше { $max } значений
        [many] должно содержать не больше { $max } значений
       *[other] должно содержать не больше { $max } значения
    }
problem-too-small = должно быть не меньше { $min }
problem-not-above = должно быть больше { $min }
problem-too-large = должно быть не больше { $max }
# $values: the allowed values, comma-separated.
problem-not-one-of = должно быть одним из: { $values }
problem-unknown-key = такого поля у кампании нет
problem-bad-format = неверный формат

problem-not-tnet-amount = должно быть суммой в TNET, например «10» или «0.5»
problem-option-id-format = id вариантов — от 1 до 32 латинских букв, цифр и символов _ . -
problem-license-format = id лицензии, например cc-by-4.0 или mit
problem-chat-id-format = чат в виде telegram:-100123 или discord:123
problem-language-tag = ключи — это языковые теги, например ru, pt-BR или zh-CN
problem-too-many-languages = { $max ->
        [one] не больше { $max } языка
        [few] не больше { $max } языков
        [many] не больше { $max } языков
       *[other] не больше { $max } языка
    }
problem-check-answers-too-few = не меньше { $min }: у проверки нет эталонных ответов, поэтому решение о тексте не должно приниматься меньшим числом участников
problem-ids-not-unique = id должны быть уникальными
# $options: the fixed option ids.
problem-fixed-options = у кампании pairwise варианты фиксированы ({ $options }); не указывайте их
problem-options-required = обязательно для кампаний label и vote
problem-needs-labels = { $min ->
        [one] кампании multilabel нужна хотя бы { $min } метка для отметки
        [few] кампании multilabel нужны хотя бы { $min } метки для отметки
        [many] кампании multilabel нужно хотя бы { $min } меток для отметки
       *[other] кампании multilabel нужно хотя бы { $min } метки для отметки
    }
problem-too-many-labels = { $max ->
        [one] у кампании multilabel может быть не больше { $max } метки
        [few] у кампании multilabel может быть не больше { $max } меток
        [many] у кампании multilabel может быть не больше { $max } меток
       *[other] у кампании multilabel может быть не больше { $max } метки
    }
problem-no-options = у кампании contribute нет вариантов: участники пишут текст
# $other: the field it is compared with (answersPerTask, minLength).
problem-below-field = должно быть не меньше { $other }
problem-budget-below-reward = должно покрывать хотя бы одну награду
problem-check-budget-below-reward = должно покрывать хотя бы одну награду за проверку
# $kind: the campaign kind as the definition names it (pairwise, multilabel, contribute).
problem-no-baseline = кампания { $kind } не принимает базовую модель
problem-no-gold = у кампании contribute не бывает элементов с известным ответом (gold)
problem-check-reward-required = обязательно для кампании contribute (сколько получает каждый проверяющий)
problem-check-budget-required = обязательно для кампании contribute (сколько можно потратить на проверки)
problem-contribute-only = это поле есть только у кампаний contribute
problem-not-an-option-id = это не id варианта этой кампании

problem-nul-byte = содержит байт NUL
problem-not-utf8 = не является корректным UTF-8
problem-line-too-long = длиннее { $max } байт
problem-nul-character = содержит символ NUL (\u0000)
problem-lone-surrogate = содержит текст, который не является корректным Unicode (одиночный суррогат)
problem-not-json = некорректный JSON
problem-not-json-object = это не объект JSON
problem-header-empty-name = в строке заголовков есть пустое имя столбца
problem-header-repeats-name = в строке заголовков повторяется имя столбца
problem-header-no-content = в строке заголовков нужен хотя бы один столбец с содержимым, кроме id и gold
problem-column-count = ожидалось столбцов: { $expected }, найдено: { $found }
# $detail: the CSV reader's code for the break (CSV_QUOTE_NOT_CLOSED).
problem-broken-csv = повреждённый CSV: { $detail }
problem-file-empty = файл пустой
problem-no-items = в файле нет элементов
problem-id-wrong-type = id должен быть текстом или числом
problem-gold-wrong-type = gold должен быть текстом, числом или массивом id меток
problem-id-too-long = { $max ->
        [one] id длиннее { $max } символа
        [few] id длиннее { $max } символов
        [many] id длиннее { $max } символов
       *[other] id длиннее { $max } символа
    }
problem-no-content = у элемента нет содержимого
problem-item-too-large = элемент больше { $max } байт
# $id: an item's id; $line: the line it first appeared on.
problem-duplicate-id = повторяющийся id «{ $id }» (впервые в строке { $line })
problem-id-taken = id «{ $id }» уже занят — выше в этом файле или в этой кампании
# $name: a field of the item (prompt, a, b, model_a).
problem-pair-needs-text = элементу pairwise нужно поле «{ $name }» с непустым текстом
problem-pair-outputs-same = ответы «a» и «b» совпадают
problem-pair-too-long = в prompt, a и b вместе { $length } симв. — больше, чем помещается на карточке в чате ({ $max })
problem-field-not-text = «{ $name }» должно быть текстом
problem-field-too-long = { $max ->
        [one] «{ $name }» длиннее { $max } символа
        [few] «{ $name }» длиннее { $max } символов
        [many] «{ $name }» длиннее { $max } символов
       *[other] «{ $name }» длиннее { $max } символа
    }
problem-control-character = «{ $name }» содержит управляющий символ
# $key: a translated field (note@es); $name: the field it translates.
problem-translates-missing = «{ $key }» переводит «{ $name }», но такого поля у элемента нет
problem-contribute-needs-prompt = элементу contribute нужно поле «prompt» (или «text») либо «image» — то, о чём писать
problem-gold-not-text = gold должен быть текстом или числом
# $options: the campaign's option ids.
problem-gold-not-option = gold «{ $gold }» не входит в варианты ({ $options })
problem-gold-not-a-set = gold должен быть набором id меток: массивом JSON вроде ["a", "b"] или id через «|»
problem-not-a-label = «{ $label }» — не метка этой кампании
problem-ticked-twice = «{ $label }» отмечена дважды
problem-archive-too-large = архив больше { $max } МБ
problem-image-not-text = image должно быть текстом: файлом в архиве или https-ссылкой
problem-image-not-file-or-url = изображение «{ $image }» — не файл в архиве и не https-ссылка
problem-image-not-in-archive = изображения «{ $image }» нет в архиве
# $detail: the media check's words (problem-media-* below), or its English account where it has none.
problem-image-refused = изображение «{ $image }»: { $detail }
problem-media-refused = { $detail }

problem-media-image-too-many-bytes = { $max ->
        [one] изображение весит { $bytes } Б — больше { $max } байта
       *[other] изображение весит { $bytes } Б — больше { $max } байт
    }
problem-media-image-format = файл в формате { $format }; принимаются: { $accepted }
problem-media-image-format-unknown = файл в неизвестном формате; принимаются: { $accepted }
problem-media-image-no-size = в заголовке изображения нет размера
problem-media-image-too-many-pixels = { $max ->
        [one] изображение { $size } — больше { $max } пикселя
       *[other] изображение { $size } — больше { $max } пикселей
    }
problem-media-image-aspect-ratio = изображение { $size } вытянуто сильнее, чем { $max }:1
problem-media-zip-too-many-images = в архиве названо изображений: { $count } — больше предела в { $max } за одну загрузку
problem-media-zip-too-many-pixels = { $max ->
        [one] в изображениях архива больше { $max } пикселя; разбейте его на загрузки поменьше
       *[other] в изображениях архива больше { $max } пикселей; разбейте его на загрузки поменьше
    }
problem-media-zip-stored-too-large = { $max ->
        [one] изображения архива после сохранения занимают больше { $max } байта; разбейте его на загрузки поменьше
       *[other] изображения архива после сохранения занимают больше { $max } байт; разбейте его на загрузки поменьше
    }
problem-media-zip-unsafe-name = имя «{ $name }» { $why ->
        [empty] пустое
        [backslash] содержит обратную косую черту
        [absolute] — абсолютный путь
        [drive_letter] начинается с буквы диска
        [control_character] содержит управляющий символ
        [parent_segment] содержит сегмент «..»
       *[empty_segment] содержит пустой сегмент или «.»
    }
problem-media-zip-symlink = { $name } — символическая ссылка
problem-media-zip-not-a-file = { $name } — не обычный файл (режим { $mode })
problem-media-zip-encrypted = { $name } зашифрован
problem-media-zip-compression = { $name } сжат методом { $method } (поддерживаются только stored и deflate)
problem-media-zip-declares-too-large = { $max ->
        [one] { $name } заявляет размер { $bytes } Б — больше { $max } байта
       *[other] { $name } заявляет размер { $bytes } Б — больше { $max } байт
    }
problem-media-zip-declares-ratio = { $name } заявляет степень сжатия больше { $max }:1
problem-media-zip-inflates-too-large = { $max ->
        [one] { $name } после распаковки больше { $max } байта
       *[other] { $name } после распаковки больше { $max } байт
    }
problem-media-zip-inflates-ratio = { $max ->
        [few] { $name } при распаковке вырастает больше чем в { $max } раза
       *[other] { $name } при распаковке вырастает больше чем в { $max } раз
    }
problem-media-zip-duplicate = { $name } встречается в архиве больше одного раза

problem-community-id = сообщество — это чат Telegram или сервер Discord, указанный числовым id
problem-grant-amount = выделяемая сумма — положительное число TNET, не больше предела в 6 000 000 000
problem-chat-move-ids = чат переносится с одного числового id на другой
