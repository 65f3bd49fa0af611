/**
 * How the incremental state of a campaign is stored (migration IncrementalStateBlobs): a
 * task's folded votes as one bytea, the members' soft counts as two per-campaign values.
 * Pure: bytes in, typed arrays out, and back; the round (consensus-round.service.ts)
 * reads and writes them whole.
 */

/** Bytes per folded vote: the member id (int32 little-endian), then the option index (one byte). */
export const VOTE_BYTES = 5;

/** A task's folded votes: parallel member ids and option indices. */
export interface Votes {
  members: Int32Array;
  labels: Uint8Array;
}

/** A task's votes as stored (`task_posterior.votes`). Option indices are below 256 (a campaign has at most 25). */
export function encodeVotes(members: ArrayLike<number>, labels: ArrayLike<number>): Buffer {
  if (members.length !== labels.length) throw new Error('votes: members and labels differ in length');
  const out = Buffer.alloc(members.length * VOTE_BYTES);
  for (let i = 0; i < members.length; i++) {
    const l = labels[i]!;
    if (!Number.isInteger(l) || l < 0 || l > 255) throw new Error(`votes: option index ${l} out of range`);
    out.writeInt32LE(members[i]!, i * VOTE_BYTES);
    out.writeUInt8(l, i * VOTE_BYTES + 4);
  }
  return out;
}

/** The votes `encodeVotes` stored; none for null (a task not in the state). A length that is not whole votes is refused. */
export function decodeVotes(bytes: Uint8Array | null): Votes {
  if (bytes === null) return { members: new Int32Array(0), labels: new Uint8Array(0) };
  if (bytes.byteLength % VOTE_BYTES !== 0) throw new Error(`votes: ${bytes.byteLength} bytes is not whole votes`);
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const n = b.byteLength / VOTE_BYTES;
  const members = new Int32Array(n);
  const labels = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    members[i] = b.readInt32LE(i * VOTE_BYTES);
    labels[i] = b.readUInt8(i * VOTE_BYTES + 4);
  }
  return { members, labels };
}

/** Votes grouped by task: task t's are members[start[t] .. start[t + 1]) and labels likewise. */
export interface GroupedVotes {
  start: Int32Array;
  members: Int32Array;
  labels: Uint8Array;
}

/** Many tasks' stored votes at once (null: a task not in the state, no votes), as one grouping: two arrays, not two per task. */
export function decodeVotesOf(list: readonly (Uint8Array | null)[]): GroupedVotes {
  const start = new Int32Array(list.length + 1);
  list.forEach((b, t) => {
    const n = b?.byteLength ?? 0;
    if (n % VOTE_BYTES !== 0) throw new Error(`votes: ${n} bytes is not whole votes`);
    start[t + 1] = start[t]! + n / VOTE_BYTES;
  });
  const members = new Int32Array(start[list.length]!);
  const labels = new Uint8Array(start[list.length]!);
  list.forEach((b, t) => {
    if (!b) return;
    const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
    for (let j = 0, at = start[t]!; j < b.byteLength; j += VOTE_BYTES, at++) {
      members[at] = v.getInt32(j, true);
      labels[at] = v.getUint8(j + 4);
    }
  });
  return { start, members, labels };
}

/**
 * The stored form of tasks `from` .. `to` of a grouping, in hex (what an upsert of many
 * rows sends): one buffer for them all, not one per task. Option indices are below 256.
 */
export function encodeVotesHex(g: GroupedVotes, from = 0, to = g.start.length - 1): string[] {
  const base = g.start[from]!;
  const buf = Buffer.alloc((g.start[to]! - base) * VOTE_BYTES);
  for (let i = base; i < g.start[to]!; i++) {
    const l = g.labels[i]!;
    buf.writeInt32LE(g.members[i]!, (i - base) * VOTE_BYTES);
    buf.writeUInt8(l, (i - base) * VOTE_BYTES + 4);
  }
  return Array.from({ length: to - from }, (_, k) => buf.toString('hex', (g.start[from + k]! - base) * VOTE_BYTES, (g.start[from + k + 1]! - base) * VOTE_BYTES));
}

// The typed arrays below are copied byte for byte: the stored format is little-endian, as
// every host Node runs on here (x64, arm64) is.
if (new Uint8Array(Int32Array.of(1).buffer)[0] !== 1) throw new Error('incremental state: a big-endian host is not supported');

/** Member ids as stored (`campaign_model.state_members`): int32 little-endian. */
export function encodeIds(ids: Int32Array): Buffer {
  return Buffer.from(ids.buffer, ids.byteOffset, ids.byteLength);
}

export function decodeIds(bytes: Uint8Array | null): Int32Array {
  if (bytes === null) return new Int32Array(0);
  if (bytes.byteLength % 4 !== 0) throw new Error(`member ids: ${bytes.byteLength} bytes is not whole ids`);
  const out = new Int32Array(bytes.byteLength / 4);
  new Uint8Array(out.buffer).set(bytes);
  return out;
}

/** Counts as stored (`campaign_model.state_counts`): float64 little-endian, `perMember` each. */
export function encodeCounts(counts: Float64Array): Buffer {
  return Buffer.from(counts.buffer, counts.byteOffset, counts.byteLength);
}

/** The counts `encodeCounts` stored, refused unless there are `perMember` for each of `members`. */
export function decodeCounts(bytes: Uint8Array | null, members: number, perMember: number): Float64Array {
  const want = members * perMember * 8;
  if ((bytes?.byteLength ?? 0) !== want) throw new Error(`member counts: ${bytes?.byteLength ?? 0} bytes for ${members} members of ${perMember}`);
  const out = new Float64Array(want / 8);
  if (bytes) new Uint8Array(out.buffer).set(bytes);
  return out;
}

/**
 * Answers grouped by task (a full refit's votes per task): for each task t, the answers
 * i in order with task[i] = t are members[start[t] .. start[t + 1]) and labels likewise.
 * Answers whose worker is at or past `workers` (the baseline) are left out.
 */
export function votesByTask(tasks: number, task: Int32Array, worker: Int32Array, label: Int32Array, memberIds: readonly number[]): GroupedVotes {
  const W = memberIds.length;
  const start = new Int32Array(tasks + 1);
  for (let i = 0; i < task.length; i++) if (worker[i]! < W) start[task[i]! + 1]! += 1;
  for (let t = 0; t < tasks; t++) start[t + 1]! += start[t]!;
  const members = new Int32Array(start[tasks]!);
  const labels = new Uint8Array(start[tasks]!);
  const at = start.slice(0, tasks);
  for (let i = 0; i < task.length; i++) {
    const w = worker[i]!;
    if (w >= W) continue;
    const j = at[task[i]!]!++;
    members[j] = memberIds[w]!;
    labels[j] = label[i]!;
  }
  return { start, members, labels };
}
