# The public transparency page (bots/web/transparency-html.ts and public/transparency.js), at
# PUBLIC_URL/transparency. Amounts come formatted ("12.5 TNET"), dates too. The page's script
# fills in { $id }, { $reason }, { $status } and the counts itself: keep each one.

transparency-title = Прозрачность TNET
transparency-heading = TNET у всех на виду
transparency-intro = Каждый TNET выпускается за работу, которую сделали участники. Здесь видно, сколько выпущено, в каком темпе, что получил фонд и сколько может тратить каждое сообщество, а ваш браузер сверяет каждую партию выпуска с блокчейном.
transparency-language-label = Язык

transparency-supply-heading = Выпущено из лимита
transparency-minted-label = Выпущено
transparency-minted-value = { $minted } из { $cap } ({ $percent })
transparency-remaining-label = Ещё можно выпустить
transparency-batches-label = Подтверждённые партии выпуска

transparency-pace-heading = Темп
transparency-pace-window-label = Период
transparency-pace-minted-label = Выпущено
transparency-pace-cap-label = При таком темпе лимит будет достигнут
transparency-pace-7 = Последние 7 дней
transparency-pace-30 = Последние 30 дней
transparency-cap-date = { $date } (через { $days } дн.)
transparency-cap-reached = Лимит достигнут.
transparency-cap-no-pace = Никогда: за эти дни ничего не выпущено.
transparency-cap-far = Больше чем через 1000 лет.

transparency-foundation-heading = Доля фонда
transparency-foundation-text = Фонд получил { $foundation }, то есть { $percent } всех выпущенных TNET; майнеры получили { $miners }.

transparency-communities-heading = Сообщества
transparency-communities-intro = Администраторы платформы выделяют каждому сообществу лимит; его кампании резервируют из него бюджеты и платят из них участникам.
transparency-community = Сообщество
transparency-allowance = Лимит
transparency-reserved = Зарезервировано кампаниями
transparency-spent = Выплачено участникам
transparency-left = Ещё доступно
transparency-no-communities = Пока ни у одного сообщества нет лимита.
transparency-communities-more = Показаны первые { $shown } из { $count } сообществ.

transparency-batches-heading = Партии выпуска
transparency-batches-intro = Идентификатор партии — это хеш keccak256 её манифеста, списка того, что она выплатила. Ваш браузер скачивает каждый манифест, сам вычисляет хеш и сравнивает его с идентификатором на этой странице и с идентификатором, записанным в блокчейне.
transparency-batch-id = Идентификатор партии
transparency-batch-state = Состояние
transparency-batch-created = Создана
transparency-batch-updated = Подтверждена или изменена
transparency-batch-minted = Выпущено
transparency-batch-foundation = Фонд
transparency-batch-recipients = Получатели
transparency-batch-tx = Транзакция
transparency-batch-manifest = Манифест
transparency-batch-check = Проверка
transparency-download = Скачать
transparency-no-batches = Партий выпуска пока нет.
transparency-older = Более ранние партии
transparency-newest = Самые новые партии
transparency-needs-script = Для проверки нужен JavaScript.

transparency-state-prepared = Подготовлена
transparency-state-submitted = Отправлена
transparency-state-confirmed = Подтверждена
transparency-state-failed = Не удалась

transparency-checking = Проверка…
transparency-checking-all = Проверяем партии: { $count }…
transparency-summary = Проверено партий: { $count }. Подтверждено: { $verified }, расхождений: { $mismatch }, не удалось проверить: { $unchecked }.
transparency-verified = Подтверждено: хеш манифеста равен этому идентификатору, и блокчейн записал этот идентификатор.
transparency-not-minted = Хеш манифеста равен этому идентификатору; в блокчейне партия не выпущена, как и сказано в её состоянии.
transparency-mismatch-manifest = РАСХОЖДЕНИЕ: хеш манифеста не равен идентификатору партии.
transparency-mismatch-chain = РАСХОЖДЕНИЕ: для этой транзакции блокчейн записал идентификатор партии { $id }.
transparency-mismatch-not-minted = РАСХОЖДЕНИЕ: партия указана как подтверждённая, но в блокчейне она не выпущена.
transparency-unchecked = Не удалось проверить: { $reason }
transparency-reason-no-chain = этот сервер не подключён к блокчейну.
transparency-reason-unreachable = узел блокчейна не ответил.
transparency-reason-timeout = узел блокчейна отвечал слишком долго.
transparency-reason-manifest = не удалось скачать манифест (статус { $status }).
transparency-reason-server = сервер не ответил (статус { $status }).
transparency-reason-network = сбой сети.
