import { Readable } from 'node:stream';
import type { Core } from '../../core';

/** A contribute campaign of the chat e2e tests: its id, its check campaign's and its task ids in item order. */
export interface TestContributeCampaign {
  campaignId: number;
  checkId: number;
  tasks: number[];
}

/**
 * An active contribute campaign with one item per prompt (or item's fields): two texts an item, checked by
 * three members each under majority, 5 TNET a text and 1 TNET a check, texts of 3 to 60
 * characters, no think time (the e2e members answer at once).
 */
export async function contributeCampaign(core: Core, prompts: (string | Record<string, unknown>)[], over: Record<string, unknown> = {}, opts: { communityId?: number } = {}): Promise<TestContributeCampaign> {
  const c = await core.campaigns.create(
    {
      name: 'Translations',
      kind: 'contribute',
      question: 'Translate this into French.',
      reward: '5',
      budget: '1000',
      answersPerTask: 2,
      checkQuestion: 'Is this a good translation?',
      checkReward: '1',
      checkBudget: '100',
      checkAnswersPerTask: 3,
      consensusMode: 'majority',
      minEvidence: 0,
      minThinkMs: 0,
      minLength: 3,
      maxLength: 60,
      ...over,
    },
    null,
    { communityId: opts.communityId ?? null },
  );
  // An item is its prompt, or its fields (a picture to write about: { image }).
  const lines = prompts.map((p, i) => JSON.stringify({ id: `i${i + 1}`, ...(typeof p === 'string' ? { prompt: p } : p) }));
  await core.campaigns.importItems(c.id, Readable.from([lines.join('\n') + '\n']), 'jsonl');
  await core.campaigns.transition(c.id, 'activate');
  const [{ check_campaign_id: checkId }] = await core.ds.query(`SELECT check_campaign_id FROM contribution_campaign WHERE campaign_id = $1`, [c.id]);
  const tasks: number[] = (await core.ds.query(`SELECT id FROM task WHERE campaign_id = $1 ORDER BY id`, [c.id])).map((r: { id: number }) => r.id);
  return { campaignId: c.id, checkId: checkId as number, tasks };
}

/** The accepted contributions a campaign's JSONL export lists. */
export async function exportedContributions(core: Core, campaignId: number): Promise<Record<string, unknown>[]> {
  let text = '';
  for await (const chunk of (await core.exports.open(campaignId, { format: 'jsonl' })).chunks()) text += chunk;
  return text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}
