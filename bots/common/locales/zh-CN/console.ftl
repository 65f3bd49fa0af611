# The console chat (bots/console/console-chat.ts): the operator's own terminal, where
# one person can play several members. Buttons are numbered there; the member types numbers.

console-banner = TNET 挖矿控制台。发送 /help 查看命令，发送 /as <名字> 切换为另一个成员。
# A card's picture: $image is its URL or the stored file's path.
console-image = 图片：{ $image }
console-as-usage = 用法：/as <名字>（字母、数字、_ . -，最多 32 个字符）
console-now-as = 你现在是 { $name }。
console-choose = 请选择 1 到 { $count }。
console-nothing-to-choose = 现在没有可选的内容。请发送 /task。
# Replaces a multi-label card's hint: the console numbers the labels instead of buttons.
console-labels-hint = 输入所有适用标签的编号，用空格分隔（如 1 3）；都不适用则输入 0。
console-labels-bad = 请输入 1 到 { $count } 的标签编号，每个只输入一次，用空格分隔；都不适用则输入 0。
