import { english } from './i18n/translator';
import { signatureTooLong, verifiedText } from './wallet-text';

const t = english();

describe('the words of a verified signature', () => {
  it('says the wallet is linked', () => {
    expect(verifiedText(t, { outcome: 'linked', address: '0xAbC0000000000000000000000000000000000123' })).toBe(
      'Wallet 0xAbC0000000000000000000000000000000000123 is linked. Your pending TNET goes there in the next mint batch.',
    );
  });

  it("offers the merge with the other member's number, never grouped", () => {
    const words = verifiedText(t, { outcome: 'merge_offered', address: '0x1', otherMemberId: 12345, expiresAt: new Date(0) });
    expect(words).toBe(
      'Wallet 0x1 belongs to another member of yours (member #12345, on another chat). Send /merge confirm to join them: your answers, skill and pending rewards become one account. /merge cancel keeps them apart.',
    );
  });

  it('sends a signature too long for a chat to the link page', () => {
    expect(signatureTooLong(t)).toMatch(/^That signature is too long to paste in a chat\. Send \/link and open the link page/);
  });
});
