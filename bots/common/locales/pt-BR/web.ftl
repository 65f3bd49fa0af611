# The wallet link page (bots/web/public/link.html and link.js), at PUBLIC_URL/link/<token>.
# The page's script fills in { $time } and { $status } itself: keep each one. Its other
# errors are the chats' own (err-wallet-*, router-unexpected).

web-title = Vincule a sua carteira · Mineração TNET
web-heading = Vincule a sua carteira à mineração TNET
web-intro = Sua carteira assina uma mensagem Sign-In with Ethereum. Assinar não custa nada e não envia nenhuma transação.
# Followed by the address the member asked to link.
web-requested-address = Endereço solicitado:
web-connect-button = Conectar carteira e assinar
web-loading = Carregando…
web-message-summary = A mensagem que você assina
# $time is the link's expiry as the browser writes a date and time.
web-valid-until = Válido até { $time }.
web-no-wallet = Nenhuma carteira encontrada neste navegador. Instale uma extensão de carteira ou assine manualmente: envie /link <endereço> no chat.
web-waiting-wallet = Aguardando a sua carteira…
web-no-account = A carteira não compartilhou nenhuma conta.
web-sign-prompt = Assine a mensagem na sua carteira…
web-checking-signature = Verificando a assinatura…
# $status is an HTTP status code, like 502.
web-server-answered = O servidor respondeu { $status }.
web-error-request-invalid = Essa solicitação não é válida.
web-error-not-found = Não encontrado.
