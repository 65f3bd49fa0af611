import { Readable } from 'node:stream';
import type { Core, Platform } from '../../core';
import { answerScope, mayAnswerHere } from '../../core/communities/may-answer-here';
import { createTestCore, engine, member, testCommunity, type TestCore } from '../helpers/test-core';

async function campaignOf(core: Core, communityId: number | null): Promise<number> {
  const c = await core.campaigns.create({ name: 'Scoped', kind: 'label', question: 'Cat or dog?', options: ['cat', 'dog'], reward: '1', budget: '100', answersPerTask: 3 }, null, { communityId });
  await core.campaigns.importItems(c.id, Readable.from(['id,text\nx1,one\nx2,two\n']), 'csv');
  await core.campaigns.transition(c.id, 'activate');
  return c.id;
}

describe(`what a place serves on ${engine}`, () => {
  let core: TestCore;
  beforeAll(async () => {
    core = await createTestCore();
  });
  afterAll(async () => {
    await core.cleanup();
  });

  it("serves a group its community's and the platform's campaigns, private every one, as mayAnswerHere says", async () => {
    const a = await testCommunity(core, 'telegram', '-3001');
    const b = await testCommunity(core, 'telegram', '-3002');
    const server = await testCommunity(core, 'discord', '3001');
    const campaigns: { id: number; community: number | null }[] = [];
    for (const community of [null, a, b, server]) campaigns.push({ id: await campaignOf(core, community), community });
    const places: { platform: Platform; place: string | null; community: number | null }[] = [
      { platform: 'telegram', place: null, community: null },
      { platform: 'telegram', place: '-3001', community: a },
      { platform: 'telegram', place: '-3002', community: b },
      { platform: 'telegram', place: '-3999', community: null },
      // A Telegram chat id that equals a Discord server's id is not that server.
      { platform: 'telegram', place: '3001', community: null },
      { platform: 'discord', place: '3001', community: server },
      { platform: 'discord', place: null, community: null },
    ];
    const m = await member(core, 'scope-m');
    let served = 0;
    for (const p of places) {
      const scope = answerScope(p.place, p.community);
      for (const c of campaigns) {
        const next = await core.assignment.next(m, [c.id], { platform: p.platform, place: p.place });
        const expected = mayAnswerHere(scope, c.community);
        expect({ place: p, campaign: c, found: next.found }).toEqual({ place: p, campaign: c, found: expected });
        if (!next.found) expect(next.reason).toBe('no_active_campaign');
        if (expected) served++;
      }
      // Without a campaign id, a place still serves only what it may.
      const any = await core.assignment.next(m, campaigns.map((c) => c.id), { platform: p.platform, place: p.place });
      expect(any.found && mayAnswerHere(scope, campaigns.find((c) => c.id === any.card.campaignId)!.community)).toBe(true);
    }
    // The table is not trivial: both outcomes occur.
    expect(served).toBeGreaterThan(0);
    expect(served).toBeLessThan(places.length * campaigns.length);
  });
});
