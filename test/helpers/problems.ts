import type { Problem } from '../../core';
import { english } from '../../bots/common/i18n/translator';
import { problemText } from '../../bots/common/problem-text';

/** Problems as an English reader sees them (core gives codes; the words are the chat edge's). */
export const problemTexts = (problems: readonly Problem[]): string[] => problems.map((p) => problemText(english(), p));

/** An import's bad rows with their problems in English. */
export const badRowTexts = (rows: readonly { row: number; reason: Problem }[]): { row: number; reason: string }[] =>
  rows.map((r) => ({ row: r.row, reason: problemText(english(), r.reason) }));
