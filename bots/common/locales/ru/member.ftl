# Glossary:
#   task — задание; campaign — кампания; wallet — кошелёк; consensus — консенсус;
#   reward — награда; moderator — модератор; check question (hidden gold task) — контрольный вопрос;
#   label — метка; answer — ответ; member — участник; mint — выпуск, minted — выпущено;
#   pending — в ожидании (ожидающие награды); budget — бюджет; allowance — лимит;
#   community — сообщество; contribution (a written text) — текст; batch — пакет (пакет выпуска);
#   item — элемент; miner — майнер; accepted — принят; withheld — без награды; floor — порог;
#   check (of a text) — проверка; checker — проверяющий.
#   TNET stays TNET. Members are addressed as «вы» (lower case).
# What members read: task cards, answers, /stats, /balance, /leaderboard, /help and the
# member commands. $campaignId and $taskId are identifiers; $name is a campaign's name.

## Task cards
card-header = Кампания #{ $campaignId } · { $name } · задание { $taskId }
card-answers-of = Ответов: { $count }/{ $target }
card-answers = { $count ->
        [one] { $count } ответ
        [few] { $count } ответа
        [many] { $count } ответов
       *[other] { $count } ответа
    }
card-texts-of = Текстов: { $count }/{ $target }
card-texts = { $count ->
        [one] { $count } текст
        [few] { $count } текста
        [many] { $count } текстов
       *[other] { $count } текста
    }
# $reward is an amount such as "0.5 TNET".
card-reward-answer = { $reward } за каждый принятый ответ
card-reward-text = { $reward } за каждый принятый текст
card-closed-texts = Закрыто: тексты переданы другим участникам на проверку
card-closed-consensus = Консенсус: { $label }
card-closed-unclear = Закрыто без явного консенсуса
card-multilabel-hint = Отметьте все подходящие метки и нажмите «Готово»; если ни одна не подходит — «Ничего не подходит».
card-contribute-hint = Ответьте на это сообщение своим текстом (от { $min } до { $max } { $max ->
        [one] символа
       *[other] символов
    }).
card-contribute-hint-discord = Нажмите «Написать», чтобы отправить свой текст (от { $min } до { $max } { $max ->
        [one] символа
       *[other] символов
    }).
card-contribute-hint-console = Введите свой текст (от { $min } до { $max } { $max ->
        [one] символа
       *[other] символов
    }) следующей строкой.
card-pair-prompt = Запрос:
card-pair-first = Ответ 1:
card-pair-second = Ответ 2:
card-check-text = Текст на проверку:
card-none-apply = ничего не подходит

## Buttons
btn-next-task = Следующее задание
btn-pair-first = 1 лучше
btn-pair-second = 2 лучше
btn-pair-tie = Одинаково
btn-pair-both-bad = Оба плохие
btn-none-apply = Ничего не подходит
btn-done = Готово

## Answers
toast-stale-button = Эта кнопка больше не действует.
toast-answer-recorded = Ответ записан
answer-recorded = Ответ записан: { $label }.
answer-decided-later = Награда определится, когда задание закроется; тогда её покажут /balance и /stats.
answer-duplicate = Вы уже ответили на это задание: { $label }.
answer-duplicate-side = Вы уже ответили на это задание: { $label } (на той карточке, где вы отвечали).
toast-nothing-ticked = Ничего не отмечено. Отметьте подходящие метки или нажмите «Ничего не подходит».
toast-ticks-expired = Ваши отметки устарели — отметьте заново.
toast-ticked = Отмечено: { $labels }. Нажмите «Готово», чтобы отправить.
task-none-active = Сейчас нет активных кампаний. Загляните позже.
task-campaign-idle = Кампания #{ $campaignId } сейчас не принимает ответы.
task-all-done = Вы ответили на все доступные вам задания. Спасибо! Загляните позже.

## Written contributions
contribution-accepted = Спасибо! Ваш текст передан другим участникам на проверку; если его примут, вы получите награду.
contribution-repeat = Вы уже отправили текст к этому заданию, он на проверке.
contribution-not-served = Эту карточку выдавали не вам. Отправьте /task, чтобы получить задание.
contribution-empty = Текст пустой. Напишите свой текст и отправьте его ещё раз.
contribution-control = В тексте есть управляющие символы. Отправьте обычный текст.
contribution-too-short = Текст слишком короткий: нужно не меньше { $min } { $min ->
        [one] символа
       *[other] символов
    }.
contribution-too-long = Текст слишком длинный: можно не больше { $max } { $max ->
        [one] символа
       *[other] символов
    }.
contribution-copied = Текст повторяет запрос. Напишите свой.
contribution-duplicate = Такой текст уже отправляли в этой кампании. Напишите свой.

## Why a reward was paid, withheld or corrected (after "потому что")
rule-consensus-match = ответ совпадает с консенсусом
rule-majority-match = ответ совпадает с мнением большинства
rule-gold-match = ответ совпадает с известным правильным ответом
rule-consensus-mismatch = ответ расходится с консенсусом
rule-consensus-uncertain = задание закрылось без уверенного консенсуса
rule-majority-tie = консенсус так и не сложился
rule-gold-mismatch = ответ расходится с известным правильным ответом
rule-gold-failed = слишком много ваших ответов на контрольные вопросы оказались неверными
rule-skill-below-floor = ваша оценочная точность ниже порога кампании
rule-budget-exhausted = бюджет кампании закончился
rule-collusion-suspected = ваши ответы совпадают с ответами других аккаунтов гораздо чаще, чем бывает при честной работе, а их общие ответы на контрольные вопросы недостаточно хороши
rule-timing-too-fast = ответы приходили быстрее, чем можно прочитать задания
rule-contribution-accepted = другие участники проверили ваш текст и признали его хорошим
rule-contribution-rejected = другие участники проверили ваш текст и признали его неудачным
rule-contribution-uncertain = проверка вашего текста закрылась без уверенного консенсуса
rule-consensus-corrected = консенсус по заданию изменился, когда пришли новые ответы
rule-pace-pro-rata = за эпоху заработано больше, чем позволяет темп эмиссии, поэтому все награды выплачены пропорционально
rule-merge-duplicate = два ваших аккаунта в разных чатах объединены, и с обоих был дан ответ на это задание: засчитан более ранний

## /stats, /balance, /leaderboard
stats-none = Ответов пока нет. Отправьте /task, чтобы начать майнинг.
stats-title = Ваша статистика майнинга
stats-answers = Ответы: { $answers } · оценено: { $scored } · принято: { $accepted }
stats-answers-share = Ответы: { $answers } · оценено: { $scored } · принято: { $accepted } ({ $share })
stats-withheld = Без награды:
# $reason is one of the rule- texts.
stats-withheld-line = - { $count }, потому что { $reason }
stats-corrected = Исправлено: { $count } ({ $amount }), потому что { $reason }
stats-campaign = Кампания #{ $campaignId } { $name }: оценка точности: { $accuracy } (порог { $floor })
stats-not-estimated = пока нет
stats-gold = · контрольные вопросы: верно { $correct } из { $total }
stats-gold-failed = Слишком много ошибок в контрольных вопросах: даже совпавшие с консенсусом ответы не приносят награды, пока доля верных ответов на контрольные вопросы не вырастет.
stats-below-floor = Точность ниже порога: даже совпавшие с консенсусом ответы не приносят награды, пока она не вырастет. Не торопитесь с заданиями.
balance-text = В ожидании: { $pending }
    Выпущено: { $minted }
    Принятые ответы: { $accepted } · без награды: { $withheld } · ждут решения: { $awaiting }
leaderboard-empty = Наград пока нет. Станьте первым: отправьте /task.
leaderboard-title = Лучшие майнеры
leaderboard-line = { $rank }. { $name }: { $earned } (принято: { $accepted })
leaderboard-member = участник { $memberId }

## Commands in general
router-too-long = Слишком длинная команда.
router-not-command = Команды начинаются с /. Список команд — /help.
router-unknown = Неизвестная команда /{ $name }. Список команд — /help.
toast-went-wrong = Что-то пошло не так.
router-unexpected = Что-то пошло не так на нашей стороне (код { $ref }). Попробуйте ещё раз.
refusal-moderators = Это могут делать только модераторы.
refusal-admins = Это могут делать только администраторы платформы.
usage-task = Использование: /task или /task <номер кампании>
usage-link = Использование: /link или /link <адрес кошелька>, например /link 0xAbC...123
usage-verify = Использование: /verify <подпись> (текст 0x..., который выдал кошелёк при подписи сообщения из /link)

## /link, /wallet, /unlink, /merge
link-page = Откройте { $url } в браузере, где установлен ваш кошелёк, чтобы привязать его (ссылка одноразовая и действует { $minutes ->
        [one] { $minutes } минуту
        [few] { $minutes } минуты
        [many] { $minutes } минут
       *[other] { $minutes } минуты
    }).
link-by-hand = Или отправьте /link <адрес кошелька>, чтобы подписать сообщение вручную.
link-sign = Или подпишите это сообщение своим кошельком ({ $address }), а затем отправьте /verify <подпись>. Сообщение действительно { $minutes ->
        [one] { $minutes } минуту.
        [few] { $minutes } минуты.
        [many] { $minutes } минут.
       *[other] { $minutes } минуты.
    }
mywallet-yours = Ваш кошелёк: { $address }
mywallet-none = У вас нет привязанного кошелька. Отправьте /link <адрес кошелька>.
unlink-done = Кошелёк { $address } отвязан. Уже выпущенные TNET остаются на нём; ожидающие награды подождут, пока вы снова не привяжете кошелёк.
merge-offer = Кошелёк { $address } принадлежит участнику #{ $otherMemberId }. Отправьте /merge confirm, чтобы объединить аккаунты, или /merge cancel.
merge-usage = Использование: /merge confirm или /merge cancel, после того как /verify предложит объединение.
merge-cancelled = Объединение отменено. Ваши аккаунты остаются раздельными.
merge-done = Готово: теперь вы участник #{ $memberId } с кошельком { $address }. Ваши ответы, навык и ожидающие награды объединены.
merge-duplicates = { $count ->
        [one] { $count } задание, на которое вы ответили дважды, засчитано один раз (по более раннему ответу).
        [few] { $count } задания, на которые вы ответили дважды, засчитаны один раз (по более раннему ответу).
        [many] { $count } заданий, на которые вы ответили дважды, засчитаны один раз (по более раннему ответу).
       *[other] { $count } задания, на которые вы ответили дважды, засчитаны один раз (по более раннему ответу).
    }

## /start and /help
welcome = Добро пожаловать в майнинг TNET!
    Вы получаете небольшие задания (разметить элемент, проголосовать, проверить модель). На каждое задание отвечают многие участники; когда достаточно участников сходятся во мнении, ответы, совпавшие с консенсусом, приносят TNET. Награды выпускаются пакетами на ваш привязанный кошелёк.
help-text = Майнинг TNET: отвечайте на небольшие задания для ИИ и получайте TNET, когда ваш ответ совпадает с консенсусом.
    /task [кампания] — получить задание (в группе или на сервере: кампании этого сообщества и платформы)
    /leaderboard — лучшие майнеры
    /batch <id пакета> — пакет выпуска: итоги, транзакция и первые выплаты
    /campaign list — текущие кампании
    /campaign stats <id> — как идёт кампания
    /language — выбрать язык (в группе — язык группы, выбирают модераторы)
    Личные команды (отвечаю только в личке; в Discord ответ видите только вы):
    /balance — ваши TNET в ожидании и выпущенные
    /stats — ваша точность и почему награды не начислены
    /why [задание | batch <id>] — почему ваш ответ оплачен или нет, и в каком пакете он выпущен
    /link [адрес] — привязать кошелёк на странице привязки или подписав сообщение вручную
    /verify <подпись> — завершить привязку подписью этого сообщения
    /wallet — ваш привязанный кошелёк; /unlink — отвязать его
    /merge confirm — объединить ваш аккаунт с аккаунтом в другом чате (предлагается, когда вы подтверждаете его кошелёк)
    Модераторам: /campaign new, /campaign activate|pause|resume|close|export|post <id>, /community (лимит этого сообщества), /community audit (его журнал аудита)
    /help — этот список

## The platform's own option labels and questions (check, model-check and contribution-check
## campaigns), shown in the reader's words unless the campaign translates them itself.
btn-option-correct = Верно
btn-option-wrong = Неверно
btn-option-yes = Да
btn-option-no = Нет
btn-option-unsure = Затрудняюсь ответить
btn-option-good = Годится
btn-option-not-good = Не годится
card-default-check-question = Это хороший текст?
card-model-says = Модель считает: { $label }, { $percent }. Это верно?
card-checks-name = { $name } (проверка)
