# The console chat (bots/console/console-chat.ts): the operator's own terminal, where
# one person can play several members. Buttons are numbered there; the member types numbers.

console-banner = TNET madencilik konsolu. Komutlar için /help, başka bir üyeyi oynamak için /as <ad> gönder.
# A card's picture: $image is its URL or the stored file's path.
console-image = Görsel: { $image }
console-as-usage = Kullanım: /as <ad> (harf, rakam, _ . -, en fazla 32)
console-now-as = Artık { $name } olarak oynuyorsun.
console-choose = 1 ile { $count } arasında seç.
console-nothing-to-choose = Şu anda seçilecek bir şey yok. /task gönder.
# Replaces a multi-label card's hint: the console numbers the labels instead of buttons.
console-labels-hint = Uyan tüm etiketlerin numaralarını boşlukla ayırarak yaz (örneğin 1 3), hiçbiri uymuyorsa 0 yaz.
console-labels-bad = 1 ile { $count } arasındaki etiket numaralarını, her birini bir kez ve boşlukla ayırarak yaz; hiçbiri uymuyorsa 0 yaz.
