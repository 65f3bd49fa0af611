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
  insertServe,
  selectAnsweredIn,
  selectCandidateTasks,
  CANDIDATES,
  MORE_CANDIDATES,
  selectServableCampaigns,
  selectTaskWithCampaign,
  type CardTaskRow,
  type ServableCampaignRow,
} from './assignment.statements';
import { goldShareFor, pickGold, spreadHash } from './gold-pick';
import { cardImage, type CardImage } from '../media/card-image';
import { sidesSwapped, type CardViewer } from './pair-order';
import { shownCount } from './shown-count';
import { fullestWithRoom, hasRoom, SERVE_HOLD_MS } from './task-room';
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
      const task = (wantGold ? await this.pick(c, memberId, true) : undefined) ?? (await this.pick(c, memberId, false));
      if (task) {
        await this.served(task.taskId, memberId);
        return { found: true, card: task };
      }
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
   * Notes when the member first saw the task: their answer's think time runs from here. A
   * card shown again (a second /task, "Next task" coming back to it) keeps the first time.
   */
  private async served(taskId: number, memberId: number): Promise<void> {
    await insertServe(this.ds, taskId, memberId, this.clock());
  }

  private async pick(c: CampaignRow, memberId: number, gold: boolean): Promise<TaskCard | undefined> {
    const since = new Date(this.clock().getTime() - SERVE_HOLD_MS);
    const rows = await selectCandidateTasks(this.ds, c.id, memberId, gold, c.max_answers_per_task, since);
    if (rows.length === 0) return undefined;
    // Among the fullest candidates with a slot left (task-room.ts), each member gets their
    // own order: members acting in a burst (a colluding group, one operator's accounts)
    // spread over different tasks instead of filling one task's overlap together.
    const asCandidates = (rs: typeof rows) => rs.map((r) => ({ ...r, answerCount: r.answer_count }));
    const roomIn = (rs: typeof rows) => fullestWithRoom(asCandidates(rs), c.answers_per_task, c.max_answers_per_task);
    let top = gold ? asCandidates(rows).filter((r) => r.answer_count === rows[0].answer_count) : roomIn(rows);
    // Every slot of the fullest held by cards out (many members at once): look further down
    // for a task with room before handing out one that will likely close under the member.
    if (!gold && rows.length === CANDIDATES && !hasRoom(top, c.answers_per_task, c.max_answers_per_task)) {
      const more = await selectCandidateTasks(this.ds, c.id, memberId, false, c.max_answers_per_task, since, { offset: CANDIDATES, limit: MORE_CANDIDATES });
      const roomy = roomIn(more);
      if (hasRoom(roomy, c.answers_per_task, c.max_answers_per_task)) top = roomy;
    }
    const spread = (r: { id: number }) => spreadHash(`${memberId}:${r.id}`);
    return toCard(top.reduce((a, b) => (spread(b) < spread(a) ? b : a)), c, { memberId });
  }
}

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
