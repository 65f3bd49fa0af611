# The wallet link page (bots/web/public/link.html and link.js), at PUBLIC_URL/link/<token>.
# The page's script fills in { $time } and { $status } itself: keep each one. Its other
# errors are the chats' own (err-wallet-*, router-unexpected).

web-title = Cüzdanını bağla · TNET madenciliği
web-heading = Cüzdanını TNET madenciliğine bağla
web-intro = Cüzdanın bir "Sign-In with Ethereum" mesajı imzalar. İmzalamak ücretsizdir ve hiçbir işlem göndermez.
# Followed by the address the member asked to link.
web-requested-address = İstenen adres:
web-connect-button = Cüzdanı bağla ve imzala
web-loading = Yükleniyor…
web-message-summary = İmzalayacağın mesaj
# $time is the link's expiry as the browser writes a date and time.
web-valid-until = Geçerlilik sonu: { $time }.
web-no-wallet = Bu tarayıcıda cüzdan bulunamadı. Bir cüzdan eklentisi kur ya da elle imzala: sohbette /link <adres> gönder.
web-waiting-wallet = Cüzdanın bekleniyor…
web-no-account = Cüzdan hiçbir hesap paylaşmadı.
web-sign-prompt = Mesajı cüzdanında imzala…
web-checking-signature = İmza kontrol ediliyor…
# $status is an HTTP status code, like 502.
web-server-answered = Sunucu { $status } koduyla cevap verdi.
web-error-request-invalid = Bu istek geçerli değil.
web-error-not-found = Bulunamadı.
