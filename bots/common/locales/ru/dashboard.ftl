# The moderator dashboard (bots/web/dashboard-html.ts, /dashboard) and the /dashboard command.

usage-dashboard = Использование: /dashboard в группе вашего сообщества или /dashboard <id сообщества> в личном чате.
# The Telegram command menu's line for /dashboard.
cmd-dashboard = Модераторам: одноразовая ссылка на панель сообщества, в личный чат
dashboard-no-community = Этот чат не сообщество, которое вы модерируете. Отправьте /dashboard в группе вашего сообщества или /dashboard <id сообщества> здесь.
dashboard-no-such-community = Вы не модерируете сообщество с таким id.
dashboard-not-here = Ссылка на панель отправляется только в личный чат.
dashboard-link = Ваша панель модератора для { $title }:
    { $url }
    Ссылка срабатывает один раз, в течение { $minutes } мин. Никому её не передавайте.
# The slash command's name: it stays "dashboard" (moderators type it).
dcmd-dashboard-name = dashboard
dcmd-dashboard-desc = Открыть панель модератора этого сервера (личная одноразовая ссылка)

dash-title = Панель модератора · майнинг TNET
dash-heading = { $community } · панель модератора
dash-skip = Перейти к содержимому
dash-logout = Выйти
dash-campaigns = Кампании
dash-no-campaigns = У этого сообщества пока нет кампаний.
dash-col-campaign = Кампания
dash-col-status = Статус
dash-col-decided = Решённые задания
dash-col-open = Открытые задания
dash-col-uncertain = Неуверенные задания
dash-col-spent = Потрачено из бюджета
dash-col-left = Остаток бюджета
dash-budget = Бюджет
dash-back = Все кампании
dash-progress = Ход работы
dash-agreement = Согласие
dash-alpha = α Криппендорфа (номинальная)
dash-alpha-none = Пока мало пересекающихся ответов
dash-alpha-not-applicable = Только для кампаний с одним выбором
dash-agreement-share = Ответы, совпавшие с консенсусом
dash-confusion = Ответы участников против консенсуса
dash-confusion-caption = Строки: принятый вариант. Столбцы: что ответили участники.
dash-consensus = Консенсус
dash-col-answered = Ответ
dash-chart = График
dash-chart-alt = График кампании { $campaign }: ход работы, согласие и ответы по дням.
dash-members = Участники
dash-no-answers = Ответов пока нет.
dash-col-member = Участник
dash-col-answers = Ответы
dash-col-skill = Оценка навыка
dash-col-gold = Контрольные задания
dash-col-median-time = Медианное время на задание
dash-col-withheld = Удержанные ответы (причины)
dash-gold-hidden = скрыто до завершения расчёта
dash-gold-note = Результаты по контрольным заданиям скрыты, пока кампания не рассчитана, чтобы никто не мог отличить контрольные задания.
dash-gold-record = { $correct } из { $answers }
dash-seconds = { $seconds } с
dash-appeals = Очередь апелляций
dash-appeals-none = Апелляций нет.
dash-exports = Экспорт
dash-export-csv = Скачать CSV
dash-export-jsonl = Скачать JSONL
dash-export-final = только решённые задания
dash-actions = Действия с кампанией
dash-pause = Приостановить кампанию
dash-resume = Возобновить кампанию
dash-close = Закрыть кампанию
dash-close-warning = Закрытие окончательно: участники больше не получат заданий этой кампании.
dash-no-actions = Эта кампания закрыта.
dash-done-pause = Кампания приостановлена.
dash-done-resume = Кампания снова работает.
dash-done-close = Кампания закрыта.
dash-open = Открыть панель
dash-open-note = Эта ссылка срабатывает один раз. Открыв панель, вы войдёте в этом браузере на 8 часов.
dash-refused-heading = Панель не открылась
dash-refused-link = Эта ссылка уже использована, истекла или неизвестна. Отправьте боту /dashboard, чтобы получить новую.
dash-refused-session = Вы не вошли, ваш сеанс закончился или вы больше не модерируете это сообщество. Отправьте боту /dashboard, чтобы получить новую ссылку.
dash-refused-csrf = Эту форму не удалось проверить. Вернитесь назад, обновите страницу и попробуйте снова.
dash-not-found = В этом сообществе нет такой кампании.
dash-signed-out = Вы вышли.
help-dashboard = Модераторам: /dashboard - одноразовая ссылка на панель кампаний в браузере (приходит в личные сообщения)
