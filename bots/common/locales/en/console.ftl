# The console chat (bots/console/console-chat.ts): the operator's own terminal, where
# one person can play several members. Buttons are numbered there; the member types numbers.

console-banner = TNET mining console. Send /help for commands, /as <name> to play another member.
# A card's picture: $image is its URL or the stored file's path.
console-image = Image: { $image }
console-as-usage = Usage: /as <name> (letters, digits, _ . -, up to 32)
console-now-as = You are now { $name }.
console-choose = Choose 1 to { $count }.
console-nothing-to-choose = There is nothing to choose right now. Send /task.
# Replaces a multi-label card's hint: the console numbers the labels instead of buttons.
console-labels-hint = Type the numbers of every label that applies, separated by spaces (like 1 3), or 0 for none.
console-labels-bad = Type label numbers 1 to { $count }, each once, separated by spaces, or 0 for none.
