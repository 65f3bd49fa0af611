import type { DataSource } from 'typeorm';
import { insertAuditEntry } from '../audit/audit.statements';
import type { Clock } from '../clock';
import type { Actor } from '../communities/actor';
import { selectCommunity, selectCommunityByChat } from '../communities/community.statements';
import { mayModerate } from '../communities/may-moderate';
import { insertCorrections, lockBudget, spendBudget } from '../scoring/scoring.statements';
import {
  APPEAL_WINDOW_MS,
  APPEALABLE_RULES,
  appealReason,
  decisionRefusal,
  filingRefusal,
  upheldPayment,
  type AppealDecision,
  type AppealState,
  type DecisionRefusal,
  type FilingRefusal,
} from './appeal-rules';
import {
  countMemberAppeals,
  insertAppeal,
  lockAppeal,
  lockMemberFilings,
  selectAnswerForAppeal,
  selectAnswerNet,
  selectAppealableAnswers,
  selectAppealScope,
  selectMemberAppeals,
  selectPendingAppeals,
  updateAppealDecision,
  type PendingAppealRow,
} from './appeal.statements';

/** The ledger rule of an upheld appeal's correcting row. */
export const APPEAL_UPHELD_RULE = 'appeal.upheld';

export type FileResult = { ok: true; appealId: number } | { ok: false; refusal: FilingRefusal };
export type DecideResult = { ok: true; state: Exclude<AppealState, 'pending'>; taskId: number; amount: bigint } | { ok: false; refusal: DecisionRefusal };

/** One pending appeal as the moderators' queue (chat and dashboard) shows it: the task, its answers, the consensus and the member's record, never the member's name. */
export interface PendingAppeal {
  appealId: number;
  taskId: number;
  campaignId: number;
  campaignName: string;
  communityId: number | null;
  /** The rule that withheld the answer. */
  rule: string;
  reason: string;
  filedAt: Date;
  /** The member's choice (an option id; a label set's ids joined by `|`). */
  choice: string;
  options: { id: string; label: string }[];
  /** Counted answers per choice, in the campaign's option order first, other choices (label sets) after. */
  counts: { choice: string; count: number }[];
  taskStatus: string;
  consensusLabel: string | null;
  consensusConfidence: number | null;
  /** A gold task's known answer (moderators know it). */
  goldLabel: string | null;
  record: {
    /** The member's answers in the campaign. */
    answers: number;
    /** Answers the last scoring round fitted, and the skill it found (null before one). */
    fitted: number;
    skill: number | null;
    goldAnswers: number;
    goldCorrect: number;
    /** The member's withheld answers in the campaign per rule, most frequent first. */
    withheld: { rule: string; count: number }[];
  };
}

/** A member's own appeal, as /stats lists it (the decision reaches the member there). */
export interface MemberAppeal {
  appealId: number;
  taskId: number;
  state: AppealState;
  filedAt: Date;
  decidedAt: Date | null;
}

/** At most this many pending appeals in one queue read. */
const QUEUE_LIMIT = 50;

/**
 * Appeals (issue 18): a member asks the moderators of the campaign's community to look again
 * at one withheld answer; a moderator (or a platform admin) upholds or refuses it, finally
 * and audited. An upheld appeal pays through a correcting ledger row (rows are never
 * edited), within the campaign's budget, and later re-judgements leave it paid
 * (scoring/settle-task.ts, ScoringService.rescoreTask). Rules: appeal-rules.ts.
 */
export class AppealService {
  constructor(
    private readonly ds: DataSource,
    private readonly clock: Clock,
  ) {}

  /**
   * The member appeals their answer to `taskId` with a short reason. Refusals change
   * nothing; another member's answer reads as no answer.
   */
  async file(memberId: number, taskId: number, reason: string): Promise<FileResult> {
    return this.ds.transaction(async (m) => {
      await lockMemberFilings(m, memberId);
      const now = this.clock();
      const a = await selectAnswerForAppeal(m, memberId, taskId);
      const counts = await countMemberAppeals(m, memberId, new Date(now.getTime() - APPEAL_WINDOW_MS));
      const refusal = filingRefusal({
        own: a !== undefined,
        reason,
        ledger: a && a.ledgerId !== null && a.rule !== null ? { net: a.net, rule: a.rule } : null,
        appealed: a?.appealed ?? false,
        ...counts,
      });
      if (refusal !== null) return { ok: false, refusal };
      const id = await insertAppeal(m, { answerId: a!.answerId, ledgerId: a!.ledgerId!, memberId, campaignId: a!.campaignId, taskId, rule: a!.rule!, reason: appealReason(reason), at: now });
      return id === undefined ? { ok: false, refusal: 'duplicate' } : { ok: true, appealId: id };
    });
  }

  /**
   * A moderator of the campaign's community (or a platform admin) decides an appeal. The
   * platform is asked before the transaction; under the task's and the appeal's row locks
   * the appeal must still be pending (a second decision is refused), an upheld one pays
   * through one correcting row within the budget, and the decision is audited.
   */
  async decide(actor: Actor, appealId: number, decision: AppealDecision): Promise<DecideResult> {
    const scope = await selectAppealScope(this.ds.manager, appealId);
    const moderates = scope !== undefined && (await this.moderates(actor, scope.communityId));
    const early = decisionRefusal({ exists: scope !== undefined, moderates, state: 'pending', own: false });
    if (early !== null) return { ok: false, refusal: early };
    return this.ds.transaction(async (m) => {
      const p = await lockAppeal(m, appealId);
      const refusal = decisionRefusal({ exists: p !== undefined, moderates, state: p?.state ?? null, own: p !== undefined && p.memberId === actor.memberId });
      if (refusal !== null) return { ok: false, refusal };
      let amount = 0n;
      if (decision === 'uphold') {
        const { net, label, reward } = await selectAnswerNet(m, p!.answerId);
        const { budget, spent } = await lockBudget(m, p!.campaignId);
        const pay = upheldPayment(reward, net, budget - spent);
        if (pay === 'budget_short') return { ok: false, refusal: 'budget_short' };
        amount = pay;
        if (amount > 0n) {
          await spendBudget(m, p!.campaignId, amount);
          await insertCorrections(m, p!.campaignId, p!.taskId, label, [{ memberId: p!.memberId, answerId: p!.answerId, amount, rule: APPEAL_UPHELD_RULE, original: p!.ledgerId }]);
        }
      }
      const state = decision === 'uphold' ? 'upheld' : 'refused';
      await updateAppealDecision(m, appealId, { state, by: actor.identity, byMemberId: actor.memberId, at: this.clock() });
      await insertAuditEntry(m, {
        actorMemberId: actor.memberId,
        actor: actor.identity,
        communityId: scope!.communityId,
        action: decision === 'uphold' ? 'appeal.uphold' : 'appeal.refuse',
        subject: `appeal:${appealId}`,
        details: { taskId: p!.taskId, campaignId: p!.campaignId, amount: amount.toString() },
      });
      return { ok: true, state, taskId: p!.taskId, amount };
    });
  }

  /**
   * The queue as this actor may read it: the community given (its moderators, platform
   * admins), else the registered chat or server spoken in, else (platform admins) the
   * platform's own campaigns. Undefined for anyone who moderates none of these.
   */
  async queue(actor: Actor, communityId?: number): Promise<{ communityId: number | null; appeals: PendingAppeal[] } | undefined> {
    let target: number | null | undefined;
    if (communityId !== undefined) target = (await this.moderates(actor, communityId)) ? communityId : undefined;
    else if (actor.here.place !== null) {
      const c = await selectCommunityByChat(this.ds.manager, actor.here.platform, actor.here.place);
      target = c && (await this.moderates(actor, c.id)) ? c.id : undefined;
    } else target = actor.platformAdmin ? null : undefined;
    if (target === undefined) return undefined;
    return { communityId: target, appeals: await this.pendingAppeals(target, actor.memberId) };
  }

  /**
   * The pending appeals of one community's campaigns (null: the platform's own), oldest
   * first, less the reader's own: nobody decides their own appeal, and a moderator who also
   * answers would read their own gold record move before the campaign settles (issue 14).
   * For the dashboard, which checks its reader itself.
   */
  async pendingAppeals(communityId: number | null, readerId: number | null): Promise<PendingAppeal[]> {
    return (await selectPendingAppeals(this.ds.manager, communityId, readerId, QUEUE_LIMIT)).map(pendingAppeal);
  }

  /** The member's latest appeals, newest first (where a decision reaches them: /stats). */
  async mine(memberId: number, limit = 5): Promise<MemberAppeal[]> {
    return (await selectMemberAppeals(this.ds.manager, memberId, limit)).map((r) => ({
      appealId: r.id,
      taskId: r.task_id,
      state: r.state,
      filedAt: new Date(r.created_at),
      decidedAt: r.decided_at === null ? null : new Date(r.decided_at),
    }));
  }

  /** The member's latest answers they may still appeal (withheld under an appealable rule, no appeal yet), newest first. */
  async appealable(memberId: number, limit = 3): Promise<{ taskId: number; rule: string }[]> {
    return (await selectAppealableAnswers(this.ds.manager, memberId, [...APPEALABLE_RULES], limit)).map((r) => ({ taskId: r.task_id, rule: r.rule }));
  }

  /** Whether the actor moderates the community (null: the platform's campaigns, platform admins only). */
  private async moderates(actor: Actor, communityId: number | null): Promise<boolean> {
    const community = communityId === null ? null : await selectCommunity(this.ds.manager, communityId);
    if (communityId !== null && !community) return false;
    const place = community ? { platform: community.platform, id: community.platformChatId } : null;
    const answer = mayModerate({ platformAdmin: actor.platformAdmin, community: place, here: actor.here });
    return answer === 'ask_platform' ? actor.moderates(community!.platformChatId) : answer === 'yes';
  }
}

function pendingAppeal(r: PendingAppealRow): PendingAppeal {
  const counts = r.counts ?? {};
  const order = r.options.map((o) => o.id);
  const choices = [...order.filter((id) => id in counts), ...Object.keys(counts).filter((c) => !order.includes(c)).sort()];
  return {
    appealId: r.id,
    taskId: r.task_id,
    campaignId: r.campaign_id,
    campaignName: r.campaign_name,
    communityId: r.community_id,
    rule: r.rule,
    reason: r.reason,
    filedAt: new Date(r.created_at),
    choice: r.choice,
    options: r.options.map((o) => ({ id: o.id, label: o.label })),
    counts: choices.map((choice) => ({ choice, count: counts[choice]! })),
    taskStatus: r.status,
    consensusLabel: r.consensus_label,
    consensusConfidence: r.consensus_confidence,
    goldLabel: r.gold_label,
    record: {
      answers: r.member_answers,
      fitted: r.fitted ?? 0,
      skill: r.accuracy,
      goldAnswers: r.gold_answers ?? 0,
      goldCorrect: r.gold_correct ?? 0,
      withheld: r.withheld ?? [],
    },
  };
}
