import { appealButton, parseButton, verdictButton } from './button-id';

describe('appeal buttons', () => {
  it('round-trip', () => {
    expect(parseButton(appealButton(12))).toEqual({ kind: 'appeal', taskId: 12 });
    expect(parseButton(verdictButton(7, 'uphold'))).toEqual({ kind: 'verdict', appealId: 7, decision: 'uphold' });
    expect(parseButton(verdictButton(7, 'refuse'))).toEqual({ kind: 'verdict', appealId: 7, decision: 'refuse' });
  });

  it.each(['p:0', 'p:012', 'p:2147483648', 'p:1:2', 'v:1', 'v:1:x', 'v:0:u', 'v:1:u:2', 'v:-1:r', 'v:2147483648:u', 'v:1:U', 'p:1 '])('refuses %j', (id) => {
    expect(parseButton(id)).toBeUndefined();
  });
});
