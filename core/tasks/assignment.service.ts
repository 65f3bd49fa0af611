import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { CampaignKind, CampaignOption } from '../domain/campaign-types';
import type { Platform } from '../domain/platform';
import type { TaskStatus } from '../domain/task-status';
import { DomainError } from '../errors';
import { systemClock, type Clock } from '../clock';
import { answerScope } from '../communities/may-answer-here';
import { selectCommunityByChat } from '../communities/community.statements';
import {
  deleteServe,
  insertServe,
  selectAnsweredIn,
  selectCandidateTasks,
  selectServableCampaigns,
  selectTaskWithCampaign,
  selectTaskRoom,
  selectTasksWithRoom,
  type CardTaskRow,
  type ServableCampaignRow,
} from './assignment.statements';
import { goldShareFor, pickGold, spreadHash } from './gold-pick';
import { cardImage, type CardImage } from '../media/card-image';
import { sidesSwapped, type CardViewer } from './pair-order';
import { shownCount } from './shown-count';
import { CLAIM_TRIES, roomFor, servingChoice, SERVE_HOLD_MS } from './task-room';
import type { CampaignTranslations } from '../campaigns/campaign-translations';
import { DEFAULT_MAX_LENGTH, DEFAULT_MIN_LENGTH, itemPrompt } from '../contributions/contribution-rules';

/**
 * Everything a chat needs to show one task. A gold task looks like any other: the same
 * target, no label, and on a served card a count capped as every task's (shownCount;
 * chats show no count there, issue 14).
 */
export interface TaskCard {
  taskId: number;
  campaignId: number;
  campaignName: string;
  kind: CampaignKind;
  question: string;
  /** In the campaign's order (pairwise: a, b, tie, both_bad; `swapped` says how the viewer sees a and b). */
  options: CampaignOption[];
  /**
   * The campaign's name, question and labels in other languages, by tag; `{}` when none.
   * The payload's own translations are its `<field>@<tag>` fields. Chats pick the reader's.
   */
  translations: CampaignTranslations;
  payload: Record<string, unknown>;
  answerCount: number;
  answersPerTask: number;
  status: TaskStatus;
  consensusLabel: string | null;
  /** Base units paid per accepted answer. */
  reward: bigint;
  /** A pairwise task whose viewer sees output b first (pair-order.ts); false for every other kind. */
  swapped: boolean;
  /** The item's picture (an https URL or a media-store image), if it has one. */
  image?: CardImage;
  /**
   * A contribute task wants a text, not a button (core/contributions): the item's prompt
   * (null: a picture alone) and the length limits in characters. Chats take the text by a
   * reply to the card (Telegram), a modal (Discord) or typing (console), and hand it to
   * ContributionService.submit.
   */
  contribute?: ContributeCard;
}

/** What a contribute card asks for. */
export interface ContributeCard {
  prompt: string | null;
  minLength: number;
  maxLength: number;
}

export type NextTask = { found: true; card: TaskCard } | { found: false; reason: 'no_active_campaign' | 'nothing_left' };

type CampaignRow = ServableCampaignRow;

export class AssignmentService {
  /**
   * @param goldKey the secret key of the gold draw (pickGold; GOLD_DRAW_KEY); by default a
   *   random one per service, so no member can compute it. Tests and the simulation fix it
   *   to reproduce a run.
   */
  constructor(
    private readonly ds: DataSource,
    private readonly clock: Clock = systemClock,
    private readonly goldKey: string = randomBytes(32).toString('hex'),
  ) {}

  /**
   * The next task for a member: from active campaigns with budget left (the given ones,
   * else all) that the place serves (`here`: a group or server serves its community's
   * campaigns and the platform's; private, or no `here`, every one), never one they
   * answered, overlap not yet full, gold mixed in at the campaign's share, fullest tasks
   * first so items finish instead of spreading thin. Another community's campaign reads
   * as one that takes no answers ("no_active_campaign").
   */
  async next(memberId: number, campaignIds?: readonly number[], here?: { platform: Platform; place: string | null }): Promise<NextTask> {
    const place = here?.place ?? null;
    const community = here && here.place !== null ? await selectCommunityByChat(this.ds.manager, here.platform, here.place) : undefined;
    const campaigns = await selectServableCampaigns(this.ds.manager, campaignIds ?? null, answerScope(place, community?.id ?? null));
    if (campaigns.length === 0) return { found: false, reason: 'no_active_campaign' };
    for (const c of campaigns) {
      // Where rewards wait for an assessment, a member meets gold more often until they
      // answered enough of it (a qualification): the skill estimate rests on known answers
      // early. Never with certainty, so a newcomer's first tasks do not list the gold items.
      const mine = c.gold_share > 0 ? await selectAnsweredIn(this.ds.manager, c.id, memberId) : { answered: 0, gold: 0, probation: false };
      const share = goldShareFor({ goldShare: c.gold_share, minEvidence: c.min_evidence, goldMinAnswers: c.gold_min_answers, goldAnswered: mine.gold, probation: mine.probation });
      const wantGold = pickGold(this.goldKey, c.id, memberId, mine.answered, share);
      // Gold falls back to a regular task when the member has seen every gold item.
      const task = (wantGold ? await this.pickGold(c, memberId) : undefined) ?? (await this.pick(c, memberId));
      if (task) return { found: true, card: task };
    }
    return { found: false, reason: 'nothing_left' };
  }

  /**
   * A task as a card, whatever its state, as `viewer` sees it (a pairwise card's order;
   * without a viewer, a and b in their own order). @throws DomainError task.not_found
   */
  async card(taskId: number, viewer?: CardViewer): Promise<TaskCard> {
    const r = await selectTaskWithCampaign(this.ds, taskId);
    if (!r) throw new DomainError('task.not_found', { taskId });
    const c = {
      id: r.campaign_id,
      name: r.name,
      kind: r.kind,
      question: r.question,
      options: r.options,
      translations: r.translations,
      answers_per_task: r.answers_per_task,
      reward_per_answer: r.reward_per_answer,
      min_length: r.min_length,
      max_length: r.max_length,
    };
    // Group and channel cards (regular tasks only) show the real count; a gold task, never
    // posted there, shows as a served card would.
    return toCard(r, c, viewer, r.gold_label === null);
  }

  /**
   * Serves the fullest gold task the member has not answered (their own order among ties),
   * if any. Gold tasks never close by overlap: no slots to count. The serve notes when the
   * member first saw the task: their answer's think time runs from there; a card shown again
   * keeps the first time.
   */
  private async pickGold(c: CampaignRow, memberId: number): Promise<TaskCard | undefined> {
    const rows = await selectCandidateTasks(this.ds, c.id, memberId, true, c.max_answers_per_task, this.clock());
    if (rows.length === 0) return undefined;
    const chosen = ownChoice(memberId, rows.filter((r) => r.answer_count === rows[0]!.answer_count));
    await insertServe(this.ds, chosen.id, memberId, this.clock());
    return toCard(chosen, c, { memberId });
  }

  /**
   * Serves a regular task: the fullest that still has a slot once the cards out are counted
   * (task-room.ts), read in one statement however many are held; only when every open task
   * is held, the fullest by answers (an answer may still land first, or a card lapse).
   */
  private async pick(c: CampaignRow, memberId: number): Promise<TaskCard | undefined> {
    const since = new Date(this.clock().getTime() - SERVE_HOLD_MS);
    const slots = { answersPerTask: c.answers_per_task, maxAnswersPerTask: c.max_answers_per_task };
    let rows = await selectTasksWithRoom(this.ds, c.id, memberId, slots, since);
    const allHeld = rows.length === 0;
    if (allHeld) rows = await selectCandidateTasks(this.ds, c.id, memberId, false, c.max_answers_per_task, since);
    if (rows.length === 0) return undefined;
    let left = rows.map((r) => ({ ...r, answerCount: r.answer_count }));
    for (let tries = 1; ; tries++) {
      const chosen = ownChoice(memberId, servingChoice(left, c.answers_per_task, c.max_answers_per_task, tries));
      const at = this.clock();
      const first = await insertServe(this.ds, chosen.id, memberId, at);
      // A card shown before (the member's own) or the last try: served as read.
      if (!first || allHeld || tries === CLAIM_TRIES || left.length === 1) return toCard(chosen, c, { memberId });
      // Members served at the same moment each read the others' slots as free: counted again
      // now that this serve is written, a task whose room went to them is given back (of two
      // such serves at least one sees the other, so a slot never goes twice).
      const now = await selectTaskRoom(this.ds, chosen.id, memberId, since);
      if (now && roomFor({ id: chosen.id, answerCount: now.answer_count, pending: now.pending }, c.answers_per_task, c.max_answers_per_task)) {
        return toCard({ ...chosen, answer_count: now.answer_count }, c, { memberId });
      }
      await deleteServe(this.ds, chosen.id, memberId, at);
      left = left.filter((r) => r.id !== chosen.id);
    }
  }
}

/**
 * The member's own order among equally good tasks: members acting in a burst (a colluding
 * group, one operator's accounts) spread over different tasks instead of filling one
 * task's overlap together.
 */
const ownChoice = <T extends { id: number }>(memberId: number, among: readonly T[]): T => {
  const spread = (r: { id: number }) => spreadHash(`${memberId}:${r.id}`);
  return among.reduce((a, b) => (spread(b) < spread(a) ? b : a));
};

const withImage = (payload: Record<string, unknown>): { image?: CardImage } => {
  const image = cardImage(payload);
  return image ? { image } : {};
};

function toCard(
  t: CardTaskRow,
  c: Pick<CampaignRow, 'id' | 'name' | 'kind' | 'question' | 'options' | 'translations' | 'answers_per_task' | 'reward_per_answer' | 'min_length' | 'max_length'>,
  viewer: CardViewer | undefined,
  realCount = false,
): TaskCard {
  return {
    taskId: t.id,
    campaignId: c.id,
    campaignName: c.name,
    kind: c.kind,
    question: c.question,
    options: c.options,
    translations: c.translations,
    payload: t.payload,
    answerCount: realCount ? t.answer_count : shownCount(t.answer_count, c.answers_per_task, false),
    answersPerTask: c.answers_per_task,
    status: t.status,
    consensusLabel: t.consensus_label,
    reward: BigInt(c.reward_per_answer),
    swapped: c.kind === 'pairwise' && viewer !== undefined && sidesSwapped(t.id, viewer),
    ...withImage(t.payload),
    ...(c.kind === 'contribute' ? { contribute: { prompt: itemPrompt(t.payload), minLength: c.min_length ?? DEFAULT_MIN_LENGTH, maxLength: c.max_length ?? DEFAULT_MAX_LENGTH } } : {}),
  };
}
