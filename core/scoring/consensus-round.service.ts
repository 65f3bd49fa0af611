import type { DataSource } from 'typeorm';
import { dawidSkene, majorityVote, type ConsensusInput, type ConsensusResult } from '../consensus/dawid-skene';
import { suspectColluders } from '../consensus/collusion';
import { defaultCell, memberStandings, oneCoinCell, tooFastWorkers, type ConfusionPrior } from '../consensus/member-standing';
import { carriedRecord, priorSkill, withRecord, type CarriedRecord } from '../consensus/reputation';
import { systemClock, type Clock } from '../clock';
import { defaultMinAccuracy, type Suspicion } from '../consensus/reward-rules';
import { fitLabelSets } from '../consensus/label-set-fit';
import { maskChoice, parseLabelSet, labelMask } from '../campaigns/label-set';
import type { CampaignOption } from '../domain/campaign-types';
import { settleTask } from './settle-task';
import { incrementalUpdate, priorCountsOf, softCounts } from '../consensus/incremental-ds';
import { standingFromCounts } from '../consensus/member-standing';
import { decodeCounts, decodeIds, decodeVotesOf, encodeCounts, encodeIds, encodeVotesHex, votesByTask, type GroupedVotes } from './incremental-state';
import { DEFAULT_ROUND_SCHEDULE, roundKind, type RoundSchedule } from './round-schedule';
import type { ScoringService } from './scoring.service';
import {
  countOpenTasks,
  hasOpenTask,
  markSettled,
  PAGE,
  selectAnswerPage,
  selectDueCampaigns,
  selectMemberRecords,
  selectPaidBelowStanding,
  selectRoundCampaign,
  selectStoredConfusions,
  selectTaskPage,
  selectUnscoredGoldTasks,
  selectWaitingTasks,
  selectWaitingTasksOf,
  selectMergedMembers,
  selectMemberStates,
  selectNewAnswers,
  selectStoredMemberState,
  selectTouchedTasks,
  updateIncrementalModel,
  updateMemberCounts,
  upsertCampaignModel,
  upsertMemberSkills,
  upsertTaskPosteriors,
  type MemberCountsWrite,
  type MemberStateRow,
  type MemberSkillWrite,
  type RoundCampaignRow,
  type RoundTaskRow,
} from './consensus-round.statements';

/** What one scoring round did for one campaign. */
export interface RoundSummary {
  campaignId: number;
  answers: number;
  tasks: number;
  members: number;
  iterations: number;
  /** Open tasks the new parameters decided. */
  finalized: number;
  /** Decided tasks whose consensus moved (correcting ledger rows written). */
  corrected: number;
  /** Members the collusion signal marked. */
  suspected: number;
  /** Members whose timed answers came faster than the campaign's min_think_ms (median). */
  tooFast: number;
  /** Whether the round settled the campaign (every regular task decided, or closed): nothing waits after it. */
  settled: boolean;
  /** Payments the settlement took back (correcting rows). */
  takenBack: number;
  loadMs: number;
  fitMs: number;
  /** Whether the round folded in only the new answers (else it refitted every answer). */
  incremental: boolean;
}

const MAX_ITERATIONS = 50;
/**
 * How far (in answers' weight) a member's soft counts may move in an incremental round
 * before their standing (the confusion decisions weigh their votes with) is written back:
 * most members of a touched task move by far less, and writing every one of them would
 * cost what the round saves. The counts themselves are kept exactly, in the state.
 */
const COUNT_EPSILON = 0.01;
/** Timed answers a member needs before their pace is judged: one quick tap proves nothing. */
const MIN_TIMED_ANSWERS = 5;

/**
 * The scoring round: re-fits a campaign's consensus (Dawid-Skene, one-coin or majority)
 * over all its answers, warm-started from the stored parameters so a round after a few new
 * answers converges in a few iterations (each iteration is linear in the answers); stores
 * every member's confusion, accuracy and gold record and the baseline's confusion; then
 * decides the open tasks the new parameters settle and re-scores decided ones they move.
 */
export class ConsensusRoundService {
  constructor(
    private readonly ds: DataSource,
    private readonly scoring: ScoringService,
    private readonly clock: Clock = systemClock,
    private readonly schedule: RoundSchedule = DEFAULT_ROUND_SCHEDULE,
  ) {}

  /** Scores every active or paused campaign with answers its last fit did not see. */
  async round(): Promise<RoundSummary[]> {
    const due = await selectDueCampaigns(this.ds);
    const out: RoundSummary[] = [];
    for (const c of due) out.push(await this.advance(c.id));
    return out;
  }

  /**
   * One round for one campaign: incremental while its state is fresh (round-schedule.ts),
   * else a full refit; a round that leaves no regular task open refits in full to settle.
   */
  async advance(campaignId: number): Promise<RoundSummary> {
    const c = await selectRoundCampaign(this.ds, campaignId);
    if (!c) return this.refit(campaignId);
    const state = {
      kind: c.kind,
      status: c.status,
      classes: c.options.length,
      priorCounts: c.prior_counts,
      stateTasks: c.state_tasks,
      watermark: c.watermark,
      fullFitAt: c.full_fit_at,
      roundsSinceFull: c.rounds_since_full,
      touchedSinceFull: c.touched_since_full,
      drift: c.drift,
      hasMemberState: c.has_member_state,
    };
    if (roundKind(state, this.clock(), this.schedule) === 'full') return this.refit(campaignId);
    const summary = await this.incremental(campaignId, c);
    // Settlement judges every payment on the final standing: only a full refit gives it.
    if (!(await hasOpenTask(this.ds, campaignId))) return this.refit(campaignId);
    return summary;
  }

  /** Fits one campaign over all its answers and applies the result. @returns what the round did. */
  async refit(campaignId: number): Promise<RoundSummary> {
    const t0 = performance.now();
    const c = await selectRoundCampaign(this.ds, campaignId);
    if (!c) return { campaignId, answers: 0, tasks: 0, members: 0, iterations: 0, finalized: 0, corrected: 0, suspected: 0, tooFast: 0, settled: false, takenBack: 0, loadMs: 0, fitMs: 0, incremental: false };
    const options = c.options;
    const multi = c.kind === 'multilabel';
    // A label set's answer is its bit mask (label-set.ts); any other answer its option index.
    const data = await this.load(campaignId, options.length, choiceParser(options, multi));
    // The floor a member's skill is held to: a label set's is that of a yes/no question per label.
    const K = multi ? 2 : options.length;
    const records = await this.records(campaignId, c, data.members);
    const loadMs = performance.now() - t0;

    const t1 = performance.now();
    const fitted = multi ? this.fitSets(c, data) : await this.fitChoices(campaignId, c, data, records);
    const fitMs = performance.now() - t1;
    const floor = c.min_accuracy ?? defaultMinAccuracy(K);
    const skills: MemberSkillWrite[] = fitted.skills.map((s) => ({
      ...s,
      ...withRecord({ accuracy: s.accuracy, answers: s.answers, suspected: s.suspicion !== null }, records.get(s.memberId), K, floor),
    }));
    await this.store(campaignId, data, fitted, skills);
    const { suspected, tooFast } = fitted;

    const { finalized, corrected } = await this.decide(c, data.tasks, fitted.confidence, fitted.labelOf);
    // The campaign is settled once no regular task is open (or it closed): no evidence comes
    // any more, so from now on nothing waits (RewardRules.final), and what an answer was
    // paid is judged again on the final standing of its member.
    const settled = c.status === 'closed' || (await countOpenTasks(this.ds, campaignId)) === 0;
    if (settled) await markSettled(this.ds, campaignId);
    // Answers that waited for their member's assessment: decided tasks whose members this
    // round assessed get them judged now (every member, once settled).
    if (c.min_evidence > 0) {
      const waiting = await selectWaitingTasks(this.ds, campaignId, c.min_evidence, settled);
      for (const w of waiting) await this.scoring.scoreTask(w.task_id);
    }
    // Gold answers are judged once the campaign is settled, never before: until then a gold
    // answer's reply, pending balance and ledger look like those of an answer whose task is
    // not decided yet, so no member can tell a gold task or its label (issue 14). The skill
    // estimates use the gold all along; only the rewards wait.
    if (settled) {
      const gold = await selectUnscoredGoldTasks(this.ds, campaignId);
      for (const g of gold) await this.scoring.scoreTask(g.task_id);
    }
    let takenBack = 0;
    if (settled) {
      // Payments of members the final standing no longer pays: suspected accounts, and
      // members whose skill ended below the floor. Each task is re-judged under its lock.
      const paid = await selectPaidBelowStanding(this.ds, campaignId, defaultMinAccuracy(K));
      for (const p of paid) takenBack += await settleTask(this.ds, p.task_id);
    }
    return {
      campaignId,
      answers: data.input.task.length,
      tasks: data.tasks.length,
      members: data.members.length,
      iterations: fitted.iterations,
      finalized,
      corrected,
      suspected,
      tooFast,
      settled,
      takenBack,
      loadMs,
      fitMs,
      incremental: false,
    };
  }

  /**
   * An incremental round (issue 19): reads the answers above the watermark, the tasks they
   * touch with the votes folded into each one's posterior, and the members' counts (one
   * value per campaign), folds the new answers in (incremental-ds.ts), stores the counts,
   * the touched tasks' posteriors and votes, the priors, and the touched members' answers
   * and confusions, then decides the touched tasks by today's rules. Suspicion, gold
   * records and the skill of members known before stay those of the last full refit
   * (docs/scoring.md).
   */
  private async incremental(campaignId: number, c: RoundCampaignRow): Promise<RoundSummary> {
    const t0 = performance.now();
    const K = c.options.length;
    const KK = K * K;
    const watermark = c.watermark!;
    const news = await selectNewAnswers(this.ds, campaignId, watermark, c.options.map((o) => o.id));
    const upTo = news.max_id ?? watermark;
    const newAnswers = news.task.length;
    const taskIds = [...new Set(news.task)].sort((a, b) => a - b);
    // Two reads at once: the pool has a connection for each (the state's counts are one value).
    const [tasks, stored] = await Promise.all([taskIds.length > 0 ? selectTouchedTasks(this.ds, campaignId, taskIds) : [], selectStoredMemberState(this.ds, campaignId)]);
    const votes = decodeVotesOf(tasks.map((t) => (t.posterior ? t.votes : null)));
    const stateIds = decodeIds(stored.state_members);
    const stateCounts = decodeCounts(stored.state_counts, stateIds.length, KK);
    const voters = new Set<number>(news.member);
    for (const m of votes.members) voters.add(m);
    // Left out, as in the full fit: merged-away members and the last full refit's suspects.
    const out = new Set([...(await selectMergedMembers(this.ds, [...voters])), ...(stored.state_excluded ?? [])]);

    // Local workers: the members who voted on a touched task, then the baseline.
    const members = [...voters].filter((id) => !out.has(id));
    const memberIndex = new Map(members.map((id, w) => [id, w]));
    const stateIndex = new Map<number, number>();
    stateIds.forEach((id, i) => stateIndex.set(id, i));
    const baseline = members.length;
    const counts = new Float64Array((members.length + 1) * KK);
    members.forEach((id, w) => {
      const at = stateIndex.get(id);
      if (at !== undefined) counts.set(stateCounts.subarray(at * KK, (at + 1) * KK), w * KK);
    });
    if (c.baseline_counts?.length === KK) counts.set(c.baseline_counts, baseline * KK);
    const taskIndex = new Map(tasks.map((t, i) => [t.id, i]));
    // The fold's answers, at most every stored vote, every new answer and a baseline vote per task.
    const size = votes.members.length + newAnswers + tasks.length;
    const task = new Int32Array(size);
    const worker = new Int32Array(size);
    const label = new Int32Array(size);
    const folded = new Uint8Array(size);
    let n = 0;
    const add = (ti: number, w: number, li: number, f: number) => {
      task[n] = ti;
      worker[n] = w;
      label[n] = li;
      folded[n++] = f;
    };
    // The votes folded before: exactly what the state added, so the round takes out what it put in.
    for (let ti = 0; ti < tasks.length; ti++) {
      for (let j = votes.start[ti]!; j < votes.start[ti + 1]!; j++) {
        const w = memberIndex.get(votes.members[j]!);
        if (w !== undefined) add(ti, w, votes.labels[j]!, 1);
      }
    }
    const fresh = new Map<number, number>();
    for (let i = 0; i < newAnswers; i++) {
      const w = memberIndex.get(news.member[i]!);
      const li = news.label[i];
      const ti = taskIndex.get(news.task[i]!);
      // A vote already folded (an answer cannot be given twice; this guards the state all the same).
      if (w === undefined || li === null || li === undefined || ti === undefined || votes.members.subarray(votes.start[ti]!, votes.start[ti + 1]!).includes(news.member[i]!)) continue;
      fresh.set(w, (fresh.get(w) ?? 0) + 1);
      add(ti, w, li, 0);
    }
    const parse = choiceParser(c.options, false);
    const previous = new Float64Array(tasks.length * K);
    const hasPrevious = new Uint8Array(tasks.length);
    const gold = new Int32Array(tasks.length).fill(-1);
    tasks.forEach((t, ti) => {
      if (t.posterior && t.posterior.length === K) {
        previous.set(t.posterior, ti * K);
        hasPrevious[ti] = 1;
      }
      const g = t.gold_label === null ? undefined : parse(t.gold_label);
      if (g !== undefined) gold[ti] = g;
      // The baseline's vote was folded with the task's previous posterior, if it had one.
      const b = t.baseline_label === null ? undefined : parse(t.baseline_label);
      if (b !== undefined) add(ti, baseline, b, hasPrevious[ti]!);
    });
    const loadMs = performance.now() - t0;

    const t1 = performance.now();
    const up = incrementalUpdate({
      classes: K,
      mode: c.consensus_mode,
      counts,
      priorCounts: Float64Array.from(c.prior_counts!),
      tasks: c.state_tasks!,
      previous,
      hasPrevious,
      gold,
      task: task.subarray(0, n),
      worker: worker.subarray(0, n),
      label: label.subarray(0, n),
      folded: folded.subarray(0, n),
    });
    // Standings written back: members with new answers, and those whose counts moved more
    // than COUNT_EPSILON; the others' confusion stays within it until the full refit.
    const written: number[] = [];
    for (let w = 0; w < members.length; w++) {
      let moved = fresh.has(w);
      for (let i = w * KK; !moved && i < (w + 1) * KK; i++) moved = Math.abs(up.counts[i]! - counts[i]!) > COUNT_EPSILON;
      if (moved) written.push(w);
    }
    const { states, records } = await this.standingsOf(campaignId, c, written.map((w) => members[w]!));
    const floor = c.min_accuracy ?? defaultMinAccuracy(K);
    const priorOf = confusionPriors(members, records, K);
    // A member known before keeps the skill, gold record and suspicion of the last full
    // refit: only counts, confusion and answers move. A newcomer gets a standing.
    const known: MemberCountsWrite[] = [];
    const skills: MemberSkillWrite[] = [];
    // Members whose assessed answers reached the campaign's minimum evidence in this round.
    const crossed: number[] = [];
    for (const w of written) {
      const memberId = members[w]!;
      const cnt = up.counts.subarray(w * KK, (w + 1) * KK);
      const standing = standingFromCounts(up.confusion.subarray(w * KK, (w + 1) * KK), cnt, K, priorOf(w));
      const old = states.get(memberId);
      const answered = (old?.answers ?? 0) + (fresh.get(w) ?? 0);
      const prior = old?.prior_answers ?? 0;
      if ((old?.answers ?? 0) + prior < c.min_evidence && answered + prior >= c.min_evidence) crossed.push(memberId);
      if (old && old.accuracy !== null) {
        known.push({ memberId, answers: answered, confusion: standing.confusion });
        continue;
      }
      const own = withRecord({ accuracy: standing.agreement, answers: answered, suspected: false }, records.get(memberId), K, floor);
      skills.push({ memberId, answers: answered, confusion: standing.confusion, goldAnswers: 0, goldCorrect: 0, suspicion: null, ...own });
      // A newcomer's record may add evidence (prior_answers) the line above did not count.
      if (!crossed.includes(memberId) && answered + own.priorAnswers >= c.min_evidence && (old?.answers ?? 0) + prior < c.min_evidence) crossed.push(memberId);
    }
    const baselineCounts = c.baseline_counts?.length === KK || tasks.some((t) => t.baseline_label !== null) ? Array.from(up.counts.subarray(baseline * KK, (baseline + 1) * KK)) : null;
    const baselineConfusion = baselineCounts ? standingFromCounts(up.confusion.subarray(baseline * KK, (baseline + 1) * KK), baselineCounts, K).confusion : null;
    const fitMs = performance.now() - t1;
    // The members' counts, every member of the state: the touched ones moved, newcomers appended.
    const newcomers = members.filter((id) => !stateIndex.has(id));
    const allIds = new Int32Array(stateIds.length + newcomers.length);
    allIds.set(stateIds);
    allIds.set(newcomers, stateIds.length);
    const allCounts = new Float64Array(allIds.length * KK);
    allCounts.set(stateCounts);
    newcomers.forEach((id, i) => stateIndex.set(id, stateIds.length + i));
    members.forEach((id, w) => allCounts.set(up.counts.subarray(w * KK, (w + 1) * KK), stateIndex.get(id)! * KK));
    const byTask = votesByTask(tasks.length, task.subarray(0, n), worker.subarray(0, n), label.subarray(0, n), members);
    const taskVotes = encodeVotesHex(byTask);
    await this.ds.transaction(async (m) => {
      await updateIncrementalModel(m, campaignId, {
        priors: Array.from(up.priors),
        baselineConfusion: baselineConfusion ?? c.baseline_confusion,
        priorCounts: Array.from(up.priorCounts),
        baselineCounts,
        tasks: up.tasks,
        watermark: upTo,
        newAnswers,
        touched: tasks.length,
        accuracyChange: up.maxAccuracyChange,
        members: { ids: encodeIds(allIds), counts: encodeCounts(allCounts) },
      });
      await updateMemberCounts(m, campaignId, known, this.clock());
      if (skills.length > 0) await upsertMemberSkills(m, campaignId, skills, this.clock());
      if (tasks.length > 0) await upsertTaskPosteriors(m, campaignId, tasks.map((t) => t.id), up.posterior, K, taskVotes);
    });

    const { finalized, corrected } = await this.decide(c, tasks, up.confidence, (i) => c.options[up.labels[i]!]!.id);
    // Answers that waited for their member's assessment: those of members whose evidence
    // reached the minimum in this round (a decided task's others were judged as it was decided).
    if (c.min_evidence > 0) {
      const waiting = await selectWaitingTasksOf(this.ds, campaignId, crossed);
      for (const w of waiting) await this.scoring.scoreTask(w.task_id);
    }
    return {
      campaignId,
      answers: newAnswers,
      tasks: tasks.length,
      members: members.length,
      iterations: up.passes,
      finalized,
      corrected,
      suspected: 0,
      tooFast: 0,
      settled: false,
      takenBack: 0,
      loadMs,
      fitMs,
      incremental: true,
    };
  }

  /**
   * Decides what a fit settles among `tasks` (regular ones with their target overlap):
   * scores an open task the fit is confident about (any, by majority; or one at its maximum
   * overlap), and re-scores a decided one whose confident label moved or that was uncertain.
   */
  private async decide(c: RoundCampaignRow, tasks: readonly RoundTaskRow[], confidence: ArrayLike<number>, labelOf: (i: number) => string): Promise<{ finalized: number; corrected: number }> {
    let finalized = 0;
    let corrected = 0;
    const majority = c.consensus_mode === 'majority';
    for (let i = 0; i < tasks.length; i++) {
      const t = tasks[i]!;
      if (t.gold_label !== null || t.answer_count < c.answers_per_task) continue;
      const confident = confidence[i]! >= c.target_confidence;
      if (t.status === 'open') {
        if (majority || confident || t.answer_count >= c.max_answers_per_task) {
          if ((await this.scoring.scoreTask(t.id)).status !== 'open') finalized += 1;
        }
      } else if (!majority && confident && (t.status === 'final_uncertain' || labelOf(i) !== t.consensus_label)) {
        if ((await this.scoring.rescoreTask(t.id)).changed) corrected += 1;
      }
    }
    return { finalized, corrected };
  }

  /** Members' standings in the campaign and their records elsewhere, read at once. */
  private async standingsOf(campaignId: number, c: RoundCampaignRow, memberIds: readonly number[]) {
    if (memberIds.length === 0) return { states: new Map<number, MemberStateRow>(), records: new Map<number, CarriedRecord>() };
    const [rows, records] = await Promise.all([selectMemberStates(this.ds, campaignId, memberIds), this.records(campaignId, c, memberIds)]);
    return { states: new Map(rows.map((r) => [r.member_id, r])), records };
  }

  /** The campaign's tasks and answers as typed arrays; the baseline is the last worker. */
  private async load(campaignId: number, classes: number, parse: (choice: string) => number | undefined) {
    const tasks: RoundTaskRow[] = [];
    for (let after = 0; ; ) {
      const page = await selectTaskPage(this.ds, campaignId, after);
      tasks.push(...page);
      if (page.length < PAGE) break;
      after = page[page.length - 1]!.id;
    }
    const taskIndex = new Map(tasks.map((t, i) => [t.id, i]));
    const memberIndex = new Map<number, number>();
    const members: number[] = [];
    let n = 0;
    let rowsSeen = 0;
    let lastAnswerId = '0';
    let task = new Int32Array(1024);
    let worker = new Int32Array(1024);
    let label = new Int32Array(1024);
    // Per member (worker index): the think times of their timed answers.
    const thinkMs: (number | null)[][] = [];
    const push = (ti: number, wi: number, li: number) => {
      if (n === task.length) {
        const grow = (a: Int32Array) => {
          const b = new Int32Array(a.length * 2);
          b.set(a);
          return b;
        };
        task = grow(task);
        worker = grow(worker);
        label = grow(label);
      }
      task[n] = ti;
      worker[n] = wi;
      label[n] = li;
      n += 1;
    };
    for (let after = '0'; ; ) {
      const page = await selectAnswerPage(this.ds, campaignId, after);
      rowsSeen += page.length;
      for (const a of page) {
        // A merged-away member keeps only answers that duplicate the survivor's: one person, one vote.
        if (a.merged) continue;
        const li = parse(a.choice);
        const ti = taskIndex.get(a.task_id);
        if (li === undefined || ti === undefined) continue;
        let wi = memberIndex.get(a.member_id);
        if (wi === undefined) {
          wi = members.length;
          memberIndex.set(a.member_id, wi);
          members.push(a.member_id);
        }
        push(ti, wi, li);
        // Untimed answers too: they count as suspect (tooFastWorkers), never as careful ones.
        (thinkMs[wi] ??= []).push(a.think_ms);
      }
      if (page.length > 0) lastAnswerId = String(page[page.length - 1]!.id);
      if (page.length < PAGE) break;
      after = String(page[page.length - 1]!.id);
    }
    // The baseline model votes as one more worker, after every member.
    const baseline = members.length;
    let hasBaseline = false;
    tasks.forEach((t, ti) => {
      const li = t.baseline_label === null ? undefined : parse(t.baseline_label);
      if (li === undefined) return;
      hasBaseline = true;
      push(ti, baseline, li);
    });
    const gold = new Int32Array(tasks.length).fill(-1);
    tasks.forEach((t, ti) => {
      const g = t.gold_label === null ? undefined : parse(t.gold_label);
      if (g !== undefined) gold[ti] = g;
    });
    const input: ConsensusInput = {
      tasks: tasks.length,
      workers: members.length + (hasBaseline ? 1 : 0),
      classes,
      task: task.subarray(0, n),
      worker: worker.subarray(0, n),
      label: label.subarray(0, n),
      gold,
    };
    // What the next round compares with the campaign's answer count to see whether it is due.
    return { input, tasks, members, hasBaseline, memberAnswers: rowsSeen, lastAnswerId, thinkMs: Array.from(members, (_, w) => thinkMs[w] ?? []) };
  }

  /** What each member's standings in other campaigns carry into this one (reputation.ts). */
  private async records(campaignId: number, c: RoundCampaignRow, members: readonly number[]): Promise<Map<number, CarriedRecord>> {
    const rows = await selectMemberRecords(this.ds, campaignId, members);
    const byMember = new Map<number, typeof rows>();
    for (const r of rows) byMember.set(r.member_id, [...(byMember.get(r.member_id) ?? []), r]);
    const target = { communityId: c.community_id, kind: c.kind, now: this.clock() };
    const out = new Map<number, CarriedRecord>();
    for (const [memberId, list] of byMember) {
      out.set(
        memberId,
        carriedRecord(
          list.map((r) => ({
            communityId: r.community_id,
            kind: r.kind,
            classes: r.classes,
            answers: r.answers,
            skill: r.skill,
            goldAnswers: r.gold_answers,
            goldCorrect: r.gold_correct,
            goldMinAnswers: r.gold_min_answers,
            goldMaxFailure: r.gold_max_failure,
            suspicion: r.suspicion,
            updatedAt: new Date(r.updated_at),
          })),
          target,
        ),
      );
    }
    return out;
  }

  /**
   * Warm start: the stored confusion of each member known in this campaign; else their
   * record's (priorOf), else a newcomer's default.
   */
  private async initParams(campaignId: number, data: Awaited<ReturnType<ConsensusRoundService['load']>>, K: number, priors: number[], baselineConfusion: number[][] | null, priorOf: (w: number) => ConfusionPrior | undefined) {
    if (priors.length !== K) return undefined;
    const rows = await selectStoredConfusions(this.ds, campaignId);
    const stored = new Map(rows.map((r) => [r.member_id, r.confusion]));
    const confusion = new Float64Array(data.input.workers * K * K);
    const fill = (w: number, m: number[][] | null | undefined) => {
      const p = w < data.members.length ? priorOf(w) : undefined;
      const cell = (k: number, l: number) => (p ? oneCoinCell(k, l, K, p.accuracy) : defaultCell(k, l, K));
      for (let k = 0; k < K; k++) for (let l = 0; l < K; l++) confusion[(w * K + k) * K + l] = m && m.length === K ? m[k]![l]! : cell(k, l);
    };
    data.members.forEach((id, w) => fill(w, stored.get(id)));
    if (data.hasBaseline) fill(data.members.length, baselineConfusion);
    return { confusion, priors: Float64Array.from(priors) };
  }

  /**
   * A single-choice campaign's fit: Dawid-Skene (or one-coin, or majority) over the option
   * indices, warm-started from the stored parameters. The collusion signal: accounts
   * answering as one whose pooled gold fails the floor, or who agree beyond what their
   * accuracies explain. The timing signal: members who answer faster than an item can be
   * read. Neither kind votes: the consensus is fitted again without their answers, so the
   * tasks they steered are decided by the others, and they are paid nothing.
   */
  private async fitChoices(campaignId: number, c: RoundCampaignRow, data: RoundData, records: ReadonlyMap<number, CarriedRecord>): Promise<RoundFit> {
    const K = c.options.length;
    const mode = c.consensus_mode;
    const priorOf = confusionPriors(data.members, records, K);
    const init = mode === 'majority' || !c.priors ? undefined : await this.initParams(campaignId, data, K, c.priors, c.baseline_confusion, priorOf);
    const fitOf = (input: ConsensusInput, from?: ConsensusResult): ConsensusResult =>
      mode === 'majority'
        ? majorityVote(input)
        : dawidSkene(input, { mode, init: from ? { confusion: from.confusion, priors: from.priors } : init, maxIterations: MAX_ITERATIONS });
    let fit = fitOf(data.input);
    let standing = memberStandings(data.input, data.members.length, fit, K, priorOf);
    const colluders = suspectColluders({ ...data.input, gold: data.input.gold as Int32Array }, data.members.length, c.min_accuracy ?? defaultMinAccuracy(K), standing.skill);
    const fast = tooFastWorkers(data.thinkMs, c.min_think_ms, MIN_TIMED_ANSWERS);
    const suspicion: (Suspicion | null)[] = data.members.map((_, w) => (colluders[w] ? 'collusion' : fast[w] ? 'too_fast' : null));
    const flags = Uint8Array.from(suspicion, (x) => (x === null ? 0 : 1));
    const suspected = colluders.reduce((s, f) => s + f, 0);
    const tooFast = fast.reduce((s, f) => s + f, 0);
    let fitted = data.input;
    if (suspected + tooFast > 0) {
      fitted = withoutWorkers(data.input, flags);
      fit = fitOf(fitted, fit);
      standing = memberStandings(data.input, data.members.length, fit, K, priorOf);
    }
    // The incremental state: the counts of the answers the fit used, under the posteriors
    // as stored (real[]), so a later round subtracts exactly what was added.
    let state: RoundFit['state'] = null;
    if (INCREMENTAL_KINDS.has(c.kind)) {
      const posterior = Float64Array.from(Float32Array.from(fit.posterior));
      const votes = votesByTask(data.tasks.length, fitted.task as Int32Array, fitted.worker as Int32Array, fitted.label as Int32Array, data.members);
      const excluded = data.members.filter((_, w) => flags[w]);
      state = { counts: softCounts(fitted, posterior), posterior, priorCounts: priorCountsOf(posterior, K), classes: K, votes, excluded };
    }
    const uninformative = Array.from({ length: K }, () => new Array<number>(K).fill(1 / K));
    const st = standing;
    return {
      iterations: fit.iterations,
      suspected,
      tooFast,
      confidence: fit.confidence,
      labelOf: (i) => c.options[fit.labels[i]!]!.id,
      priors: Array.from(fit.priors),
      baselineConfusion: data.hasBaseline ? st.confusionOf(data.members.length) : null,
      state,
      skills: data.members.map((memberId, w) => ({
        memberId,
        answers: st.answers[w]!,
        accuracy: st.skill[w]!,
        // A suspected account carries no information: its votes no longer move a finalization.
        confusion: suspicion[w] ? uninformative : st.confusionOf(w),
        goldAnswers: st.goldAnswers[w]!,
        goldCorrect: st.goldCorrect[w]!,
        suspicion: suspicion[w] ?? null,
      })),
    };
  }

  /**
   * A multilabel campaign's fit (label-set-fit.ts): one binary fit per label, gold per
   * label; each answer's label is its set's bit mask. The timing signal applies as for
   * any campaign. The collusion signal reads single choices and is not applied to label
   * sets yet (docs/scoring.md). No baseline votes on a label set.
   */
  private fitSets(c: RoundCampaignRow, data: RoundData): RoundFit {
    const L = c.options.length;
    const W = data.members.length;
    const bits = (mask: number) => parseLabelSet(c.options, maskChoice(c.options, mask))!;
    const gold = new Map<number, number[]>();
    (data.input.gold as Int32Array).forEach((g, t) => {
      if (g >= 0) gold.set(t, bits(g));
    });
    const fast = tooFastWorkers(data.thinkMs, c.min_think_ms, MIN_TIMED_ANSWERS);
    const answersOf = (keep: (w: number) => boolean) => {
      const out: { task: number; worker: number; labels: number[] }[] = [];
      const { task, worker, label } = data.input;
      for (let i = 0; i < task.length; i++) if (worker[i]! < W && keep(worker[i]!)) out.push({ task: task[i]!, worker: worker[i]!, labels: bits(label[i]!) });
      return out;
    };
    const all = fitLabelSets({ tasks: data.tasks.length, workers: W, labels: L, answers: answersOf(() => true), gold }, c.consensus_mode, MAX_ITERATIONS);
    const tooFast = fast.reduce((s, f) => s + f, 0);
    // Fitted again without the too-fast members, whose standing stays that of the first fit.
    const fit = tooFast > 0 ? fitLabelSets({ tasks: data.tasks.length, workers: W, labels: L, answers: answersOf((w) => !fast[w]), gold }, c.consensus_mode, MAX_ITERATIONS) : all;
    const uninformative = Array.from({ length: L }, () => [0.5, 0.5, 0.5, 0.5]);
    return {
      iterations: fit.iterations,
      suspected: 0,
      tooFast,
      confidence: fit.confidence,
      labelOf: (i) => maskChoice(c.options, fit.mask[i]!),
      priors: fit.prevalence,
      baselineConfusion: null,
      state: null,
      skills: data.members.map((memberId, w) => {
        const st = fast[w] ? all : fit;
        return {
          memberId,
          answers: all.answers[w]!,
          accuracy: st.skill[w]!,
          confusion: fast[w] ? uninformative : st.confusionOf(w),
          goldAnswers: all.goldAnswers[w]!,
          goldCorrect: all.goldCorrect[w]!,
          suspicion: fast[w] ? 'too_fast' : null,
        };
      }),
    };
  }

  /** Stores the campaign's parameters and every member's standing, in one transaction. */
  private async store(campaignId: number, data: RoundData, fit: RoundFit, skills: readonly MemberSkillWrite[]): Promise<void> {
    await this.ds.transaction(async (m) => {
      const st = fit.state;
      const KK = st ? st.classes * st.classes : 0;
      await upsertCampaignModel(m, campaignId, {
        priors: fit.priors,
        baselineConfusion: fit.baselineConfusion,
        answersFitted: data.memberAnswers,
        iterations: fit.iterations,
        state: st && {
          priorCounts: Array.from(st.priorCounts),
          baselineCounts: data.hasBaseline ? Array.from(st.counts.subarray(data.members.length * KK, (data.members.length + 1) * KK)) : null,
          tasks: data.tasks.length,
          watermark: data.lastAnswerId,
          members: {
            ids: encodeIds(Int32Array.from(data.members)),
            counts: encodeCounts(st.counts.subarray(0, data.members.length * KK)),
            excluded: st.excluded,
          },
        },
      });
      for (let i = 0; i < skills.length; i += PAGE) await upsertMemberSkills(m, campaignId, skills.slice(i, i + PAGE), this.clock());
      if (st) {
        for (let i = 0; i < data.tasks.length; i += PAGE) {
          const end = Math.min(i + PAGE, data.tasks.length);
          await upsertTaskPosteriors(m, campaignId, data.tasks.slice(i, end).map((t) => t.id), st.posterior.subarray(i * st.classes, end * st.classes), st.classes, encodeVotesHex(st.votes, i, end));
        }
      }
    });
  }
}

type RoundData = Awaited<ReturnType<ConsensusRoundService['load']>>;

/** What a round's fit decided and learned, whatever the campaign's kind. */
interface RoundFit {
  iterations: number;
  suspected: number;
  tooFast: number;
  /** Per task index: the decision's confidence, and the label it names. */
  confidence: ArrayLike<number>;
  labelOf: (i: number) => string;
  priors: number[];
  baselineConfusion: number[][] | null;
  /** The incremental state the fit leaves (single-choice kinds): counts per worker (the baseline last), posteriors per task. */
  state: {
    counts: Float64Array;
    posterior: Float64Array;
    priorCounts: Float64Array;
    classes: number;
    /** Per task the votes folded with its posterior (incremental-state.ts), and the members left out (suspects). */
    votes: GroupedVotes;
    excluded: number[];
  } | null;
  /** Each member's standing from this campaign's answers alone (their record is carried in after). */
  skills: FitSkill[];
}

type FitSkill = Omit<MemberSkillWrite, 'ownAccuracy' | 'priorAnswers' | 'probation'>;

/** The kinds an incremental round covers (round-schedule.ts): their full refit keeps the state. */
const INCREMENTAL_KINDS: ReadonlySet<string> = new Set(['label', 'vote', 'check']);

/**
 * Member w's record as a rater's confusion prior: their recorded skill read in this
 * campaign's classes, never below chance (a record does not make votes count against
 * their option), over its evidence. Undefined without a record of this kind.
 */
function confusionPriors(members: readonly number[], records: ReadonlyMap<number, CarriedRecord>, K: number): (w: number) => ConfusionPrior | undefined {
  return (w) => {
    const r = records.get(members[w]!);
    if (!r || r.aboveChance === null || r.evidence <= 0) return undefined;
    return { accuracy: Math.max(1 / K, Math.min(0.95, priorSkill(r.aboveChance, K))), evidence: r.evidence };
  };
}

/** How a round reads a stored choice: an option's index, or for a label set its bit mask (undefined: not a valid choice). */
function choiceParser(options: readonly CampaignOption[], multi: boolean): (choice: string) => number | undefined {
  if (multi) return (choice) => {
    const set = parseLabelSet(options, choice);
    return set && labelMask(set);
  };
  const index = new Map(options.map((o, i) => [o.id, i]));
  return (choice) => index.get(choice);
}

/** The same answers less those of the flagged workers (indices below flags.length). */
function withoutWorkers(input: ConsensusInput, flags: Uint8Array): ConsensusInput {
  const keep: number[] = [];
  for (let i = 0; i < input.task.length; i++) if (!(input.worker[i]! < flags.length && flags[input.worker[i]!])) keep.push(i);
  const pick = (a: Int32Array) => Int32Array.from(keep, (i) => a[i]!);
  return { ...input, task: pick(input.task), worker: pick(input.worker), label: pick(input.label) };
}
