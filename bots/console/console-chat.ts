import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { ImageStore } from '../../core';
import { setButton } from '../common/button-id';
import { labelCard } from '../common/card-options';
import type { ChatButton, ChatContext, ChatMessage, ChatReply } from '../common/chat-message';
import { consoleContributeHint, contributeHint } from '../common/contribution-text';
import type { CommandRouter } from '../common/command-router';
import type { ContextLanguages } from '../common/i18n/language-resolver';
import { DEFAULT_LANGUAGE } from '../common/i18n/languages';
import { translator, type Translator } from '../common/i18n/translator';

/**
 * The local terminal chat: one line in, the reply out. Buttons are numbered; typing a
 * number presses that button of the last reply. A multi-label card numbers its labels, and
 * a line of numbers ("1 3"; "0" or "none" for none) answers with that set. After a contribute
 * card, the next line that is no command is the member's text for it. `/as <name>` switches to another local
 * member, so one terminal can play a whole community. Works through a pipe: it simply
 * ends at the end of input.
 */
export class ConsoleChat {
  private user = 'you';
  private buttons: ChatButton[] = [];
  /** The last reply's multi-label card: its task and the option index behind each label number. */
  private labels: { taskId: number; indices: number[] } | undefined;
  /** The last reply's contribute card: the next line that is no command is the text for its task. */
  private writing: number | undefined;
  /** The local member's languages (their /language, else English), read before each line and after it. */
  private langs: ContextLanguages = { lang: DEFAULT_LANGUAGE, memberLang: DEFAULT_LANGUAGE };

  /** `media` names a stored card picture by its file's path; without it, by its ref. */
  constructor(
    private readonly router: CommandRouter,
    private readonly out: Writable,
    private readonly media?: Pick<ImageStore, 'pathOf'>,
  ) {}

  /** A card's picture as the terminal can show it: the URL to open, or the stored file's path. */
  private imageLine(t: Translator, m: ChatMessage): string | undefined {
    if (!m.image) return undefined;
    return t.t('console-image', { image: m.image.kind === 'url' ? m.image.url : this.media ? this.media.pathOf(m.image.ref) : m.image.ref });
  }

  /** The words of the console's own lines: the conversation's language. */
  private words(): Translator {
    return translator(this.context().lang);
  }

  private context(): ChatContext {
    // The console is the operator's own terminal: its users may moderate.
    return {
      user: { platform: 'console', platformUserId: this.user, displayName: this.user },
      chatId: 'console:local',
      isPrivate: true,
      place: null,
      ...this.langs,
      moderator: { platformAdmin: true, place: null, moderates: async () => false },
    };
  }

  /** Reads commands until the input ends. */
  async run(input: Readable, interactive: boolean): Promise<void> {
    // Before the reader exists: lines it read during an await (a real database's round trip) would be lost.
    await this.readLanguages();
    const rl = createInterface({ input, terminal: false, crlfDelay: Infinity });
    const prompt = () => interactive && this.out.write(`${this.user}> `);
    this.print({ messages: [{ text: this.words().t('console-banner') }] });
    prompt();
    for await (const raw of rl) {
      const line = raw.trim();
      if (line === '') {
        prompt();
        continue;
      }
      if (line === '/quit' || line === '/exit') break;
      this.print(await this.handle(line));
      prompt();
    }
    rl.close();
  }

  /** One line: its reply, in the member's language as it is after the line (a /language changes it). */
  async handle(line: string): Promise<ChatReply> {
    await this.readLanguages();
    const reply = await this.answer(line);
    await this.readLanguages();
    return reply;
  }

  /** The console has no client language: the member's /language, else English. */
  private async readLanguages(): Promise<void> {
    this.langs = await this.router.languages.resolve({ user: { platform: 'console', platformUserId: this.user }, isPrivate: true, chatKey: null });
  }

  private async answer(line: string): Promise<ChatReply> {
    const t = this.words();
    const as = /^\/as(?:\s+(.*))?$/.exec(line);
    if (as) {
      const name = (as[1] ?? '').trim();
      if (!/^[A-Za-z0-9_.-]{1,32}$/.test(name)) return { messages: [{ text: t.t('console-as-usage') }] };
      this.user = name;
      this.buttons = [];
      this.labels = undefined;
      this.writing = undefined;
      return { messages: [{ text: t.t('console-now-as', { name }) }] };
    }
    // A contribute card waits for its text; commands still run (and a new card replaces it).
    if (this.writing !== undefined && !line.startsWith('/')) return this.router.handleContribution(this.context(), this.writing, line);
    if (this.labels && /^(none|\d+(\s+\d+)*)$/i.test(line)) return this.answerLabels(t, line, this.labels);
    if (/^\d+$/.test(line)) {
      const button = this.buttons[Number(line) - 1];
      if (!button) return { messages: [{ text: this.buttons.length ? t.t('console-choose', { count: this.buttons.length }) : t.t('console-nothing-to-choose') }] };
      return this.router.handleButton(this.context(), button.id);
    }
    return this.router.handleText(this.context(), line);
  }

  /** A typed set of label numbers as the answer with that set; a number that is no label (or one twice) gets a short line. */
  private answerLabels(t: Translator, line: string, card: { taskId: number; indices: number[] }): Promise<ChatReply> | ChatReply {
    const numbers = /^(none|0)$/i.test(line) ? [] : line.split(/\s+/).map(Number);
    const bad = numbers.some((n) => n < 1 || n > card.indices.length) || new Set(numbers).size !== numbers.length;
    if (bad) return { messages: [{ text: t.t('console-labels-bad', { count: card.indices.length }) }] };
    const mask = numbers.reduce((m, n) => m + 2 ** card.indices[n - 1]!, 0);
    return this.router.handleButton(this.context(), setButton(card.taskId, mask));
  }

  private print(reply: ChatReply): void {
    const t = this.words();
    if (reply.messages.length === 0 && reply.toast) this.out.write(`${reply.toast}\n\n`);
    for (const m of reply.messages) {
      const labels = labelCard(m.buttons);
      const c = m.contribute;
      // The card says it the chats' way; the console asks for typed numbers or a typed line.
      const text = labels
        ? m.text.replace(t.t('card-multilabel-hint'), t.t('console-labels-hint'))
        : c
          ? m.text.replace(contributeHint(t, c), consoleContributeHint(t, c))
          : m.text;
      this.out.write(text + '\n');
      const image = this.imageLine(t, m);
      if (image) this.out.write(image + '\n');
      const buttons = (m.buttons ?? []).flat();
      if (c) {
        // A contribute card has no buttons: the next line typed is its text.
        this.buttons = [];
        this.labels = undefined;
        this.writing = c.taskId;
      } else if (labels) {
        this.writing = undefined;
        // The labels are numbered instead of the toggles and Done: the typed numbers are the set.
        this.buttons = [];
        this.labels = { taskId: labels.taskId, indices: labels.labels.map((l) => l.index) };
        this.out.write(labels.labels.map((l, i) => `[${i + 1}] ${l.label}`).join('  ') + '\n');
      } else if (buttons.length > 0) {
        this.buttons = buttons;
        this.labels = undefined;
        this.writing = undefined;
        this.out.write(buttons.map((b, i) => `[${i + 1}] ${b.label}`).join('  ') + '\n');
      }
      this.out.write('\n');
    }
  }
}
