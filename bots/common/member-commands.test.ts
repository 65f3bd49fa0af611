import type { SubmitResult, TaskStatus } from '../../core';
import { renderSubmit } from './member-commands';

type Accepted = Extract<SubmitResult, { outcome: 'accepted' }>;

const card = { campaignId: 7, options: [{ id: 'cat', label: 'cat' }, { id: 'dog', label: 'dog' }] };

/** An accepted answer to a task of target 3, shown at `count`, in the given state. */
const accepted = (count: number, status: TaskStatus, consensusLabel: string | null, reward?: Accepted['reward']): Accepted => ({
  outcome: 'accepted',
  answer: { answerId: '1', taskId: 11, memberId: 5, choice: 'dog', createdAt: new Date(0) },
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
    expect(renderSubmit(result, card, 'dog')).toEqual({
      toast: 'Answer recorded',
      messages: [
        {
          text: 'Answer recorded: dog. 3/3 answers.\nYour reward is decided with the task; /balance and /stats show it then.',
          buttons: [[{ id: expect.any(String), label: 'Next task' }]],
        },
      ],
    });
  });

  it('never names a consensus, a reward or a rule on submit', () => {
    const text = renderSubmit(accepted(2, 'final', 'cat', { amount: ONE, status: 'pending', rule: 'majority.match' }), card, 'cat').messages[0]!.text;
    expect(text).not.toMatch(/consensus|earned|TNET|final|matches/i);
  });
});
