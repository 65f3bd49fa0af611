import { memberLines } from './members.command';

describe('members show output', () => {
  const at = new Date('2026-11-24T10:00:00.000Z');
  const balance = { pending: 15n * 10n ** 17n, minted: 10n * 10n ** 18n, accepted: 3, withheld: 1, awaiting: 2 };

  it('shows identities, the wallet and the balance', () => {
    const lines = memberLines(
      {
        memberId: 7,
        displayName: 'alice',
        createdAt: at,
        bannedAt: null,
        banReason: null,
        identities: [
          { platform: 'telegram', platformUserId: '123', username: 'alice_t' },
          { platform: 'discord', platformUserId: '456', username: null },
        ],
        wallet: { address: '0xabc', verifiedAt: at },
      },
      balance,
    );
    expect(lines).toEqual([
      'Member #7 · alice · since 2026-11-24T10:00:00.000Z',
      'Identities: telegram:123 (alice_t), discord:456',
      'Wallet: 0xabc (verified 2026-11-24T10:00:00.000Z)',
      'Balance: 1.5 TNET pending, 10 TNET minted · answers: 3 accepted, 1 withheld, 2 awaiting a result',
    ]);
  });

  it('says when a member has no wallet and when they are banned', () => {
    const lines = memberLines(
      { memberId: 8, displayName: '', createdAt: at, bannedAt: at, banReason: 'spam', identities: [], wallet: null },
      { ...balance, pending: 0n, minted: 0n },
    );
    expect(lines[0]).toBe('Member #8 · (no name) · since 2026-11-24T10:00:00.000Z · banned since 2026-11-24T10:00:00.000Z (spam)');
    expect(lines[1]).toBe('Identities: none');
    expect(lines[2]).toBe('Wallet: none linked');
  });
});
