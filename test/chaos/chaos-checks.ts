/**
 * The chaos test's verdicts, as pure functions of what the harness collected: the Bot API
 * calls the emulator recorded, the rows the database holds, the events the chain holds.
 */

/** A toast the bot sent for a member's press, with the press it answered. */
export interface Ack {
  /** The member's Telegram user id. */
  userId: number;
  taskId: number;
}

/** Acknowledged answers with no stored answer row ("userId:taskId" keys of the stored ones). */
export function lostAnswers(acks: readonly Ack[], stored: ReadonlySet<string>): Ack[] {
  const seen = new Set<string>();
  const lost: Ack[] = [];
  for (const a of acks) {
    const key = `${a.userId}:${a.taskId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (!stored.has(key)) lost.push(a);
  }
  return lost;
}

/** One stored answer: its member and when it was written (microseconds, the database's clock). */
export interface StoredAnswer {
  memberId: number;
  atMicros: number;
}

/**
 * The answers admitted past the limit: an answer breaches when the same member already had
 * `perMinute` answers in the 60 seconds before it (ties in time ordered as given), as the
 * admission rule counts them. 0 when the limit is off.
 */
export function limitBreaches(answers: readonly StoredAnswer[], perMinute: number): StoredAnswer[] {
  if (perMinute <= 0) return [];
  const byMember = new Map<number, number[]>();
  for (const a of answers) {
    const list = byMember.get(a.memberId) ?? [];
    list.push(a.atMicros);
    byMember.set(a.memberId, list);
  }
  const breaches: StoredAnswer[] = [];
  for (const [memberId, times] of byMember) {
    const sorted = times.map((t, i) => [t, i] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]).map(([t]) => t);
    let from = 0;
    for (let i = 0; i < sorted.length; i++) {
      while (sorted[from]! <= sorted[i]! - 60_000_000) from++;
      if (i - from >= perMinute) breaches.push({ memberId, atMicros: sorted[i]! });
    }
  }
  return breaches;
}

/** A message the bot sent (sendMessage or sendPhoto), as recorded. */
export interface SentMessage {
  chatId: number;
  /** The callback data of its buttons. */
  buttons: string[];
}

/** The task a card is about: the task id its answer, tick or done buttons carry. */
export function cardTaskId(buttons: readonly string[]): number | undefined {
  for (const b of buttons) {
    const m = /^(?:a|t|d|l):(\d+)(?::|$)/.exec(b);
    if (m) return Number(m[1]);
  }
  return undefined;
}

/** Cards sent to a group chat for a task that chat already got a card for (group chats only: a member's own chat may see a task again). */
export function duplicateCards(sent: readonly SentMessage[]): number {
  const cards = new Set<string>();
  let duplicates = 0;
  for (const m of sent) {
    if (m.chatId >= 0) continue;
    const task = cardTaskId(m.buttons);
    if (task === undefined) continue;
    const key = `${m.chatId}:${task}`;
    if (cards.has(key)) duplicates++;
    else cards.add(key);
  }
  return duplicates;
}

/** A batch as the database holds it: its id and the ledger rows its manifest pays. */
export interface LedgerBatch {
  batchId: string;
  ledgerIds: readonly string[];
}

/**
 * Mints beyond once: a batch id minted twice on chain, plus every ledger row paid by more
 * than one batch minted on chain (a batch minted on chain that the database does not know
 * pays no known row, and counts as one).
 */
export function doubleMints(mintedOnChain: readonly string[], batches: readonly LedgerBatch[]): number {
  const byId = new Map(batches.map((b) => [b.batchId.toLowerCase(), b]));
  const minted = new Set<string>();
  const paid = new Set<string>();
  let doubles = 0;
  for (const raw of mintedOnChain) {
    const id = raw.toLowerCase();
    if (minted.has(id)) {
      doubles++;
      continue;
    }
    minted.add(id);
    const batch = byId.get(id);
    if (!batch) {
      doubles++;
      continue;
    }
    for (const row of batch.ledgerIds) {
      if (paid.has(row)) doubles++;
      else paid.add(row);
    }
  }
  return doubles;
}
