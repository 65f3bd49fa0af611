import { createTestCore, engine, type TestCore } from '../helpers/test-core';

describe(`identities on ${engine}`, () => {
  let core: TestCore;
  beforeAll(async () => {
    core = await createTestCore();
  });
  afterAll(async () => {
    await core.cleanup();
  });

  async function counts(platform: string, platformUserId: string): Promise<{ members: number; identities: number; allMembers: number }> {
    const [{ identities }] = await core.ds.query(
      `SELECT count(*)::int AS identities FROM identity WHERE platform = $1 AND platform_user_id = $2`,
      [platform, platformUserId],
    );
    const [{ members }] = await core.ds.query(
      `SELECT count(DISTINCT m.id)::int AS members FROM member m JOIN identity i ON i.member_id = m.id
       WHERE i.platform = $1 AND i.platform_user_id = $2`,
      [platform, platformUserId],
    );
    const [{ allMembers }] = await core.ds.query(`SELECT count(*)::int AS "allMembers" FROM member`);
    return { members, identities, allMembers };
  }

  async function memberCount(): Promise<number> {
    const [{ n }] = await core.ds.query(`SELECT count(*)::int AS n FROM member`);
    return n;
  }

  it('creates a member on first sight and returns the same one afterwards', async () => {
    const before = await counts('telegram', '1001');
    expect(await core.identities.find({ platform: 'telegram', platformUserId: '1001' })).toBeUndefined();
    const first = await core.identities.resolve({ platform: 'telegram', platformUserId: '1001', displayName: 'Ada' });
    expect(first).toEqual({ memberId: expect.any(Number), displayName: 'Ada', banned: false });
    const again = await core.identities.resolve({ platform: 'telegram', platformUserId: '1001', displayName: 'Ada Renamed' });
    expect(again).toEqual(first);
    expect(await core.identities.find({ platform: 'telegram', platformUserId: '1001' })).toEqual(first);
    expect(await counts('telegram', '1001')).toEqual({ members: 1, identities: 1, allMembers: before.allMembers + 1 });
  });

  it('creates a member without a display name', async () => {
    const ref = await core.identities.resolve({ platform: 'discord', platformUserId: 'no-name' });
    expect(ref.displayName).toBe('');
    const [row] = await core.ds.query(`SELECT username FROM identity WHERE member_id = $1`, [ref.memberId]);
    expect(row.username).toBeNull();
  });

  it('shortens a display name longer than 200 characters', async () => {
    const ref = await core.identities.resolve({ platform: 'discord', platformUserId: 'long-name', displayName: 'x'.repeat(250) });
    expect(ref.displayName).toBe('x'.repeat(200));
    const [row] = await core.ds.query(`SELECT display_name FROM member WHERE id = $1`, [ref.memberId]);
    expect(row.display_name).toBe('x'.repeat(200));
  });

  it('converges 20 concurrent first resolves of one identity on one member', async () => {
    const before = await counts('telegram', 'racer');
    const refs = await Promise.all(
      Array.from({ length: 20 }, (_, i) => core.identities.resolve({ platform: 'telegram', platformUserId: 'racer', displayName: `racer ${i}` })),
    );
    const ids = new Set(refs.map((r) => r.memberId));
    expect(ids.size).toBe(1);
    expect(await counts('telegram', 'racer')).toEqual({ members: 1, identities: 1, allMembers: before.allMembers + 1 });
    const found = await core.identities.find({ platform: 'telegram', platformUserId: 'racer' });
    expect(found?.memberId).toBe(refs[0]!.memberId);
    // Every caller sees the winner's name, whichever call won.
    expect(new Set(refs.map((r) => r.displayName)).size).toBe(1);
  });

  it('keeps concurrent first resolves of different identities apart', async () => {
    const before = await memberCount();
    const refs = await Promise.all(
      Array.from({ length: 10 }, (_, i) => core.identities.resolve({ platform: 'discord', platformUserId: `crowd-${i % 5}` })),
    );
    expect(new Set(refs.map((r) => r.memberId)).size).toBe(5);
    for (let i = 0; i < 5; i++) expect(refs[i]!.memberId).toBe(refs[i + 5]!.memberId);
    expect(await memberCount()).toBe(before + 5);
  });

  it('treats the same user id on different platforms as different members', async () => {
    const tg = await core.identities.resolve({ platform: 'telegram', platformUserId: '777' });
    const dc = await core.identities.resolve({ platform: 'discord', platformUserId: '777' });
    const con = await core.identities.resolve({ platform: 'console', platformUserId: '777' });
    expect(new Set([tg.memberId, dc.memberId, con.memberId]).size).toBe(3);
    expect((await core.identities.find({ platform: 'discord', platformUserId: '777' }))?.memberId).toBe(dc.memberId);
  });

  it('reports a ban on the member', async () => {
    const ref = await core.identities.resolve({ platform: 'console', platformUserId: 'to-ban' });
    await core.identities.ban(ref.memberId, 'spam');
    expect(await core.identities.resolve({ platform: 'console', platformUserId: 'to-ban' })).toEqual({ ...ref, banned: true });
    const [row] = await core.ds.query(`SELECT ban_reason FROM member WHERE id = $1`, [ref.memberId]);
    expect(row.ban_reason).toBe('spam');
  });
});
