import { Readable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import { EXPORT_COLUMNS, createLogger, type Core } from '../../core';
import { PNG_SIGNATURE, pngSize } from '../../bots/common/chart-png';
import type { RunningTelegram } from '../../bots/telegram/start-telegram';
import { createTestCore, engine, testCommunity, type TestCore } from '../helpers/test-core';
import { startTestBot, stopTestBot } from '../helpers/telegram-bot';
import { TelegramEmulator, type BotMessage, type FakeChat } from '../helpers/telegram-emulator';

/** Telegram users of this file: 999 is a platform-wide moderator (ADMIN_TELEGRAM_IDS). */
const admin = { id: 999, firstName: 'Ada' };
const groupAdmin = { id: 901, firstName: 'Mona' };
const member1 = { id: 301, firstName: 'Max' };
/** Eve administers a group of her own, a community too: she moderates nothing of the Labelers. */
const eve = { id: 777, firstName: 'Eve' };
const group: FakeChat = { id: -6001, type: 'group', title: 'Labelers' };
const strangers: FakeChat = { id: -6002, type: 'group', title: 'Strangers' };

async function campaignWithItems(core: Core, n: number, communityId: number | null = null): Promise<number> {
  const c = await core.campaigns.create({ name: 'Birds', kind: 'label', question: 'Which bird?', options: ['owl', 'crow'], reward: '5', budget: '1000', answersPerTask: 3 }, null, { communityId });
  const csv = ['id,text', ...Array.from({ length: n }, (_, i) => `b${i + 1},bird ${i + 1}`)].join('\n') + '\n';
  await core.campaigns.importItems(c.id, Readable.from([csv]), 'csv');
  await core.campaigns.transition(c.id, 'activate');
  return c.id;
}

describe(`telegram moderator commands end to end on ${engine}`, () => {
  let core: TestCore;
  let tg: TelegramEmulator;
  let running: RunningTelegram;
  let labelersId: number;
  let strangersId: number;

  beforeAll(async () => {
    core = await createTestCore({}, { logger: createLogger({ level: 'warn', write: (l) => (process.env.TG_DEBUG ? process.stderr.write(l + '\n') : undefined) }) });
    tg = await TelegramEmulator.start('654321:TEST-token-for-moderator-tests-02');
    tg.admins.set(group.id, new Set([groupAdmin.id]));
    tg.admins.set(strangers.id, new Set([eve.id]));
    running = await startTestBot(core, tg, { adminIds: [String(admin.id)], editIntervalMs: 100 });
    labelersId = await testCommunity(core, 'telegram', String(group.id));
    strangersId = await testCommunity(core, 'telegram', String(strangers.id), 0n);
  }, 60_000);

  afterAll(async () => {
    await stopTestBot(running, tg, core);
  }, 60_000);

  /** The first bot message in a chat after `after` matching `re`, once it is there. */
  const message = (chatId: number, re: RegExp, after: number): Promise<BotMessage> =>
    tg.waitFor(`a message matching ${re} in chat ${chatId}`, () => tg.botMessages(chatId).find((m) => m.messageId > after && re.test(m.text)));
  /** Sends a text and resolves with the bot's next message in that chat. */
  const ask = async (user: { id: number; firstName: string }, text: string, chat?: FakeChat): Promise<BotMessage> => {
    const chatId = chat?.id ?? user.id;
    const mark = tg.lastMessageId(chatId);
    await tg.send(user, text, chat);
    return message(chatId, /[\s\S]/, mark);
  };
  const campaignCount = async (): Promise<number> => (await core.ds.query(`SELECT count(*)::int AS n FROM campaign`))[0].n;

  /** Walks the conversation up to the items step. */
  async function defineCampaign(name: string): Promise<void> {
    expect((await ask(admin, '/campaign new')).text).toMatch(/^New campaign .*\nStep 1 of 8: its name\?$/);
    expect((await ask(admin, name)).text).toMatch(/^Step 2 of 8: which kind\?/);
    expect((await ask(admin, 'label')).text).toMatch(/^Step 3 of 8/);
    expect((await ask(admin, 'Cat or dog?')).text).toMatch(/^Step 4 of 8/);
    expect((await ask(admin, 'cat, dog=Dog!')).text).toMatch(/^Step 5 of 8/);
    expect((await ask(admin, '10')).text).toMatch(/^Step 6 of 8/);
    expect((await ask(admin, '3')).text).toMatch(/^Step 7 of 8/);
    const items = await ask(admin, '1000');
    expect(items.text).toContain('Options: cat, dog (Dog!)');
    expect(items.text).toContain('Step 8 of 8: send the items as a CSV file');
  }

  it('refuses /campaign new from a member who is not a moderator, in a group and in private', async () => {
    expect((await ask(member1, '/campaign new', group)).text).toBe('Only moderators can do that.');
    expect((await ask(member1, '/campaign new')).text).toBe('Only moderators can do that.');
    // No conversation was started: plain text is not taken as a campaign name.
    expect((await ask(member1, 'My campaign')).text).toBe('Commands start with /. Send /help for the list.');
    const usage = await ask(member1, '/campaign');
    expect(usage.text).toMatch(/^Usage: \/campaign list/);
    expect(usage.text).toContain('/campaign new [community id] | /campaign post <id> [cards at a time]');
    expect((await ask(admin, '/campaign new now')).text).toBe('Usage: /campaign new, then answer the questions one by one. In private: /campaign new <community id> for a community.');
  }, 30_000);

  it('creates a campaign from the conversation and a CSV upload, and activates it on confirmation', async () => {
    const before = await campaignCount();
    expect((await ask(admin, '/campaign new')).text).toMatch(/Step 1 of 8/);
    await ask(admin, 'Pets from chat');
    // Each answer is checked by the definition's rules; a wrong one keeps the step.
    expect((await ask(admin, 'poll')).text).toMatch(/^That does not fit:\n- kind: .*\nStep 2 of 8/s);
    await ask(admin, 'label');
    await ask(admin, 'Cat or dog?');
    expect((await ask(admin, 'cat')).text).toMatch(/options: .*2.*\nStep 4 of 8/s);
    await ask(admin, 'cat, dog');
    expect((await ask(admin, 'ten')).text).toMatch(/reward: must be a TNET amount/);
    await ask(admin, '10');
    expect((await ask(admin, 'many')).text).toMatch(/^answersPerTask: must be a whole number\nStep 6 of 8/);
    await ask(admin, '3');
    expect((await ask(admin, '5')).text).toMatch(/budget: must cover at least one reward[\s\S]*Step 7 of 8/);
    expect((await ask(admin, '1000')).text).toMatch(/Step 8 of 8/);
    expect(await campaignCount()).toBe(before);

    let mark = tg.lastMessageId(admin.id);
    await tg.sendDocument(admin, { fileName: 'items.txt', bytes: Buffer.from('hello') });
    expect((await message(admin.id, /[\s\S]/, mark)).text).toBe('Send the items as a .csv or .jsonl file (or a .zip with one and its images), or /cancel.');

    mark = tg.lastMessageId(admin.id);
    const csv = 'id,text,gold\np1,a small cat,\np2,"a big, loud dog",\np3,known one,dog\n';
    await tg.sendDocument(admin, { fileName: 'pets.csv', mimeType: 'text/csv', bytes: Buffer.from(csv) });
    const imported = await message(admin.id, /[\s\S]/, mark);
    const id = Number(/^Imported 3 items \(1 of them with a known answer\) into draft campaign #(\d+)\.\nSend activate/.exec(imported.text)![1]);
    expect(tg.callsOf('downloadFile').length).toBeGreaterThan(0);
    const draft = await core.campaigns.get(id);
    expect(draft).toMatchObject({ name: 'Pets from chat', status: 'draft', answersPerTask: 3 });
    expect(draft.options).toEqual([{ id: 'cat', label: 'cat' }, { id: 'dog', label: 'dog' }]);
    expect(draft.budget).toBe(1000n * 10n ** 18n);
    const tasks: { item_key: string; payload: { text: string } }[] = await core.ds.query(`SELECT item_key, payload FROM task WHERE campaign_id = $1 ORDER BY id`, [id]);
    expect(tasks.map((t) => [t.item_key, t.payload.text])).toEqual([['p1', 'a small cat'], ['p2', 'a big, loud dog'], ['p3', 'known one']]);
    const creator = await core.identities.resolve({ platform: 'telegram', platformUserId: String(admin.id), displayName: 'Ada' });
    expect(draft.createdBy).toBe(creator.memberId);

    expect((await ask(admin, 'activate')).text).toBe(`Campaign #${id} is active. Post it in a group with /campaign post ${id} [cards at a time].`);
    expect((await core.campaigns.get(id)).status).toBe('active');
    // The conversation is over.
    expect((await ask(admin, 'activate')).text).toBe('Commands start with /. Send /help for the list.');
  }, 60_000);

  it('refuses a broken CSV naming its bad rows, and leaves nothing behind', async () => {
    const before = await campaignCount();
    await defineCampaign('Broken upload');
    const mark = tg.lastMessageId(admin.id);
    const csv = 'id,text\nq1,fine\nq2,\nq1,again\n';
    await tg.sendDocument(admin, { fileName: 'broken.csv', bytes: Buffer.from(csv) });
    const refused = await message(admin.id, /[\s\S]/, mark);
    expect(refused.text).toContain('Nothing was imported: 2 bad rows.');
    expect(refused.text).toContain('- line 3: the item has no content');
    expect(refused.text).toMatch(/- line 4: duplicate id "q1"/);
    expect(refused.text).toContain('Fix the file and send it again, or /cancel.');
    expect(await campaignCount()).toBe(before);
    const [{ n }] = await core.ds.query(`SELECT count(*)::int AS n FROM task t JOIN campaign c ON c.id = t.campaign_id WHERE c.name = 'Broken upload'`);
    expect(n).toBe(0);

    // A huge file is refused before anything is downloaded.
    const getFiles = tg.callsOf('getFile').length;
    const m2 = tg.lastMessageId(admin.id);
    await tg.sendDocument(admin, { fileName: 'huge.csv', fileSize: 25 * 1024 * 1024 });
    expect((await message(admin.id, /[\s\S]/, m2)).text).toBe('That file is 25 MB; the limit is 20 MB. Split it into smaller files, or /cancel.');
    expect(tg.callsOf('getFile')).toHaveLength(getFiles);

    expect((await ask(admin, '/cancel')).text).toBe('Cancelled. No campaign was created.');
    expect(await campaignCount()).toBe(before);
    expect((await ask(admin, '/cancel')).text).toBe('There is nothing to cancel.');
  }, 60_000);

  it('stops the conversation on /cancel at any step, and closes a draft it made', async () => {
    const before = await campaignCount();
    await ask(admin, '/campaign new');
    await ask(admin, 'Half done');
    expect((await ask(admin, '/cancel')).text).toBe('Cancelled. No campaign was created.');
    expect((await ask(admin, 'label')).text).toBe('Commands start with /. Send /help for the list.');
    expect(await campaignCount()).toBe(before);

    await defineCampaign('Dropped after import');
    const mark = tg.lastMessageId(admin.id);
    await tg.sendDocument(admin, { fileName: 'ok.jsonl', bytes: Buffer.from('{"id":"j1","text":"one"}\n{"id":"j2","text":"two"}\n') });
    const imported = await message(admin.id, /^Imported 2 items/, mark);
    const id = Number(/campaign #(\d+)\./.exec(imported.text)![1]);
    expect((await ask(admin, '/cancel')).text).toBe(`Cancelled. Draft campaign #${id} is closed; it never ran.`);
    expect((await core.campaigns.get(id)).status).toBe('closed');
  }, 60_000);

  it('asks for replies in a group, so privacy mode delivers the answers', async () => {
    const prompt = await ask(groupAdmin, '/campaign new', group);
    expect(prompt.text).toMatch(/Step 1 of 8/);
    const sent = tg.callsOf('sendMessage').filter((c) => Number(c.payload.chat_id) === group.id).at(-1)!;
    expect(sent.payload.reply_markup).toEqual({ force_reply: true, selective: true });
    expect(await ask(groupAdmin, '/cancel', group)).toMatchObject({ text: 'Cancelled. No campaign was created.' });
  }, 30_000);

  it('sends /campaign stats as a PNG chart with the figures as its caption', async () => {
    const id = await campaignWithItems(core, 3);
    const before = tg.uploadsOf('sendPhoto').length;
    await tg.send(member1, `/campaign stats ${id}`);
    const [upload] = await tg.waitFor('the stats picture', () => {
      const u = tg.uploadsOf('sendPhoto').slice(before);
      return u.length > 0 && u;
    });
    expect(upload!.file.bytes.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(pngSize(upload!.file.bytes)).toEqual({ width: 1200, height: 780 });
    expect(upload!.fields.chat_id).toBe(String(member1.id));
    expect(upload!.fields.caption).toMatch(new RegExp(`^Campaign #${id} · Birds \\[active\\]\\nProgress: 0%`));
  }, 30_000);

  it('sends /campaign export as a CSV document to a moderator only', async () => {
    const id = await campaignWithItems(core, 4);
    // For a member the campaign does not exist as a moderator's: the unknown-id reply.
    expect((await ask(member1, `/campaign export ${id}`)).text).toBe(`There is no campaign #${id}.`);
    expect((await ask(member1, `/campaign export ${id}`, group)).text).toBe('Only moderators can do that.');
    const before = tg.uploadsOf('sendDocument').length;
    await tg.send(admin, `/campaign export ${id}`);
    const [upload] = await tg.waitFor('the export document', () => {
      const u = tg.uploadsOf('sendDocument').slice(before);
      return u.length > 0 && u;
    });
    expect(upload!.file.filename).toBe(`campaign-${id}.csv`);
    expect(upload!.fields.caption).toBe(`Campaign #${id}: 4 tasks with their consensus, as CSV.`);
    const text = upload!.file.bytes.toString('utf8');
    let expected = '';
    for await (const chunk of (await core.exports.open(id, { format: 'csv' })).chunks()) expected += chunk;
    expect(text).toBe(expected);
    const rows: Record<string, string>[] = parse(text, { columns: true });
    expect(Object.keys(rows[0]!)).toEqual([...EXPORT_COLUMNS]);
    expect(rows.map((r) => r.item_key)).toEqual(['b1', 'b2', 'b3', 'b4']);
    expect((await ask(admin, '/campaign export x')).text).toMatch(/^Usage: \/campaign export <id>/);
  }, 30_000);

  it("sends a group's /campaign export to the moderator in private, never to the group", async () => {
    const id = await campaignWithItems(core, 2, labelersId);
    const chatOf = (u: { fields: Record<string, string> }) => Number(u.fields.chat_id);
    const before = tg.uploadsOf('sendDocument').length;
    const mark = tg.lastMessageId(group.id);
    await tg.send(groupAdmin, `/campaign export ${id}`, group);
    expect((await message(group.id, /[\s\S]/, mark)).text).toBe('I sent you a private message.');
    const uploads = tg.uploadsOf('sendDocument').slice(before);
    expect(uploads.map(chatOf)).toEqual([groupAdmin.id]);
    expect(uploads[0]!.file.filename).toBe(`campaign-${id}.csv`);
    expect(uploads[0]!.file.bytes.toString('utf8').split(/\r?\n/)[0]).toBe(EXPORT_COLUMNS.join(','));

    // A moderator who never started the bot: nothing is sent anywhere, and the group line
    // opens the private chat without a start payload (a link that would run an export).
    tg.notStarted.add(groupAdmin.id);
    const mark2 = tg.lastMessageId(group.id);
    await tg.send(groupAdmin, `/campaign export ${id}`, group);
    const line = await message(group.id, /[\s\S]/, mark2);
    expect(line.text).toBe(`Exports go only to a private chat. Open https://t.me/TestNameBot, press Start, then send /campaign export ${id} there or here again.`);
    expect(line.text).not.toMatch(/\?start=/);
    tg.notStarted.delete(groupAdmin.id);
    expect(tg.uploadsOf('sendDocument').slice(before).every((u) => chatOf(u) !== group.id)).toBe(true);
    // Both exports are in the community's audit log.
    const audit = await core.audit.list({ communityId: labelersId });
    expect(audit.slice(-2).map((l) => [l.actor, l.action, l.subject])).toEqual([
      [`telegram:${groupAdmin.id}`, 'campaign.export', `campaign:${id}`],
      [`telegram:${groupAdmin.id}`, 'campaign.export', `campaign:${id}`],
    ]);
  }, 30_000);

  it('posts a campaign at the pace a moderator sets', async () => {
    const id = await campaignWithItems(core, 5);
    const cardsIn = (after: number) => tg.botMessages(group.id).filter((m) => m.messageId > after && m.buttons.length > 0 && m.text.includes('Which bird?'));
    expect((await ask(member1, `/campaign post ${id} 2`, group)).text).toBe('Only moderators can do that.');
    expect((await ask(groupAdmin, `/campaign post ${id} 0`, group)).text).toMatch(/^Usage: \/campaign post <id> \[cards\]/);
    const mark = tg.lastMessageId(group.id);
    expect((await ask(groupAdmin, `/campaign post ${id} 1`, group)).text).toBe(`Campaign #${id} is now posted here, 1 card at a time.`);
    await tg.waitFor('one card', () => cardsIn(mark).length === 1);
    expect(await core.posts.pace(`telegram:${group.id}`)).toEqual({ openCards: 1, refillBelow: 1 });
    await ask(groupAdmin, `/campaign post ${id} 3`, group);
    await tg.waitFor('three cards', () => cardsIn(mark).length === 3);
    expect(await core.posts.pace(`telegram:${group.id}`)).toEqual({ openCards: 3, refillBelow: 3 });
  }, 30_000);
  /** Campaigns with their money and postings, communities with their allowances, and the audit log. */
  const snapshot = async () => ({
    campaigns: await core.ds.query(
      `SELECT c.id, c.status, c.chat_ids, c.community_id, b.budget::text AS budget, b.spent::text AS spent FROM campaign c JOIN campaign_budget b ON b.campaign_id = c.id ORDER BY c.id`,
    ),
    communities: await core.ds.query(`SELECT id, allowance::text AS allowance, reserved::text AS reserved FROM community ORDER BY id`),
    audit: await core.ds.query(`SELECT id, actor, action, subject FROM audit_log ORDER BY id`),
  });

  it("gives a stranger's group admin the unknown-id reply for every moderator command on another community's campaign, and changes nothing", async () => {
    const active = await campaignWithItems(core, 3, labelersId);
    const draft = (await core.campaigns.create({ name: 'Draft', kind: 'label', question: 'Which bird?', options: ['owl', 'crow'], reward: '5', budget: '100' }, null, { communityId: labelersId })).id;
    const platform = await campaignWithItems(core, 2);
    const before = await snapshot();
    expect((await ask(eve, '/campaign pause 999999', strangers)).text).toBe('There is no campaign #999999.');
    // In her own group and in private with the bot, Eve meets the same reply as for an unknown id.
    for (const chat of [strangers, undefined]) {
      for (const [sub, target] of [['pause', active], ['resume', active], ['close', active], ['activate', draft], ['post', active], ['export', active], ['close', platform]] as const) {
        expect((await ask(eve, `/campaign ${sub} ${target}`, chat)).text).toBe(`There is no campaign #${target}.`);
      }
      expect((await ask(eve, `/campaign post ${active} 2`, chat)).text).toBe(`There is no campaign #${active}.`);
    }
    // Her list shows her community's campaigns only (none yet), in private: a moderator's listing never goes to a group.
    expect((await ask(eve, '/campaign list', strangers)).text).toBe('I sent you a private message.');
    expect(tg.botMessages(eve.id).at(-1)!.text).toBe('No campaigns yet.');
    // Another community's draft does not exist for her, nor for a member: no stats, no picture.
    const pictures = tg.uploadsOf('sendPhoto').length;
    for (const chat of [strangers, undefined]) expect((await ask(eve, `/campaign stats ${draft}`, chat)).text).toBe(`There is no campaign #${draft}.`);
    expect((await ask(member1, `/campaign stats ${draft}`, group)).text).toBe(`There is no campaign #${draft}.`);
    expect(tg.uploadsOf('sendPhoto').length).toBe(pictures);
    // Stats stay public.
    const photos = tg.uploadsOf('sendPhoto').length;
    await tg.send(eve, `/campaign stats ${active}`, strangers);
    const [photo] = await tg.waitFor('the stats picture', () => {
      const u = tg.uploadsOf('sendPhoto').slice(photos);
      return u.length > 0 && u;
    });
    expect(photo!.fields.caption).toMatch(new RegExp(`^Campaign #${active} · Birds \\[active\\]`));
    expect(await snapshot()).toEqual(before);
    expect(tg.botMessages(strangers.id).some((m) => m.buttons.length > 0)).toBe(false);

    // Its own moderators see the draft's figures.
    const drawn = tg.uploadsOf('sendPhoto').length;
    await tg.send(groupAdmin, `/campaign stats ${draft}`, group);
    const [drawnDraft] = await tg.waitFor('the draft stats picture', () => {
      const u = tg.uploadsOf('sendPhoto').slice(drawn);
      return u.length > 0 && u;
    });
    expect(drawnDraft!.fields.caption).toMatch(new RegExp(`^Campaign #${draft} · Draft \\[draft\\]`));

    // The Labelers' own admin moderates it, from the group and in private with the bot (the bot asks Telegram about the group), audited.
    expect((await ask(groupAdmin, `/campaign pause ${active}`)).text).toBe(`Campaign #${active} is now paused.`);
    expect((await ask(groupAdmin, `/campaign resume ${active}`, group)).text).toBe(`Campaign #${active} is now active.`);
    expect(tg.callsOf('getChatMember').some((c) => Number(c.payload.chat_id) === group.id && Number(c.payload.user_id) === groupAdmin.id)).toBe(true);
    // A platform campaign is the platform admins' to run.
    expect((await ask(groupAdmin, `/campaign close ${platform}`, group)).text).toBe(`There is no campaign #${platform}.`);
    const audit = await core.audit.list({ communityId: labelersId });
    expect(audit.slice(-2).map((l) => [l.actor, l.action, l.subject, l.details])).toEqual([
      [`telegram:${groupAdmin.id}`, 'campaign.pause', `campaign:${active}`, { from: 'active', to: 'paused' }],
      [`telegram:${groupAdmin.id}`, 'campaign.resume', `campaign:${active}`, { from: 'paused', to: 'active' }],
    ]);
  }, 90_000);

  /** Walks the conversation from `start` to the items step with this budget. */
  async function walk(user: { id: number; firstName: string }, start: string, budget: string): Promise<void> {
    expect((await ask(user, start)).text).toMatch(/Step 1 of 8/);
    for (const answer of ['Funded pets', 'label', 'Cat or dog?', 'cat, dog', '10', '3']) await ask(user, answer);
    expect((await ask(user, budget)).text).toContain('Step 8 of 8');
  }
  const upload = async (user: { id: number; firstName: string }): Promise<BotMessage> => {
    const mark = tg.lastMessageId(user.id);
    await tg.sendDocument(user, { fileName: 'pets.csv', bytes: Buffer.from('id,text\nx1,one\nx2,two\n') });
    return message(user.id, /[\s\S]/, mark);
  };

  it("refuses /campaign new without an allowance, then a budget over it, and reserves one within it from the community's allowance", async () => {
    const before = await campaignCount();
    // Not her community, and not the platform's: refused before any question.
    expect((await ask(eve, `/campaign new ${labelersId}`)).text).toBe(`There is no community #${labelersId}.`);
    expect((await ask(eve, '/campaign new')).text).toBe('Only moderators can do that.');
    expect((await ask(eve, '/campaign new 999')).text).toBe('There is no community #999.');

    await walk(eve, `/campaign new ${strangersId}`, '1000');
    const none = await upload(eve);
    expect(none.text).toBe('This community has no TNET allowance left for a new budget. A platform admin grants one with /community grant.\nStep 7 of 8: the total budget in TNET?');
    expect(await campaignCount()).toBe(before);

    expect((await ask(eve, '/community grant 500', strangers)).text).toBe('Only platform admins can do that.');
    expect((await ask(admin, '/community grant 500', strangers)).text).toBe(`Granted 500 TNET to community #${strangersId}: 500 TNET in total, 500 TNET left.`);

    expect((await ask(eve, '1000')).text).toContain('Step 8 of 8');
    expect((await upload(eve)).text).toBe("That budget is over this community's allowance: at most 500 TNET is left.\nStep 7 of 8: the total budget in TNET?");
    expect(await campaignCount()).toBe(before);

    expect((await ask(eve, '400')).text).toContain('Step 8 of 8');
    const imported = await upload(eve);
    const id = Number(/^Imported 2 items into draft campaign #(\d+)\./.exec(imported.text)![1]);
    expect((await ask(eve, 'activate')).text).toMatch(new RegExp(`^Campaign #${id} is active\\.`));
    const c = await core.campaigns.get(id);
    expect([c.communityId, c.budget, c.status]).toEqual([strangersId, 400n * 10n ** 18n, 'active']);
    expect((await ask(eve, '/community', strangers)).text).toBe(
      `Community #${strangersId} telegram ${strangers.id} "telegram ${strangers.id}" · allowance 500 TNET, 400 TNET reserved, 100 TNET left`,
    );

    // Her part of the audit log: the grant, the budget, the activation; nothing of the Labelers. In private only.
    expect((await ask(eve, '/community audit', strangers)).text).toBe('I sent you a private message.');
    const log = tg.botMessages(eve.id).at(-1)!.text;
    expect(tg.botMessages(strangers.id).some((m) => m.text.startsWith('Audit log'))).toBe(false);
    expect(log).toMatch(new RegExp(`telegram:${admin.id} community\\.grant community:${strangersId} community:${strangersId} amount=500\\u00a0TNET`));
    expect(log).toMatch(new RegExp(`telegram:${eve.id} campaign\\.create campaign:${id} community:${strangersId} .*budget=400\\u00a0TNET`));
    expect(log).toMatch(new RegExp(`telegram:${eve.id} campaign\\.activate campaign:${id}`));
    expect(log).not.toContain(`telegram:${groupAdmin.id}`);
    expect((await ask(eve, `/community audit ${labelersId}`)).text).toBe(`There is no community #${labelersId}.`);
  }, 120_000);
  it('lets a platform admin register a group as a community in that group, and nobody else', async () => {
    const club: FakeChat = { id: -6003, type: 'group', title: 'Pet club' };
    tg.admins.set(club.id, new Set([eve.id]));
    expect((await ask(member1, '/community register Mine', club)).text).toBe('Only moderators can do that.');
    expect((await ask(eve, '/community register Mine', club)).text).toBe('Only platform admins can do that.');
    expect((await ask(eve, '/community', club)).text).toBe('This chat is not a registered community. A platform admin registers it with /community register.');
    const done = await ask(admin, '/community register Pet club', club);
    const id = Number(/^This chat is now community #(\d+) "Pet club"\. Grant it an allowance with \/community grant <TNET>\.$/.exec(done.text)![1]);
    expect((await ask(admin, '/community register Again', club)).text).toBe(`This chat is already community #${id}.`);
    expect((await ask(admin, '/community register')).text).toBe('Send /community register in the group or server to register, or use the CLI: tnet community register.');
    expect(await core.communities.byPlace('telegram', String(club.id))).toMatchObject({ id, title: 'Pet club', registeredBy: `telegram:${admin.id}` });
    expect((await core.audit.list({ communityId: id })).map((l) => [l.actor, l.action])).toEqual([[`telegram:${admin.id}`, 'community.register']]);
    // A platform admin's listings of every community and campaign go to private, never to the group; a member's list stays public.
    for (const [command, answer] of [['/community list', /^Communities\n#\d+ telegram /], ['/campaign list', /^Campaigns\n#\d+ .* of .* spent/]] as const) {
      const mark = tg.lastMessageId(club.id);
      expect((await ask(admin, command, club)).text).toBe('I sent you a private message.');
      expect(tg.botMessages(admin.id).at(-1)!.text).toMatch(answer);
      expect(tg.botMessages(club.id).filter((m) => m.messageId > mark).map((m) => m.text)).toEqual(['I sent you a private message.']);
    }
    expect((await ask(member1, '/campaign list', club)).text).toMatch(/^Campaigns\n/);
    // Without a title, the group's own name.
    const corner: FakeChat = { id: -6004, type: 'group', title: 'Quiet corner' };
    expect((await ask(admin, '/community register', corner)).text).toMatch(/^This chat is now community #\d+ "Quiet corner"\./);
  }, 60_000);
});
