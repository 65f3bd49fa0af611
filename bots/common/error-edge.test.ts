import { createLogger, DomainError } from '../../core';
import { errorEdge } from './error-edge';
import { english } from './i18n/translator';

const t = english();

describe('the error edge', () => {
  const logged = () => {
    const lines: string[] = [];
    return { lines, logger: createLogger({ level: 'debug', write: (l) => lines.push(l) }) };
  };

  it('words a broken rule by its code and logs nothing', () => {
    const { lines, logger } = logged();
    const out = errorEdge(t, new DomainError('campaign.not_found', { campaignId: 7 }), logger, 'command failed', {});
    expect(out).toMatchObject({ kind: 'rule', text: 'There is no campaign #7.' });
    expect(lines).toEqual([]);
  });

  it.each([
    ['an Error', new Error('connection reset by peer')],
    ['a string', 'plain string failure'],
    ['undefined', undefined],
  ])('answers %s with a reference and logs it once, with the fields', (_name, thrown) => {
    const { lines, logger } = logged();
    const out = errorEdge(t, thrown, logger, 'web request failed', { route: '/link' });
    expect(out.kind).toBe('unexpected');
    const ref = /^Something went wrong on our side \(ref ([0-9a-f]{8})\)\. Please try again\.$/.exec(out.text)?.[1];
    expect(ref).toBeDefined();
    expect(out.text).not.toContain('connection reset');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: 'error', msg: 'web request failed', correlationId: ref, route: '/link' });
  });
});
