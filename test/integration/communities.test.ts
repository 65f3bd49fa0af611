import fc from 'fast-check';
import { CLI_ACTOR, ONE_TNET, TNET_CAP, isDomainError, type Actor, type Platform } from '../../core';
import { definition, domainError } from '../helpers/fixtures';
import { activeCampaign, createTestCore, engine, testCommunity, type TestCore } from '../helpers/test-core';

/** A chat member who is no platform admin; `admins` are the places they administer. */
function person(platform: Platform, place: string | null, admins: string[], memberId = 1): Actor {
  return { memberId, identity: `${platform}:${memberId}`, platformAdmin: false, here: { platform, place }, moderates: async (p) => admins.includes(p) };
}

describe(`communities, allowances and the audit log on ${engine}`, () => {
  let core: TestCore;
  beforeAll(async () => {
    core = await createTestCore();
  });
  afterAll(async () => {
    await core.cleanup();
  });

  const reserved = async (communityId: number): Promise<bigint> => (await core.communities.get(communityId)).reserved;
  const auditCount = async (): Promise<number> => (await core.ds.query(`SELECT count(*)::int AS n FROM audit_log`))[0].n;

  describe('registering and granting', () => {
    it('registers a chat once, for platform admins only, and audits it', async () => {
      const before = await auditCount();
      await domainError(core.communities.register(person('telegram', '-100777', ['-100777']), { platform: 'telegram', platformChatId: '-100777', title: 'Mine' }), 'community.forbidden');
      const c = await core.communities.register(CLI_ACTOR, { platform: 'telegram', platformChatId: '-100777', title: '  Bird watchers ' });
      expect(c).toMatchObject({ platform: 'telegram', platformChatId: '-100777', title: 'Bird watchers', registeredBy: 'cli', allowance: 0n, reserved: 0n });
      const again = await domainError(core.communities.register(CLI_ACTOR, { platform: 'telegram', platformChatId: '-100777', title: 'Twice' }), 'community.already_registered');
      expect(again.details.communityId).toBe(c.id);
      await domainError(core.communities.register(CLI_ACTOR, { platform: 'console', platformChatId: '1', title: '' }), 'community.invalid');
      await domainError(core.communities.register(CLI_ACTOR, { platform: 'discord', platformChatId: 'my server', title: '' }), 'community.invalid');
      expect(await auditCount()).toBe(before + 1);
      expect((await core.audit.list({ communityId: c.id })).map((l) => [l.actor, l.action, l.subject])).toEqual([['cli', 'community.register', `community:${c.id}`]]);
    });

    it('adds grants up, refuses nothing, more than the cap, a stranger and an unknown community', async () => {
      const id = await testCommunity(core, 'discord', '7001', 0n);
      await core.communities.grant(CLI_ACTOR, id, 100n * ONE_TNET);
      const c = await core.communities.grant(CLI_ACTOR, id, 50n * ONE_TNET);
      expect(c.allowance).toBe(150n * ONE_TNET);
      await domainError(core.communities.grant(CLI_ACTOR, id, 0n), 'community.invalid');
      await domainError(core.communities.grant(CLI_ACTOR, id, TNET_CAP + 1n), 'community.invalid');
      await domainError(core.communities.grant(person('discord', '7001', ['7001']), id, ONE_TNET), 'community.forbidden');
      await domainError(core.communities.grant(CLI_ACTOR, 999_999, ONE_TNET), 'community.not_found');
      const grants = (await core.audit.list({ communityId: id })).filter((l) => l.action === 'community.grant');
      expect(grants.map((l) => l.details)).toEqual([
        { amount: (100n * ONE_TNET).toString(), allowance: (100n * ONE_TNET).toString() },
        { amount: (50n * ONE_TNET).toString(), allowance: (150n * ONE_TNET).toString() },
      ]);
    });
  });

  describe('funded budgets', () => {
    it('refuses a budget without an allowance and over it, and reserves one within it', async () => {
      const id = await testCommunity(core, 'telegram', '-200001', 0n);
      const none = await domainError(core.campaigns.create(definition({ budget: '10' }), null, { communityId: id }), 'community.allowance_exceeded');
      expect(none.details.available).toBe(0n);
      await core.communities.grant(CLI_ACTOR, id, 1000n * ONE_TNET);
      const over = await domainError(core.campaigns.create(definition({ budget: '1001' }), null, { communityId: id }), 'community.allowance_exceeded');
      expect(over.details.available).toBe(1000n * ONE_TNET);
      const c = await core.campaigns.create(definition({ budget: '600' }), null, { communityId: id });
      expect(c.communityId).toBe(id);
      expect(await reserved(id)).toBe(600n * ONE_TNET);
      await domainError(core.campaigns.create(definition({ budget: '401' }), null, { communityId: id }), 'community.allowance_exceeded');
      expect(await reserved(id)).toBe(600n * ONE_TNET);
    });

    it('never overdraws an allowance under concurrent creations', async () => {
      const id = await testCommunity(core, 'telegram', '-200002', 1000n);
      const results = await Promise.allSettled(Array.from({ length: 6 }, () => core.campaigns.create(definition({ budget: '300' }), null, { communityId: id })));
      const made = results.filter((r) => r.status === 'fulfilled');
      const refused = results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason);
      expect(made).toHaveLength(3);
      expect(refused.every((e) => isDomainError(e) && e.code === 'community.allowance_exceeded')).toBe(true);
      expect(await reserved(id)).toBe(900n * ONE_TNET);
    });

    it("gives a never-run draft's budget back: a discarded empty draft and a closed draft", async () => {
      const id = await testCommunity(core, 'telegram', '-200003', 1000n);
      const a = await core.campaigns.create(definition({ budget: '400' }), null, { communityId: id });
      const b = await core.campaigns.create(definition({ budget: '500' }), null, { communityId: id });
      expect(await reserved(id)).toBe(900n * ONE_TNET);
      expect(await core.campaigns.discardEmptyDraft(a.id, { actorMemberId: null, actor: 'cli' })).toBe(true);
      expect(await reserved(id)).toBe(500n * ONE_TNET);
      // The allowance it gave back is in the audit log, in the same transaction as the delete.
      const discarded = (await core.audit.list({ communityId: id })).filter((l) => l.action === 'campaign.discard');
      expect(discarded.map((l) => [l.actor, l.subject, l.details])).toEqual([['cli', `campaign:${a.id}`, { released: (400n * ONE_TNET).toString() }]]);
      // One already gone is not discarded again, and nothing more is written.
      expect(await core.campaigns.discardEmptyDraft(a.id)).toBe(false);
      expect((await core.audit.list({ communityId: id })).filter((l) => l.action === 'campaign.discard')).toHaveLength(1);
      await core.campaigns.transition(b.id, 'close');
      expect(await reserved(id)).toBe(0n);
    });

    it('keeps a funded budget under the 6,000,000,000 cap too, and leaves the allowance as it was when the cap refuses', async () => {
      const fresh = await createTestCore();
      try {
        const id = await testCommunity(fresh, 'discord', '7002', 6_000_000_000n);
        await fresh.campaigns.create(definition({ budget: '5999000000' }), null);
        const e = await domainError(fresh.campaigns.create(definition({ budget: '2000000' }), null, { communityId: id }), 'campaign.over_cap');
        expect(e.details.available).toBe(1_000_000n * ONE_TNET);
        expect((await fresh.communities.get(id)).reserved).toBe(0n);
      } finally {
        await fresh.cleanup();
      }
    });
  });

  describe('the audit log', () => {
    it('refuses to change, delete or truncate its lines on this engine', async () => {
      await core.communities.register(CLI_ACTOR, { platform: 'discord', platformChatId: '7003', title: 'Audited' });
      const before = await core.ds.query(`SELECT * FROM audit_log ORDER BY id`);
      expect(before.length).toBeGreaterThan(0);
      await expect(core.ds.query(`UPDATE audit_log SET actor = 'someone else'`)).rejects.toThrow(/append-only/);
      await expect(core.ds.query(`DELETE FROM audit_log`)).rejects.toThrow(/append-only/);
      await expect(core.ds.query(`TRUNCATE audit_log`)).rejects.toThrow(/append-only/);
      expect(await core.ds.query(`SELECT * FROM audit_log ORDER BY id`)).toEqual(before);
    });

    it('writes a moderator action in the transaction of the change: a refused transition leaves no line', async () => {
      const id = await testCommunity(core, 'telegram', '-200004', 1000n);
      const c = await activeCampaign(core, { items: 1, def: { budget: '100' } });
      const moderator = person('telegram', '-200004', ['-200004'], 42);
      await core.ds.query(`UPDATE campaign SET community_id = $2 WHERE id = $1`, [c, id]);
      const before = await auditCount();
      await domainError(core.moderation.transition(moderator, c, 'resume'), 'campaign.invalid_transition');
      expect(await auditCount()).toBe(before);
      await core.moderation.transition(moderator, c, 'pause');
      expect((await core.audit.list({ communityId: id })).at(-1)).toMatchObject({ actorMemberId: 42, actor: 'telegram:42', action: 'campaign.pause', subject: `campaign:${c}` });
    });
  });

  describe('scoped moderation', () => {
    it("lists a community's campaigns for its moderators in their chat, everything for platform admins, nothing special for others", async () => {
      const id = await testCommunity(core, 'discord', '7004', 1000n);
      const own = await core.campaigns.create(definition({ budget: '10' }), null, { communityId: id });
      const mine = await core.moderation.list(person('discord', '7004', ['7004']));
      expect(mine!.map((c) => c.id)).toEqual([own.id]);
      expect(await core.moderation.list(person('discord', '7005', ['7005']))).toBeUndefined();
      expect(await core.moderation.list(person('discord', null, ['7004']))).toBeUndefined();
      expect((await core.moderation.list({ ...CLI_ACTOR }))!.some((c) => c.id === own.id)).toBe(true);
    });

    it('posts a community campaign only in its own chat, and a platform campaign where its moderators are', async () => {
      const id = await testCommunity(core, 'telegram', '-200005', 1000n);
      const own = (await core.campaigns.create(definition({ budget: '10' }), null, { communityId: id })).id;
      const platform = await activeCampaign(core, { items: 1, def: { budget: '10' } });
      const inPrivate = person('telegram', null, ['-200005']);
      await domainError(core.moderation.postHere(inPrivate, own, 'telegram:77'), 'campaign.post_elsewhere');
      await domainError(core.moderation.postHere(person('telegram', '-200006', ['-200005', '-200006']), own, 'telegram:-200006'), 'campaign.not_found');
      expect((await core.moderation.postHere(person('telegram', '-200005', ['-200005']), own, 'telegram:-200005')).chatIds).toEqual(['telegram:-200005']);
      expect((await core.moderation.postHere(person('telegram', '-200006', ['-200006']), platform, 'telegram:-200006')).chatIds).toContain('telegram:-200006');
      await domainError(core.moderation.postHere(person('telegram', '-200007', []), platform, 'telegram:-200007'), 'campaign.not_found');
    });

    it('no sequence of moderator commands from outside a community changes its campaigns, its allowance or the audit log', async () => {
      const community = '-300001';
      const id = await testCommunity(core, 'telegram', community, 10_000n);
      const draft = (await core.campaigns.create(definition({ budget: '10' }), null, { communityId: id })).id;
      const active = await activeCampaign(core, { items: 2, def: { budget: '10' } });
      const paused = await activeCampaign(core, { items: 2, def: { budget: '10' } });
      await core.campaigns.transition(paused, 'pause');
      const closed = await activeCampaign(core, { items: 1, def: { budget: '10' } });
      await core.campaigns.transition(closed, 'close');
      await core.ds.query(`UPDATE campaign SET community_id = $1 WHERE id = ANY($2::int[])`, [id, [active, paused, closed]]);
      const platform = await activeCampaign(core, { items: 1, def: { budget: '10' } });
      const ids = [draft, active, paused, closed, platform, 999_999];

      const snapshot = async () => ({
        campaigns: await core.ds.query(
          `SELECT c.id, c.status, c.chat_ids, c.community_id, b.budget::text AS budget FROM campaign c JOIN campaign_budget b ON b.campaign_id = c.id WHERE c.id = ANY($1::int[]) ORDER BY c.id`,
          [ids],
        ),
        community: await core.ds.query(`SELECT allowance::text AS allowance, reserved::text AS reserved FROM community WHERE id = $1`, [id]),
        audit: await core.ds.query(`SELECT id, actor, action, subject FROM audit_log ORDER BY id`),
      });
      const before = await snapshot();

      // Outsiders: any platform, any chat (the community's own group included), administering any place but the community's chat.
      const outsider = fc
        .record({
          platform: fc.constantFrom<Platform>('telegram', 'discord', 'console'),
          place: fc.constantFrom(null, community, '-300002', '9001'),
          admins: fc.subarray(['-300002', '9001', '-300003']),
        })
        .map(({ platform, place, admins }) => person(platform, place, admins, 7));
      const command = fc.oneof(
        fc.record({ kind: fc.constant('transition' as const), action: fc.constantFrom('activate', 'pause', 'resume', 'close') as fc.Arbitrary<'activate' | 'pause' | 'resume' | 'close'>, id: fc.constantFrom(...ids) }),
        fc.record({ kind: fc.constant('post' as const), id: fc.constantFrom(...ids.filter((i) => i !== platform)), chat: fc.constantFrom(`telegram:${community}`, 'telegram:-300002', 'discord:9001') }),
        fc.record({ kind: fc.constant('export' as const), id: fc.constantFrom(...ids) }),
        fc.record({ kind: fc.constant('create' as const), communityId: fc.constantFrom<number | null | undefined>(id, null, undefined) }),
        fc.record({ kind: fc.constant('audit' as const), communityId: fc.constantFrom<number | undefined>(id, undefined) }),
      );
      await fc.assert(
        fc.asyncProperty(fc.array(fc.tuple(outsider, command), { minLength: 1, maxLength: 8 }), async (steps) => {
          for (const [actor, c] of steps) {
            let attempt: Promise<unknown>;
            if (c.kind === 'transition') attempt = core.moderation.transition(actor, c.id, c.action);
            else if (c.kind === 'post') attempt = core.moderation.postHere(actor, c.id, c.chat);
            else if (c.kind === 'export') attempt = core.moderation.openExport(actor, c.id, { format: 'csv' });
            else if (c.kind === 'create') attempt = core.moderation.creationTarget(actor, c.communityId ?? undefined).then((target) => core.moderation.create(actor, definition({ budget: '1' }), target));
            else attempt = core.moderation.audit(actor, c.communityId);
            const outcome = await attempt.then(
              () => 'done',
              (e: unknown) => (isDomainError(e) ? e.code : e),
            );
            // Whatever the outsider tries is refused with a domain code (never changed, never a crash).
            expect(outcome).toEqual(expect.stringMatching(/^(campaign\.(not_found|forbidden)|community\.(not_found|not_registered))$/));
          }
          expect(await snapshot()).toEqual(before);
        }),
        { numRuns: 40, seed: 14 },
      );
    }, 120_000);
  });
});
