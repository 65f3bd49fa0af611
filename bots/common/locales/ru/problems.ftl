# Что не так с описанием кампании, строкой импорта или сообществом (bots/common/problem-text.ts).

problem-field = { $field }: { $text }
problem-in-language = в { $lang }: { $text }

problem-required = обязательное поле
problem-empty = не может быть пустым
problem-not-text = должно быть текстом
problem-not-number = должно быть числом
problem-not-integer = должно быть целым числом
problem-not-list = должно быть списком
problem-not-object = должно быть объектом с именованными полями
problem-invalid = недопустимое значение
problem-too-short = { $min ->
        [one] не короче { $min } символа
        [few] не короче { $min } символов
        [many] не короче { $min } символов
       *[other] не короче { $min } символа
    }
problem-too-long = { $max ->
        [one] не длиннее { $max } символа
        [few] не длиннее { $max } символов
        [many] не длиннее { $max } символов
       *[other] не длиннее { $max } символа
    }
problem-too-few = { $min ->
        [one] нужен хотя бы { $min } элемент
        [few] нужно хотя бы { $min } элемента
        [many] нужно хотя бы { $min } элементов
       *[other] нужно хотя бы { $min } элемента
    }
problem-too-many = { $max ->
        [one] допускается не больше { $max } элемента
        [few] допускается не больше { $max } элементов
        [many] допускается не больше { $max } элементов
       *[other] допускается не больше { $max } элемента
    }
problem-too-small = должно быть не меньше { $min }
problem-not-above = должно быть больше { $min }
problem-too-large = должно быть не больше { $max }
problem-not-one-of = должно быть одним из: { $values }
problem-unknown-key = такого поля у кампании нет
problem-bad-format = неверный формат

problem-not-tnet-amount = должно быть суммой TNET, например "10" или "0.5"
problem-option-id-format = id вариантов: от 1 до 32 латинских букв, цифр и символов _ . -
problem-license-format = id лицензии, например cc-by-4.0 или mit
problem-chat-id-format = чат вида telegram:-100123 или discord:123
problem-language-tag = ключи должны быть тегами языков, например ru, pt-BR или zh-CN
problem-too-many-languages = максимум языков: { $max }
problem-check-answers-too-few = минимум { $min }: у проверки нет эталонов, поэтому меньшее число участников не решает судьбу текста
problem-ids-not-unique = id должны быть уникальными
problem-fixed-options = у попарной кампании варианты заданы заранее ({ $options }); не указывайте их
problem-options-required = обязательно для кампаний label и vote
problem-needs-labels = кампании multilabel нужны метки для выбора, минимум { $min }
problem-too-many-labels = у кампании multilabel меток не больше: { $max }
problem-no-options = у кампании contribute нет вариантов: участники пишут текст
problem-below-field = должно быть не меньше { $other }
problem-budget-below-reward = должен покрывать хотя бы одну награду
problem-check-budget-below-reward = должен покрывать хотя бы одну награду за проверку
problem-no-baseline = кампании { $kind } не нужна базовая модель
problem-no-gold = у кампании contribute нет эталонных элементов
problem-check-reward-required = обязательно для кампании contribute (сколько получает каждый проверяющий)
problem-check-budget-required = обязательно для кампании contribute (сколько могут стоить проверки)
problem-contribute-only = это поле только для кампаний contribute
problem-not-an-option-id = это не id варианта кампании

problem-nul-byte = содержит байт NUL
problem-not-utf8 = не является корректным UTF-8
problem-line-too-long = длиннее допустимого: максимум байт { $max }
problem-nul-character = содержит символ NUL (\u0000)
problem-lone-surrogate = содержит некорректный Unicode-текст (одиночный суррогат)
problem-not-json = некорректный JSON
problem-not-json-object = не JSON-объект
problem-header-empty-name = в заголовке есть столбец без имени
problem-header-repeats-name = в заголовке повторяется имя столбца
problem-header-no-content = в заголовке нужен хотя бы один столбец с содержимым, кроме id и gold
problem-column-count = ожидалось столбцов: { $expected }, найдено: { $found }
problem-broken-csv = повреждённый CSV: { $detail }
problem-file-empty = файл пуст
problem-no-items = в файле нет элементов
problem-id-wrong-type = id должен быть текстом или числом
problem-gold-wrong-type = gold должен быть текстом, числом или массивом id меток
problem-id-too-long = id длиннее допустимого: максимум символов { $max }
problem-no-content = у элемента нет содержимого
problem-item-too-large = элемент больше допустимого: максимум байт { $max }
problem-duplicate-id = повторяющийся id "{ $id }" (впервые в строке { $line })
problem-id-taken = id "{ $id }" уже занят: раньше в этом файле или в этой кампании
problem-pair-needs-text = попарному элементу нужно поле "{ $name }" с непустым текстом
problem-pair-outputs-same = ответы "a" и "b" совпадают
problem-pair-too-long = в prompt, a и b вместе { $length } симв., больше, чем помещается в карточку чата ({ $max })
problem-field-not-text = "{ $name }" должно быть текстом
problem-field-too-long = "{ $name }" длиннее допустимого: максимум символов { $max }
problem-control-character = "{ $name }" содержит управляющий символ
problem-translates-missing = "{ $key }" переводит поле "{ $name }", которого у элемента нет
problem-contribute-needs-prompt = элементу contribute нужен "prompt" (или "text") либо "image", о котором писать
problem-gold-not-text = gold должен быть текстом или числом
problem-gold-not-option = gold "{ $gold }" не входит в варианты ({ $options })
problem-gold-not-a-set = gold должен быть набором id меток: JSON-массивом вида ["a", "b"] или id через "|"
problem-not-a-label = "{ $label }" не является меткой этой кампании
problem-ticked-twice = "{ $label }" отмечена дважды
problem-archive-too-large = архив больше допустимого: максимум МБ { $max }
problem-image-not-text = image должно быть текстом: файлом в архиве или https-ссылкой
problem-image-not-file-or-url = image "{ $image }" не файл в архиве и не https-ссылка
problem-image-not-in-archive = image "{ $image }" нет в архиве
problem-image-refused = image "{ $image }": { $detail }
problem-media-refused = { $detail }

problem-community-id = сообщество — это чат Telegram или сервер Discord, заданный числовым id
problem-grant-amount = выделение — положительная сумма TNET, не больше предела в 6 000 000 000
problem-chat-move-ids = чат переносится с одного числового id чата на другой
