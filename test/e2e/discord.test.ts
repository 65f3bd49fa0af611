import { Wallet } from 'ethers';
import { createLogger } from '../../core';
import { DEFAULT_CHART_SIZE } from '../../bots/common/campaign-chart';
import { PNG_SIGNATURE, pngSize } from '../../bots/common/chart-png';
import type { RunningDiscord } from '../../bots/discord/start-discord';
import { activeCampaign, campaignWithItems, createTestCore, engine, member, testCommunity, type TestCore } from '../helpers/test-core';
import { startTestDiscord, stopTestDiscord } from '../helpers/discord-bot';
import { DiscordServer, MANAGE_GUILD, MEMBER_PERMISSIONS, type FakeUser, type StoredMessage } from '../helpers/discord-server';
import { submitServed } from '../helpers/serve';

const alice: FakeUser = { id: '310000000000000001', username: 'alice' };
const mona: FakeUser = { id: '310000000000000009', username: 'mona', permissions: MEMBER_PERMISSIONS | MANAGE_GUILD };
const moderatorRole = '600000000000000077';
const rolf: FakeUser = { id: '310000000000000008', username: 'rolf', roles: [moderatorRole] };
const otto: FakeUser = { id: '310000000000000007', username: 'otto' };
const miners: FakeUser[] = [1, 2, 3].map((i) => ({ id: `31000000000000010${i}`, username: `miner${i}` }));
const vera: FakeUser = { id: '310000000000000300', username: 'vera' };
const late: FakeUser = { id: '310000000000000200', username: 'lena' };

const text = DiscordServer.textOf;
const buttons = DiscordServer.buttonsOf;
const taskOf = (m: StoredMessage): number => Number(/ · task (\d+)/.exec(text(m))![1]);

describe(`discord bot end to end on ${engine}`, () => {
  let core: TestCore;
  let dc: DiscordServer;
  let running: RunningDiscord;
  const logLines: Record<string, unknown>[] = [];

  beforeAll(async () => {
    const logger = createLogger({ level: 'info', write: (l) => logLines.push(JSON.parse(l)) });
    core = await createTestCore({}, { logger });
    dc = await DiscordServer.start({ guilds: [{ id: '900000000000000001', name: 'Pet lovers', channelIds: ['900000000000000101', '900000000000000102'], roleIds: [moderatorRole] }] });
    running = await startTestDiscord(core, dc, { adminIds: [], moderatorRoleIds: [moderatorRole], editIntervalMs: 100 });
  }, 60_000);

  afterAll(async () => {
    await stopTestDiscord(running, dc, core);
  }, 60_000);

  afterEach(() => {
    // Nothing the bot sent broke Discord's limits.
    expect(dc.violations).toEqual([]);
  });

  const ack = (interactionId: string) => dc.callsOf(interactionId).find((c) => c.path.endsWith('/callback'))!;

  it('registers its slash commands in the configured guild, /campaign for Manage Server only', () => {
    const commands = dc.registered.get(dc.guilds[0]!.id)!;
    expect(commands.map((c) => c.name).sort()).toEqual(['appeal', 'appeals', 'balance', 'batch', 'campaign', 'community', 'dashboard', 'help', 'language', 'leaderboard', 'link', 'merge', 'stats', 'task', 'unlink', 'verify', 'wallet', 'why']);
    expect(commands.find((c) => c.name === 'campaign')!.default_member_permissions).toBe(MANAGE_GUILD.toString());
    expect(commands.find((c) => c.name === 'task')!.default_member_permissions ?? null).toBeNull();
    expect(dc.identifies).toEqual([{ intents: 1, shard: [0, 1] }]);
  });

  it('lets a member run /task, answer three tasks by buttons, and see /balance change after scoring', async () => {
    // Buttons pressed by a test come within milliseconds of the card: no pace judged here.
    const campaignId = await activeCampaign(core, { items: 5, def: { minThinkMs: 0 } });
    const first = dc.slash(alice, 'task', { options: { campaign: campaignId } });
    let card = await dc.answered(first);
    expect(ack(first).body).toEqual({ type: 5, data: { flags: 64 } });
    expect(card.flags & 64).toBe(64);
    const answered: number[] = [];
    for (let i = 0; i < 3; i++) {
      expect(buttons(card).map((b) => b.label)).toEqual(['cat', 'dog', 'bird']);
      answered.push(taskOf(card));
      const tap = dc.press(alice, card, buttons(card)[0]!.id);
      const outcome = await dc.answered(tap, 'the recorded answer');
      // The personal card itself turns into the outcome, with the next task on offer.
      expect(ack(tap).body.type).toBe(6);
      expect(outcome.id).toBe(card.id);
      expect(text(outcome)).toMatch(/^Answer recorded: cat\.\n/);
      expect(buttons(outcome)).toEqual([{ label: 'Next task', id: `n:${campaignId}` }]);
      if (i < 2) {
        const next = dc.press(alice, outcome, `n:${campaignId}`);
        card = await dc.answered(next, 'the next card');
        expect(text(card)).toMatch(/^Campaign #\d+ · Test campaign · task \d+/);
      }
    }
    expect(new Set(answered).size).toBe(3);

    const before = await dc.answered(dc.slash(alice, 'balance'));
    expect(text(before)).toContain('Pending: 0 TNET');
    expect(text(before)).toContain('waiting: 3');
    expect(before.flags & 64).toBe(64);

    // Alice answers the other two tasks elsewhere, two other members agree on all five, and a scoring round runs.
    const aliceId = (await core.identities.resolve({ platform: 'discord', platformUserId: alice.id, displayName: alice.username })).memberId;
    const rest = (await core.ds.query(`SELECT id FROM task WHERE campaign_id = $1 ORDER BY id`, [campaignId])).map((r: { id: number }) => r.id).filter((t: number) => !answered.includes(t));
    for (const taskId of rest) expect((await submitServed(core, { memberId: aliceId, taskId, choice: 'cat' })).outcome).toBe('accepted');
    for (const name of ['dc-bob', 'dc-carol']) {
      const memberId = await member(core, name);
      for (const taskId of [...answered, ...rest]) expect((await submitServed(core, { memberId, taskId, choice: 'cat' })).outcome).toBe('accepted');
    }
    await core.rounds.round();
    const after = await dc.answered(dc.slash(alice, 'balance'));
    expect(text(after)).toContain('Pending: 50 TNET');
    expect(text(after)).toContain('Accepted answers: 5 · withheld: 0 · waiting: 0');
  }, 60_000);

  it('shows a select menu for a campaign with more than five options', async () => {
    const options = ['red', 'orange', 'yellow', 'green', 'blue', 'indigo', 'violet'];
    const campaignId = await campaignWithItems(core, ['a rainbow'], { name: 'Colours', question: 'Which colour?', options });
    const card = await dc.answered(dc.slash(alice, 'task', { options: { campaign: campaignId } }));
    expect(card.components).toHaveLength(1);
    const choices = buttons(card);
    expect(choices.map((c) => c.label)).toEqual(options);
    expect(choices.every((c) => c.select === `s:${taskOf(card)}`)).toBe(true);
    const tap = dc.press(alice, card, choices[5]!.select!, [choices[5]!.id]);
    expect(text(await dc.answered(tap))).toMatch(/^Answer recorded: indigo\./);
  }, 30_000);

  describe('in a channel', () => {
    const channel = '900000000000000102';
    let campaignId: number;
    let card: StoredMessage;

    beforeAll(async () => {
      // The server's own community campaign: its moderators (Manage Server, the role) run it.
      const communityId = await testCommunity(core, 'discord', dc.guilds[0]!.id);
      campaignId = await campaignWithItems(core, ['a *fluffy* & loud_animal', 'a quiet one', 'a third', 'a fourth'], {}, { communityId });
    });

    it('refuses /campaign from a member without Manage Server, with one log line', async () => {
      const post = dc.slash(otto, 'campaign', { subcommand: 'post', options: { id: campaignId }, channelId: channel });
      expect(text(await dc.answered(post))).toBe('Only moderators can do that.');
      const pause = dc.slash(otto, 'campaign', { subcommand: 'pause', options: { id: campaignId }, channelId: channel });
      expect(text(await dc.answered(pause))).toBe('Only moderators can do that.');
      expect((await core.campaigns.stats(campaignId)).status).toBe('active');
      expect(dc.channelMessages(channel)).toEqual([]);
      const refused = logLines.filter((l) => l.msg === 'discord moderator command refused');
      expect(refused.map((l) => l.interactionId)).toEqual([post, pause]);
      // Members may still list the campaigns.
      expect(text(await dc.answered(dc.slash(otto, 'campaign', { subcommand: 'list', channelId: channel })))).toMatch(/^Campaigns\n#/);
    }, 30_000);

    it('posts task cards when a moderator posts the campaign', async () => {
      const post = dc.slash(mona, 'campaign', { subcommand: 'post', options: { id: campaignId }, channelId: channel });
      const confirmation = await dc.answered(post);
      expect(text(confirmation)).toBe(`Campaign #${campaignId} is now posted here.`);
      expect(confirmation.flags & 64).toBe(64);
      const cards = await dc.waitFor('three task cards', () => dc.channelMessages(channel).length === 3 && dc.channelMessages(channel));
      card = cards.find((c) => text(c).includes('fluffy'))!;
      // Markdown in item text is escaped: members read it as typed.
      expect(card.embeds[0].description).toContain('a \\*fluffy\\* & loud\\_animal');
      expect(text(card)).toContain('0/3 answers');
      expect(card.flags & 64).toBe(0);
      expect(buttons(card).map((b) => b.label)).toEqual(['cat', 'dog', 'bird']);
    }, 30_000);

    it('takes answers from three members until the card shows the consensus', async () => {
      const taps = miners.map((m) => dc.press(m, card, buttons(card)[1]!.id));
      for (const [i, tap] of taps.entries()) {
        const notice = await dc.answered(tap, `miner ${i + 1}'s confirmation`);
        expect(notice.flags & 64).toBe(64);
        expect(text(notice)).toMatch(/^Answer recorded: dog\.\n/);
      }
      const final = await dc.waitFor('the card with its consensus', () => {
        const m = dc.messages.get(card.id)!;
        return /Consensus: dog · 3 answers$/.test(text(m)) && m;
      });
      expect(final.components).toEqual([]);
      // Edits are batched: never more than one per answer.
      expect(final.history.length - 1).toBeLessThanOrEqual(3);
      expect((await core.assignment.card(taskOf(card))).consensusLabel).toBe('dog');
      // The closed card makes room for the fourth item.
      await dc.waitFor('a fourth card', () => dc.channelMessages(channel).length === 4);
      // The channel itself saw no "Answer recorded": those were ephemeral.
      expect(dc.channelMessages(channel).some((m) => text(m).startsWith('Answer recorded'))).toBe(false);
    }, 30_000);

    it('answers a stale button and a forged custom_id politely, each with a log line', async () => {
      const closed = dc.press(late, card, 'a:' + taskOf(card) + ':0');
      // The card closed with its task: its buttons serve nothing any more.
      expect(text(await dc.answered(closed))).toBe('That button is not valid anymore.');
      const stale = dc.press(late, card, `a:${taskOf(card)}:9`);
      const forged = dc.press(late, card, 'x'.repeat(101));
      const junk = dc.press(late, card, 'drop table task');
      const select = dc.press(late, card, `s:${taskOf(card)}`, ['a:1:0']);
      expect(text(await dc.answered(stale))).toBe('That button is not valid anymore.');
      for (const id of [forged, junk, select]) {
        const reply = await dc.answered(id);
        expect(text(reply)).toBe('That button is not valid anymore. Send /task for a fresh task.');
        expect(reply.flags & 64).toBe(64);
        expect(ack(id).body).toMatchObject({ type: 4, data: { flags: 64 } });
      }
      const logged = logLines.filter((l) => l.msg === 'discord forged or stale component').map((l) => l.interactionId);
      expect(logged).toEqual(expect.arrayContaining([forged, junk, select]));
      expect(logLines.filter((l) => l.level === 'error')).toEqual([]);
    }, 30_000);

    it('lets a moderator role pause the campaign and export it as a file', async () => {
      const pause = dc.slash(rolf, 'campaign', { subcommand: 'pause', options: { id: campaignId }, channelId: channel });
      expect(text(await dc.answered(pause))).toBe(`Campaign #${campaignId} is now paused.`);
      const exp = dc.slash(mona, 'campaign', { subcommand: 'export', options: { id: campaignId }, channelId: channel });
      const reply = await dc.answered(exp);
      expect(text(reply)).toBe(`Campaign #${campaignId}: 4 tasks with their consensus, as CSV.`);
      // Gold labels and live consensus: only the moderator who asked sees the file.
      expect(reply.flags & 64).toBe(64);
      expect(reply.attachments.map((a) => a.filename)).toEqual([`campaign-${campaignId}.csv`]);
      const csv = reply.attachments[0]!.bytes.toString('utf8').trim().split('\n');
      expect(csv).toHaveLength(5);
      expect(csv.find((l) => l.includes('fluffy'))).toContain('dog');
    }, 30_000);

    it('answers /campaign stats with the figures in words and the chart as a PNG attachment', async () => {
      const stats = dc.slash(mona, 'campaign', { subcommand: 'stats', options: { id: campaignId }, channelId: channel });
      const reply = await dc.answered(stats);
      expect(text(reply)).toMatch(new RegExp(`^Campaign #${campaignId} · Pets \\[paused\\]\nProgress: `));
      expect(text(reply)).toContain('Answers: 3 from 3 members');
      expect(reply.flags & 64).toBe(64);
      expect(reply.attachments.map((a) => a.filename)).toEqual([`campaign-${campaignId}-stats.png`]);
      const png = reply.attachments[0]!.bytes;
      expect(png.subarray(0, 8)).toEqual(PNG_SIGNATURE);
      expect(pngSize(png)).toEqual(DEFAULT_CHART_SIZE);
      // The attachment went up as multipart with the words beside it, on the deferred reply's edit.
      const edit = dc.callsOf(stats).find((c) => c.method === 'PATCH')!;
      expect(edit.files.map((f) => f.name)).toEqual([`campaign-${campaignId}-stats.png`]);
    }, 30_000);
  });

  it('links a wallet with /link and /verify', async () => {
    const wallet = Wallet.createRandom();
    const link = dc.slash(alice, 'link', { options: { address: wallet.address } });
    const intro = await dc.answered(link);
    expect(text(intro)).toMatch(/sign this message with your wallet/i);
    const message = await dc.waitFor('the message to sign', () => dc.followUps(link)[0]);
    expect(message.flags & 64).toBe(64);
    const siwe = /^```\n([\s\S]*)\n```$/.exec(message.content)![1]!;
    const verify = dc.slash(alice, 'verify', { options: { signature: await wallet.signMessage(siwe) } });
    expect(text(await dc.answered(verify)).toLowerCase()).toBe(`wallet ${wallet.address.toLowerCase()} is linked. your pending tnet goes there in the next mint batch.`);
    expect(text(await dc.answered(dc.slash(alice, 'wallet', { dm: true }))).toLowerCase()).toBe(`your wallet: ${wallet.address.toLowerCase()}`);
  }, 30_000);

  it('opens a modal for /verify without the signature, and links the wallet from its submit', async () => {
    const wallet = Wallet.createRandom();
    const link = dc.slash(vera, 'link', { options: { address: wallet.address } });
    await dc.answered(link);
    const message = await dc.waitFor('the message to sign', () => dc.followUps(link)[0]);
    const siwe = /^```\n([\s\S]*)\n```$/.exec(message.content)![1]!;

    const open = dc.slash(vera, 'verify');
    const modal = await dc.modalOf(open);
    // The modal is the interaction's first and only answer: nothing was deferred before it.
    expect(dc.callsOf(open).map((c) => [c.method, c.body?.type])).toEqual([['POST', 9]]);
    expect(modal).toMatchObject({ custom_id: 'm:verify', title: 'Verify your wallet' });
    const input = modal.components[0].component;
    expect(input).toMatchObject({ type: 4, custom_id: 'signature', required: true });

    const submit = dc.submitModal(vera, modal.custom_id, { [input.custom_id]: ` ${await wallet.signMessage(siwe)} ` });
    const reply = await dc.answered(submit);
    expect(ack(submit).body).toEqual({ type: 5, data: { flags: 64 } });
    expect(reply.flags & 64).toBe(64);
    expect(text(reply).toLowerCase()).toBe(`wallet ${wallet.address.toLowerCase()} is linked. your pending tnet goes there in the next mint batch.`);
    expect(text(await dc.answered(dc.slash(vera, 'wallet'))).toLowerCase()).toBe(`your wallet: ${wallet.address.toLowerCase()}`);
  }, 30_000);

  it('refuses a modal submit with a forged custom_id, and reads a submit without the field as empty', async () => {
    const forged = dc.submitModal(vera, 'm:verify-forged', { signature: '0x00' });
    const reply = await dc.answered(forged);
    expect(text(reply)).toBe('That form is not valid anymore. Run the command again.');
    expect(reply.flags & 64).toBe(64);
    expect(logLines.filter((l) => l.msg === 'discord forged or stale modal').map((l) => l.interactionId)).toEqual([forged]);
    const empty = dc.submitModal(otto, 'm:verify', {});
    expect(text(await dc.answered(empty))).not.toMatch(/linked|went wrong/i);
    expect(logLines.filter((l) => l.level === 'error')).toEqual([]);
  }, 30_000);

  describe('personal commands in a server channel', () => {
    const channel = '900000000000000101';
    const pia: FakeUser = { id: '310000000000000400', username: 'pia' };

    it('answers /link, /verify, /wallet, /unlink, /balance and /stats only to the member (ephemeral)', async () => {
      const before = dc.channelMessages(channel).length;
      const wallet = Wallet.createRandom();
      const link = dc.slash(pia, 'link', { options: { address: wallet.address }, channelId: channel });
      await dc.answered(link);
      const siwe = await dc.waitFor('the message to sign', () => dc.followUps(link)[0]);
      const signature = await wallet.signMessage(/^```\n([\s\S]*)\n```$/.exec(siwe.content)![1]!);
      // One after another: /unlink must find the wallet /verify linked.
      const ids = [link];
      for (const [name, options] of [['verify', { signature }], ['wallet'], ['balance'], ['stats'], ['unlink']] as const) {
        const id = dc.slash(pia, name, { options, channelId: channel });
        await dc.answered(id);
        ids.push(id);
      }
      for (const id of ids) {
        const reply = await dc.answered(id);
        expect(ack(id).body).toEqual({ type: 5, data: { flags: 64 } });
        expect(reply.flags & 64).toBe(64);
        for (const f of dc.followUps(id)) expect(f.flags & 64).toBe(64);
      }
      expect(text(await dc.answered(ids[1]!))).toMatch(/^Wallet 0x[0-9a-f]{40} is linked\./i);
      expect(text(await dc.answered(ids[5]!))).toMatch(/^Wallet 0x[0-9a-f]{40} is unlinked\./i);
      // Nothing of it was posted in the channel.
      expect(dc.channelMessages(channel)).toHaveLength(before);
    }, 30_000);

    it('takes a signature as long as the modal allows, and points longer ones to the link page', async () => {
      const verify = dc.registered.get(dc.guilds[0]!.id)!.find((c) => c.name === 'verify')!;
      expect(verify.options.find((o: { name: string }) => o.name === 'signature').max_length).toBe(6000);
      const modal = await dc.modalOf(dc.slash(pia, 'verify', { channelId: channel }));
      expect(modal.components[0].component.max_length).toBe(4000);
      expect(modal.components[0].description).toMatch(/link page/);

      await dc.answered(dc.slash(pia, 'link', { options: { address: Wallet.createRandom().address }, channelId: channel }));
      // A contract wallet's long signature reaches the signature check (this one is not valid), not a length refusal.
      const long = dc.submitModal(pia, modal.custom_id, { signature: '0x' + 'ab'.repeat(1999) }, { channelId: channel });
      const checked = await dc.answered(long);
      expect(text(checked)).toBe('That signature does not match the message and address. Sign the exact message from /link and try again.');
      expect(checked.flags & 64).toBe(64);
      const tooLong = dc.slash(pia, 'verify', { options: { signature: '0x' + 'ab'.repeat(3000) }, channelId: channel });
      expect(text(await dc.answered(tooLong))).toMatch(/^That signature is too long to paste in a chat\. Send \/link and open the link page/);
    }, 30_000);

    it('offers a merge on /verify and confirms it with /merge, only to the member', async () => {
      // The same person linked the wallet first on another chat (here the console).
      const wallet = Wallet.createRandom();
      const elsewhere = { platform: 'console' as const, platformUserId: 'pia-on-console', displayName: 'pia' };
      const other = await core.identities.resolve(elsewhere);
      const request = await core.wallets.requestLink(other.memberId, elsewhere, wallet.address);
      await core.wallets.verify(other.memberId, elsewhere, await wallet.signMessage(request.message));

      const before = dc.channelMessages(channel).length;
      const link = dc.slash(pia, 'link', { options: { address: wallet.address }, channelId: channel });
      await dc.answered(link);
      const siwe = await dc.waitFor('the message to sign', () => dc.followUps(link)[0]);
      const signature = await wallet.signMessage(/^```\n([\s\S]*)\n```$/.exec(siwe.content)![1]!);
      const offer = await dc.answered(dc.slash(pia, 'verify', { options: { signature }, channelId: channel }));
      expect(text(offer)).toContain(`belongs to another member of yours (member #${other.memberId}, on another chat)`);

      const merge = dc.slash(pia, 'merge', { options: { action: 'confirm' }, channelId: channel });
      const done = await dc.answered(merge);
      expect(ack(merge).body).toEqual({ type: 5, data: { flags: 64 } });
      expect(done.flags & 64).toBe(64);
      expect(text(done)).toMatch(new RegExp(`^Done: you are now member #${other.memberId}, with wallet 0x[0-9a-f]{40}\\.`, 'i'));
      expect(dc.channelMessages(channel)).toHaveLength(before);
    }, 30_000);
  });

  it('acknowledges before a slow core call answers', async () => {
    const rewards = core.rewards;
    const original = rewards.balance;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    rewards.balance = async (...args) => {
      await gate;
      return original.apply(rewards, args);
    };
    try {
      const id = dc.slash(alice, 'balance');
      // The core call is held until the acknowledgement is there: it cannot be waiting on it.
      const deferred = await dc.waitFor('the deferred reply', () => ack(id));
      expect(deferred.body.type).toBe(5);
      release();
      const reply = await dc.answered(id);
      expect(text(reply)).toMatch(/^Pending: /);
      const calls = dc.callsOf(id);
      const edit = calls.find((c) => c.method === 'PATCH')!;
      expect(deferred.seq).toBeLessThan(edit.seq);
    } finally {
      rewards.balance = original;
    }
  }, 30_000);
});
