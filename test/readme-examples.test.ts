import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseCampaignDefinition } from '../core';
import { CAMPAIGN_KINDS } from '../core/domain/campaign-types';

/** The README's example definitions are real: each parses, and there is one per campaign type. */
describe('README campaign examples', () => {
  const readme = readFileSync(path.join(__dirname, '..', 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Campaign types'), readme.indexOf('## Who may do what'));
  const blocks = [...section.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[1]!) as Record<string, unknown>);

  it('holds one definition per type, each valid', () => {
    expect(blocks.map((b) => b.kind).sort()).toEqual([...CAMPAIGN_KINDS].sort());
    for (const b of blocks) expect(() => parseCampaignDefinition(b)).not.toThrow();
  });
});
