# The Telegram command menu (setMyCommands): one description per command, 3 to 256
# characters. Personal commands say that their answer comes in private.

cmd-task = Получить задание (в группе — кампании её сообщества, пришлю в личку)
cmd-balance = Ваши TNET в ожидании и выпущенные (ответ в личке)
cmd-stats = Ваши ответы, доля принятых и точность (ответ в личке)
cmd-leaderboard = Лучшие майнеры
cmd-link = Привязать кошелёк: /link <адрес> (ответ в личке)
cmd-verify = Завершить привязку: /verify <подпись> (только в личке)
cmd-wallet = Ваш привязанный кошелёк (ответ в личке)
cmd-unlink = Отвязать кошелёк (только в личке)
cmd-merge = Объединить с аккаунтом в другом чате: /merge confirm|cancel (только в личке)
cmd-campaign = Кампании: list, stats <id>; модераторам: new, post <id> [карточки], pause|resume|close|export <id>
cmd-community = Модераторам: лимит этого сообщества; /community audit — журнал аудита
cmd-cancel = Прервать диалог /campaign new
cmd-language = Выбрать язык (в группе — язык группы, его выбирают модераторы)
cmd-help = Все команды

# Personal commands sent in a group (bots/common/private-only.ts): the group's line, and
# what the private chat gets for an action that waits there. Commands stay as written.

private-sent = Я отправил вам личное сообщение.
# $link is the t.me link that opens the private chat.
private-open-chat = На это я могу ответить только в личке. Откройте чат со мной: { $link }
private-unlink-in-group = Вы отправили /unlink в группе. Чтобы отвязать кошелёк, отправьте /unlink здесь.
private-merge-in-group = Вы отправили /merge в группе. Отправьте /merge confirm или /merge cancel здесь.
private-verify-here = Подпись отправляйте только сюда, в личку: /verify <подпись> здесь и никогда — в группе.
# $link opens the private chat (no start payload); $campaignId is the campaign's number.
private-export-needs-chat = Экспорт отправляется только в личный чат. Откройте { $link }, нажмите «Запустить», затем снова отправьте /campaign export { $campaignId } там или здесь.

# Expensive commands asked for too often (bots/common/rate-limit.ts).

rate-limited-seconds = { $seconds ->
        [one] Это долго готовится, а вы только что запрашивали это слишком часто. Попробуйте снова через { $seconds } секунду.
        [few] Это долго готовится, а вы только что запрашивали это слишком часто. Попробуйте снова через { $seconds } секунды.
        [many] Это долго готовится, а вы только что запрашивали это слишком часто. Попробуйте снова через { $seconds } секунд.
       *[other] Это долго готовится, а вы только что запрашивали это слишком часто. Попробуйте снова через { $seconds } секунды.
    }
rate-limited-minutes = { $minutes ->
        [one] Это долго готовится, а вы только что запрашивали это слишком часто. Попробуйте снова через { $minutes } минуту.
        [few] Это долго готовится, а вы только что запрашивали это слишком часто. Попробуйте снова через { $minutes } минуты.
        [many] Это долго готовится, а вы только что запрашивали это слишком часто. Попробуйте снова через { $minutes } минут.
       *[other] Это долго готовится, а вы только что запрашивали это слишком часто. Попробуйте снова через { $minutes } минуты.
    }

# Wallet linking (bots/common/wallet-text.ts), in every chat and on the link page.

wallet-signature-too-long = Эта подпись слишком длинная, чтобы вставить её в чат. Отправьте /link и откройте страницу привязки: там подпись делается кошельком прямо в браузере, подходят и смарт-контрактные кошельки.
wallet-linked = Кошелёк { $address } привязан. Ваши TNET в ожидании придут на него со следующим пакетом выпуска.
# $memberId: the member number of the other account.
wallet-linked-elsewhere = Кошелёк { $address } принадлежит другому вашему аккаунту (участник #{ $memberId } в другом чате). Отправьте /merge confirm, чтобы объединить их: ваши ответы, навык и ожидающие награды станут одним аккаунтом. /merge cancel оставит их раздельными.
