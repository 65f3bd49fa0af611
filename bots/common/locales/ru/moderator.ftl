# Moderator-facing words: /campaign, /community, /batch, the guided /campaign new
# (bots/common/campaign-wizard.ts), the stats text and chart, the audit log.
# Commands and what is typed after them (/campaign post, activate, -, min-max) stay as
# written: moderators type them. Identifiers ($campaignId, $communityId) have no grouping.

## Names of codes

# A campaign's status; it follows «Кампания #3 теперь …» and stands in [brackets] in lists.
mod-status-name = { $status ->
        [draft] черновик
        [active] активна
        [paused] на паузе
        [closed] закрыта
       *[other] { $status }
    }
# A campaign's kind: the codes stay as they are, moderators type them in the wizard.
mod-kind-name = { $kind ->
        [label] label
        [vote] vote
        [check] check
        [pairwise] pairwise
        [multilabel] multilabel
        [contribute] contribute
       *[other] { $kind }
    }
# A mint batch's state (masculine: «пакет»).
batch-state-name = { $state ->
        [prepared] подготовлен
        [submitted] отправлен
        [confirmed] подтверждён
        [failed] ошибка
       *[other] { $state }
    }

## /campaign (bots/common/commands/campaign.command.ts)

mod-campaign-usage = Использование: /campaign list | /campaign stats <id> | /campaign post <id> | /campaign activate|pause|resume|close <id>
mod-campaign-usage-id = Использование: /campaign { $sub } <id>, где id — номер кампании из /campaign list.
mod-campaign-unknown-sub =
    Неизвестная подкоманда «{ $sub }».
    Использование: /campaign list | /campaign stats <id> | /campaign post <id> | /campaign activate|pause|resume|close <id>
mod-campaign-none = Кампаний пока нет.
mod-campaign-none-active = Сейчас нет активных кампаний.
mod-campaign-list = Кампании
    { $lines }
mod-campaign-line = #{ $campaignId } { $name } [{ $status }] · { $reward } за ответ · потрачено { $spent } из { $budget }
mod-campaign-posted = Кампания #{ $campaignId } теперь публикуется здесь.
mod-campaign-posted-cards = { $cards ->
        [one] Кампания #{ $campaignId } теперь публикуется здесь, по { $cards } карточке за раз.
        [few] Кампания #{ $campaignId } теперь публикуется здесь, по { $cards } карточки за раз.
        [many] Кампания #{ $campaignId } теперь публикуется здесь, по { $cards } карточек за раз.
       *[other] Кампания #{ $campaignId } теперь публикуется здесь, по { $cards } карточки за раз.
    }
mod-campaign-now = Кампания #{ $campaignId } теперь { $status }.

## /campaign in Telegram and Discord (bots/telegram/campaign.composer.ts, bots/discord/commands/campaign*.ts)

mod-tg-campaign-usage =
    Использование: /campaign list | /campaign stats <id>
    Модераторам: /campaign new [id сообщества] | /campaign post <id> [карточек за раз] | /campaign activate|pause|resume|close <id> | /campaign export <id>
mod-new-usage = Использование: /campaign new, затем отвечайте на вопросы по одному. В личке: /campaign new <id сообщества> — для кампании сообщества.
mod-new-in-progress = Новая кампания уже создаётся.
    { $prompt }
mod-export-usage = Использование: /campaign export <id> [формат], где id — номер кампании из /campaign list; формат: { $formats } (по умолчанию csv; dpo и ranking — для pairwise-кампаний).
mod-export-choose-format = Выберите формат экспорта: { $formats }.
# The caption of an export file; the count comes as «заданий: 5» to need no plural.
mod-export-caption = { $format ->
        [ranking] Кампания #{ $campaignId }: рейтинг моделей по Брэдли — Терри (моделей: { $count }), CSV.
        [dpo] Кампания #{ $campaignId }: решённые задания как пары предпочтений DPO (JSON Lines), заданий: { $count }.
        [jsonl] Кампания #{ $campaignId }: задания с их консенсусом, JSON Lines, заданий: { $count }.
       *[other] Кампания #{ $campaignId }: задания с их консенсусом, CSV, заданий: { $count }.
    }
mod-export-not-sent-telegram = Не удалось отправить экспорт кампании #{ $campaignId } (Telegram принимает документы до 50 МБ). На сервере: npx tnet campaign export { $campaignId }
mod-export-too-large-discord = Экспорт кампании #{ $campaignId } больше 10 МБ; получите его через CLI: npx tnet campaign export { $campaignId }.
mod-post-usage = Использование: /campaign post <id> [карточки], где карточки (от 1 до { $max }) — сколько карточек заданий этот чат показывает одновременно.
mod-cancel-nothing = Отменять нечего.
mod-upload-not-yet = Ещё рано: { $prompt }
mod-upload-too-large = Размер файла — { $size }, а предел — { $limit }. Разбейте его на файлы поменьше или отправьте /cancel.
mod-upload-format = Отправьте элементы файлом .csv или .jsonl (или .zip с таким файлом и его картинками) либо /cancel.
mod-upload-refused = { $reason } Или /cancel.
mod-items-format-discord = Элементы должны быть файлом .csv, .jsonl или .zip, а { $name } — не такой файл. Ничего не создано.
mod-items-too-large-discord = Размер файла — { $size } МБ, а элементы могут занимать не больше 20 МБ. Ничего не создано.
mod-items-unreadable-discord = Не удалось прочитать приложенный файл. Приложите его ещё раз. Ничего не создано.
mod-items-refused-discord = { $error }
    Ничего не создано; исправьте файл и снова запустите /campaign new.
mod-imported-discord = { $gold ->
        [0] { $count ->
            [one] Импортирован { $count } элемент в черновик кампании #{ $campaignId }. Запустите её командой /campaign activate { $campaignId }.
            [few] Импортировано { $count } элемента в черновик кампании #{ $campaignId }. Запустите её командой /campaign activate { $campaignId }.
            [many] Импортировано { $count } элементов в черновик кампании #{ $campaignId }. Запустите её командой /campaign activate { $campaignId }.
           *[other] Импортировано { $count } элемента в черновик кампании #{ $campaignId }. Запустите её командой /campaign activate { $campaignId }.
        }
       *[other] { $count ->
            [one] Импортирован { $count } элемент (с известным ответом: { $gold }) в черновик кампании #{ $campaignId }. Запустите её командой /campaign activate { $campaignId }.
            [few] Импортировано { $count } элемента (из них с известным ответом: { $gold }) в черновик кампании #{ $campaignId }. Запустите её командой /campaign activate { $campaignId }.
            [many] Импортировано { $count } элементов (из них с известным ответом: { $gold }) в черновик кампании #{ $campaignId }. Запустите её командой /campaign activate { $campaignId }.
           *[other] Импортировано { $count } элемента (из них с известным ответом: { $gold }) в черновик кампании #{ $campaignId }. Запустите её командой /campaign activate { $campaignId }.
        }
    }

## The guided /campaign new (bots/common/campaign-wizard.ts)

wizard-prompt-name =
    Новая кампания (отправьте /cancel в любой момент, чтобы прервать).
    Шаг 1 из 8: как назвать кампанию?
# The kind names before each parenthesis are typed as written.
wizard-prompt-kind = Шаг 2 из 8: какой тип? label (выбрать метку для каждого элемента), vote (выбрать лучший вариант), check (права ли модель?), pairwise (какой из двух ответов лучше: A, B, одинаково или оба плохие), multilabel (отметить все подходящие метки) или contribute (участники пишут текст, например подпись или перевод, а другие участники его проверяют)
wizard-prompt-question = Шаг 3 из 8: на какой вопрос участники отвечают по каждому элементу?
wizard-prompt-options = Шаг 4 из 8: варианты через запятую: cat, dog, bird. Подпись варианта задаётся через = (pos=Позитивный). Для кампании check «-» оставляет варианты по умолчанию: «Верно» / «Неверно».
wizard-prompt-options-multilabel = Шаг 4 из 8: метки, которые отмечают участники, от 2 до 20, через запятую: toxic, spam, off_topic. Подпись метки задаётся через = (off_topic=Не по теме).
wizard-prompt-reward = Шаг 5 из 8: награда за каждый принятый ответ в TNET (например, 10 или 0.5)?
wizard-prompt-answers-per-task = Шаг 6 из 8: сколько ответов нужно на каждое задание (от 1 до 100; обычно 3)?
wizard-prompt-budget = Шаг 7 из 8: общий бюджет в TNET?
wizard-prompt-items = Шаг 8 из 8: отправьте элементы файлом CSV (строка заголовков, по одному элементу в строке; необязательные столбцы id и gold) или JSONL (по одному объекту JSON в строке), не больше 20 МБ; либо архивом .zip с таким файлом и картинками, указанными в его столбце image.
wizard-items-pairwise = У каждого элемента pairwise есть запрос и два ответа: столбцы prompt, a, b и, по желанию, model_a и model_b, чтобы составить рейтинг моделей.
wizard-items-multilabel = Известный ответ (gold) — это набор id меток через | (toxic|spam) или [], если ни одна не подходит.
wizard-pairwise-options-fixed = Варианты здесь фиксированы: A, B, одинаково, оба плохие.

# A contribute campaign's questions. $step is this question's number, $steps how many there are.
wizard-contribute-question = Шаг { $step } из { $steps }: что участники пишут для каждого элемента (например: Напишите подпись к этой картинке)?
wizard-contribute-reward = Шаг { $step } из { $steps }: награда за каждый принятый текст в TNET (например, 10 или 0.5)? Текст принят, если проверяющие его участники признают его хорошим.
wizard-contribute-answers-per-task = Шаг { $step } из { $steps }: сколько текстов от разных участников нужно на каждый элемент (от 1 до 100)?
wizard-contribute-budget = Шаг { $step } из { $steps }: бюджет на тексты в TNET?
# "-" is typed as written: it keeps the default question (card-default-check-question).
wizard-contribute-check-question = Шаг { $step } из { $steps }: вопрос, на который проверяющие отвечают по каждому тексту (например: Это хорошая подпись?), или - для вопроса по умолчанию «Это хороший текст?»
wizard-contribute-check-reward = Шаг { $step } из { $steps }: награда за каждую принятую проверку в TNET?
wizard-contribute-check-budget = Шаг { $step } из { $steps }: бюджет на проверки в TNET?
wizard-contribute-lengths = Шаг { $step } из { $steps }: допустимая длина текста в символах в виде min-max (например, 10-200; не больше { $max }) или - для { $defaults }?
wizard-contribute-items = Шаг { $step } из { $steps }: отправьте элементы файлом CSV (строка заголовков, по одному элементу в строке; необязательный столбец id) или JSONL (по одному объекту JSON в строке), не больше 20 МБ; либо архивом .zip с таким файлом и картинками, указанными в его столбце image. У каждого элемента есть запрос (или текст), о котором нужно написать, картинка или и то и другое.

# A problem starts with the field's name as the definition file spells it
# (options, answersPerTask, lengths): those words stay as they are.
wizard-problem-options-multilabel = options: кампании multilabel нужны метки для отметки
wizard-problem-options-needed = options: кампаниям label и vote нужны варианты
wizard-problem-too-many-labels = options: у кампании multilabel может быть не больше { $max } { $max ->
        [one] метки
       *[other] меток
    }
wizard-problem-answers-whole = answersPerTask: должно быть целым числом
wizard-problem-lengths-format = lengths: укажите наименьшее и наибольшее число символов в виде min-max, например 10-200
wizard-problem-lengths-order = lengths: наименьшее не может быть больше наибольшего
wizard-does-not-fit = Не подходит:
    { $problems }
wizard-items-as-document = Отправьте элементы документом (файлом .csv или .jsonl). { $prompt }
wizard-summary-head = { $name } ({ $kind }): { $question }
wizard-summary-options = Варианты: { $options }
wizard-summary-option-label = { $optionId } ({ $label })
wizard-summary-answers = { $reward } за принятый ответ, ответов на задание: { $answers }, бюджет { $budget }
wizard-summary-texts = Тексты от { $min } до { $max } { $max ->
        [one] символа
       *[other] символов
    }, их проверяют другие участники: { $checkQuestion }
wizard-summary-texts-money = { $texts ->
        [one] { $reward } за принятый текст, { $texts } текст на элемент, бюджет { $budget }
        [few] { $reward } за принятый текст, { $texts } текста на элемент, бюджет { $budget }
        [many] { $reward } за принятый текст, { $texts } текстов на элемент, бюджет { $budget }
       *[other] { $reward } за принятый текст, { $texts } текста на элемент, бюджет { $budget }
    }
wizard-summary-checks-money = { $reward } за принятую проверку, проверок на текст: { $checks }, бюджет { $budget }
wizard-file-refused = { $error }
    Исправьте файл и отправьте его снова или отправьте /cancel.
wizard-imported = { $gold ->
        [0] { $count ->
            [one] Импортирован { $count } элемент в черновик кампании #{ $campaignId }.
            [few] Импортировано { $count } элемента в черновик кампании #{ $campaignId }.
            [many] Импортировано { $count } элементов в черновик кампании #{ $campaignId }.
           *[other] Импортировано { $count } элемента в черновик кампании #{ $campaignId }.
        }
       *[other] { $count ->
            [one] Импортирован { $count } элемент (с известным ответом: { $gold }) в черновик кампании #{ $campaignId }.
            [few] Импортировано { $count } элемента (из них с известным ответом: { $gold }) в черновик кампании #{ $campaignId }.
            [many] Импортировано { $count } элементов (из них с известным ответом: { $gold }) в черновик кампании #{ $campaignId }.
           *[other] Импортировано { $count } элемента (из них с известным ответом: { $gold }) в черновик кампании #{ $campaignId }.
        }
    }
# "activate" is typed as written (yes and start work too).
wizard-confirm = Отправьте activate, чтобы запустить кампанию #{ $campaignId }, или /cancel, чтобы удалить её.
wizard-activated = Кампания #{ $campaignId } активна. Опубликуйте её в группе командой /campaign post { $campaignId } [карточек за раз].
wizard-cancelled-draft = Отменено. Черновик кампании #{ $campaignId } закрыт; он так и не запускался.
wizard-cancelled = Отменено. Кампания не создана.

## /campaign stats in words (bots/common/campaign-stats-text.ts)

stats-report-head = Кампания #{ $campaignId } · { $name } [{ $status }]
stats-report-progress = Прогресс: { $progress } (заданий с окончательным итогом: { $final } из { $tasks }, без явного консенсуса: { $uncertain })
stats-report-answers = { $members ->
        [one] Ответы: { $answers } от { $members } участника
        [few] Ответы: { $answers } от { $members } участников
        [many] Ответы: { $answers } от { $members } участников
       *[other] Ответы: { $answers } от { $members } участника
    }
stats-report-agreement-none = Согласие: оценённых ответов пока нет (принято: { $accepted }, без награды: { $withheld })
stats-report-agreement = Согласие: { $agreement } (принято: { $accepted }, без награды: { $withheld })
stats-report-budget = Бюджет: потрачено { $spent } из { $budget }
stats-report-model-verified = Проверка модели участниками: верно { $accuracy } (проверено предсказаний: { $checked })
stats-report-labels-head = Метки (решённых наборов: { $sets } · отмечены в ответах: { $answers }):
stats-report-label-line = • { $label }: { $decided } · { $ticked }
stats-report-label-none = • ничего не подходит: { $decided } · { $ticked }
stats-report-share-count = { $share } ({ $count })
stats-report-position-bias-none = Смещение к позиции: пока ни один ответ не выбрал сторону
stats-report-position-bias = Смещение к позиции: вариант, показанный первым, выбран в { $share } ответов с выбором стороны (всего таких: { $answers }; 95%: { $low }–{ $high }; 50% — смещения нет)
stats-report-ranking-none = Рейтинг: пока нет решённых пар, в которых указаны обе модели
stats-report-ranking-head = { $pairs ->
        [one] Рейтинг (Брэдли — Терри по { $pairs } решённой паре, 95%-й интервал):
        [few] Рейтинг (Брэдли — Терри по { $pairs } решённым парам, 95%-й интервал):
        [many] Рейтинг (Брэдли — Терри по { $pairs } решённым парам, 95%-й интервал):
       *[other] Рейтинг (Брэдли — Терри по { $pairs } решённой паре, 95%-й интервал):
    }
stats-report-ranking-line = { $pairs ->
        [one] { $rank }. { $model }: { $score } ({ $low }–{ $high }), { $pairs } пара
        [few] { $rank }. { $model }: { $score } ({ $low }–{ $high }), { $pairs } пары
        [many] { $rank }. { $model }: { $score } ({ $low }–{ $high }), { $pairs } пар
       *[other] { $rank }. { $model }: { $score } ({ $low }–{ $high }), { $pairs } пары
    }

## The /campaign stats picture (bots/common/campaign-chart.ts); short lines on a chart

chart-title = Кампания #{ $campaignId } · { $name } [{ $status }]
chart-subtitle = Ответов: { $answers }, участников: { $members } · потрачено { $spent } из { $budget }
chart-progress = Прогресс
chart-progress-note = ({ $final } из { $tasks } готово)
chart-agreement = Согласие
chart-agreement-none = оценённых ответов пока нет
chart-agreement-note = (принято: { $accepted })
chart-model-verified = Проверка модели
chart-model-none = решённых проверок пока нет
chart-model-note = (проверок: { $checks })
chart-first-won = Выбран первый
chart-first-won-none = сторону пока не выбирали
chart-first-won-note = из { $answers } (50% — без смещения)
chart-answers-per-day = Ответы по дням (последние { $days } дн., UTC)
chart-top-miners = Лучшие майнеры
chart-no-answers = Ответов пока нет
chart-member = участник { $memberId }
chart-miner = { $rank }. { $name }
chart-miner-note = ответов: { $answers } · принято: { $accepted } · { $earned }
chart-labels-head = Метки, решённых наборов: { $sets } (тонкие — отметки в ответах: { $answers })
chart-labels-more = и ещё { $count } — в /campaign stats
chart-ranking-head = Рейтинг моделей (Брэдли — Терри, пар: { $pairs }, 95%-й интервал)
chart-ranking-more = и ещё { $count } — в экспорте
chart-ranking-model = { $rank }. { $model }

## /batch (bots/common/batch-text.ts, bots/common/commands/batch.command.ts)

batch-usage = Использование: /batch <id пакета: 0x и 64 шестнадцатеричные цифры>
batch-not-found = Пакета выпуска { $batchId } не существует.
batch-head = Пакет выпуска { $batchId } [{ $state }]
batch-transaction = Транзакция: { $txHash }
batch-transaction-none = Транзакция: ещё не отправлена
batch-totals = { $rows ->
        [one] { $rows } строка
        [few] { $rows } строки
        [many] { $rows } строк
       *[other] { $rows } строки
    } на { $wallets ->
        [one] { $wallets } кошелёк
        [few] { $wallets } кошелька
        [many] { $wallets } кошельков
       *[other] { $wallets } кошелька
    }, итого { $gross } брутто
batch-payout = { $wallet } { $amount }
# The full manifest is shown by the operator's command line, kept as written.
batch-more = { $count ->
        [one] ... и ещё { $count } кошелёк; полный манифест: npx tnet batch { $batchId }
        [few] ... и ещё { $count } кошелька; полный манифест: npx tnet batch { $batchId }
        [many] ... и ещё { $count } кошельков; полный манифест: npx tnet batch { $batchId }
       *[other] ... и ещё { $count } кошелька; полный манифест: npx tnet batch { $batchId }
    }

## /community (bots/common/commands/community.command.ts, bots/common/audit-text.ts)

community-usage =
    Использование: /community (это сообщество и его лимит) | /community audit [id сообщества]
    Администраторам платформы: /community register [название] (в группе или на сервере; по умолчанию — их название) | /community grant [id сообщества] <TNET> | /community list
community-unknown-sub =
    Неизвестная подкоманда «{ $sub }».
    Использование: /community (это сообщество и его лимит) | /community audit [id сообщества]
    Администраторам платформы: /community register [название] (в группе или на сервере; по умолчанию — их название) | /community grant [id сообщества] <TNET> | /community list
community-grant-usage = Использование: /community grant [id сообщества] <TNET>, например /community grant 50000.
community-audit-usage = Использование: /community audit [id сообщества]
community-not-registered = Этот чат не зарегистрирован как сообщество. Зарегистрировать его может администратор платформы командой /community register.
community-info = Сообщество { $line }
community-register-here = Отправьте /community register в группе или на сервере, чтобы зарегистрировать их, или воспользуйтесь CLI: tnet community register.
community-registered = Этот чат теперь сообщество #{ $communityId } «{ $title }». Выделите ему лимит командой /community grant <TNET>.
community-grant-private-usage = Использование в личке: /community grant <id сообщества> <TNET>.
community-register-first = Этот чат не зарегистрирован как сообщество. Сначала зарегистрируйте его командой /community register.
community-granted = Сообществу #{ $communityId } выделено { $amount }: всего { $allowance }, осталось { $left }.
community-audit-empty = В журнале аудита здесь пока ничего нет.
community-audit = Журнал аудита (новые записи внизу)
    { $lines }
community-none = Сообществ пока нет.
community-list = Сообщества
    { $lines }
community-line = #{ $communityId } { $platform } { $chatId } «{ $title }» · лимит { $allowance }, зарезервировано { $reserved }, осталось { $left }

# An audit log line; $rest holds codes (who, what, details) kept as recorded.
audit-line = { $at } UTC #{ $id } { $rest }
# Where an audit entry happened: the platform itself, not a community.
audit-platform = платформа
audit-community = сообщество:{ $communityId }
