import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { ImageStore } from '../../core';
import type { ChatButton, ChatContext, ChatMessage, ChatReply } from '../common/chat-message';
import type { CommandRouter } from '../common/command-router';

/**
 * The local terminal chat: one line in, the reply out. Buttons are numbered; typing a
 * number presses that button of the last reply. `/as <name>` switches to another local
 * member, so one terminal can play a whole community. Works through a pipe: it simply
 * ends at the end of input.
 */
export class ConsoleChat {
  private user = 'you';
  private buttons: ChatButton[] = [];

  /** `media` names a stored card picture by its file's path; without it, by its ref. */
  constructor(
    private readonly router: CommandRouter,
    private readonly out: Writable,
    private readonly media?: Pick<ImageStore, 'pathOf'>,
  ) {}

  /** A card's picture as the terminal can show it: the URL to open, or the stored file's path. */
  private imageLine(m: ChatMessage): string | undefined {
    if (!m.image) return undefined;
    return `Image: ${m.image.kind === 'url' ? m.image.url : this.media ? this.media.pathOf(m.image.ref) : m.image.ref}`;
  }

  private context(): ChatContext {
    // The console is the operator's own terminal: its users may moderate.
    return {
      user: { platform: 'console', platformUserId: this.user, displayName: this.user },
      chatId: 'console:local',
      isPrivate: true,
      place: null,
      moderator: { platformAdmin: true, place: null, moderates: async () => false },
    };
  }

  /** Reads commands until the input ends. */
  async run(input: Readable, interactive: boolean): Promise<void> {
    const rl = createInterface({ input, terminal: false, crlfDelay: Infinity });
    const prompt = () => interactive && this.out.write(`${this.user}> `);
    this.print({ messages: [{ text: 'TNET mining console. Send /help for commands, /as <name> to play another member.' }] });
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

  async handle(line: string): Promise<ChatReply> {
    const as = /^\/as(?:\s+(.*))?$/.exec(line);
    if (as) {
      const name = (as[1] ?? '').trim();
      if (!/^[A-Za-z0-9_.-]{1,32}$/.test(name)) return { messages: [{ text: 'Usage: /as <name> (letters, digits, _ . -, up to 32)' }] };
      this.user = name;
      this.buttons = [];
      return { messages: [{ text: `You are now ${name}.` }] };
    }
    if (/^\d+$/.test(line)) {
      const button = this.buttons[Number(line) - 1];
      if (!button) return { messages: [{ text: this.buttons.length ? `Choose 1 to ${this.buttons.length}.` : 'There is nothing to choose right now. Send /task.' }] };
      return this.router.handleButton(this.context(), button.id);
    }
    return this.router.handleText(this.context(), line);
  }

  private print(reply: ChatReply): void {
    if (reply.messages.length === 0 && reply.toast) this.out.write(`${reply.toast}\n\n`);
    for (const m of reply.messages) {
      this.out.write(m.text + '\n');
      const image = this.imageLine(m);
      if (image) this.out.write(image + '\n');
      const buttons = (m.buttons ?? []).flat();
      if (buttons.length > 0) {
        this.buttons = buttons;
        this.out.write(buttons.map((b, i) => `[${i + 1}] ${b.label}`).join('  ') + '\n');
      }
      this.out.write('\n');
    }
  }
}
