# The wallet link page (bots/web/public/link.html and link.js), at PUBLIC_URL/link/<token>.
# The page's script fills in { $time } and { $status } itself: keep each one. Its other
# errors are the chats' own (err-wallet-*, router-unexpected).

web-title = Tautkan dompetmu · TNET mining
web-heading = Tautkan dompetmu ke TNET mining
web-intro = Dompetmu akan menandatangani pesan Sign-In with Ethereum. Menandatangani itu gratis dan tidak mengirim transaksi apa pun.
# Followed by the address the member asked to link.
web-requested-address = Alamat yang diminta:
web-connect-button = Hubungkan dompet dan tanda tangani
web-loading = Memuat…
web-message-summary = Pesan yang kamu tanda tangani
# $time is the link's expiry as the browser writes a date and time.
web-valid-until = Berlaku sampai { $time }.
web-no-wallet = Tidak ada dompet di browser ini. Pasang ekstensi dompet, atau tanda tangani secara manual: kirim /link <alamat> di chat.
web-waiting-wallet = Menunggu dompetmu…
web-no-account = Dompetnya tidak membagikan akun apa pun.
web-sign-prompt = Tanda tangani pesannya di dompetmu…
web-checking-signature = Memeriksa tanda tangan…
# $status is an HTTP status code, like 502.
web-server-answered = Server menjawab { $status }.
web-error-request-invalid = Permintaan itu tidak valid.
web-error-not-found = Tidak ditemukan.
