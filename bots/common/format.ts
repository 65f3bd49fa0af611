import { formatTnet } from '../../core';

/** "12.5 TNET": formatting of base units happens at the chat edge only. */
export const tnet = (units: bigint): string => `${formatTnet(units)} TNET`;

export const percent = (share: number): string => `${Math.round(share * 1000) / 10}%`;

/** One line of a task item for a chat card: its text field, or its fields as key: value. */
export function itemText(payload: Record<string, unknown>): string {
  const preferred = payload.text ?? payload.content ?? payload.question;
  if (typeof preferred === 'string') return preferred;
  return Object.entries(payload)
    .map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`)
    .join('\n');
}
