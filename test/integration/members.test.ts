import { isDomainError } from '../../core/errors';
import { createTestCore, engine, type TestCore } from '../helpers/test-core';

describe(`member profiles on ${engine}`, () => {
  let core: TestCore;
  beforeAll(async () => {
    core = await createTestCore();
  });
  afterAll(async () => {
    await core.cleanup();
  });

  it("shows a member's identities in the order they came, the ban and the wallet", async () => {
    const { memberId } = await core.identities.resolve({ platform: 'telegram', platformUserId: '7001', displayName: 'Grace' });
    await core.ds.query(`INSERT INTO identity (member_id, platform, platform_user_id, username) VALUES ($1, 'discord', '7002', NULL)`, [memberId]);
    await core.ds.query(`INSERT INTO wallet (member_id, address) VALUES ($1, $2)`, [memberId, '0x00000000000000000000000000000000000000aa']);
    await core.identities.ban(memberId, 'spam');
    const p = await core.members.profile(memberId);
    expect(p).toMatchObject({
      memberId,
      displayName: 'Grace',
      banReason: 'spam',
      identities: [
        { platform: 'telegram', platformUserId: '7001', username: 'Grace' },
        { platform: 'discord', platformUserId: '7002', username: null },
      ],
      wallet: { address: '0x00000000000000000000000000000000000000aa' },
    });
    expect(p.createdAt).toBeInstanceOf(Date);
    expect(p.bannedAt).toBeInstanceOf(Date);
    expect(p.wallet?.verifiedAt).toBeInstanceOf(Date);
  });

  it('shows a member without a wallet or a ban as such', async () => {
    const { memberId } = await core.identities.resolve({ platform: 'discord', platformUserId: '7003' });
    expect(await core.members.profile(memberId)).toMatchObject({ bannedAt: null, banReason: null, wallet: null });
  });

  it('refuses an unknown member with member.not_found', async () => {
    const e = await core.members.profile(987654).catch((x: unknown) => x);
    expect(isDomainError(e) && e.code).toBe('member.not_found');
  });
});
