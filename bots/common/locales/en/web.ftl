# The wallet link page (bots/web/public/link.html and link.js), at PUBLIC_URL/link/<token>.
# The page's script fills in { $time } and { $status } itself: keep each one. Its other
# errors are the chats' own (err-wallet-*, router-unexpected).

web-title = Link your wallet · TNET mining
web-heading = Link your wallet to TNET mining
web-intro = Your wallet signs a Sign-In with Ethereum message. Signing costs nothing and sends no transaction.
# Followed by the address the member asked to link.
web-requested-address = Requested address:
web-connect-button = Connect wallet and sign
web-loading = Loading…
web-message-summary = The message you sign
# $time is the link's expiry as the browser writes a date and time.
web-valid-until = Valid until { $time }.
web-no-wallet = No wallet found in this browser. Install a wallet extension, or sign by hand: send /link <address> in the chat.
web-waiting-wallet = Waiting for your wallet…
web-no-account = The wallet shared no account.
web-sign-prompt = Sign the message in your wallet…
web-checking-signature = Checking the signature…
# $status is an HTTP status code, like 502.
web-server-answered = The server answered { $status }.
web-error-request-invalid = That request is not valid.
web-error-not-found = Not found.
