import type { AuditRecord, Community } from '../../core';
import { auditLine, communityLine } from './audit-text';
import { batchReply } from './batch-text';
import { english } from './i18n/translator';

const ONE = 10n ** 18n;
const t = english();

describe('auditLine', () => {
  const record = (over: Partial<AuditRecord>): AuditRecord => ({
    id: '17',
    at: new Date('2026-12-05T14:40:33Z'),
    actorMemberId: 3,
    actor: 'telegram:999',
    communityId: null,
    action: 'campaign.pause',
    subject: 'campaign:3',
    details: { from: 'active', to: 'paused' },
    ...over,
  });

  it('writes when, who, what and where, with the recorded codes as they are', () => {
    expect(auditLine(t, record({}))).toBe('2026-12-05 14:40 UTC #17 telegram:999 campaign.pause campaign:3 platform from=active to=paused');
  });

  it('shows base-unit amounts as TNET that stay on one line, and names the community', () => {
    const line = auditLine(t, record({ communityId: 4, action: 'community.grant', subject: 'community:4', details: { amount: (5000n * ONE).toString() } }));
    expect(line).toBe('2026-12-05 14:40 UTC #17 telegram:999 community.grant community:4 community:4 amount=5,000\u00a0TNET');
  });
});

describe('communityLine', () => {
  it('states the allowance, what is reserved and what is left', () => {
    const c: Community = {
      id: 1234,
      platform: 'telegram',
      platformChatId: '-1001234',
      title: 'Bird watchers',
      registeredBy: 'cli',
      registeredAt: new Date(0),
      allowance: 5000n * ONE,
      reserved: 1000n * ONE,
      dailyCap: null,
    };
    expect(communityLine(t, c)).toBe('#1234 telegram -1001234 "Bird watchers" · allowance 5,000 TNET, 1,000 TNET reserved, 4,000 TNET left');
  });
});

describe('batchReply', () => {
  it('gives the totals, the payouts shown and how to get the rest', () => {
    const id = `0x${'ab'.repeat(32)}`;
    const reply = batchReply(t, { batchId: id, state: 'prepared', txHash: null, rows: 1, wallets: 3, gross: 12n * ONE, payouts: [{ wallet: '0xw1', gross: 4n * ONE }], morePayouts: 2 }, undefined);
    expect(reply.messages.map((m) => m.text)).toEqual([
      `Mint batch ${id} [prepared]\nTransaction: not sent yet\n1 row to 3 wallets, 12 TNET gross\n0xw1 4 TNET\n... and 2 more wallets; the full manifest: npx tnet batch ${id}`,
    ]);
  });
});
