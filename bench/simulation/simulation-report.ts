import type { Core } from '../../core';
import { formatTnet, parseTnet } from '../../core';
import { BEHAVIOURS, isAbusive, type Behaviour } from '../../core/simulation/member-models';
import type { CampaignRun, SimulationOptions, SimulationRun } from './run-simulation';

export interface BehaviourRow {
  behaviour: Behaviour;
  members: number;
  answers: number;
  /** Answers whose original ledger row paid. */
  accepted: number;
  /** Net base units earned (corrections included). */
  earned: bigint;
  /** Base units minted on-chain (0 without a mint). */
  minted: bigint;
  /** Base units an oracle would pay: every correct answer of a non-abusive member. */
  oracle: bigint;
}

export interface SimulationReport {
  seed: number;
  /** Which campaign of the run (1 for the first). */
  ordinal: number;
  rows: BehaviourRow[];
  earned: bigint;
  minted: bigint;
  /** Share of all TNET distributed (minted when a mint ran, else earned) that reached abusive behaviours. */
  abusiveShare: number;
  /** The same without turncoats' pay for answers given before their turn (honest work, reported apart). */
  abusiveShareBeyondTurn: number;
  /** Honest members' earnings over what the oracle pays them. */
  honestVsOracle: number;
  /** Decided regular tasks whose consensus matches the hidden truth. */
  consensusAccuracy: number;
  decided: number;
  uncertain: number;
  open: number;
  answers: number;
  rounds: number;
  seconds: number;
  /** Whether minted figures come from a real mint on a chain. */
  mintedOnChain: boolean;
  /** Where the oracle's honest answers went: paid, or the reason they were not (counts of answers). */
  honestShortfall: Record<string, number>;
  /** Abusive answers that earned, by behaviour and paying rule (counts of answers). */
  abusivePaid: Record<string, number>;
  /**
   * Base units turncoats earned on answers given before their turn: honest work that no
   * rule can tell from an honest member's, which the oracle nevertheless pays nothing.
   */
  turncoatBeforeTurn: bigint;
  /** Turncoats whose turn never came: they gave fewer answers than their honest stretch. */
  turncoatsNeverTurned: number;
}

/** Reads one campaign's outcome from the ledger and compares it with the hidden truth. */
export async function buildReport(core: Core, sim: SimulationRun, run: CampaignRun, o: SimulationOptions, mintedOnChain: boolean): Promise<SimulationReport> {
  const reward = parseTnet(o.reward)!;
  const behaviourOf = new Map(run.memberIds.map((id, i) => [id, sim.community[i]!.behaviour]));
  const rows = new Map<Behaviour, BehaviourRow>(BEHAVIOURS.map((b) => [b, { behaviour: b, members: 0, answers: 0, accepted: 0, earned: 0n, minted: 0n, oracle: 0n }]));
  for (const m of sim.community) rows.get(m.behaviour)!.members += 1;
  const answers: { member_id: number; task_id: number; choice: string; rule: string | null; net: string | null }[] = await core.ds.query(
    `SELECT a.member_id, a.task_id, a.choice, r.rule, (SELECT sum(x.amount) FROM reward_ledger x WHERE x.answer_id = a.id)::text AS net
     FROM answer a LEFT JOIN reward_ledger r ON r.answer_id = a.id AND r.corrects_id IS NULL WHERE a.campaign_id = $1 ORDER BY a.id`,
    [run.campaignId],
  );
  const memberOf = new Map(run.memberIds.map((id, i) => [id, sim.community[i]!]));
  const nth = new Map<number, number>();
  let turncoatBeforeTurn = 0n;
  const honestShortfall: Record<string, number> = {};
  const abusivePaid: Record<string, number> = {};
  for (const a of answers) {
    const row = rows.get(behaviourOf.get(a.member_id)!)!;
    row.answers += 1;
    if (!isAbusive(row.behaviour) && a.choice === `c${run.truth.get(a.task_id)}`) {
      row.oracle += reward;
      // An oracle answer is paid, or waits without a ledger row, or was withheld by a rule.
      const why = a.net !== null && BigInt(a.net) > 0n ? 'paid' : a.rule === null ? 'waiting' : a.net !== null && a.rule.endsWith('.match') ? 'taken_back' : a.rule;
      honestShortfall[why] = (honestShortfall[why] ?? 0) + 1;
    }
    const m = memberOf.get(a.member_id)!;
    const k = nth.get(a.member_id) ?? run.answersBefore[m.index]!;
    nth.set(a.member_id, k + 1);
    if (m.behaviour === 'turncoat' && k < m.turnAfter && a.net !== null) turncoatBeforeTurn += BigInt(a.net);
    if (isAbusive(row.behaviour) && a.net !== null && BigInt(a.net) > 0n) {
      const key = `${row.behaviour} ${a.rule ?? 'corrected'}`;
      abusivePaid[key] = (abusivePaid[key] ?? 0) + 1;
    }
  }
  const turncoats = sim.community.filter((m) => m.behaviour === 'turncoat');
  const turncoatsNeverTurned = turncoats.filter((m) => (nth.get(run.memberIds[m.index]!) ?? run.answersBefore[m.index]!) <= m.turnAfter).length;
  const ledger: { member_id: number; accepted: number; earned: string; minted: string }[] = await core.ds.query(
    `SELECT member_id, count(*) FILTER (WHERE corrects_id IS NULL AND status <> 'withheld')::int AS accepted,
            sum(amount)::text AS earned, coalesce(sum(amount) FILTER (WHERE status = 'minted'), 0)::text AS minted
     FROM reward_ledger WHERE campaign_id = $1 GROUP BY member_id`,
    [run.campaignId],
  );
  for (const l of ledger) {
    const row = rows.get(behaviourOf.get(l.member_id)!)!;
    row.accepted += l.accepted;
    row.earned += BigInt(l.earned);
    row.minted += BigInt(l.minted);
  }
  const tasks: { id: number; status: string; consensus_label: string | null }[] = await core.ds.query(
    `SELECT id, status, consensus_label FROM task WHERE campaign_id = $1 AND gold_label IS NULL`,
    [run.campaignId],
  );
  const decided = tasks.filter((t) => t.status !== 'open');
  const right = decided.filter((t) => t.consensus_label === `c${run.truth.get(t.id)}`).length;
  const list = [...rows.values()].filter((r) => r.members > 0);
  const earned = list.reduce((s, r) => s + r.earned, 0n);
  const minted = list.reduce((s, r) => s + r.minted, 0n);
  const pool = mintedOnChain ? minted : earned;
  const abusive = list.filter((r) => isAbusive(r.behaviour)).reduce((s, r) => s + (mintedOnChain ? r.minted : r.earned), 0n);
  const honest = rows.get('honest')!;
  return {
    seed: o.seed,
    ordinal: run.ordinal,
    rows: list,
    earned,
    minted,
    abusiveShare: pool === 0n ? 0 : ratio(abusive, pool),
    abusiveShareBeyondTurn: pool === 0n ? 0 : ratio(abusive - turncoatBeforeTurn, pool),
    honestVsOracle: honest.oracle === 0n ? 0 : ratio(mintedOnChain ? honest.minted : honest.earned, honest.oracle),
    consensusAccuracy: decided.length === 0 ? 0 : right / decided.length,
    decided: decided.length,
    uncertain: decided.filter((t) => t.status === 'final_uncertain').length,
    open: tasks.length - decided.length,
    answers: run.answers,
    rounds: run.rounds,
    seconds: run.seconds,
    mintedOnChain,
    honestShortfall,
    abusivePaid,
    turncoatBeforeTurn,
    turncoatsNeverTurned,
  };
}

/** a / b for base-unit amounts, to 6 significant decimals (no float arithmetic on the amounts themselves). */
function ratio(a: bigint, b: bigint): number {
  return Number((a * 1_000_000n) / b) / 1_000_000;
}

const pct = (x: number) => `${(x * 100).toFixed(2)} %`;

/** The terminal table. */
export function formatReport(r: SimulationReport): string {
  const pool = r.mintedOnChain ? r.minted : r.earned;
  const head = ['behaviour', 'members', 'answers', 'accepted', 'TNET earned', 'share of TNET', 'oracle TNET'];
  const body = r.rows.map((x) => [
    x.behaviour,
    String(x.members),
    String(x.answers),
    x.answers === 0 ? '-' : pct(x.accepted / x.answers),
    formatTnet(r.mintedOnChain ? x.minted : x.earned),
    pool === 0n ? '-' : pct(ratio(r.mintedOnChain ? x.minted : x.earned, pool)),
    formatTnet(x.oracle),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const fmt = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [
    fmt(head),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...body.map(fmt),
    '',
    `TNET ${r.mintedOnChain ? 'minted on-chain' : 'earned (no mint)'}: ${formatTnet(pool)}`,
    `abusive behaviours' share: ${pct(r.abusiveShare)}; without turncoats' honest answers before their turn: ${pct(r.abusiveShareBeyondTurn)} (target at most 1 %)`,
    `honest members' rewards / oracle: ${pct(r.honestVsOracle)} (target at least 98 %)`,
    `consensus accuracy: ${pct(r.consensusAccuracy)} of ${r.decided} decided tasks (${r.uncertain} uncertain, ${r.open} still open)`,
    `honest answers the oracle pays, by outcome: ${Object.entries(r.honestShortfall)
      .sort((a, b) => b[1] - a[1])
      .map(([k, n]) => `${k} ${n}`)
      .join(', ')}`,
    `turncoats earned ${formatTnet(r.turncoatBeforeTurn)} TNET for answers given before their turn (${pool === 0n ? '-' : pct(ratio(r.turncoatBeforeTurn, pool))} of all; honest work no rule can tell apart, which the oracle pays nothing); ${r.turncoatsNeverTurned} of ${r.rows.find((x) => x.behaviour === 'turncoat')?.members ?? 0} turncoats never reached their turn`,
    `abusive answers that earned, by behaviour and rule: ${
      Object.entries(r.abusivePaid)
        .sort((a, b) => b[1] - a[1])
        .map(([k, n]) => `${k} ${n}`)
        .join(', ') || 'none'
    }`,
    `${r.answers} answers, ${r.rounds} scoring rounds, ${r.seconds.toFixed(1)} s`,
  ].join('\n');
}

/** What a run of several campaigns measures against its targets (issue 18). */
export interface RunSummary {
  campaigns: number;
  /** Over campaigns 2 and 3 (every campaign after the first): abusive pay, turncoats' honest answers before their turn apart, over all TNET. */
  abusiveShareLater: number;
  /** The same with turncoats' pay before their turn counted as abuse. */
  abusiveShareLaterWithTurncoats: number;
  /** The lowest campaign's honest pay over the oracle's. */
  honestVsOracleMin: number;
  distributed: bigint;
}

/** The run's figures over its campaigns' reports. */
export function summarizeRun(reports: readonly SimulationReport[]): RunSummary {
  const poolOf = (r: SimulationReport) => (r.mintedOnChain ? r.minted : r.earned);
  const abusiveOf = (r: SimulationReport) => r.rows.filter((x) => isAbusive(x.behaviour)).reduce((s, x) => s + (r.mintedOnChain ? x.minted : x.earned), 0n);
  const later = reports.filter((r) => r.ordinal > 1);
  const pool = later.reduce((s, r) => s + poolOf(r), 0n);
  const abusive = later.reduce((s, r) => s + abusiveOf(r), 0n);
  const beforeTurn = later.reduce((s, r) => s + r.turncoatBeforeTurn, 0n);
  return {
    campaigns: reports.length,
    abusiveShareLater: pool === 0n ? 0 : ratio(abusive - beforeTurn, pool),
    abusiveShareLaterWithTurncoats: pool === 0n ? 0 : ratio(abusive, pool),
    honestVsOracleMin: Math.min(...reports.map((r) => r.honestVsOracle)),
    distributed: reports.reduce((s, r) => s + poolOf(r), 0n),
  };
}

/** The run's lines under the campaigns' tables. */
export function formatRunSummary(s: RunSummary): string {
  return [
    `over ${s.campaigns} campaigns: ${formatTnet(s.distributed)} TNET`,
    `abusive behaviours' share over campaigns 2 to ${s.campaigns}: ${pct(s.abusiveShareLater)} (target at most 1 %; ${pct(s.abusiveShareLaterWithTurncoats)} counting turncoats' answers before their turn)`,
    `honest members' rewards / oracle, lowest campaign: ${pct(s.honestVsOracleMin)} (target at least 98 % in every campaign)`,
  ].join('\n');
}

/** The JSON line of a run of several campaigns: the run's targets, then each campaign's headline figures. */
export function runJson(s: RunSummary, reports: readonly SimulationReport[], seconds: number): Record<string, number | string | boolean> {
  const out: Record<string, number | string | boolean> = {
    seed: reports[0]?.seed ?? 0,
    campaigns: s.campaigns,
    abusive_share_campaigns_2_3: round(s.abusiveShareLater),
    abusive_share_campaigns_2_3_with_turncoats: round(s.abusiveShareLaterWithTurncoats),
    honest_vs_oracle_min: round(s.honestVsOracleMin),
    tnet_distributed: formatTnet(s.distributed),
    run_s: Math.round(seconds * 10) / 10,
  };
  for (const r of reports) {
    out[`c${r.ordinal}_abusive_share`] = round(r.abusiveShare);
    out[`c${r.ordinal}_honest_vs_oracle`] = round(r.honestVsOracle);
    out[`c${r.ordinal}_consensus_accuracy`] = round(r.consensusAccuracy);
    out[`c${r.ordinal}_turncoat_before_turn_share`] = round(r.mintedOnChain ? (r.minted === 0n ? 0 : ratio(r.turncoatBeforeTurn, r.minted)) : r.earned === 0n ? 0 : ratio(r.turncoatBeforeTurn, r.earned));
  }
  return out;
}

/** The one JSON line of headline figures. */
export function reportJson(r: SimulationReport): Record<string, number | string | boolean> {
  const out: Record<string, number | string | boolean> = {
    seed: r.seed,
    abusive_share_of_tnet: round(r.abusiveShare),
    honest_vs_oracle: round(r.honestVsOracle),
    consensus_accuracy: round(r.consensusAccuracy),
    tnet_distributed: formatTnet(r.mintedOnChain ? r.minted : r.earned),
    minted_on_chain: r.mintedOnChain,
    answers: r.answers,
    decided_tasks: r.decided,
    open_tasks: r.open,
    run_s: Math.round(r.seconds * 10) / 10,
  };
  const pool = r.mintedOnChain ? r.minted : r.earned;
  out.turncoat_before_turn_share = pool === 0n ? 0 : round(ratio(r.turncoatBeforeTurn, pool));
  out.turncoats_never_turned = r.turncoatsNeverTurned;
  for (const x of r.rows) out[`${x.behaviour}_accepted_share`] = x.answers === 0 ? 0 : round(x.accepted / x.answers);
  return out;
}

const round = (x: number) => Math.round(x * 10000) / 10000;
