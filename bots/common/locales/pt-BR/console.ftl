# The console chat (bots/console/console-chat.ts): the operator's own terminal, where
# one person can play several members. Buttons are numbered there; the member types numbers.

console-banner = Console de mineração TNET. Envie /help para ver os comandos, /as <nome> para agir como outro membro.
# A card's picture: $image is its URL or the stored file's path.
console-image = Imagem: { $image }
console-as-usage = Uso: /as <nome> (letras, dígitos, _ . -, até 32)
console-now-as = Agora você é { $name }.
console-choose = Escolha de 1 a { $count }.
console-nothing-to-choose = Não há nada para escolher agora. Envie /task.
# Replaces a multi-label card's hint: the console numbers the labels instead of buttons.
console-labels-hint = Digite os números de todos os rótulos que se aplicam, separados por espaços (como 1 3), ou 0 para nenhum.
console-labels-bad = Digite números de rótulo de 1 a { $count }, cada um uma vez, separados por espaços, ou 0 para nenhum.
