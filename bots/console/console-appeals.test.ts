import { Readable, Writable } from 'node:stream';
import { CommandRouter } from '../common/command-router';
import { submitServed } from '../../test/helpers/serve';
import { campaignWithItems, createTestCore, member, type TestCore } from '../../test/helpers/test-core';
import { ConsoleChat } from './console-chat';

describe('console appeals', () => {
  let core: TestCore;

  beforeAll(async () => {
    core = await createTestCore();
  });

  afterAll(async () => {
    await core.cleanup();
  });

  it('files appeals with /appeal and decides them with /appeals and the typed button numbers', async () => {
    // A platform campaign: the console speaks as a platform admin, whose /appeals in private lists the platform's own.
    const campaignId = await campaignWithItems(core, ['a cat', 'a tabby'], { consensusMode: 'majority' });
    const tasks: number[] = (await core.ds.query(`SELECT id FROM task WHERE campaign_id = $1 ORDER BY id`, [campaignId])).map((r: { id: number }) => r.id);
    const [dora, ann, bob] = [await member(core, 'dora'), await member(core, 'ann'), await member(core, 'bob')];
    for (const t of tasks) for (const [m, choice] of [[dora, 'dog'], [ann, 'cat'], [bob, 'cat']] as const) await submitServed(core, { memberId: m, taskId: t, choice });
    const [t1, t2] = tasks as [number, number];
    const out: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        out.push(chunk.toString('utf8'));
        done();
      },
    });
    const lines = ['/as dora', `/appeal ${t1} It is a dog.`, `/appeal ${t2} Another dog.`, '/as mod', '/appeals', '1', '/appeals', '2', '/as dora', '/stats'];
    await new ConsoleChat(new CommandRouter(core), sink).run(Readable.from([lines.map((l) => `${l}\n`).join('')]), false);
    const printed = out.join('');
    expect(printed).toContain(`Your appeal of task ${t1} is with the campaign's moderators.`);
    expect(printed).toContain('2 appeals are waiting; the oldest 2 follow.');
    expect(printed).toContain('[1] Uphold  [2] Refuse');
    // The last card's buttons are the typed numbers: task 2's appeal is upheld first, then task 1's refused.
    expect(printed).toMatch(new RegExp(`Appeal #\\d+ upheld: 10 TNET paid for task ${t2}\\.`));
    expect(printed).toMatch(/Appeal #\d+ refused\./);
    expect(printed).toContain(`- task ${t2}: upheld, the reward is paid`);
    expect(printed).toContain(`- task ${t1}: refused`);
    const rows = await core.ds.query(`SELECT task_id FROM reward_ledger WHERE rule = 'appeal.upheld'`);
    expect(rows).toEqual([{ task_id: t2 }]);
  });
});
