import { DomainError, type ContributeResult, type ContributionRefusal, type TaskCard } from '../../core';
import { groupCardMessage } from './card-message';
import { renderContribution } from './contribution-commands';
import { boardTaskMessage, taskMessage } from './member-commands';
import { english } from './i18n/translator';

const t = english();

const limits = { prompt: 'Good morning', minLength: 3, maxLength: 60 };
const card = { campaignId: 7, contribute: limits };
const NEXT = [[{ id: 'n:7', label: 'Next task' }]];
const contribution = { contributionId: '1', answerId: '2', taskId: 11, memberId: 5, text: 'Bonjour', checkTaskId: 12, createdAt: new Date(0) };

describe('renderContribution', () => {
  it.each<[string, ContributeResult, string]>([
    ['an accepted text', { outcome: 'accepted', contribution }, 'Thanks — your text goes to other members for checking; you are paid if they accept it.'],
    ['a second text of the member', { outcome: 'duplicate', contribution }, 'You already sent a text for this task; it is being checked.'],
    ['a text for a task never served', { outcome: 'rejected', error: new DomainError('answer.not_served', { taskId: 11 }) }, 'That card is not one you were given. Send /task for a task.'],
    ['a text for a closed task', { outcome: 'rejected', error: new DomainError('answer.task_closed', { taskId: 11 }) }, 'This task is already closed. Tap "Next task" for another one.'],
    ['a banned member', { outcome: 'rejected', error: new DomainError('member.banned', { memberId: 5 }) }, 'Your account is blocked from answering tasks.'],
  ])('answers %s, with the next task', (_, result, text) => {
    expect(renderContribution(t, result, card)).toEqual({ toast: text, messages: [{ text, buttons: NEXT }] });
  });

  it.each<[ContributionRefusal, string]>([
    ['empty', 'That text is empty. Write your own text and send it again.'],
    ['control_character', 'That text holds control characters. Send plain text.'],
    ['too_short', 'That text is too short: write at least 3 characters.'],
    ['too_long', 'That text is too long: write at most 60 characters.'],
    ['copied', 'That text copies the prompt. Write your own.'],
    ['duplicate', 'That text was already sent for this campaign. Write your own.'],
  ])('refuses a text as %s in one sentence, and keeps the card waiting (no buttons)', (reason, text) => {
    expect(renderContribution(t, { outcome: 'refused', reason }, card)).toEqual({ toast: text, messages: [{ text }] });
  });

  it('never repeats the text it answers', () => {
    for (const outcome of ['accepted', 'duplicate'] as const) expect(JSON.stringify(renderContribution(t, { outcome, contribution }, card))).not.toContain('Bonjour');
  });
});

const base: TaskCard = {
  taskId: 11,
  campaignId: 7,
  campaignName: 'Translations',
  kind: 'contribute',
  question: 'Translate this into French.',
  options: [],
  translations: {},
  payload: { prompt: 'Good morning', note: 'not shown' },
  answerCount: 1,
  answersPerTask: 2,
  status: 'open',
  consensusLabel: null,
  reward: 5n * 10n ** 18n,
  swapped: false,
  contribute: limits,
};

describe('contribute and check cards', () => {
  it('asks a contribute card for a reply within its limits, its prompt as the item, and carries the limits for the other surfaces', () => {
    expect(taskMessage(t, base)).toEqual({
      text: 'Campaign #7 · Translations · task 11\nTranslate this into French.\n\nGood morning\n\nReply to this message with your text (3–60 characters).\n5 TNET per accepted text',
      buttons: [],
      contribute: { taskId: 11, minLength: 3, maxLength: 60 },
    });
    expect(boardTaskMessage(t, base).text).toMatch(/\n1\/2 texts · 5 TNET per accepted text$/);
  });

  it('shows a picture alone as no item text', () => {
    const m = taskMessage(t, { ...base, payload: { image: 'https://example.org/1.png' }, image: { kind: 'url', url: 'https://example.org/1.png' }, contribute: { ...limits, prompt: null } });
    expect(m.text).toBe('Campaign #7 · Translations · task 11\nTranslate this into French.\n\nReply to this message with your text (3–60 characters).\n5 TNET per accepted text');
    expect(m.image).toEqual({ kind: 'url', url: 'https://example.org/1.png' });
  });

  it('closes a posted contribute card without a consensus of its own, counting texts', () => {
    const m = groupCardMessage(t, { ...base, status: 'final', answerCount: 2 });
    expect(m).toEqual({ text: 'Campaign #7 · Translations · task 11\nTranslate this into French.\n\nGood morning\n\nClosed: the texts go to other members for checking · 2 texts', buttons: [] });
  });

  it('shows a check card with the prompt and the text to check, and Good / Not good', () => {
    const check: TaskCard = {
      ...base,
      taskId: 12,
      campaignId: 8,
      campaignName: 'Translations (checks)',
      kind: 'check',
      question: 'Is this a good translation?',
      options: [
        { id: 'accept', label: 'Good' },
        { id: 'reject', label: 'Not good' },
      ],
      payload: { prompt: 'Good morning', contribution: 'Bonjour' },
      answerCount: 0,
      answersPerTask: 3,
      reward: 10n ** 18n,
      contribute: undefined,
    };
    const m = taskMessage(t, check);
    expect(m.text).toBe('Campaign #8 · Translations (checks) · task 12\nIs this a good translation?\n\nPrompt:\nGood morning\n\nText to check:\nBonjour\n\n1 TNET per accepted answer');
    expect(m.buttons).toEqual([
      [
        { id: 'a:12:0', label: 'Good' },
        { id: 'a:12:1', label: 'Not good' },
      ],
    ]);
    expect(taskMessage(t, { ...check, payload: { contribution: 'Un chat' } }).text).toContain('\n\nText to check:\nUn chat\n\n');
  });
});
