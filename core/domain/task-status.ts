/** Where a task stands: open for answers, decided, or closed at its maximum without a sure consensus. */
export type TaskStatus = 'open' | 'final' | 'final_uncertain';
