import type { DataSource, EntityManager } from 'typeorm';
import type { CampaignStatus } from '../domain/campaign-types';
import type { TaskStatus } from '../domain/task-status';
import { namedQuery } from '../db/named-query';
import { SCORING_CAMPAIGN_COLUMNS, SCORING_TASK_COLUMNS, scoringAnswersJson, type ScoringRead } from '../scoring/scoring.statements';
import { LABEL_SEPARATOR } from '../campaigns/label-set';
import { CONTRIBUTION_CHOICE } from '../contributions/contribution-rules';
import { MAX_THINK_MS, type AdmissionRule, type SubmitFacts } from './admission';

/** One submit as the record statement takes it. */
export interface RecordSubmit {
  taskId: number;
  memberId: number;
  choice: string;
  /** When the submit arrived: its think time ends here. */
  at: Date;
  /** The pressed card's chat and message id (decimal digits), or null for none. */
  chatId: string | null;
  messageId: string | null;
  /**
   * Whether a pairwise task's output b came first (pair-order.ts) on the member's own card,
   * and on the pressed chat's posted card (null: no press); the statement keeps the one
   * matching where the press came from, for pairwise campaigns only.
   */
  swappedMember: boolean;
  swappedCard: boolean | null;
}

/** One submit as the record statement read it, and what it wrote (id null: nothing). */
export interface RecordRow {
  /** The submit's place in its batch. */
  n: number;
  /** Null when the task does not exist (then so is every column up to id). */
  campaign_id: number | null;
  status: TaskStatus;
  answer_count: number;
  gold: boolean;
  consensus_label: string | null;
  campaign_status: CampaignStatus;
  answers_per_task: number;
  max_answers_per_task: number;
  valid_option: boolean;
  /** Whether the task was served to the member (admission.ts); null when the task does not exist. */
  served: boolean | null;
  /** Whether the task checks the member's own contribution (task.author_id). */
  authored: boolean | null;
  banned: boolean | null;
  recent: number;
  /**
   * Whether the member's answers of the last minute, counted under their answer_rate row's
   * lock (with those of every replica), left no room: the snapshot's `recent` cannot see a
   * concurrent insert. Null when the task does not exist.
   */
  over_limit: boolean | null;
  existing_id: string | number | null;
  existing_choice: string | null;
  existing_at: Date | null;
  /** Whether the answer's member saw b first (null: not a pairwise answer), for the existing or the recorded answer. */
  existing_swapped: boolean | null;
  swapped: boolean | null;
  id: string | number | null;
  created_at: Date | null;
  recorded_count: number | null;
  /** The scoring read, when this answer may decide its task and the statement saw all its answers. */
  scoring: ScoringRead | null;
}

/** The facts `admit` decides on, as a record row read them (before its write). */
export function submitFacts(r: RecordRow, answersPerMinute: number): SubmitFacts {
  return {
    taskExists: r.campaign_id !== null,
    banned: r.banned,
    answered: r.existing_id !== null,
    served: r.served === true,
    authored: r.authored === true,
    validOption: r.valid_option,
    campaignStatus: r.campaign_status,
    taskStatus: r.status,
    gold: r.gold,
    answerCount: r.answer_count,
    maxAnswersPerTask: r.max_answers_per_task,
    // The locked count wins: a replica's concurrent answer is in it, not in `recent`.
    recentAnswers: r.over_limit ? Math.max(r.recent, answersPerMinute) : r.recent,
    answersPerMinute,
  };
}

/**
 * Each admission rule in SQL, over `pre` (the submit's facts as read) and `t` (the task row
 * the slot UPDATE locked, so that the last open slot goes to exactly one member). Typed by
 * the rule list: a rule without its predicate does not compile.
 */
const ADMISSION_SQL: Record<AdmissionRule, (limit: string) => string> = {
  task_exists: () => `pre.campaign_id IS NOT NULL`,
  first_answer: () => `pre.existing_id IS NULL`,
  member_exists: () => `pre.banned IS NOT NULL`,
  served: () => `pre.served_at IS NOT NULL`,
  not_author: () => `NOT pre.authored`,
  valid_option: () => `pre.valid_option`,
  not_banned: () => `NOT pre.banned`,
  campaign_active: () => `pre.campaign_status = 'active'`,
  task_open: () => `t.status = 'open'`,
  task_has_room: () => `(t.gold_label IS NOT NULL OR t.answer_count < pre.max_answers_per_task)`,
  under_rate_limit: (limit) => `(${limit} = 0 OR pre.recent < ${limit})`,
};

const admittedSql = (limit: string) =>
  Object.values(ADMISSION_SQL)
    .map((rule) => rule(limit))
    .join('\n    AND ');

/**
 * The rules as `pre` read them, before the member's rate row is taken: the task's own
 * rules on the snapshot's task row (the slot UPDATE checks them again on the locked row).
 */
const PRE_ADMITTED_SQL = (limit: string) =>
  (Object.entries(ADMISSION_SQL) as [AdmissionRule, (limit: string) => string][])
    .map(([rule, sql]) =>
      rule === 'task_open' ? `pre.status = 'open'` : rule === 'task_has_room' ? `(pre.gold OR pre.answer_count < pre.max_answers_per_task)` : sql(limit),
    )
    .join('\n    AND ');

/** The answer times of the last minute in the member's answer_rate row `r`. */
const RATE_WINDOW_SQL = `SELECT x FROM unnest(r.recent) x WHERE x > now() - interval '60 seconds'`;

/** serveTime (admission.ts) over the member's task_serve row `s` and the pressed posted card `pc`. */
const SERVED_AT_SQL = `coalesce(s.served_at, CASE WHEN pc.closed_at IS NULL THEN pc.shown_at END)`;

/** thinkMs (admission.ts) from the serve to the submit. */
const THINK_MS_SQL = `least(${MAX_THINK_MS}, greatest(0, round(extract(epoch FROM pre.at - pre.served_at) * 1000)))::int`;

/**
 * How one form of the record statement takes its submits: the batch form from arrays
 * (unnest), the one-row form from scalar parameters. Everything else, every rule included,
 * is the same text in both forms.
 */
interface RecordForm {
  /** CTEs before `pre` (with their trailing comma). */
  input: string;
  /** The submit's fields as `pre` reads them. */
  member: string;
  choice: string;
  chatId: string;
  messageId: string;
  swappedMember: string;
  swappedCard: string;
  /** The answer limit per minute. */
  limit: string;
  /** pre's leading columns: n, task_id, member_id, choice, at. */
  head: string;
  /** pre's FROM up to the task row `t`, and its WHERE (or ''). */
  from: string;
  where: string;
  /** An extra slot condition (the batch's row locks in order), or ''. */
  locked: string;
  /** The final SELECT's source and its submit number. */
  result: string;
  n: string;
}

/**
 * Every parameter of the batch form is read through a scalar subquery, which the planner
 * sees as unknown in the per-call plans too: a named statement gets plans for its first
 * five calls with the values in, then keeps one generic plan only if that costs no more
 * than those did. Seeing the array lengths, a batch of one or two looked cheaper than the
 * generic guess and the statement was planned again on every call (bench/RESULTS.md).
 */
const BATCH: RecordForm = {
  input: `r AS (
  SELECT * FROM unnest((SELECT $1::int[]), (SELECT $2::int[]), (SELECT $3::text[]), (SELECT $5::timestamptz[]), (SELECT $6::text[]), (SELECT $7::bigint[]), (SELECT $8::boolean[]), (SELECT $9::boolean[]))
    WITH ORDINALITY AS r(task_id, member_id, choice, at, chat_id, message_id, swapped_member, swapped_card, n)
), lk AS (
  SELECT t.id FROM task t WHERE t.id IN (SELECT task_id FROM r) ORDER BY t.id FOR NO KEY UPDATE
), `,
  member: 'r.member_id',
  choice: 'r.choice',
  chatId: 'r.chat_id',
  messageId: 'r.message_id',
  swappedMember: 'r.swapped_member',
  swappedCard: 'r.swapped_card',
  limit: '(SELECT $4::int)',
  head: 'r.n, r.task_id, r.member_id, r.choice, r.at',
  from: 'r JOIN task t ON t.id = r.task_id',
  where: '',
  locked: '\n    AND t.id IN (SELECT id FROM lk)',
  result: 'r LEFT JOIN pre ON pre.n = r.n LEFT JOIN slot ON slot.task_id = r.task_id LEFT JOIN ins ON ins.task_id = r.task_id',
  n: 'r.n',
};

/**
 * The one-row form, on embedded PGlite only. PGlite has no prepared statements: it parses
 * and plans every statement anew, and the batch form's planning (unnest, the row locks in
 * order, the joins per row) costs more than batching saves when submits come one at a
 * time (bench/RESULTS.md, the PGlite bot benches).
 */
const ONE: RecordForm = {
  input: '',
  member: '$2::int',
  choice: '$3::text',
  chatId: '$6::text',
  messageId: '$7::bigint',
  swappedMember: '$8::boolean',
  swappedCard: '$9::boolean',
  limit: '$4::int',
  head: '1::bigint AS n, t.id AS task_id, $2::int AS member_id, $3::text AS choice, $5::timestamptz AS at',
  from: 'task t',
  where: '\n  WHERE t.id = $1',
  locked: '',
  result: 'pre LEFT JOIN slot ON true LEFT JOIN ins ON true',
  n: 'pre.n',
};

/**
 * The valid_option rule in SQL (admission.ts): one of the campaign's option ids, or for a
 * multilabel campaign a set of them in canonical form (label-set.ts: the ids it names,
 * rebuilt in the campaign's order and joined by '|', give the choice back; '' for none).
 * A contribute task takes no button: its answer is valid only when the member's text was
 * stored first, in the same transaction (ContributionService), so a pressed or forged
 * button on a contribute card records nothing.
 */
const validOptionSql = (choice: string, member: string) => `CASE WHEN c.kind = 'contribute'
           THEN ${choice} = '${CONTRIBUTION_CHOICE}' AND EXISTS (SELECT 1 FROM contribution k WHERE k.task_id = t.id AND k.member_id = ${member} AND k.answer_id IS NULL)
           WHEN c.kind = 'multilabel'
           THEN ${choice} = coalesce((SELECT string_agg(o.value->>'id', '${LABEL_SEPARATOR}' ORDER BY o.n) FROM jsonb_array_elements(c.options) WITH ORDINALITY AS o(value, n)
                                     WHERE (o.value->>'id') = ANY (string_to_array(${choice}, '${LABEL_SEPARATOR}'))), '')
           ELSE c.options @> jsonb_build_array(jsonb_build_object('id', ${choice})) END`;

/**
 * The record statement in one round trip, for a batch of submits of distinct tasks and
 * distinct members (so each row behaves as if it ran alone, concurrently with the others):
 * reads each submit's facts (pre), and, only where every admission rule passes, takes a
 * slot and records the answer. In the batch form the task rows are locked first, in id
 * order, as the scoring writes lock them (in another order two statements could wait for
 * each other). The slot UPDATE re-checks status and count on the row it locks; a concurrent
 * duplicate of the same member hits the unique (task, member) key, which aborts the whole
 * statement. When nothing is written for a submit, pre's columns say why.
 *
 * When an answer may decide its task, the same statement also makes the scoring read that
 * ScoringService would make next, saving it a round trip: the task as the slot UPDATE left
 * it, and the answers the snapshot sees plus the one it inserts. That is every answer only
 * if none committed between the snapshot and the slot's row lock: the snapshot's count
 * plus one must be the count the slot wrote, else scoring is null and the scorer reads.
 */
function recordSql(f: RecordForm): string {
  return `WITH ${f.input}pre AS (
  SELECT ${f.head},
         t.campaign_id, t.status, t.answer_count, t.gold_label IS NOT NULL AS gold, t.consensus_label,
         c.status AS campaign_status, c.answers_per_task, c.max_answers_per_task,
         ${validOptionSql(f.choice, f.member)} AS valid_option,
         (t.author_id IS NOT NULL AND t.author_id = ${f.member}) AS authored,
         (SELECT banned_at IS NOT NULL FROM member WHERE id = ${f.member}) AS banned,
         CASE WHEN ${f.limit} > 0 THEN (SELECT count(*)::int FROM answer x WHERE x.member_id = ${f.member} AND x.created_at > now() - interval '60 seconds') ELSE 0 END AS recent,
         a.id AS existing_id, a.choice AS existing_choice, a.created_at AS existing_at,
         ${SERVED_AT_SQL} AS served_at, s.served_at IS NULL AS first_serve,
         CASE WHEN c.kind = 'pairwise' THEN CASE WHEN pc.task_id IS NOT NULL THEN ${f.swappedCard} ELSE ${f.swappedMember} END END AS swapped,
         a.swapped AS existing_swapped
  FROM ${f.from} JOIN campaign c ON c.id = t.campaign_id
  LEFT JOIN answer a ON a.task_id = t.id AND a.member_id = ${f.member}
  LEFT JOIN task_serve s ON s.task_id = t.id AND s.member_id = ${f.member}
  LEFT JOIN posted_card pc ON pc.chat_id = ${f.chatId} AND pc.task_id = t.id AND pc.message_id = ${f.messageId}${f.where}
), serve AS (
  INSERT INTO task_serve (task_id, member_id, served_at)
  SELECT pre.task_id, pre.member_id, pre.served_at FROM pre WHERE pre.first_serve AND pre.served_at IS NOT NULL AND pre.banned IS NOT NULL
  ON CONFLICT DO NOTHING
), rate AS (
  INSERT INTO answer_rate AS r (member_id, recent)
  SELECT pre.member_id, ARRAY[now()] FROM pre
  WHERE ${f.limit} > 0 AND ${PRE_ADMITTED_SQL(f.limit)}
  ORDER BY pre.member_id
  ON CONFLICT (member_id) DO UPDATE SET recent = ARRAY(${RATE_WINDOW_SQL} ORDER BY x) || now()
    WHERE (SELECT count(*) FROM (${RATE_WINDOW_SQL}) w) < ${f.limit}
  RETURNING r.member_id
), slot AS (
  UPDATE task t SET answer_count = t.answer_count + 1
  FROM pre
  WHERE t.id = pre.task_id${f.locked}
    AND ${admittedSql(f.limit)}
    AND (${f.limit} = 0 OR pre.member_id IN (SELECT member_id FROM rate))
  RETURNING t.id AS task_id, t.answer_count, ${SCORING_TASK_COLUMNS}
), ins AS (
  INSERT INTO answer (task_id, member_id, campaign_id, choice, think_ms, swapped)
  SELECT pre.task_id, pre.member_id, pre.campaign_id, pre.choice, ${THINK_MS_SQL}, pre.swapped
  FROM slot JOIN pre ON pre.task_id = slot.task_id
  RETURNING id, created_at, task_id, member_id, campaign_id, choice, swapped
)
SELECT ${f.n} AS n, pre.campaign_id, pre.status, pre.answer_count, pre.gold, pre.consensus_label, pre.campaign_status, pre.answers_per_task,
       pre.max_answers_per_task, pre.valid_option, pre.served_at IS NOT NULL AS served, pre.authored, pre.banned, pre.recent,
       (${f.limit} > 0 AND pre.member_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM rate WHERE rate.member_id = pre.member_id)) AS over_limit, pre.existing_id, pre.existing_choice, pre.existing_at,
       pre.existing_swapped, ins.id, ins.created_at, ins.swapped, slot.answer_count AS recorded_count,
  CASE WHEN ins.id IS NOT NULL AND NOT pre.gold AND slot.answer_count >= pre.answers_per_task
        AND (SELECT count(*) FROM answer x WHERE x.task_id = pre.task_id) + 1 = slot.answer_count
  THEN (SELECT json_build_object(
          'task', (SELECT row_to_json(x) FROM (SELECT slot.*, ${SCORING_CAMPAIGN_COLUMNS}
                   FROM campaign c LEFT JOIN campaign_model p ON p.campaign_id = c.id WHERE c.id = slot.campaign_id) x),
          'answers', ${scoringAnswersJson(`SELECT id, member_id, campaign_id, choice FROM answer WHERE task_id = pre.task_id UNION ALL SELECT id, member_id, campaign_id, choice FROM ins i WHERE i.task_id = pre.task_id`)}))
  END AS scoring
FROM ${f.result}`;
}

export const RECORD_BATCH_SQL = recordSql(BATCH);
export const RECORD_ONE_SQL = recordSql(ONE);

/**
 * Records a batch of submits of distinct tasks and distinct members in one statement;
 * one row per submit, in the batch's order.
 */
export async function recordAnswers(ds: DataSource, batch: readonly RecordSubmit[], answersPerMinute: number): Promise<RecordRow[]> {
  const rows = await namedQuery<RecordRow>(ds, 'answer_record', RECORD_BATCH_SQL, [
    batch.map((i) => i.taskId),
    batch.map((i) => i.memberId),
    batch.map((i) => i.choice),
    answersPerMinute,
    batch.map((i) => i.at),
    batch.map((i) => i.chatId),
    batch.map((i) => i.messageId),
    batch.map((i) => i.swappedMember),
    batch.map((i) => i.swappedCard),
  ]);
  const byPlace = new Map(rows.map((r) => [Number(r.n), r]));
  return batch.map((_, i) => byPlace.get(i + 1)!);
}

/** A submit's row when its task does not exist: every column null, nothing written. */
const NO_TASK = Object.fromEntries(
  (['campaign_id', 'status', 'answer_count', 'gold', 'consensus_label', 'campaign_status', 'answers_per_task', 'max_answers_per_task', 'valid_option', 'served', 'authored', 'banned', 'recent', 'over_limit', 'existing_id', 'existing_choice', 'existing_at', 'existing_swapped', 'id', 'created_at', 'swapped', 'recorded_count', 'scoring'] as const).map((k) => [k, null]),
) as unknown as Omit<RecordRow, 'n'>;

/**
 * recordAnswers for one submit, in the one-row form (the embedded engine's lone submits,
 * and a contribution's answer inside the transaction that stores its text: `on` an EntityManager).
 */
export async function recordAnswer(on: DataSource | EntityManager, s: RecordSubmit, answersPerMinute: number): Promise<RecordRow> {
  const [row] = await namedQuery<RecordRow>(on, 'answer_record_one', RECORD_ONE_SQL, [s.taskId, s.memberId, s.choice, answersPerMinute, s.at, s.chatId, s.messageId, s.swappedMember, s.swappedCard]);
  // No row: the task does not exist, and nothing was written (the batch form's row for it).
  return row ?? { ...NO_TASK, n: 1 };
}

/** A task and the member's answer to it, read again after a submit wrote nothing. */
export interface UnrecordedRow {
  campaign_id: number;
  status: TaskStatus;
  answer_count: number;
  gold: boolean;
  consensus_label: string | null;
  answers_per_task: number;
  campaign_status: CampaignStatus;
  answer_id: string | number | null;
  choice: string | null;
  created_at: Date | null;
  swapped: boolean | null;
}

/** The task, its campaign and the member's answer, if any; undefined for an unknown task. */
export async function selectUnrecorded(ds: DataSource, taskId: number, memberId: number): Promise<UnrecordedRow | undefined> {
  const [row] = await ds.query(
    `SELECT t.campaign_id, t.status, t.answer_count, t.gold_label IS NOT NULL AS gold, t.consensus_label, c.answers_per_task,
            c.status AS campaign_status, a.id AS answer_id, a.choice, a.created_at, a.swapped
     FROM task t JOIN campaign c ON c.id = t.campaign_id LEFT JOIN answer a ON a.task_id = t.id AND a.member_id = $2
     WHERE t.id = $1`,
    [taskId, memberId],
  );
  return row;
}
