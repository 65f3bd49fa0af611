# The console chat (bots/console/console-chat.ts): the operator's own terminal.

console-banner = Consola de minería de TNET. Envía /help para ver los comandos y /as <nombre> para hacer de otro miembro.
console-image = Imagen: { $image }
console-as-usage = Uso: /as <nombre> (letras, dígitos, _ . -, hasta 32)
console-now-as = Ahora eres { $name }.
console-choose = Elige del 1 al { $count }.
console-nothing-to-choose = Ahora mismo no hay nada que elegir. Envía /task.
console-labels-hint = Escribe los números de todas las etiquetas que correspondan, separados por espacios (por ejemplo 1 3), o 0 si no corresponde ninguna.
console-labels-bad = Escribe números de etiqueta del 1 al { $count }, cada uno una vez, separados por espacios, o 0 si no corresponde ninguna.
