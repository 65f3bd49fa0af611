# The console chat (bots/console/console-chat.ts): the operator's own terminal, where
# one person can play several members. Buttons are numbered there; the member types numbers.

console-banner = Konsol TNET mining. Kirim /help untuk daftar perintah, /as <nama> untuk berperan sebagai anggota lain.
# A card's picture: $image is its URL or the stored file's path.
console-image = Gambar: { $image }
console-as-usage = Cara pakai: /as <nama> (huruf, angka, _ . -, maksimal 32)
console-now-as = Sekarang kamu { $name }.
console-choose = Pilih 1 sampai { $count }.
console-nothing-to-choose = Saat ini tidak ada yang bisa dipilih. Kirim /task.
# Replaces a multi-label card's hint: the console numbers the labels instead of buttons.
console-labels-hint = Ketik nomor semua label yang sesuai, dipisah spasi (misalnya 1 3), atau 0 kalau tidak ada.
console-labels-bad = Ketik nomor label 1 sampai { $count }, masing-masing sekali, dipisah spasi, atau 0 kalau tidak ada.
