# The Telegram command menu (setMyCommands): one description per command, 3 to 256
# characters. Personal commands say that their answer comes in private.

cmd-task = Cevaplaman için bir görev al (grupta: topluluğun kampanyaları, özelden gelir)
cmd-balance = Bekleyen ve basılan TNET miktarın (özelden cevaplanır)
cmd-stats = Cevapların, kabul oranın ve doğruluğun (özelden cevaplanır)
cmd-leaderboard = En iyi madenciler
cmd-link = Cüzdanını bağla: /link <adres> (özelden cevaplanır)
cmd-verify = Bağlamayı tamamla: /verify <imza> (yalnızca özelden)
cmd-wallet = Bağlı cüzdanın (özelden cevaplanır)
cmd-unlink = Bağlı cüzdanını kaldır (yalnızca özelden)
cmd-merge = Başka bir sohbetteki hesabınla birleş: /merge confirm|cancel (yalnızca özelden)
cmd-campaign = Kampanyalar: list, stats <id>; moderatörler: new, post <id> [kart], pause|resume|close|export <id>
cmd-community = Moderatörler: bu topluluğun ödeneği; /community audit: denetim kaydı
cmd-cancel = /campaign new konuşmasını durdur
cmd-language = Dilini seç (grupta: grubun dili, moderatörleri seçer)
cmd-help = Tüm komutlar

# Personal commands sent in a group (bots/common/private-only.ts): the group's line, and
# what the private chat gets for an action that waits there. Commands stay as written.

private-sent = Sana özelden mesaj gönderdim.
# $link is the t.me link that opens the private chat.
private-open-chat = Buna yalnızca özelden cevap verebilirim. Benimle bir sohbet aç: { $link }
private-unlink-in-group = /unlink komutunu bir grupta gönderdin. Bağlı cüzdanını kaldırmak için /unlink komutunu buraya gönder.
private-merge-in-group = /merge komutunu bir grupta gönderdin. /merge confirm veya /merge cancel komutunu buraya gönder.
private-verify-here = İmzalar yalnızca buraya, özelden gönderilir: /verify <imza> komutunu buraya gönder, asla bir gruba değil.
# $link opens the private chat (no start payload); $campaignId is the campaign's number.
private-export-needs-chat = Dışa aktarımlar yalnızca özel sohbete gönderilir. { $link } adresini aç, Başlat'a bas, sonra /campaign export { $campaignId } komutunu orada ya da yeniden burada gönder.

# Expensive commands asked for too often (bots/common/rate-limit.ts).

rate-limited-seconds = Bunu hazırlamak biraz zaman alıyor ve az önce sık sık istedin. { $seconds } saniye sonra tekrar dene.
rate-limited-minutes = Bunu hazırlamak biraz zaman alıyor ve az önce sık sık istedin. { $minutes } dakika sonra tekrar dene.

# Wallet linking (bots/common/wallet-text.ts), in every chat and on the link page.

wallet-signature-too-long = Bu imza sohbete yapıştırmak için çok uzun. /link gönder ve bağlantı sayfasını aç: sayfa, akıllı sözleşme cüzdanları dahil, tarayıcıda cüzdanınla imzalar.
wallet-linked = Cüzdan { $address } bağlandı. Bekleyen TNET miktarın bir sonraki basım partisinde oraya gider.
# $memberId: the member number of the other account.
wallet-linked-elsewhere = Cüzdan { $address } senin başka bir hesabına ait (üye #{ $memberId }, başka bir sohbette). Hesapları birleştirmek için /merge confirm gönder: cevapların, becerin ve bekleyen ödüllerin tek bir hesapta toplanır. /merge cancel hesapları ayrı tutar.
