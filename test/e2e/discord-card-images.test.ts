import { rm } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { createLogger, type Core } from '../../core';
import type { RunningDiscord } from '../../bots/discord/start-discord';
import { createTestCore, engine, testCommunity, type TestCore } from '../helpers/test-core';
import { startTestDiscord, stopTestDiscord } from '../helpers/discord-bot';
import { DiscordServer, MANAGE_GUILD, MEMBER_PERMISSIONS, type FakeUser, type StoredMessage } from '../helpers/discord-server';
import { solidImage } from '../helpers/media-fixtures';

const ana: FakeUser = { id: '340000000000000001', username: 'ana' };
const mona: FakeUser = { id: '340000000000000009', username: 'mona', permissions: MEMBER_PERMISSIONS | MANAGE_GUILD };
const miners: FakeUser[] = [1, 2, 3].map((i) => ({ id: `34000000000000010${i}`, username: `miner${i}` }));

const text = DiscordServer.textOf;
const buttons = DiscordServer.buttonsOf;
const CAT_URL = 'https://images.example.com/cat.jpg';

/** An active label campaign of the community whose items carry pictures (an https URL or a media-store ref). */
async function imageCampaign(core: Core, name: string, communityId: number, items: { text: string; image: string }[]): Promise<number> {
  const c = await core.campaigns.create(
    { name, kind: 'label', question: 'Cat or dog?', options: ['cat', 'dog', 'bird'], reward: '10', budget: '1000', answersPerTask: 3, maxAnswersPerTask: 5, minEvidence: 0 },
    null,
    { communityId },
  );
  const jsonl = items.map((it, i) => JSON.stringify({ id: `p${i + 1}`, text: it.text, image: it.image })).join('\n') + '\n';
  await core.campaigns.importItems(c.id, Readable.from([jsonl]), 'jsonl');
  await core.campaigns.transition(c.id, 'activate');
  return c.id;
}

describe(`discord task cards with pictures end to end on ${engine}`, () => {
  let core: TestCore;
  let dc: DiscordServer;
  let running: RunningDiscord;
  let communityId: number;
  let ref: string;
  let stored: Buffer;
  const logLines: Record<string, unknown>[] = [];

  beforeAll(async () => {
    core = await createTestCore({}, { logger: createLogger({ level: 'info', write: (l) => logLines.push(JSON.parse(l)) }) });
    ref = (await core.media.storeImage(await solidImage('jpeg', 80, 60))).ref;
    stored = await core.media.readImage(ref);
    dc = await DiscordServer.start({ guilds: [{ id: '940000000000000001', name: 'Picture people', channelIds: ['940000000000000101', '940000000000000102'] }] });
    running = await startTestDiscord(core, dc, { adminIds: [] });
    communityId = await testCommunity(core, 'discord', dc.guilds[0]!.id);
  }, 60_000);

  afterAll(async () => {
    await stopTestDiscord(running, dc, core);
  }, 60_000);

  afterEach(() => expect(dc.violations).toEqual([]));

  const channel = '940000000000000101';

  it('shows an https picture as the card embed image, the URL as it is', async () => {
    const campaignId = await imageCampaign(core, 'URL pets', communityId, [{ text: 'a striped cat', image: CAT_URL }]);
    const card = await dc.answered(dc.slash(ana, 'task', { channelId: channel, options: { campaign: campaignId } }));
    expect(card.embeds).toHaveLength(1);
    expect(text(card)).toMatch(new RegExp(`^Campaign #${campaignId} · URL pets · task \\d+\\nCat or dog\\?\\n\\na striped cat`));
    expect(DiscordServer.embedImageOf(card)).toEqual({ url: CAT_URL });
    expect(card.attachments).toEqual([]);
    expect(buttons(card).map((b) => b.label)).toEqual(['cat', 'dog', 'bird']);
  }, 30_000);

  it('uploads a stored picture with a /task card, and the answered card lets it go', async () => {
    const campaignId = await imageCampaign(core, 'Stored pets', communityId, [{ text: 'a red square', image: ref }]);
    const card = await dc.answered(dc.slash(ana, 'task', { channelId: channel, options: { campaign: campaignId } }));
    const shown = DiscordServer.embedImageOf(card);
    expect(shown && 'file' in shown && shown.file.filename).toBe(ref);
    expect(shown && 'file' in shown && shown.file.bytes.equals(stored)).toBe(true);
    expect(card.attachments).toHaveLength(1);

    // The card turns into the outcome: no picture, and no file left outside the embed.
    await dc.answered(dc.press(ana, card, buttons(card)[0]!.id), 'the outcome');
    const outcome = await dc.waitFor('the outcome', () => /^Answer recorded: cat\./.test(text(dc.messages.get(card.id)!)) && dc.messages.get(card.id)!);
    expect(outcome.attachments).toEqual([]);
    expect(DiscordServer.embedImageOf(outcome)).toBeUndefined();
    expect(buttons(outcome).map((b) => b.label)).toEqual(['Next task']);
  }, 30_000);

  it('sends the card without its picture, with one log line, when the media store has lost it', async () => {
    const lost = await core.media.storeImage(await solidImage('jpeg', 70, 50));
    await rm(lost.path);
    const campaignId = await imageCampaign(core, 'Lost pets', communityId, [{ text: 'a lost bird', image: lost.ref }]);
    const card = await dc.answered(dc.slash(ana, 'task', { channelId: channel, options: { campaign: campaignId } }));
    expect(text(card)).toContain('a lost bird');
    expect(DiscordServer.embedImageOf(card)).toBeUndefined();
    expect(card.attachments).toEqual([]);
    expect(buttons(card).map((b) => b.label)).toEqual(['cat', 'dog', 'bird']);
    expect(logLines.filter((l) => l.msg === 'card picture missing from the media store; the card goes without it').map((l) => l.ref)).toEqual([lost.ref]);
  }, 30_000);

  describe('in a channel', () => {
    let campaignId: number;
    let cards: StoredMessage[];

    beforeAll(async () => {
      campaignId = await imageCampaign(core, 'Channel pets', communityId, [
        { text: 'a stored red square', image: ref },
        { text: 'a cat by URL', image: CAT_URL },
      ]);
    });

    it('posts each card as one embed with its picture, a stored one uploaded with it', async () => {
      const post = dc.slash(mona, 'campaign', { subcommand: 'post', options: { id: campaignId }, channelId: channel });
      expect(text(await dc.answered(post))).toBe(`Campaign #${campaignId} is now posted here.`);
      cards = await dc.waitFor('two cards', () => {
        const cs = dc.channelMessages(channel).filter((m) => text(m).startsWith(`Campaign #${campaignId}`));
        return cs.length === 2 && cs;
      });
      const storedCard = cards.find((c) => text(c).includes('red square'))!;
      const shown = DiscordServer.embedImageOf(storedCard);
      expect(shown && 'file' in shown && shown.file.bytes.equals(stored)).toBe(true);
      expect(DiscordServer.embedImageOf(cards.find((c) => text(c).includes('cat by URL'))!)).toEqual({ url: CAT_URL });
      for (const c of cards) expect(c.embeds).toHaveLength(1);
    }, 30_000);

    it('keeps the uploaded picture in the embed through the edits, to the final card', async () => {
      const card = cards.find((c) => text(c).includes('red square'))!;
      const fileId = card.attachments[0]!.id;
      for (const m of miners) await dc.answered(dc.press(m, card, buttons(card)[1]!.id), `${m.username}'s notice`);
      const final = await dc.waitFor('the final card', () => /Consensus: dog · 3 answers$/.test(text(dc.messages.get(card.id)!)) && dc.messages.get(card.id)!);
      expect(final.components).toEqual([]);
      expect(final.history.length).toBeGreaterThan(1);
      // The same file, never uploaded again, still inside the embed.
      expect(final.attachments.map((a) => a.id)).toEqual([fileId]);
      const shown = DiscordServer.embedImageOf(final);
      expect(shown && 'file' in shown && shown.file.id).toBe(fileId);
      const uploads = dc.calls.filter((c) => c.path.startsWith(`/channels/${channel}/messages/${card.id}`) && c.files.length > 0);
      expect(uploads).toEqual([]);
    }, 30_000);
  });
});
