/** A chat command line as typed: `/name@bot args`. */
export interface CommandLine {
  /** The command's name, in lower case. */
  name: string;
  /** The bot it names after `@`, as typed; absent when it names none. */
  addressee?: string;
  /** The words after the name, split at whitespace. */
  args: string[];
}

/**
 * `/name[@bot] args` as its parts, or undefined when the text is not a command. Names and
 * bot names are Telegram's: letters, digits and underscores.
 */
export function parseCommandLine(text: string): CommandLine | undefined {
  const m = /^\/([A-Za-z0-9_]+)(?:@([A-Za-z0-9_]+))?(?:\s+([\s\S]*))?$/.exec(text.trim());
  if (!m) return undefined;
  const line: CommandLine = { name: m[1]!.toLowerCase(), args: (m[3] ?? '').split(/\s+/).filter((a) => a.length > 0) };
  if (m[2] !== undefined) line.addressee = m[2];
  return line;
}
