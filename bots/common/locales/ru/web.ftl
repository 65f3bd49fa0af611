# The wallet link page (bots/web/public/link.html and link.js), at PUBLIC_URL/link/<token>.
# The page's script fills in { $time } and { $status } itself: keep each one.

web-title = Привязка кошелька · майнинг TNET
web-heading = Привяжите кошелёк к майнингу TNET
web-intro = Ваш кошелёк подпишет сообщение Sign-In with Ethereum. Подпись бесплатна и не отправляет никаких транзакций.
# Followed by the address the member asked to link.
web-requested-address = Запрошенный адрес:
web-connect-button = Подключить кошелёк и подписать
web-loading = Загрузка…
web-message-summary = Сообщение, которое вы подписываете
# $time is the link's expiry as the browser writes a date and time.
web-valid-until = Действительно до { $time }.
web-no-wallet = В этом браузере не найден кошелёк. Установите расширение-кошелёк или подпишите вручную: отправьте /link <адрес> в чат.
web-waiting-wallet = Ждём ваш кошелёк…
web-no-account = Кошелёк не предоставил ни одного аккаунта.
web-sign-prompt = Подпишите сообщение в кошельке…
web-checking-signature = Проверяем подпись…
# $status is an HTTP status code, like 502.
web-server-answered = Сервер ответил кодом { $status }.
web-error-request-invalid = Некорректный запрос.
web-error-not-found = Не найдено.
