# The Discord bot's own words (bots/discord): buttons, menus, modals and its replies.
# Identifiers ($taskId) are written without grouping.

btn-discord-write = Написать
discord-answer-placeholder = Выберите ответ
discord-labels-placeholder = Выберите все подходящие метки
# How a Discord multi-label card asks; it takes the place of the common card's words.
discord-labels-hint = Выберите в меню все подходящие метки или нажмите «Ничего не подходит».

modal-title-contribution = Ваш текст к заданию { $taskId }
discord-contribution-label = Ваш текст (от { $minLength } до { $maxLength } { $maxLength ->
        [one] символа
       *[other] символов
    })
discord-contribution-about-picture = Напишите о картинке на карточке.
modal-title-verify = Подтверждение кошелька
discord-verify-label = Подпись
discord-verify-label-desc = Подпись 0x... для сообщения из /link. Слишком длинная? Используйте страницу привязки из /link.

discord-stale-button = Эта кнопка больше не действует. Отправьте /task, чтобы получить новое задание.
discord-stale-form = Эта форма больше не действует. Запустите команду ещё раз.
discord-unknown-command = Эта команда здесь неизвестна (или больше не существует). Введите /, чтобы увидеть команды.

## Slash commands as Discord shows them. Command and subcommand names stay English, as
## every text names them (/task, /campaign list, /merge confirm); option names are Russian.
## Names: 1-32 characters, lower case, letters, digits, - and _ only, no spaces.
## Descriptions and choices: at most 100 characters.

dcmd-task-name = task
dcmd-task-desc = Получить задание
dopt-task-campaign-name = кампания
dopt-task-campaign-desc = Номер кампании (из /campaign list)

dcmd-balance-name = balance
dcmd-balance-desc = Ваши TNET в ожидании и выпущенные

dcmd-stats-name = stats
dcmd-stats-desc = Ваша точность и почему награды не начислены

dcmd-leaderboard-name = leaderboard
dcmd-leaderboard-desc = Лучшие майнеры

dcmd-link-name = link
dcmd-link-desc = Привязать кошелёк (вы подписываете сообщение, чтобы доказать, что он ваш)
dopt-link-address-name = адрес
dopt-link-address-desc = Адрес вашего кошелька, 0x...

dcmd-verify-name = verify
dcmd-verify-desc = Завершить привязку кошелька подписью сообщения из /link
dopt-verify-signature-name = подпись
dopt-verify-signature-desc = Подпись 0x..., которую выдал кошелёк (или не указывайте, чтобы открыть форму)

dcmd-wallet-name = wallet
dcmd-wallet-desc = Ваш привязанный кошелёк

dcmd-unlink-name = unlink
dcmd-unlink-desc = Отвязать кошелёк

dcmd-merge-name = merge
dcmd-merge-desc = Объединить с аккаунтом в другом чате, когда /verify это предложит
dopt-merge-action-name = действие
dopt-merge-action-desc = Подтвердить или отменить предложенное объединение (не указывайте, чтобы увидеть предложение)
choice-merge-action-confirm = confirm — подтвердить
choice-merge-action-cancel = cancel — отменить

dcmd-batch-name = batch
dcmd-batch-desc = Манифест пакета выпуска: за что заплачен каждый wei
dopt-batch-id-name = id
dopt-batch-id-desc = Id пакета: 0x и 64 шестнадцатеричные цифры

dcmd-help-name = help
dcmd-help-desc = Что умеет этот бот и его команды

dcmd-campaign-name = campaign
dcmd-campaign-desc = Управление кампаниями (для модераторов)
dsub-campaign-new-name = new
dsub-campaign-new-desc = Создать черновик кампании с элементами (CSV или JSONL)
dopt-campaign-new-name-name = название
dopt-campaign-new-name-desc = Название кампании
dopt-campaign-new-kind-name = тип
dopt-campaign-new-kind-desc = label, vote, check, pairwise, multilabel или contribute
choice-campaign-new-kind-label = label (выбрать метку для каждого элемента)
choice-campaign-new-kind-vote = vote (выбрать лучший вариант)
choice-campaign-new-kind-check = check (права ли модель?)
choice-campaign-new-kind-pairwise = pairwise (какой из двух ответов лучше?)
choice-campaign-new-kind-multilabel = multilabel (отметить все подходящие метки)
choice-campaign-new-kind-contribute = contribute (участники пишут текст, другие его проверяют)
dopt-campaign-new-question-name = вопрос
dopt-campaign-new-question-desc = Вопрос, на который участники отвечают по каждому элементу
dopt-campaign-new-reward-name = награда
dopt-campaign-new-reward-desc = TNET за каждый принятый ответ (например, 10 или 0.5)
dopt-campaign-new-budget-name = бюджет
dopt-campaign-new-budget-desc = Общий бюджет в TNET
dopt-campaign-new-items-name = элементы
dopt-campaign-new-items-desc = .csv (заголовки; id, gold — по желанию), .jsonl или .zip с ним и картинками; до 20 МБ
dopt-campaign-new-options-name = варианты
dopt-campaign-new-options-desc = Через запятую: cat, dog (pos=Positive); multilabel: 2-20; check: по желанию; pairwise: не нужны
dopt-campaign-new-answers-per-task-name = ответов_на_задание
dopt-campaign-new-answers-per-task-desc = Сколько ответов нужно на задание (по умолчанию 3); contribute: текстов на элемент
dopt-campaign-new-check-question-name = вопрос_проверки
dopt-campaign-new-check-question-desc = Contribute: вопрос проверяющим по каждому тексту (по умолчанию: «Это хороший текст?»)
dopt-campaign-new-check-reward-name = награда_за_проверку
dopt-campaign-new-check-reward-desc = Contribute: TNET за каждую принятую проверку (там обязательно)
dopt-campaign-new-check-budget-name = бюджет_проверок
dopt-campaign-new-check-budget-desc = Contribute: бюджет проверок в TNET (там обязательно)
dopt-campaign-new-min-length-name = мин_длина
dopt-campaign-new-min-length-desc = Contribute: наименьшая длина текста в символах (по умолчанию 3)
dopt-campaign-new-max-length-name = макс_длина
dopt-campaign-new-max-length-desc = Contribute: наибольшая длина текста в символах (по умолчанию 500)
dsub-campaign-list-name = list
dsub-campaign-list-desc = Список кампаний
dsub-campaign-stats-name = stats
dsub-campaign-stats-desc = Как идёт кампания
dopt-campaign-stats-id-name = номер
dopt-campaign-stats-id-desc = Номер кампании (из /campaign list)
dsub-campaign-post-name = post
dsub-campaign-post-desc = Публиковать карточки заданий кампании в этом канале
dopt-campaign-post-id-name = номер
dopt-campaign-post-id-desc = Номер кампании (из /campaign list)
dsub-campaign-activate-name = activate
dsub-campaign-activate-desc = Запустить черновик кампании
dopt-campaign-activate-id-name = номер
dopt-campaign-activate-id-desc = Номер кампании (из /campaign list)
dsub-campaign-pause-name = pause
dsub-campaign-pause-desc = Поставить кампанию на паузу
dopt-campaign-pause-id-name = номер
dopt-campaign-pause-id-desc = Номер кампании (из /campaign list)
dsub-campaign-resume-name = resume
dsub-campaign-resume-desc = Возобновить кампанию, стоящую на паузе
dopt-campaign-resume-id-name = номер
dopt-campaign-resume-id-desc = Номер кампании (из /campaign list)
dsub-campaign-close-name = close
dsub-campaign-close-desc = Закрыть кампанию насовсем
dopt-campaign-close-id-name = номер
dopt-campaign-close-id-desc = Номер кампании (из /campaign list)
dsub-campaign-export-name = export
dsub-campaign-export-desc = Метки по консенсусу в виде файла
dopt-campaign-export-id-name = номер
dopt-campaign-export-id-desc = Номер кампании (из /campaign list)
dopt-campaign-export-format-name = формат
dopt-campaign-export-format-desc = CSV (по умолчанию), JSON Lines; для pairwise-кампаний также пары DPO или рейтинг моделей
choice-campaign-export-format-csv = CSV
choice-campaign-export-format-jsonl = JSON Lines
choice-campaign-export-format-dpo = Пары DPO (pairwise)
choice-campaign-export-format-ranking = Рейтинг моделей (pairwise)

dcmd-community-name = community
dcmd-community-desc = Этот сервер как сообщество: лимит TNET и журнал аудита (для модераторов)
dsub-community-info-name = info
dsub-community-info-desc = Сообщество этого сервера и его лимит
dsub-community-audit-name = audit
dsub-community-audit-desc = Журнал аудита сообщества
dopt-community-audit-community-name = сообщество
dopt-community-audit-community-desc = Номер сообщества (из /community list)
dsub-community-register-name = register
dsub-community-register-desc = Зарегистрировать этот сервер как сообщество (для администраторов платформы)
dopt-community-register-title-name = название
dopt-community-register-title-desc = Название сообщества в журнале аудита
dsub-community-grant-name = grant
dsub-community-grant-desc = Добавить TNET к лимиту сообщества (для администраторов платформы)
dopt-community-grant-amount-name = сумма
dopt-community-grant-amount-desc = TNET, например 50000
dopt-community-grant-community-name = сообщество
dopt-community-grant-community-desc = Номер сообщества (из /community list)
dsub-community-list-name = list
dsub-community-list-desc = Все сообщества (для администраторов платформы)
