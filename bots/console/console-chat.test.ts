import { Readable, Writable } from 'node:stream';
import { CommandRouter } from '../common/command-router';
import { english } from '../common/i18n/translator';
import { createTestCore, type TestCore } from '../../test/helpers/test-core';
import { solidImage } from '../../test/helpers/media-fixtures';
import { ConsoleChat } from './console-chat';

/** Runs the console over `lines` and resolves with what it printed. */
async function transcript(chat: ConsoleChat, out: string[], lines: string[]): Promise<string> {
  await chat.run(Readable.from([lines.map((l) => l + '\n').join('')]), false);
  return out.join('');
}

const sink = (out: string[]): Writable =>
  new Writable({
    write(chunk: Buffer, _enc, done) {
      out.push(chunk.toString('utf8'));
      done();
    },
  });

describe('console task cards with pictures', () => {
  let core: TestCore;

  beforeAll(async () => {
    core = await createTestCore();
  });

  afterAll(async () => {
    await core.cleanup();
  });

  async function campaign(image: string): Promise<number> {
    const c = await core.campaigns.create({ name: 'Pets', kind: 'label', question: 'Cat or dog?', options: ['cat', 'dog'], reward: '1', budget: '100', answersPerTask: 3 }, null);
    await core.campaigns.importItems(c.id, Readable.from([JSON.stringify({ id: 'p1', text: 'an animal', image }) + '\n']), 'jsonl');
    await core.campaigns.transition(c.id, 'activate');
    return c.id;
  }

  it('prints an https picture as its URL on its own line above the buttons', async () => {
    const id = await campaign('https://images.example.com/cat.jpg');
    const out: string[] = [];
    const printed = await transcript(new ConsoleChat(new CommandRouter(core), sink(out), core.media), out, [`/task ${id}`]);
    expect(printed).toMatch(/\nan animal\n\n[^\n]* per accepted answer\nImage: https:\/\/images\.example\.com\/cat\.jpg\n\[1\] cat {2}\[2\] dog\n/);
  });

  it("prints a stored picture as its file's path", async () => {
    const stored = await core.media.storeImage(await solidImage('png'));
    const id = await campaign(stored.ref);
    const out: string[] = [];
    const printed = await transcript(new ConsoleChat(new CommandRouter(core), sink(out), core.media), out, [`/as bob`, `/task ${id}`]);
    expect(printed).toContain(`\nImage: ${stored.path}\n[1] cat  [2] dog\n`);
  });

  it('prints no image line for a card without a picture', async () => {
    const c = await core.campaigns.create({ name: 'Plain', kind: 'label', question: 'Cat or dog?', options: ['cat', 'dog'], reward: '1', budget: '100', answersPerTask: 3 }, null);
    await core.campaigns.importItems(c.id, Readable.from(['id,text\nx1,plain\n']), 'csv');
    await core.campaigns.transition(c.id, 'activate');
    const out: string[] = [];
    const printed = await transcript(new ConsoleChat(new CommandRouter(core), sink(out), core.media), out, [`/as carol`, `/task ${c.id}`]);
    expect(printed).toContain('\nplain\n');
    expect(printed).not.toContain('Image:');
  });
});

describe('console words', () => {
  let core: TestCore;

  beforeAll(async () => {
    core = await createTestCore();
  });

  afterAll(async () => {
    await core.cleanup();
  });

  it("greets, switches members and refuses a bad number in the catalog's words", async () => {
    const t = english();
    const out: string[] = [];
    const printed = await transcript(new ConsoleChat(new CommandRouter(core), sink(out)), out, ['/as dora', '/as no way', '7']);
    expect(printed.startsWith(`${t.t('console-banner')}\n`)).toBe(true);
    expect(printed).toContain('TNET mining console. Send /help for commands, /as <name> to play another member.\n');
    expect(printed).toContain('You are now dora.\n');
    expect(printed).toContain(`${t.t('console-as-usage')}\n`);
    expect(printed).toContain('There is nothing to choose right now. Send /task.\n');
  });
});
