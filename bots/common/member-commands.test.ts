import { PAIRWISE_OPTIONS, type SubmitResult, type TaskCard, type TaskStatus } from '../../core';
import { groupCardMessage } from './card-message';
import { boardTaskMessage, renderSubmit, taskMessage } from './member-commands';
import { english } from './i18n/translator';

const t = english();

type Accepted = Extract<SubmitResult, { outcome: 'accepted' }>;

const card = { campaignId: 7, kind: 'label' as const, swapped: false, options: [{ id: 'cat', label: 'cat' }, { id: 'dog', label: 'dog' }] };

/** An accepted answer to a task of target 3, shown at `count`, in the given state. */
const accepted = (count: number, status: TaskStatus, consensusLabel: string | null, reward?: Accepted['reward']): Accepted => ({
  outcome: 'accepted',
  answer: { answerId: '1', taskId: 11, memberId: 5, choice: 'dog', createdAt: new Date(0), swapped: null },
  task: { taskId: 11, campaignId: 7, status, answerCount: count, answersPerTask: 3, consensusLabel },
  ...(reward ? { reward } : {}),
});

const ONE = 10n ** 18n;

describe('renderSubmit', () => {
  // What core may return for the answer that completes a regular task, and for a gold task
  // (open, no label, no reward until the campaign settles): the member reads the same.
  it.each<[string, Accepted]>([
    ['a gold task, never decided on submit', accepted(3, 'open', null)],
    ['a regular task still open', accepted(3, 'open', null)],
    ['a regular task made final, paid', accepted(3, 'final', 'dog', { amount: ONE, status: 'pending', rule: 'majority.match' })],
    ['a regular task made final, withheld', accepted(3, 'final', 'cat', { amount: 0n, status: 'withheld', rule: 'majority.mismatch' })],
    ['a regular task made final, waiting for a scoring round', accepted(3, 'final', 'dog')],
    ['a regular task closed without a consensus', accepted(3, 'final_uncertain', null, { amount: 0n, status: 'withheld', rule: 'majority.tie' })],
  ])('reads the same for %s', (_, result) => {
    expect(renderSubmit(t, result, card, 'dog')).toEqual({
      toast: 'Answer recorded',
      messages: [
        {
          text: 'Answer recorded: dog.\nYour reward is decided with the task; /balance and /stats show it then.',
          buttons: [[{ id: expect.any(String), label: 'Next task' }]],
        },
      ],
    });
  });

  it('never names a consensus, a reward or a rule on submit', () => {
    const text = renderSubmit(t, accepted(2, 'final', 'cat', { amount: ONE, status: 'pending', rule: 'majority.match' }), card, 'cat').messages[0]!.text;
    expect(text).not.toMatch(/consensus|earned|TNET|final|matches/i);
  });
});

describe('renderSubmit for a repeated pairwise answer', () => {
  const pair = { campaignId: 7, kind: 'pairwise' as const, options: [...PAIRWISE_OPTIONS] };
  const duplicate = (choice: string, swapped: boolean): SubmitResult => ({
    outcome: 'duplicate',
    answer: { answerId: '1', taskId: 11, memberId: 5, choice, createdAt: new Date(0), swapped },
    task: { taskId: 11, campaignId: 7, status: 'open', answerCount: 1, answersPerTask: 3, consensusLabel: null },
  });
  it.each([
    ['a, seen first', 'a', false, 'You already answered this task: 1 is better (on the card you answered).'],
    ['a, seen second', 'a', true, 'You already answered this task: 2 is better (on the card you answered).'],
    ['a tie', 'tie', true, 'You already answered this task: Tie.'],
  ])('names the side as on the card answered: %s', (_, choice, swapped, text) => {
    expect(renderSubmit(t, duplicate(choice, swapped), { ...pair, swapped }, '').messages[0]!.text).toBe(text);
  });
});

describe('task cards', () => {
  const task = (answerCount: number): TaskCard => ({
    taskId: 11,
    campaignId: 7,
    campaignName: 'Pets',
    kind: 'label',
    swapped: false,
    question: 'Cat or dog?',
    options: card.options,
    translations: {},
    payload: { text: 'a picture' },
    answerCount,
    answersPerTask: 3,
    status: 'open',
    consensusLabel: null,
    reward: ONE,
  });

  it('shows a served card without its answer count, so every count reads the same', () => {
    const texts = [0, 1, 2, 57].map((n) => taskMessage(t, task(n)).text);
    expect(new Set(texts).size).toBe(1);
    expect(texts[0]).toBe('Campaign #7 · Pets · task 11\nCat or dog?\n\na picture\n\n1 TNET per accepted answer');
  });

  it('leaves a shown picture out of the item text', () => {
    const ref = `${'ab'.repeat(32)}.jpg`;
    const pictured = (payload: Record<string, unknown>): TaskCard => ({ ...task(0), payload, image: { kind: 'stored', ref } });
    expect(taskMessage(t, pictured({ image: ref })).text).toBe('Campaign #7 · Pets · task 11\nCat or dog?\n\n1 TNET per accepted answer');
    expect(taskMessage(t, pictured({ image: ref, text: 'a picture' })).text).toBe('Campaign #7 · Pets · task 11\nCat or dog?\n\na picture\n\n1 TNET per accepted answer');
    // Without a picture to show (a server path stays text), the field is item text as before.
    expect(taskMessage(t, { ...task(0), payload: { image: '/etc/hostname' } }).text).toContain('image: /etc/hostname');
  });

  it('shows a group or channel card (regular tasks only) with its count', () => {
    expect(boardTaskMessage(t, task(2)).text).toMatch(/\n\n2\/3 answers · 1 TNET per accepted answer$/);
  });

  it('carries the item picture on served, group and final cards, and none when the item has none', () => {
    const image = { kind: 'stored' as const, ref: `${'a'.repeat(64)}.jpg` };
    expect(taskMessage(t, { ...task(0), image }).image).toEqual(image);
    expect(boardTaskMessage(t, { ...task(1), image }).image).toEqual(image);
    const final = groupCardMessage(t, { ...task(3), image, status: 'final', consensusLabel: 'cat' });
    expect(final).toMatchObject({ image, buttons: [] });
    expect('image' in taskMessage(t, task(0))).toBe(false);
    expect('image' in groupCardMessage(t, { ...task(3), status: 'final', consensusLabel: 'cat' })).toBe(false);
  });
});

describe('a multi-label card', () => {
  const labels: TaskCard = {
    taskId: 12,
    campaignId: 8,
    campaignName: 'Tags',
    kind: 'multilabel',
    swapped: false,
    question: 'Which animals are in the picture?',
    options: [
      { id: 'cat', label: 'Cat' },
      { id: 'dog', label: 'Dog' },
    ],
    translations: {},
    payload: { text: 'a cat and a dog' },
    answerCount: 1,
    answersPerTask: 3,
    status: 'open',
    consensusLabel: null,
    reward: ONE,
  };

  it('asks to tick every label that applies, then Done or None apply, in its last paragraph', () => {
    expect(taskMessage(t, labels)).toEqual({
      text: 'Campaign #8 · Tags · task 12\nWhich animals are in the picture?\n\na cat and a dog\n\nTick every label that applies, then tap Done; tap None apply if none does.\n1 TNET per accepted answer',
      buttons: [
        [
          { id: 't:12:0', label: 'Cat' },
          { id: 't:12:1', label: 'Dog' },
        ],
        [
          { id: 'l:12:0', label: 'None apply' },
          { id: 'd:12', label: 'Done' },
        ],
      ],
    });
    expect(boardTaskMessage(t, labels).text).toMatch(/\n\nTick every label that applies, then tap Done; tap None apply if none does\.\n1\/3 answers · 1 TNET per accepted answer$/);
  });

  it('shows a decided set as its labels', () => {
    expect(groupCardMessage(t, { ...labels, status: 'final', consensusLabel: 'cat|dog', answerCount: 3 }).text).toMatch(/\n\nConsensus: Cat, Dog · 3 answers$/);
    expect(groupCardMessage(t, { ...labels, status: 'final', consensusLabel: '', answerCount: 3 }).text).toMatch(/\n\nConsensus: none apply · 3 answers$/);
  });

  it('names a repeated answer as its labels', () => {
    const duplicate: SubmitResult = {
      outcome: 'duplicate',
      answer: { answerId: '1', taskId: 12, memberId: 5, choice: 'dog', createdAt: new Date(0), swapped: null },
      task: { taskId: 12, campaignId: 8, status: 'open', answerCount: 1, answersPerTask: 3, consensusLabel: null },
    };
    expect(renderSubmit(t, duplicate, labels, '').messages[0]!.text).toBe('You already answered this task: Dog.');
  });
});
