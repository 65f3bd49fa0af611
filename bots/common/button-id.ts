import { isLanguageTag, MAX_LABELS } from '../../core';

/**
 * Compact button ids, checked on return: anything that does not parse is forged or from
 * an older version and gets a polite refusal, never a crash.
 *   a:<taskId>:<optionIndex>   answer a task
 *   n:<campaignId|0>           next task (0: any campaign)
 *   t:<taskId>:<optionIndex>   tick or untick a label of a multi-label task (Telegram)
 *   d:<taskId>                 send the ticked labels of a multi-label task (Done)
 *   l:<taskId>:<mask>          answer a multi-label task with a set (bit i: option i; 0: none apply)
 *   g:<tag>|g:auto             choose a language (/language), or none stored (auto)
 *   p:<taskId>                 appeal a withheld answer (/stats): asks for the reason
 *   v:<appealId>:u|r           a moderator upholds or refuses an appeal (/appeals); core re-checks who presses
 */
export type ButtonAction =
  | { kind: 'answer'; taskId: number; optionIndex: number }
  | { kind: 'next'; campaignId: number | undefined }
  | { kind: 'toggle'; taskId: number; optionIndex: number }
  | { kind: 'done'; taskId: number }
  | { kind: 'set'; taskId: number; mask: number }
  /** `tag` null: back to the automatic choice. Only its syntax is checked here. */
  | { kind: 'language'; tag: string | null }
  | { kind: 'appeal'; taskId: number }
  | { kind: 'verdict'; appealId: number; decision: 'uphold' | 'refuse' };

const MAX_ID = 2 ** 31 - 1;
/** The largest set a multi-label answer can name: every one of MAX_LABELS labels. */
const MAX_MASK = 2 ** MAX_LABELS - 1;

export const answerButton = (taskId: number, optionIndex: number): string => `a:${taskId}:${optionIndex}`;
export const nextButton = (campaignId?: number): string => `n:${campaignId ?? 0}`;
export const toggleButton = (taskId: number, optionIndex: number): string => `t:${taskId}:${optionIndex}`;
export const doneButton = (taskId: number): string => `d:${taskId}`;
export const setButton = (taskId: number, mask: number): string => `l:${taskId}:${mask}`;
/** At most 37 bytes: a tag is at most 35 characters (isLanguageTag), "auto" is no tag (4 letters). */
export const languageButton = (tag: string | null): string => `g:${tag ?? 'auto'}`;
export const appealButton = (taskId: number): string => `p:${taskId}`;
export const verdictButton = (appealId: number, decision: 'uphold' | 'refuse'): string => `v:${appealId}:${decision === 'uphold' ? 'u' : 'r'}`;

/** A task id as the multi-label ids write it: decimal without leading zeros, 1 to 2^31-1. */
const TASK = '([1-9]\\d{0,9})';
const taskOk = (text: string): boolean => Number(text) <= MAX_ID;

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
  m = new RegExp(`^t:${TASK}:(0|[1-9]\\d?)$`).exec(id);
  if (m) {
    const optionIndex = Number(m[2]);
    return taskOk(m[1]!) && optionIndex < MAX_LABELS ? { kind: 'toggle', taskId: Number(m[1]), optionIndex } : undefined;
  }
  m = new RegExp(`^d:${TASK}$`).exec(id);
  if (m) return taskOk(m[1]!) ? { kind: 'done', taskId: Number(m[1]) } : undefined;
  m = new RegExp(`^l:${TASK}:(0|[1-9]\\d{0,6})$`).exec(id);
  if (m) {
    const mask = Number(m[2]);
    return taskOk(m[1]!) && mask <= MAX_MASK ? { kind: 'set', taskId: Number(m[1]), mask } : undefined;
  }
  m = new RegExp(`^p:${TASK}$`).exec(id);
  if (m) return taskOk(m[1]!) ? { kind: 'appeal', taskId: Number(m[1]) } : undefined;
  m = new RegExp(`^v:${TASK}:([ur])$`).exec(id);
  if (m) return taskOk(m[1]!) ? { kind: 'verdict', appealId: Number(m[1]), decision: m[2] === 'u' ? 'uphold' : 'refuse' } : undefined;
  if (id.startsWith('g:')) {
    const tag = id.slice(2);
    if (tag === 'auto') return { kind: 'language', tag: null };
    return isLanguageTag(tag) ? { kind: 'language', tag } : undefined;
  }
  return undefined;
}
