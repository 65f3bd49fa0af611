import { Readable, Writable } from 'node:stream';
import { CommandRouter } from '../../bots/common/command-router';
import { ConsoleChat } from '../../bots/console/console-chat';
import { campaignWithItems, createTestCore, engine, type TestCore } from '../helpers/test-core';

/** /why in the console chat: three local members answer one task by number, then one asks why. */
describe(`/why in the console chat on ${engine}`, () => {
  let core: TestCore;

  beforeAll(async () => {
    core = await createTestCore();
  });

  afterAll(async () => {
    await core.cleanup();
  });

  it("traces a member's answer typed by its number, and refuses a task they did not answer", async () => {
    const campaignId = await campaignWithItems(core, ['a striped cat']);
    const out: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        out.push(chunk.toString('utf8'));
        done();
      },
    });
    const lines = ['/as ann', `/task ${campaignId}`, '1', '/as bo', `/task ${campaignId}`, '1', '/as cy', `/task ${campaignId}`, '1', '/as ann', '/why', '/why 999999', '/why batch nope'];
    await new ConsoleChat(new CommandRouter(core), sink).run(Readable.from([lines.map((l) => l + '\n').join('')]), false);
    const printed = out.join('');
    const taskId = Number(/ · task (\d+)\n/.exec(printed)![1]);
    expect(printed).toContain(`Why: task #${taskId} · campaign #${campaignId} Pets`);
    expect(printed).toContain('Votes counted: cat 3 · dog 0 · bird 0');
    expect(printed).toContain('Paid 10 TNET because it matches the consensus');
    expect(printed).toContain('You have no answer on task #999999. /why shows only your own answers.');
    expect(printed).toContain('Usage: /why (your latest answer), /why <task number>, or /why batch <batch id or its first digits>.');
  }, 30_000);
});
