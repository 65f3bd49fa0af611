/** Where progress goes: stderr, so stdout stays the command's output (an export). */
export interface ProgressOutput {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

export interface Progress {
  /** `done` of `total` units so far (rows, bytes). */
  update(done: number, total: number): void;
  /** The last state and how it ended ("done", "refused"), with a line break; later updates are ignored. */
  finish(outcome?: string, note?: string): void;
}

/** "[#####-----]  50% 5/10 rows": a bar of `width` cells; done is capped at total. */
export function renderBar(label: string, done: number, total: number, width: number, unit: string): string {
  const share = total > 0 ? Math.min(1, done / total) : 1;
  const filled = Math.round(share * width);
  const pct = `${Math.floor(share * 100)}%`.padStart(4);
  return `${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${pct} ${formatCount(Math.min(done, total), unit)}/${formatCount(total, unit)}`;
}

/** A count for people: bytes as KB/MB, anything else with thousands separators. */
export function formatCount(n: number, unit: string): string {
  if (unit === 'bytes') return n >= 2 ** 20 ? `${(n / 2 ** 20).toFixed(1)} MB` : n >= 1024 ? `${(n / 1024).toFixed(1)} KB` : `${n} B`;
  return `${n.toLocaleString('en-US')} ${unit}`;
}

/**
 * A progress bar redrawn in place on a terminal, or, when the output is a pipe or a file,
 * one plain line at each 10 % step (so a log does not fill with redraws).
 */
export function createProgress(out: ProgressOutput, label: string, unit: string): Progress {
  let finished = false;
  let lastStep = -1;
  let lastDraw = '';
  let last: [number, number] = [0, 0];
  const width = Math.max(10, Math.min(40, (out.columns ?? 80) - label.length - 40));
  return {
    update(done, total) {
      if (finished) return;
      last = [done, total];
      if (out.isTTY) {
        const line = renderBar(label, done, total, width, unit);
        if (line !== lastDraw) out.write(`\r${line}\x1b[K`);
        lastDraw = line;
        return;
      }
      const step = total > 0 ? Math.floor((Math.min(done, total) / total) * 10) : 10;
      if (step > lastStep && step < 10) {
        lastStep = step;
        out.write(`${label}: ${formatCount(done, unit)} of ${formatCount(total, unit)} (${step * 10}%)\n`);
      }
    },
    finish(outcome = 'done', note) {
      if (finished) return;
      finished = true;
      const [done, total] = last;
      const tail = note ? ` ${note}` : '';
      if (out.isTTY) {
        // Done means all of it, even when the last update came before the last bytes.
        const end = outcome === 'done' ? Math.max(done, total) : done;
        out.write(`\r${renderBar(label, end, Math.max(done, total), width, unit)} ${outcome}${tail}\x1b[K\n`);
      } else out.write(`${label}: ${outcome}, ${formatCount(done, unit)}${tail}\n`);
    },
  };
}
