import type { Core } from '../../core';

type SubmitInput = Parameters<Core['answers']['submit']>[0];

/** How long before now a test member was shown a card by default: a careful reader, never "too fast". */
const READ_MS = 30_000;

/**
 * The member was shown these tasks' cards (as /task shows one) at `at` (default: half a
 * minute ago, the process clock): what a real member did before answering a task a test
 * picks by id. Answers are admitted only for served tasks, and timed from the serve.
 */
export async function serve(core: Core, memberId: number, taskIds: number | readonly number[], at: Date = new Date(Date.now() - READ_MS)): Promise<void> {
  await core.ds.query(
    `INSERT INTO task_serve (task_id, member_id, served_at) SELECT unnest($1::int[]), $2, $3 ON CONFLICT DO NOTHING`,
    [typeof taskIds === 'number' ? [taskIds] : [...taskIds], memberId, at],
  );
}

/** Serves the task to the member, then submits their answer (AnswerService.submit). */
export async function submitServed(core: Core, input: SubmitInput): ReturnType<Core['answers']['submit']> {
  await serve(core, input.memberId, input.taskId);
  return core.answers.submit(input);
}
