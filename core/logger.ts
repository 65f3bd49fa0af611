/**
 * A small structured logger: one JSON line per event on stderr. Secrets never reach it:
 * registered secret values and passwords inside URLs are masked in every line.
 */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
const order: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export interface Logger {
  debug(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
}

const urlPassword = /(\b[a-z][a-z0-9+.-]*:\/\/[^:/\s@]*:)[^@\s/]+@/gi;

/** Masks registered secrets and URL passwords in a text. */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text.replace(urlPassword, '$1***@');
  for (const s of secrets) {
    if (s.length < 6) continue;
    // Lines are JSON: a secret with quotes or backslashes appears there escaped.
    for (const form of new Set([s, JSON.stringify(s).slice(1, -1)])) out = out.split(form).join('***');
  }
  return out;
}

/**
 * The parts of a URL that may carry a credential, as secrets for the logger: the userinfo,
 * everything after the host (providers put the API key in the path or the query), and each
 * long path segment and query value on its own (in case a library re-serialises the URL).
 * What stays readable in a log line is the scheme and the host.
 */
export function urlSecrets(raw: string | undefined): string[] {
  if (!raw) return [];
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return [raw];
  }
  const out = new Set<string>();
  const add = (s: string) => {
    if (s.length === 0) return;
    out.add(s);
    try {
      out.add(decodeURIComponent(s));
    } catch {
      // Not percent-encoded text: the raw form is enough.
    }
  };
  add(u.username);
  add(u.password);
  const hostEnd = raw.toLowerCase().indexOf(u.host) + u.host.length;
  const rest = raw.slice(hostEnd).replace(/^:\d+/, '').replace(/^\//, '');
  add(rest);
  add((u.pathname + u.search + u.hash).replace(/^\//, ''));
  for (const seg of u.pathname.split('/')) if (seg.length >= 8) add(seg);
  for (const v of u.searchParams.values()) if (v.length >= 8) add(v);
  return [...out];
}

export function createLogger(opts: {
  level: LogLevel;
  secrets?: readonly string[];
  write?: (line: string) => void;
}): Logger {
  // Longest first, so a secret that contains another is masked whole.
  const secrets = [...new Set(opts.secrets ?? [])].filter((s) => s.length > 0).sort((a, b) => b.length - a.length);
  const write = opts.write ?? ((line: string) => process.stderr.write(line + '\n'));
  const emit = (level: LogLevel, msg: string, fields?: Record<string, unknown>) => {
    if (order[level] < order[opts.level]) return;
    const line = JSON.stringify({ t: new Date().toISOString(), level, msg, ...fields }, (_k, v) =>
      typeof v === 'bigint' ? v.toString() : v instanceof Error ? { name: v.name, message: v.message, stack: v.stack } : v,
    );
    write(redact(line, secrets));
  };
  return {
    debug: (m, f) => emit('debug', m, f),
    info: (m, f) => emit('info', m, f),
    warn: (m, f) => emit('warn', m, f),
    error: (m, f) => emit('error', m, f),
  };
}
