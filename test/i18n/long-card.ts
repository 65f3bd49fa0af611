import type { TaskCard } from '../../core';

/**
 * A card at the limits a campaign allows, for the limits tests: the longest name (120) and
 * question (1,000), 25 options of 80 characters, a long item, the largest ids and reward;
 * `over` replaces what a test needs (kind, options, item, the characters written).
 */
export const longCard = (over: Partial<TaskCard> = {}): TaskCard =>
  ({
    taskId: 987654321,
    campaignId: 123456789,
    campaignName: '名'.repeat(120),
    kind: 'label',
    question: '问'.repeat(1000),
    options: Array.from({ length: 25 }, (_, i) => ({ id: `o${i}`, label: 'Ы'.repeat(80) })),
    payload: { text: 'テ'.repeat(2500) },
    answerCount: 99,
    answersPerTask: 100,
    status: 'open',
    consensusLabel: null,
    reward: 123456789123456789123456789n,
    swapped: false,
    translations: {},
    ...over,
  }) as TaskCard;
