# Апелляции (issue 18): участник просит модераторов кампании пересмотреть удержанный ответ.

## Меню команд, /help и регистрация в Discord
cmd-appeal = Обжаловать удержанный ответ: /appeal <задание> <причина> (ответ в личке)
cmd-appeals = Модераторам: апелляции, ждущие решения
help-appeal = /appeal <задание> <причина> - попросить модераторов пересмотреть удержанный ответ (кнопка «Обжаловать» в /stats)
help-appeals = Модераторам: /appeals - апелляции, ждущие решения, с кнопками «Удовлетворить» и «Отклонить»
dcmd-appeal-name = appeal
dcmd-appeal-desc = Попросить модераторов пересмотреть удержанный ответ
dopt-appeal-task-name = задание
dopt-appeal-task-desc = Номер задания (из /stats)
dopt-appeal-reason-name = причина
dopt-appeal-reason-desc = Почему ваш ответ верен, в одном-двух предложениях
dcmd-appeals-name = appeals
dcmd-appeals-desc = Апелляции, ждущие решения (модераторам)
dopt-appeals-community-name = сообщество
dopt-appeals-community-desc = Номер сообщества (без него: сообщество этого сервера)

## Сторона участника
appeal-usage = Использование: /appeal <задание> <причина>. В причине в одном-двух предложениях объясните, почему ваш ответ верен (не более { $max } символов).
appeal-filed = Ваша апелляция по заданию { $taskId } передана модераторам кампании. Их решение появится в /stats.
appeal-refused-not-found = У вас нет ответа на задание { $taskId }.
appeal-refused-reason-empty = Объясните одной фразой, почему ваш ответ верен: /appeal { $taskId } <причина>
appeal-refused-reason-too-long = Причина слишком длинная: не более { $max } символов.
appeal-refused-waiting = Ваш ответ на задание { $taskId } ещё не оценён: обжалуйте его, когда /stats покажет, что он удержан.
appeal-refused-not-withheld = Ваш ответ на задание { $taskId } не был удержан: обжаловать нечего.
appeal-refused-not-appealable = Ваш ответ на задание { $taskId } удержан по причине, которую нельзя обжаловать.
appeal-refused-duplicate = Вы уже обжаловали задание { $taskId }. Каждый ответ можно обжаловать один раз.
appeal-refused-too-many-pending = У вас уже { $max } апелляции ждут решения. Подайте новую, когда одна из них будет решена.
appeal-refused-rate-limited = За последние 24 часа вы обжаловали { $max } ответов. Попробуйте завтра.
stats-appealable = Эти удержанные ответы можно обжаловать:
stats-appealable-line = - задание { $taskId }: { $reason }
btn-appeal = Обжаловать задание { $taskId }
appeal-how = Отправьте /appeal { $taskId } и короткую причину (не более { $max } символов), например:
    /appeal { $taskId } На картинке собака, а не кошка.
stats-appeals = Ваши апелляции:
stats-appeal-line = - задание { $taskId }: { $state }
appeal-state-name = { $state ->
        [upheld] удовлетворена, награда выплачена
        [refused] отклонена
       *[pending] ждёт решения модераторов
    }
rule-appeal-upheld = модераторы удовлетворили вашу апелляцию

## Очередь модераторов
appeals-none = Апелляций, ждущих решения, нет.
appeals-usage = Использование: /appeals [номер сообщества]. В группе или на сервере: апелляции его сообщества; в личке укажите номер сообщества.
appeals-forbidden = Вы не модерируете это сообщество.
appeals-title = { $count ->
        [one] Ждёт решения { $count } апелляция; первые { $shown } ниже.
        [few] Ждут решения { $count } апелляции; самые старые { $shown } ниже.
        [many] Ждут решения { $count } апелляций; самые старые { $shown } ниже.
       *[other] Ждут решения { $count } апелляции; самые старые { $shown } ниже.
    }
appeal-card-header = Апелляция #{ $appealId } · кампания #{ $campaignId } { $name } · задание { $taskId }
appeal-card-withheld = Удержан, потому что: { $reason }
appeal-card-choice = Ответ участника: { $label }
appeal-card-counts = Ответы: { $counts }
appeal-card-consensus = Консенсус: { $label } ({ $confidence })
appeal-card-no-consensus = Консенсуса нет
appeal-card-gold = Известный ответ (контрольный вопрос): { $label }
appeal-card-record = Участник в этой кампании: ответов { $answers }, оценка точности { $skill }, контрольные вопросы: верно { $goldCorrect } из { $goldAnswers }
appeal-card-no-skill = пока нет
appeal-card-record-withheld = Ранее удержано: { $lines }
appeal-card-reason = Причина участника: { $reason }
btn-appeal-uphold = Удовлетворить
btn-appeal-refuse = Отклонить
appeal-upheld = Апелляция #{ $appealId } удовлетворена: за задание { $taskId } выплачено { $amount }.
appeal-refused = Апелляция #{ $appealId } отклонена.
appeal-decide-not-found = Эту апелляцию решать не вам.
appeal-decide-own = Апелляция #{ $appealId } ваша собственная: решение примет другой модератор.
appeal-decide-already = По апелляции #{ $appealId } уже есть решение.
appeal-decide-budget-short = Бюджет кампании не покрывает апелляцию #{ $appealId }: она остаётся ждать решения.
