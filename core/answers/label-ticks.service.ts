import type { DataSource } from 'typeorm';
import type { CampaignTranslations } from '../campaigns/campaign-translations';
import { parseLabelSet, toggleLabel } from '../campaigns/label-set';
import type { ConversationKey, ConversationService } from '../conversations/conversation.service';
import type { CampaignOption } from '../domain/campaign-types';
import { DomainError } from '../errors';
import { selectTickTarget } from './label-ticks.statements';

/** A member's ticks on one multi-label task, not yet sent. */
export interface LabelTicks {
  taskId: number;
  /** The ticked set in canonical form (label-set.ts): what Done submits; '' for none. */
  choice: string;
  /** The ticked labels, in the campaign's order. */
  ticked: CampaignOption[];
  /** Every label of the campaign, in its order. */
  options: CampaignOption[];
  /** The campaign's words in other languages (its labels among them), for the chats to show. */
  translations: CampaignTranslations;
}

/** The stored state of one (member, task): the canonical set so far. */
interface TickState {
  choice: string;
}

/**
 * The labels a member ticked on a multi-label card before pressing Done (a Telegram card
 * holds one toggle button per label). They live in the conversation table (per task and
 * member, forgotten after the conversation idle time), so any replica takes the next press
 * and a restart keeps them; a toggle is one locked turn, so two quick presses both count.
 * Nothing here is an answer: Done submits the set through AnswerService like any choice.
 */
export class LabelTicksService {
  constructor(
    private readonly ds: DataSource,
    private readonly conversations: ConversationService,
  ) {}

  /**
   * Ticks option `optionIndex` (of the campaign's options) when it is not ticked, else
   * clears it, and resolves with the member's ticks after the press.
   * @throws DomainError task.not_found; answer.invalid_option when the task is not
   *   multi-label or has no such option (forged button data: nothing changes);
   *   answer.task_closed when the task no longer takes answers
   */
  async toggle(memberId: number, taskId: number, optionIndex: number): Promise<LabelTicks> {
    const { options, translations } = await this.labels(taskId, true);
    const option = Number.isInteger(optionIndex) ? options[optionIndex] : undefined;
    if (!option) throw new DomainError('answer.invalid_option', { taskId, option: String(optionIndex) });
    const state = await this.conversations.update<TickState>(key(memberId, taskId), (s) => {
      // A stored set that no longer fits the labels starts over (it cannot happen while options are fixed).
      const next = toggleLabel(options, s && parseLabelSet(options, s.choice) ? s.choice : '', option.id);
      return 'choice' in next ? { choice: next.choice } : s;
    });
    return ticks(taskId, options, translations, state?.choice ?? '');
  }

  /**
   * The member's ticks on a multi-label task (none when they ticked nothing, or the ticks
   * expired). @throws DomainError task.not_found; answer.invalid_option when the task is not multi-label
   */
  async ticked(memberId: number, taskId: number): Promise<LabelTicks> {
    const { options, translations } = await this.labels(taskId, false);
    const state = await this.conversations.get<TickState>(key(memberId, taskId));
    return ticks(taskId, options, translations, state && parseLabelSet(options, state.choice) ? state.choice : '');
  }

  /** Forgets the member's ticks on the task (after Done sent them). */
  async clear(memberId: number, taskId: number): Promise<void> {
    await this.conversations.set(key(memberId, taskId), undefined);
  }

  private async labels(taskId: number, open: boolean): Promise<Pick<LabelTicks, 'options' | 'translations'>> {
    const t = await selectTickTarget(this.ds, taskId);
    if (!t) throw new DomainError('task.not_found', { taskId });
    if (t.kind !== 'multilabel') throw new DomainError('answer.invalid_option', { taskId, option: 'a ticked label' });
    if (open && t.status !== 'open') throw new DomainError('answer.task_closed', { taskId });
    return { options: t.options, translations: t.translations };
  }
}

/** Ticks live beside conversations under a namespace of their own: per task, per member (not per chat: a card's ticks follow the member). */
const key = (memberId: number, taskId: number): ConversationKey => ({ chat: `ticks:${taskId}`, user: String(memberId) });

function ticks(taskId: number, options: CampaignOption[], translations: CampaignTranslations, choice: string): LabelTicks {
  const picked = new Set(parseLabelSet(options, choice) ?? []);
  return { taskId, choice, ticked: options.filter((_, i) => picked.has(i)), options, translations };
}
