# The wallet link page (bots/web/public/link.html and link.js). Keep { $time } and { $status }.

web-title = Vincula tu billetera · Minería de TNET
web-heading = Vincula tu billetera a la minería de TNET
web-intro = Tu billetera firma un mensaje de Sign-In with Ethereum. Firmar no cuesta nada y no envía ninguna transacción.
web-requested-address = Dirección solicitada:
web-connect-button = Conectar billetera y firmar
web-loading = Cargando…
web-message-summary = El mensaje que firmas
web-valid-until = Válido hasta { $time }.
web-no-wallet = No se encontró ninguna billetera en este navegador. Instala una extensión de billetera o firma a mano: envía /link <dirección> en el chat.
web-waiting-wallet = Esperando a tu billetera…
web-no-account = La billetera no compartió ninguna cuenta.
web-sign-prompt = Firma el mensaje en tu billetera…
web-checking-signature = Comprobando la firma…
web-server-answered = El servidor respondió { $status }.
web-error-request-invalid = Esa solicitud no es válida.
web-error-not-found = No encontrado.
