# Domain errors, one message per error code (bots/common/error-text.ts).
# Identifiers ($campaignId, $communityId) are written without grouping.

err-member-not-found = Я вас пока не знаю. Сначала отправьте /start.
err-member-banned = Ваш аккаунт заблокирован: отвечать на задания нельзя.
err-member-no-merge = Нет ожидающего объединения. Его предлагают, когда вы подтверждаете кошелёк, который уже привязан к вашему аккаунту в другом чате.
err-member-merge-expired = Предложение объединить аккаунты истекло. Снова отправьте /link и подпишите сообщение кошельком.
err-member-merge-stale = С момента предложения объединения кошелёк изменился. Снова отправьте /link и подпишите сообщение кошельком.
err-campaign-not-found = Кампании #{ $campaignId } не существует.
err-campaign-invalid-definition = В описании кампании есть ошибки:
    { $problems }
err-campaign-invalid-transition = Кампания #{ $campaignId } сейчас { $from }; перевести её в состояние «{ $to }» нельзя.
err-campaign-not-active = Кампания #{ $campaignId } сейчас { $status }, а не активна.
err-campaign-import-invalid = Ничего не импортировано: { $badRowCount ->
        [one] { $badRowCount } ошибочная строка.
        [few] { $badRowCount } ошибочные строки.
        [many] { $badRowCount } ошибочных строк.
       *[other] { $badRowCount } ошибочной строки.
    }
    { $rows }
err-campaign-import-row = - строка { $row }: { $reason }
err-campaign-import-more = - и ещё { $count }
err-campaign-closed = Кампания #{ $campaignId } закрыта.
err-campaign-no-items = В кампании #{ $campaignId } пока нет элементов; сначала импортируйте их.
err-campaign-export-format = Кампания #{ $campaignId } имеет тип { $kind }; экспорт { $format } есть только у кампаний типа pairwise.
err-campaign-forbidden = Это могут делать только модераторы.
err-campaign-budget-exhausted = Кампания #{ $campaignId } израсходовала свой бюджет.
err-campaign-over-cap = Такой бюджет превысит предел в 6 000 000 000 TNET: свободно не больше { $available }.
err-campaign-check-not-posted = В кампании #{ $campaignId } проверяются тексты участников: их получают лично через /task, а не в общем чате.
err-campaign-post-elsewhere = Кампания #{ $campaignId } принадлежит сообществу; её публикуют только в чате или на сервере этого сообщества.
err-community-not-found = Сообщества #{ $communityId } не существует.
err-community-not-registered = Этот чат не зарегистрирован как сообщество. Зарегистрировать его может администратор платформы командой /community register.
err-community-already-registered = Этот чат уже зарегистрирован как сообщество #{ $communityId }.
err-community-forbidden = Это могут делать только администраторы платформы.
err-community-invalid = Так не получится: { $reason }.
err-community-no-allowance = У этого сообщества не осталось лимита TNET на новый бюджет. Выделить лимит может администратор платформы командой /community grant.
err-community-allowance-exceeded = Этот бюджет превышает лимит сообщества: осталось не больше { $available }.
err-task-not-found = Такого задания не существует.
err-answer-not-served = Эта кнопка больше не действует.
err-answer-task-closed = Это задание уже закрыто. Нажмите «Следующее задание», чтобы получить другое.
err-answer-task-full = На это задание только что набралось достаточно ответов. Нажмите «Следующее задание», чтобы получить другое.
err-answer-invalid-option = Такого варианта в этом задании нет.
err-answer-rate-limited = { $seconds ->
        [one] Вы отвечаете слишком быстро. Попробуйте снова через { $seconds } секунду.
        [few] Вы отвечаете слишком быстро. Попробуйте снова через { $seconds } секунды.
        [many] Вы отвечаете слишком быстро. Попробуйте снова через { $seconds } секунд.
       *[other] Вы отвечаете слишком быстро. Попробуйте снова через { $seconds } секунды.
    }
err-answer-campaign-paused = Эта кампания сейчас { $status }.
err-answer-own-contribution = Это ваш собственный текст: его проверяют другие участники. Нажмите «Следующее задание», чтобы получить другое.
err-contribution-not-wanted = В этом задании нужно нажать кнопку, а не писать текст: выберите один из вариантов.
err-wallet-invalid-address = Это не адрес Ethereum. Отправьте /link 0x... с адресом вашего кошелька.
err-wallet-no-challenge = Нет ожидающего запроса на привязку. Начните с /link <адрес кошелька>.
err-wallet-challenge-expired = Запрос на привязку истёк. Снова отправьте /link <адрес кошелька>.
err-wallet-bad-signature = Подпись не соответствует сообщению и адресу. Подпишите в точности то сообщение, что выдала команда /link, и попробуйте снова.
err-wallet-address-taken = Этот кошелёк уже привязан к другому участнику.
err-wallet-not-linked = У вас нет привязанного кошелька. Отправьте /link <адрес кошелька>.
err-model-invalid-config = В регистрации модели есть ошибки:
    { $problems }
err-model-invalid-file = Файл модели { $path } нельзя использовать: { $reason }. Ничего не зарегистрировано.
err-model-shape-mismatch = Модель { $path } не соответствует своей регистрации: ожидалось { $expected }, получено { $actual }. Ничего не зарегистрировано.
err-model-file-changed = Файл модели { $path } изменился после регистрации; зарегистрируйте его заново.
err-model-device-unavailable = Устройство модели { $device } здесь недоступно ({ $reason }).
err-model-not-found = Для кампании #{ $campaignId } не зарегистрирована базовая модель.
err-model-no-predictions = У кампании #{ $campaignId } пока нет предсказаний базовой модели для проверки.

# Campaign statuses as error texts name them ($status is a status code); they follow
# «Кампания #3 сейчас …» and «перевести её в состояние «…»».
campaign-status-name = { $status ->
        [draft] в черновике
        [active] активна
        [paused] на паузе
       *[closed] закрыта
    }
