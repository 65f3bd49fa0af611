import { spreadHash } from './gold-pick';

/**
 * Who sees a card: one member (a /task card, the console) or everyone in a group or
 * channel (its posted card, keyed "platform:chatId" as core keys chats).
 */
export type CardViewer = { memberId: number } | { chatId: string };

/**
 * Whether a viewer sees a pairwise task's outputs swapped (b first). Deterministic, so the
 * card shown and the answer recorded agree without storing anything at serve time, and
 * about half of the viewers of a task see each order, so a lean towards the first-shown
 * output (position bias) averages out of the consensus and can be measured.
 */
export function sidesSwapped(taskId: number, viewer: CardViewer): boolean {
  const who = 'memberId' in viewer ? `m:${viewer.memberId}` : `c:${viewer.chatId}`;
  return (spreadHash(`pair:${taskId}:${who}`) & 1) === 1;
}
