import { ComponentType } from 'discord.js';
import { taskMessage } from '../common/member-commands';
import { contributionModal, contributionModalId, MAX_LABEL, MAX_LABEL_DESCRIPTION, MAX_MODAL_TITLE, parseContributionModal, parseWrite, writeId } from './contribution-modal';
import { renderMessages } from './render-message';
import { english } from '../common/i18n/translator';
import type { TaskCard } from '../../core';

const t = english();

const card: TaskCard = {
  taskId: 2147483647,
  campaignId: 7,
  campaignName: 'Translations',
  kind: 'contribute',
  question: 'Translate this into French.',
  options: [],
  translations: {},
  payload: { prompt: 'Good morning' },
  answerCount: 0,
  answersPerTask: 2,
  status: 'open',
  consensusLabel: null,
  reward: 5n * 10n ** 18n,
  swapped: false,
  contribute: { prompt: 'Good morning', minLength: 3, maxLength: 1000 },
};

describe('contribution ids', () => {
  it.each<[string, number | undefined]>([
    [writeId(17), 17],
    ['w:2147483647', 2147483647],
    ['w:2147483648', undefined],
    ['w:0', undefined],
    ['w:017', undefined],
    ['w:17:1', undefined],
    ['c:17', undefined],
    ['a:17:0', undefined],
  ])('reads the Write button %j as task %p', (id, taskId) => expect(parseWrite(id)).toBe(taskId));

  it.each<[string, number | undefined]>([
    [contributionModalId(17), 17],
    ['c:99999999999', undefined],
    ['c:', undefined],
    ['w:17', undefined],
    ['verify', undefined],
  ])('reads the modal %j as task %p', (id, taskId) => expect(parseContributionModal(id)).toBe(taskId));
});

describe('contributionModal', () => {
  it("asks for one paragraph within the card's limits, every text within Discord's", () => {
    const long = { ...card, contribute: { ...card.contribute!, prompt: `${'word '.repeat(60)}end` } };
    const m = contributionModal(t, long).toJSON();
    expect(m.custom_id).toBe('c:2147483647');
    expect(m.title.length).toBeLessThanOrEqual(MAX_MODAL_TITLE);
    const [label] = m.components as unknown as { type: number; label: string; description: string; component: Record<string, unknown> }[];
    expect(label!.type).toBe(ComponentType.Label);
    expect(label!.label).toBe('Your text (3–1,000 characters)');
    expect(label!.label.length).toBeLessThanOrEqual(MAX_LABEL);
    expect([...label!.description]).toHaveLength(MAX_LABEL_DESCRIPTION);
    expect(label!.description.endsWith('…')).toBe(true);
    expect(label!.component).toMatchObject({ type: ComponentType.TextInput, custom_id: 'text', style: 2, min_length: 3, max_length: 1000, required: true });
  });

  it('says what to write about when the item is a picture alone', () => {
    const m = contributionModal(t, { ...card, contribute: { ...card.contribute!, prompt: null } }).toJSON();
    expect((m.components[0] as unknown as { description: string }).description).toBe('Write about the picture on the card.');
  });
});

describe('a contribute card on Discord', () => {
  it('is an open card with a Write button, saying how to use it', () => {
    const [m] = renderMessages(t, [taskMessage(t, card)]);
    expect(m!.embeds[0]!.color).toBe(0x5865f2);
    expect(m!.embeds[0]!.description).toBe('Translate this into French.\n\nGood morning\n\nTap Write to send your text (3–1,000 characters).\n5 TNET per accepted text');
    expect(m!.components).toEqual([{ type: ComponentType.ActionRow, components: [{ type: ComponentType.Button, style: 1, custom_id: 'w:2147483647', label: 'Write' }] }]);
  });
});
