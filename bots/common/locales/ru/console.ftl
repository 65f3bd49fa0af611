# The console chat (bots/console/console-chat.ts): the operator's own terminal, where
# one person can play several members. Buttons are numbered there; the member types numbers.

console-banner = Консоль майнинга TNET. Список команд — /help; /as <имя>, чтобы играть за другого участника.
# A card's picture: $image is its URL or the stored file's path.
console-image = Изображение: { $image }
console-as-usage = Использование: /as <имя> (латинские буквы, цифры, _ . -, до 32 символов)
console-now-as = Теперь вы — { $name }.
console-choose = Выберите от 1 до { $count }.
console-nothing-to-choose = Сейчас выбирать нечего. Отправьте /task.
# Replaces a multi-label card's hint: the console numbers the labels instead of buttons.
console-labels-hint = Введите номера всех подходящих меток через пробел (например, 1 3) или 0, если ни одна не подходит.
console-labels-bad = Введите номера меток от 1 до { $count }, каждый по одному разу, через пробел, или 0, если ни одна не подходит.
