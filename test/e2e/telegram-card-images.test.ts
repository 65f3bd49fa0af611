import { rm } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { createLogger, type Core } from '../../core';
import type { RunningTelegram } from '../../bots/telegram/start-telegram';
import { createTestCore, engine, type TestCore } from '../helpers/test-core';
import { solidImage } from '../helpers/media-fixtures';
import { startTestBot, stopTestBot } from '../helpers/telegram-bot';
import { TelegramEmulator, type FakeChat, type PhotoMessage } from '../helpers/telegram-emulator';

const ana = { id: 3101, firstName: 'Ana' };
const ben = { id: 3102, firstName: 'Ben' };
const moderator = { id: 3901, firstName: 'Mona' };
const miners = [3201, 3202, 3203].map((id) => ({ id, firstName: `Miner ${id}` }));
const group: FakeChat = { id: -3001, type: 'group', title: 'Picture people' };
const otherGroup: FakeChat = { id: -3002, type: 'group', title: 'Broken pictures' };

const CAT_URL = 'https://images.example.com/cat.jpg';
const GONE_URL = 'https://images.example.com/gone.jpg';

/** An active label campaign whose items carry pictures (an https URL or a media-store ref). */
async function imageCampaign(core: Core, name: string, items: { text: string; image: string }[]): Promise<number> {
  const c = await core.campaigns.create(
    { name, kind: 'label', question: 'Cat or dog?', options: ['cat', 'dog', 'bird'], reward: '10', budget: '1000', answersPerTask: 3, maxAnswersPerTask: 5, minEvidence: 0 },
    null,
  );
  const jsonl = items.map((it, i) => JSON.stringify({ id: `p${i + 1}`, text: it.text, image: it.image })).join('\n') + '\n';
  await core.campaigns.importItems(c.id, Readable.from([jsonl]), 'jsonl');
  await core.campaigns.transition(c.id, 'activate');
  return c.id;
}

describe(`telegram task cards with pictures end to end on ${engine}`, () => {
  let core: TestCore;
  let tg: TelegramEmulator;
  let running: RunningTelegram;
  let ref: string;
  let stored: Buffer;
  const logLines: Record<string, unknown>[] = [];

  beforeAll(async () => {
    core = await createTestCore({}, { logger: createLogger({ level: 'info', write: (l) => logLines.push(JSON.parse(l)) }) });
    const image = await core.media.storeImage(await solidImage('png', 80, 60));
    ref = image.ref;
    stored = await core.media.readImage(ref);
    tg = await TelegramEmulator.start('777001:TEST-token-for-card-images-0001');
    tg.badPhotoUrls.add(GONE_URL);
    running = await startTestBot(core, tg, { adminIds: [], editIntervalMs: 100 });
    for (const u of [ana, ben]) {
      await tg.send(u, '/start');
      await tg.waitFor('the welcome', () => tg.botMessages(u.id).find((m) => m.text.startsWith('Welcome')));
    }
  }, 60_000);

  afterAll(async () => {
    await stopTestBot(running, tg, core);
  }, 60_000);

  /** The newest photo in a chat after `count` photos, once it is there. */
  const photoAfter = (chatId: number, count: number): Promise<PhotoMessage> =>
    tg.waitFor(`photo ${count + 1} in chat ${chatId}`, () => tg.photoMessages(chatId)[count]);

  it('serves a /task card with an https picture as a photo: the URL as it is, the card as caption, the buttons', async () => {
    const campaignId = await imageCampaign(core, 'URL pets', [{ text: 'a <b>striped</b> cat', image: CAT_URL }]);
    const before = tg.photoMessages(ana.id).length;
    await tg.send(ana, `/task ${campaignId}`);
    const card = await photoAfter(ana.id, before);
    expect(card.photo).toEqual({ url: CAT_URL });
    expect(card.parseMode).toBe('HTML');
    expect(card.html).toContain('a &lt;b&gt;striped&lt;/b&gt; cat');
    expect(card.text).toMatch(new RegExp(`^Campaign #${campaignId} · URL pets · task \\d+\\nCat or dog\\?\\n\\na <b>striped</b> cat\\n\\n`));
    expect(card.buttons.flat().map((b) => b.text)).toEqual(['cat', 'dog', 'bird']);

    // The answered card keeps its picture: its caption becomes the outcome, with "Next task".
    await tg.press(ana, card, card.buttons[0]![0]!.data);
    const outcome = await tg.waitFor('the outcome caption', () => /^Answer recorded: cat\./.test(card.text) && card);
    expect(outcome.buttons.flat().map((b) => b.text)).toEqual(['Next task']);
    expect(tg.callsOf('editMessageText').filter((c) => c.payload.chat_id === ana.id)).toEqual([]);
    expect(logLines.filter((l) => l.level === 'warn' || l.level === 'error')).toEqual([]);
  }, 30_000);

  it('uploads a stored picture once, then sends it by the file_id Telegram gave it', async () => {
    const campaignId = await imageCampaign(core, 'Stored pets', [{ text: 'a red square', image: ref }]);
    const uploads = tg.uploadsOf('sendPhoto').length;
    const first = await (async () => {
      const n = tg.photoMessages(ana.id).length;
      await tg.send(ana, `/task ${campaignId}`);
      return photoAfter(ana.id, n);
    })();
    expect('upload' in first.photo && first.photo.upload.bytes.equals(stored)).toBe(true);
    expect(tg.uploadsOf('sendPhoto')).toHaveLength(uploads + 1);
    expect(first.text).toContain('a red square');
    expect(first.buttons.flat().map((b) => b.text)).toEqual(['cat', 'dog', 'bird']);

    const n = tg.photoMessages(ben.id).length;
    await tg.send(ben, `/task ${campaignId}`);
    const second = await photoAfter(ben.id, n);
    expect(second.photo).toEqual({ fileId: first.fileId });
    expect(tg.uploadsOf('sendPhoto')).toHaveLength(uploads + 1);
  }, 30_000);

  it('sends the card as text, with one log line, when Telegram refuses the picture', async () => {
    const campaignId = await imageCampaign(core, 'Gone pets', [{ text: 'a vanished cat', image: GONE_URL }]);
    const mark = tg.lastMessageId(ana.id);
    await tg.send(ana, `/task ${campaignId}`);
    const card = await tg.waitFor('the text card', () => tg.botMessages(ana.id).find((m) => m.messageId > mark && m.text.startsWith(`Campaign #${campaignId}`)));
    expect(card.text).toContain('a vanished cat');
    expect(card.buttons.flat().map((b) => b.text)).toEqual(['cat', 'dog', 'bird']);
    expect(tg.callsOf('sendPhoto').some((c) => c.payload.photo === GONE_URL)).toBe(true);
    expect(logLines.filter((l) => l.msg === 'telegram refused a card picture; the card goes as text').map((l) => l.url)).toEqual([GONE_URL]);
  }, 30_000);

  it('sends the card as text, with one log line, when the media store has lost the picture', async () => {
    const lost = await core.media.storeImage(await solidImage('png', 70, 50));
    await rm(lost.path);
    const campaignId = await imageCampaign(core, 'Lost pets', [{ text: 'a lost bird', image: lost.ref }]);
    const mark = tg.lastMessageId(ben.id);
    await tg.send(ben, `/task ${campaignId}`);
    const card = await tg.waitFor('the text card', () => tg.botMessages(ben.id).find((m) => m.messageId > mark && m.text.startsWith(`Campaign #${campaignId} · `)));
    expect(card.buttons.flat().map((b) => b.text)).toEqual(['cat', 'dog', 'bird']);
    expect(logLines.filter((l) => l.msg === 'card picture missing from the media store; the card goes as text').map((l) => l.ref)).toEqual([lost.ref]);
  }, 30_000);

  it('sends the picture of a card too long for a caption first, then the whole card with the buttons', async () => {
    const long = `${'a very long description of the animal '.repeat(60)}END`;
    const campaignId = await imageCampaign(core, 'Long pets', [{ text: long, image: CAT_URL }]);
    const n = tg.photoMessages(ben.id).length;
    const texts = tg.botMessages(ben.id).length;
    await tg.send(ben, `/task ${campaignId}`);
    const photo = await photoAfter(ben.id, n);
    expect(photo.text.length).toBeLessThanOrEqual(1024);
    expect(photo.text).toContain('Cat or dog?');
    expect(photo.text).not.toContain('END');
    expect(photo.buttons).toEqual([]);
    // Nobody answers a card they could only read cut: the buttons sit under the whole text.
    const card = await tg.waitFor('the whole card', () => tg.botMessages(ben.id).slice(texts).find((m) => m.text.includes('END')));
    expect(card.text).toContain('Cat or dog?');
    expect(card.buttons.flat().map((b) => b.text)).toEqual(['cat', 'dog', 'bird']);
    await tg.press(ben, card, card.buttons[0]![0]!.data);
    await tg.waitFor('the outcome', () => tg.botMessages(ben.id).find((m) => /^Answer recorded: cat\./.test(m.text)));
  }, 30_000);

  describe('in a group', () => {
    let campaignId: number;
    let cards: PhotoMessage[];

    beforeAll(async () => {
      tg.admins.set(group.id, new Set([moderator.id]));
      campaignId = await imageCampaign(core, 'Group pets', [
        { text: 'a stored red square', image: ref },
        { text: 'a cat by URL', image: CAT_URL },
      ]);
    });

    it('posts the cards as photos with their buttons', async () => {
      await tg.send(moderator, `/campaign post ${campaignId}`, group);
      cards = await tg.waitFor('two photo cards', () => tg.photoMessages(group.id).length === 2 && tg.photoMessages(group.id));
      for (const c of cards) {
        expect(c.text).toMatch(new RegExp(`^Campaign #${campaignId} · Group pets`));
        expect(c.text).toContain('0/3 answers');
        expect(c.buttons.flat().map((b) => b.text)).toEqual(['cat', 'dog', 'bird']);
      }
      const byText = (t: string) => cards.find((c) => c.text.includes(t))!;
      // The stored picture went before, to a private chat: Telegram's file_id serves it here too.
      expect('fileId' in byText('red square').photo).toBe(true);
      expect(byText('cat by URL').photo).toEqual({ url: CAT_URL });
    }, 30_000);

    it('edits a card caption as answers arrive and drops its buttons once final', async () => {
      const card = cards.find((c) => c.text.includes('cat by URL'))!;
      await tg.press(miners[0]!, card, card.buttons[0]![1]!.data, group);
      await tg.waitFor('the count in the caption', () => card.text.includes('1/3 answers') && card);
      expect(card.buttons.flat()).toHaveLength(3);
      for (const m of miners.slice(1)) await tg.press(m, card, card.buttons[0]![1]!.data, group);
      await tg.waitFor('the consensus in the caption', () => /Consensus: dog · 3 answers$/.test(card.text) && card);
      expect(card.buttons).toEqual([]);
      expect(card.photo).toEqual({ url: CAT_URL });
      const edits = tg.callsOf('editMessageCaption').filter((c) => c.payload.chat_id === group.id && c.payload.message_id === card.messageId);
      expect(edits.length).toBeGreaterThanOrEqual(2);
      expect(tg.callsOf('editMessageText').filter((c) => c.payload.chat_id === group.id)).toEqual([]);
      expect(logLines.filter((l) => l.level === 'error')).toEqual([]);
    }, 30_000);
  });

  describe('in a group, when Telegram refuses the picture', () => {
    it('posts the card as text and edits its text as answers arrive', async () => {
      tg.admins.set(otherGroup.id, new Set([moderator.id]));
      const campaignId = await imageCampaign(core, 'Gone group pets', [{ text: 'a vanished dog', image: GONE_URL }]);
      const mark = tg.lastMessageId(otherGroup.id);
      await tg.send(moderator, `/campaign post ${campaignId}`, otherGroup);
      const card = await tg.waitFor('the text card', () => tg.botMessages(otherGroup.id).find((m) => m.messageId > mark && m.text.startsWith(`Campaign #${campaignId} · `)));
      expect(card.text).toContain('0/3 answers');
      expect(tg.photoMessages(otherGroup.id)).toEqual([]);
      await tg.press(miners[0]!, card, card.buttons[0]![0]!.data, otherGroup);
      await tg.waitFor('the count in the text', () => tg.botMessages(otherGroup.id).find((m) => m.messageId === card.messageId && m.text.includes('1/3 answers')));
      // The text card is edited as text: no caption edit is tried on it.
      expect(tg.callsOf('editMessageCaption').filter((c) => c.payload.chat_id === otherGroup.id)).toEqual([]);
      expect(logLines.filter((l) => l.level === 'error')).toEqual([]);
    }, 30_000);
  });
});

