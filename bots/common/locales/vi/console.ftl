# The console chat (bots/console/console-chat.ts): the operator's own terminal, where
# one person can play several members. Buttons are numbered there; the member types numbers.

console-banner = Console TNET mining. Gửi /help để xem các lệnh, /as <tên> để đóng vai thành viên khác.
# A card's picture: $image is its URL or the stored file's path.
console-image = Hình ảnh: { $image }
console-as-usage = Cách dùng: /as <tên> (chữ cái, chữ số, _ . -, tối đa 32 ký tự)
console-now-as = Giờ bạn là { $name }.
console-choose = Chọn từ 1 đến { $count }.
console-nothing-to-choose = Hiện không có gì để chọn. Gửi /task.
# Replaces a multi-label card's hint: the console numbers the labels instead of buttons.
console-labels-hint = Gõ số thứ tự của mọi nhãn phù hợp, cách nhau bằng dấu cách (như 1 3), hoặc 0 nếu không nhãn nào.
console-labels-bad = Gõ số nhãn từ 1 đến { $count }, mỗi số một lần, cách nhau bằng dấu cách, hoặc 0 nếu không nhãn nào.
