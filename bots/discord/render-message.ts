import {
  ButtonStyle,
  ComponentType,
  escapeMarkdown,
  type APIActionRowComponent,
  type APIComponentInMessageActionRow,
  type APIEmbed,
} from 'discord.js';
import { answerButton, parseButton, setButton, toggleButton } from '../common/button-id';
import { labelCard } from '../common/card-options';
import type { ChatButton, ChatMessage } from '../common/chat-message';
import { contributeHint, discordContributeHint } from '../common/contribution-text';
import type { Translator } from '../common/i18n/translator';
import { writeId } from './contribution-modal';

/** Discord's limits on what one message may carry. */
export const MAX_CONTENT_LENGTH = 2000;
export const MAX_EMBED_TITLE = 256;
export const MAX_EMBED_DESCRIPTION = 4096;
export const MAX_CUSTOM_ID = 100;
export const MAX_BUTTON_LABEL = 80;
export const MAX_SELECT_LABEL = 100;
export const MAX_SELECT_OPTIONS = 25;
export const MAX_ROWS = 5;
export const MAX_ROW_BUTTONS = 5;
/** The ephemeral "why not" after a tap on a channel card fits one line; longer is cut. */
export const MAX_NOTICE_LENGTH = 500;

/** The blurple of Discord's own cards; an answered or final card turns grey. */
const OPEN_COLOR = 0x5865f2;
const DONE_COLOR = 0x99aab5;

/** A message ready for interaction replies, follow-ups, channel posts and edits. */
export interface DiscordMessage {
  content: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIComponentInMessageActionRow>[];
  /** A card's stored picture (its media-store ref), uploaded with the message under that name: the embed shows it as attachment://<ref>. */
  upload?: string;
}

/** What a message's REST body carries (its upload goes beside it, as a multipart part). */
export type MessageBody = Omit<DiscordMessage, 'upload'>;

export const messageBody = (m: DiscordMessage): MessageBody => ({ content: m.content, embeds: m.embeds, components: m.components });

/** A task card with more options than one row of buttons shows them as a select menu. */
export const selectId = (taskId: number): string => `s:${taskId}`;

/** The task a select menu's custom_id names, or undefined when it is forged or stale. */
export function parseSelect(customId: string): number | undefined {
  const m = /^s:(\d{1,10})$/.exec(customId);
  const taskId = m ? Number(m[1]) : NaN;
  return taskId >= 1 && taskId <= 2 ** 31 - 1 ? taskId : undefined;
}

/** A multi-label card's labels are one select menu of many values. */
export const labelsSelectId = (taskId: number): string => `m:${taskId}`;

/** The task a multi-label menu's custom_id names, or undefined when it is forged or stale. */
export function parseLabelsSelect(customId: string): number | undefined {
  const m = /^m:([1-9]\d{0,9})$/.exec(customId);
  const taskId = m ? Number(m[1]) : NaN;
  return taskId <= 2 ** 31 - 1 ? taskId : undefined;
}

/**
 * The button id a select menu's choice stands for; undefined when a value does not name
 * an option of the menu's own task (forged). A multi-label menu's values are a set: the
 * answer with that set.
 */
export function selectedButton(customId: string, values: readonly string[]): string | undefined {
  const labelsTask = parseLabelsSelect(customId);
  if (labelsTask !== undefined) {
    let mask = 0;
    for (const v of values) {
      const action = parseButton(v);
      if (action?.kind !== 'toggle' || action.taskId !== labelsTask) return undefined;
      const bit = 2 ** action.optionIndex;
      if (Math.floor(mask / bit) % 2 === 1) return undefined;
      mask += bit;
    }
    return values.length > 0 ? setButton(labelsTask, mask) : undefined;
  }
  const taskId = parseSelect(customId);
  if (taskId === undefined || values.length !== 1) return undefined;
  const action = parseButton(values[0]!);
  return action?.kind === 'answer' && action.taskId === taskId ? answerButton(taskId, action.optionIndex) : undefined;
}

/** A button id as Discord takes it back: the kinds its messages carry (a multi-label card has no toggles or Done here). */
export function discordButton(customId: string): string | undefined {
  if (customId.length > MAX_CUSTOM_ID) return undefined;
  const kind = parseButton(customId)?.kind;
  return kind === 'answer' || kind === 'next' || kind === 'set' || kind === 'language' || kind === 'appeal' || kind === 'verdict' ? customId : undefined;
}

const cut = (text: string, limit: number): string => (text.length <= limit ? text : `${text.slice(0, limit - 1)}…`);

/**
 * Splits text into pieces whose escaped form fits `limit`: at line breaks where possible,
 * inside a line only when the line alone is too long (never through a surrogate pair).
 */
export function splitText(text: string, limit: number, escape: (t: string) => string = (t) => t): string[] {
  const pieces: string[] = [];
  let current: string[] = [];
  let length = 0;
  const push = () => {
    pieces.push(current.join('\n'));
    current = [];
    length = 0;
  };
  for (const raw of text.split('\n')) {
    const line = escape(raw);
    const extra = (current.length > 0 ? 1 : 0) + line.length;
    if (length + extra <= limit) {
      current.push(line);
      length += extra;
      continue;
    }
    if (current.length > 0) push();
    if (line.length <= limit) {
      current.push(line);
      length = line.length;
      continue;
    }
    // One long line: cut the raw text (by code points) into the longest pieces whose
    // escaped form fits. Escaping only adds characters, so a binary search finds each cut
    // in O(limit log limit) instead of escaping a growing prefix once per character.
    let rest = Array.from(raw);
    for (;;) {
      let lo = 1;
      let hi = Math.min(rest.length, limit);
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (escape(rest.slice(0, mid).join('')).length <= limit) lo = mid;
        else hi = mid - 1;
      }
      const piece = escape(rest.slice(0, lo).join(''));
      rest = rest.slice(lo);
      if (rest.length === 0) {
        current.push(piece);
        length = piece.length;
        break;
      }
      pieces.push(piece);
    }
  }
  if (current.length > 0 || pieces.length === 0) push();
  return pieces;
}

const checkId = (id: string): string => {
  if (id.length > MAX_CUSTOM_ID) throw new Error(`custom_id over ${MAX_CUSTOM_ID} characters: ${id.slice(0, 120)}`);
  return id;
};

/** Rows of buttons (five to a row), or one select menu for a task card with more than five options. */
export function components(t: Translator, buttons: ChatMessage['buttons']): DiscordMessage['components'] {
  const labels = labelCard(buttons);
  if (labels) return labelsMenu(t, labels.taskId, labels.labels);
  const rows = (buttons ?? []).filter((r) => r.length > 0);
  const all = rows.flat();
  const answers = all.map((b) => parseButton(b.id));
  const taskId = answers[0]?.kind === 'answer' ? answers[0].taskId : undefined;
  const oneTask = taskId !== undefined && answers.every((a) => a?.kind === 'answer' && a.taskId === taskId);
  if (oneTask && all.length > MAX_ROW_BUTTONS) {
    if (all.length > MAX_SELECT_OPTIONS) throw new Error(`a task card with ${all.length} options is over Discord's ${MAX_SELECT_OPTIONS}`);
    return [
      {
        type: ComponentType.ActionRow,
        components: [
          {
            type: ComponentType.StringSelect,
            custom_id: checkId(selectId(taskId)),
            placeholder: t.t('discord-answer-placeholder'),
            min_values: 1,
            max_values: 1,
            options: all.map((b) => ({ label: cut(label(b), MAX_SELECT_LABEL), value: checkId(b.id) })),
          },
        ],
      },
    ];
  }
  const out: DiscordMessage['components'] = [];
  for (const row of rows) {
    for (let i = 0; i < row.length; i += MAX_ROW_BUTTONS) {
      out.push({
        type: ComponentType.ActionRow,
        components: row.slice(i, i + MAX_ROW_BUTTONS).map((b) => ({
          type: ComponentType.Button,
          style: parseButton(b.id)?.kind === 'answer' ? ButtonStyle.Primary : ButtonStyle.Secondary,
          custom_id: checkId(b.id),
          label: cut(label(b), MAX_BUTTON_LABEL),
        })),
      });
    }
  }
  if (out.length > MAX_ROWS) throw new Error(`${out.length} rows of buttons are over Discord's ${MAX_ROWS}`);
  return out;
}

const label = (b: ChatButton): string => (b.label.trim().length > 0 ? b.label : '·');

/**
 * A multi-label card: one menu of the labels (each member picks any of them; submitting it
 * answers with that set) and "None apply" for the empty set. Each interaction is its
 * member's own, so the same card works in a channel and as a /task card.
 */
function labelsMenu(t: Translator, taskId: number, labels: readonly { index: number; label: string }[]): DiscordMessage['components'] {
  if (labels.length > MAX_SELECT_OPTIONS) throw new Error(`a multi-label card with ${labels.length} labels is over Discord's ${MAX_SELECT_OPTIONS}`);
  return [
    {
      type: ComponentType.ActionRow,
      components: [
        {
          type: ComponentType.StringSelect,
          custom_id: checkId(labelsSelectId(taskId)),
          placeholder: t.t('discord-labels-placeholder'),
          min_values: 1,
          max_values: labels.length,
          options: labels.map((l) => ({ label: cut(l.label.trim().length > 0 ? l.label : '·', MAX_SELECT_LABEL), value: checkId(toggleButton(taskId, l.index)) })),
        },
      ],
    },
    {
      type: ComponentType.ActionRow,
      components: [{ type: ComponentType.Button, style: ButtonStyle.Secondary, custom_id: checkId(setButton(taskId, 0)), label: cut(t.t('btn-none-apply'), MAX_BUTTON_LABEL) }],
    },
  ];
}

/** Markdown in user text (item texts, names) is shown as typed, never as formatting. */
export const escapeText = (text: string): string => escapeMarkdown(text, { heading: true, bulletedList: true, numberedList: true, maskedLink: true });

/**
 * Platform-neutral messages as Discord messages. A message with buttons (even none left,
 * as a final card) is a card: an embed (its first line the title) with the components
 * under it. Other messages are
 * plain content. A text over Discord's limits is paginated into several messages, the
 * components under the last page. A card's picture is its embed's image; a stored one is
 * uploaded with the message. A card's own words (menus, Write, the hint) are `t`'s: the
 * channel's language for a channel card, the member's for a personal one.
 */
export function renderMessages(t: Translator, messages: readonly ChatMessage[]): DiscordMessage[] {
  const out: DiscordMessage[] = [];
  for (const m of messages) {
    // A card's picture shows in its (last) embed: a URL as it is, a stored image as the file uploaded with it.
    const image = m.image && { url: m.image.kind === 'url' ? m.image.url : `attachment://${m.image.ref}` };
    const upload = m.image?.kind === 'stored' ? m.image.ref : undefined;
    const rows = components(t, m.buttons);
    // A contribute card's text comes through a modal: its Write button opens it.
    if (m.contribute) rows.push({ type: ComponentType.ActionRow, components: [{ type: ComponentType.Button, style: ButtonStyle.Primary, custom_id: checkId(writeId(m.contribute.taskId)), label: cut(t.t('btn-discord-write'), MAX_BUTTON_LABEL) }] });
    // A multi-label card says how its menu answers, not the toggles' "tap Done"; a contribute card, how Write does.
    const asked = labelCard(m.buttons)
      ? m.text.replace(t.t('card-multilabel-hint'), t.t('discord-labels-hint'))
      : m.contribute
        ? m.text.replace(contributeHint(t, m.contribute), discordContributeHint(t, m.contribute))
        : m.text;
    const text = asked.length > 0 ? asked : '·';
    if (m.buttons === undefined) {
      const pages = splitText(text, MAX_CONTENT_LENGTH, escapeText);
      for (const p of pages) out.push({ content: p, embeds: [], components: [] });
      continue;
    }
    const [first, ...rest] = text.split('\n');
    const title = cut(escapeText(first!), MAX_EMBED_TITLE);
    const body = rest.join('\n').trim();
    const pages = body.length > 0 ? splitText(body, MAX_EMBED_DESCRIPTION, escapeText) : [''];
    const done = !m.contribute && !rows.some((r) => r.components.some((c) => c.type === ComponentType.StringSelect || parseButton(c.type === ComponentType.Button && 'custom_id' in c ? c.custom_id : '')?.kind === 'answer'));
    pages.forEach((p, i) => {
      const embed: APIEmbed = { color: done ? DONE_COLOR : OPEN_COLOR };
      if (i === 0) embed.title = title;
      if (p.length > 0) embed.description = p;
      const last = i === pages.length - 1;
      if (last && image) embed.image = image;
      out.push({ content: '', embeds: [embed], components: last ? rows : [], ...(last && upload ? { upload } : {}) });
    });
  }
  return out;
}

/** A plain reply (no card, so no words of its own), paginated like any text. */
export const textMessages = (text: string): DiscordMessage[] => splitText(text.length > 0 ? text : '·', MAX_CONTENT_LENGTH, escapeText).map((p) => ({ content: p, embeds: [], components: [] }));

/** A short notice (the ephemeral answer to a tap on a channel card). */
export const noticeText = (text: string): string => cut(text, MAX_NOTICE_LENGTH);
