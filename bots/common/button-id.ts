/**
 * Compact button ids, checked on return: anything that does not parse is forged or from
 * an older version and gets a polite refusal, never a crash.
 *   a:<taskId>:<optionIndex>   answer a task
 *   n:<campaignId|0>           next task (0: any campaign)
 */
export type ButtonAction = { kind: 'answer'; taskId: number; optionIndex: number } | { kind: 'next'; campaignId: number | undefined };

const MAX_ID = 2 ** 31 - 1;

export const answerButton = (taskId: number, optionIndex: number): string => `a:${taskId}:${optionIndex}`;
export const nextButton = (campaignId?: number): string => `n:${campaignId ?? 0}`;

export function parseButton(id: string): ButtonAction | undefined {
  let m = /^a:(\d{1,10}):(\d{1,2})$/.exec(id);
  if (m) {
    const taskId = Number(m[1]);
    const optionIndex = Number(m[2]);
    if (taskId < 1 || taskId > MAX_ID || optionIndex > 24) return undefined;
    return { kind: 'answer', taskId, optionIndex };
  }
  m = /^n:(\d{1,10})$/.exec(id);
  if (m) {
    const campaignId = Number(m[1]);
    if (campaignId > MAX_ID) return undefined;
    return { kind: 'next', campaignId: campaignId === 0 ? undefined : campaignId };
  }
  return undefined;
}
