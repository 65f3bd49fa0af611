import { PassThrough, Readable } from 'node:stream';
import { CommandRouter } from '../../bots/common/command-router';
import { english } from '../../bots/common/i18n/translator';
import { ConsoleChat } from '../../bots/console/console-chat';
import { campaignWithItems, createTestCore, engine, member, type TestCore } from '../helpers/test-core';

const LABELS = [
  { id: 'cat', label: 'Cat' },
  { id: 'dog', label: 'Dog' },
  { id: 'bird', label: 'Bird' },
];

describe(`console multilabel campaign on ${engine}`, () => {
  let core: TestCore;
  let campaignId: number;
  let taskId: number;

  beforeAll(async () => {
    core = await createTestCore();
    campaignId = await campaignWithItems(core, ['a cat on a wall'], {
      name: 'Tags',
      kind: 'multilabel',
      question: 'Which animals are in the picture?',
      options: LABELS,
      consensusMode: 'majority',
      minThinkMs: 0,
      maxAnswersPerTask: 3,
    });
    [{ id: taskId }] = await core.ds.query(`SELECT id FROM task WHERE campaign_id = $1`, [campaignId]);
  }, 60_000);
  afterAll(async () => {
    await core?.cleanup();
  });

  /** Runs lines through a ConsoleChat over the core and resolves with what it printed. */
  const chat = async (lines: string[]): Promise<string> => {
    const out = new PassThrough();
    let text = '';
    out.setEncoding('utf8').on('data', (d: string) => (text += d));
    await new ConsoleChat(new CommandRouter(core), out).run(Readable.from([lines.map((l) => l + '\n').join('')]), false);
    return text;
  };
  const choiceOf = async (name: string): Promise<string | undefined> =>
    (await core.ds.query(`SELECT choice FROM answer WHERE task_id = $1 AND member_id = $2`, [taskId, await member(core, name)]))[0]?.choice;

  it('numbers the labels of a card and says how to type a set', async () => {
    const out = await chat(['/as ann', `/task ${campaignId}`]);
    expect(out).toContain(`Campaign #${campaignId} · Tags · task ${taskId}\nWhich animals are in the picture?\n\na cat on a wall\n\n${english().t('console-labels-hint')}\n10 TNET per accepted answer\n[1] Cat  [2] Dog  [3] Bird\n`);
    expect(out).not.toContain('Done');
  }, 30_000);

  it('refuses numbers that name no label, or a label twice, and stores nothing', async () => {
    const out = await chat(['/as ann', `/task ${campaignId}`, '4', '1 1', '0 2', '1 2 3 4']);
    expect(out.match(/^Type label numbers 1 to 3, each once, separated by spaces, or 0 for none\.$/gm)).toHaveLength(4);
    expect(await choiceOf('ann')).toBeUndefined();
  }, 30_000);

  it('answers with the typed set, decides the task label by label, and pays by agreement', async () => {
    const ann = await chat(['/as ann', `/task ${campaignId}`, '2 1']);
    expect(ann).toContain('Answer recorded: Cat, Dog.\n');
    const bob = await chat(['/as bob', `/task ${campaignId}`, '1']);
    expect(bob).toContain('Answer recorded: Cat.\n');
    const cy = await chat(['/as cy', `/task ${campaignId}`, 'none']);
    expect(cy).toContain('Answer recorded: none apply.\n');
    expect([await choiceOf('ann'), await choiceOf('bob'), await choiceOf('cy')]).toEqual(['cat|dog', 'cat', '']);

    const t = await core.assignment.card(taskId);
    // Per label: cat 2 of 3, dog 1 of 3, bird 0 of 3.
    expect([t.status, t.consensusLabel]).toEqual(['final', 'cat']);
    const ledger: { member_id: number; status: string; rule: string }[] = await core.ds.query(`SELECT member_id, status, rule FROM reward_ledger WHERE task_id = $1`, [taskId]);
    const byMember = Object.fromEntries(ledger.map((r) => [r.member_id, [r.status, r.rule]]));
    expect(byMember).toEqual({
      [await member(core, 'ann')]: ['withheld', 'majority.mismatch'],
      [await member(core, 'bob')]: ['pending', 'majority.match'],
      [await member(core, 'cy')]: ['withheld', 'majority.mismatch'],
    });
  }, 30_000);

  it('takes 0 for none as well, and a line of numbers means nothing without a card', async () => {
    const out = await chat(['/as dee', '1 3']);
    expect(out).toContain('Commands start with /.');
    const other = await campaignWithItems(core, ['a bird'], { name: 'More tags', kind: 'multilabel', question: 'Which?', options: LABELS, consensusMode: 'majority', minThinkMs: 0 });
    const [{ id }] = await core.ds.query(`SELECT id FROM task WHERE campaign_id = $1`, [other]);
    expect(await chat(['/as dee', `/task ${other}`, '0'])).toContain('Answer recorded: none apply.\n');
    const [{ choice }] = await core.ds.query(`SELECT choice FROM answer WHERE task_id = $1`, [id]);
    expect(choice).toBe('');
  }, 30_000);
});
