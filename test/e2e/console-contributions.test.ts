import { PassThrough, Readable } from 'node:stream';
import { CommandRouter } from '../../bots/common/command-router';
import { ConsoleChat } from '../../bots/console/console-chat';
import { createTestCore, engine, member, type TestCore } from '../helpers/test-core';
import { contributeCampaign, exportedContributions, type TestContributeCampaign } from '../helpers/contribute-campaign';

const TNET = 10n ** 18n;
const ACCEPTED = 'Thanks — your text goes to other members for checking; you are paid if they accept it.';

describe(`console contributions on ${engine}`, () => {
  let core: TestCore;
  let c: TestContributeCampaign;

  beforeAll(async () => {
    core = await createTestCore();
    c = await contributeCampaign(core, ['Good morning, everyone']);
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
  const contributions = async (): Promise<Record<number, string>> =>
    Object.fromEntries(((await core.ds.query(`SELECT member_id, text FROM contribution WHERE task_id = $1`, [c.tasks[0]])) as { member_id: number; text: string }[]).map((r) => [r.member_id, r.text]));

  it('shows a contribute card that asks for the next typed line, and takes it after refusals and commands', async () => {
    const out = await chat(['/as ann', `/task ${c.campaignId}`, 'good morning everyone', 'no', '/balance', 'Bonjour à tous', 'Coucou']);
    expect(out).toContain(
      `Campaign #${c.campaignId} · Translations · task ${c.tasks[0]}\nTranslate this into French.\n\nGood morning, everyone\n\nType your text (3–60 characters) as your next line.\n5 TNET per accepted text\n\n`,
    );
    expect(out).toContain('That text copies the prompt. Write your own.\n');
    expect(out).toContain('That text is too short: write at least 3 characters.\n');
    // A command runs between; the card still waits for its text.
    expect(out).toContain('Pending: 0 TNET\n');
    expect(out).toContain(`${ACCEPTED}\n[1] Next task\n`);
    // After the outcome the card no longer waits: a line is no text any more.
    expect(out).toMatch(/Commands start with \/\. Send \/help for the list\.\n\n$/);
    expect(await contributions()).toEqual({ [await member(core, 'ann')]: 'Bonjour à tous' });
  }, 30_000);

  it("refuses another member's duplicate with its reason, then takes their own text", async () => {
    const out = await chat(['/as bob', `/task ${c.campaignId}`, 'BONJOUR — à tous !', 'Salut tout le monde']);
    expect(out).toContain('That text was already sent for this campaign. Write your own.\n');
    expect(out).toContain(`${ACCEPTED}\n`);
    expect(await contributions()).toEqual({ [await member(core, 'ann')]: 'Bonjour à tous', [await member(core, 'bob')]: 'Salut tout le monde' });
  }, 30_000);

  it('serves each author only the check of the other text, lets others check both, and pays the authors once decided', async () => {
    const ann = await chat(['/as ann', `/task ${c.checkId}`, '1', '1']);
    expect(ann).toContain('Is this a good translation?\n\nPrompt:\nGood morning, everyone\n\nText to check:\nSalut tout le monde\n\n');
    expect(ann).not.toContain('Text to check:\nBonjour à tous');
    expect(ann).toContain('Answer recorded: Good.\n');
    expect(ann).toContain('You have answered every task available to you. Thank you! Check back later.\n');
    const bob = await chat(['/as bob', `/task ${c.checkId}`, '1']);
    expect(bob).toContain('Text to check:\nBonjour à tous\n');
    expect(bob).not.toContain('Text to check:\nSalut tout le monde');
    for (const name of ['cy', 'dee']) {
      const out = await chat([`/as ${name}`, `/task ${c.checkId}`, '1', '1', '1']);
      expect(out.match(/^Answer recorded: Good\.$/gm)).toHaveLength(2);
    }
    expect(await core.contributions.payDecidedContributions()).toEqual({ paid: 2, withheld: 0, spent: 10n * TNET, corrected: 0, refunded: 0n });
    const [ann_, bob_, cy, dee] = await Promise.all(['ann', 'bob', 'cy', 'dee'].map((n) => member(core, n)));
    const ledger: { member_id: number; campaign_id: number; n: number; amount: string; rule: string }[] = await core.ds.query(
      `SELECT member_id, campaign_id, count(*)::int AS n, sum(amount)::text AS amount, min(rule) AS rule FROM reward_ledger
        WHERE campaign_id = ANY($1::int[]) AND status = 'pending' GROUP BY member_id, campaign_id ORDER BY campaign_id, member_id`,
      [[c.campaignId, c.checkId]],
    );
    const byMember = (campaignId: number) => Object.fromEntries(ledger.filter((r) => r.campaign_id === campaignId).map((r) => [r.member_id, [r.n, r.amount, r.rule]]));
    expect(byMember(c.campaignId)).toEqual({ [ann_]: [1, (5n * TNET).toString(), 'contribution.accepted'], [bob_]: [1, (5n * TNET).toString(), 'contribution.accepted'] });
    expect(byMember(c.checkId)).toEqual({
      [ann_]: [1, TNET.toString(), 'majority.match'],
      [bob_]: [1, TNET.toString(), 'majority.match'],
      [cy]: [2, (2n * TNET).toString(), 'majority.match'],
      [dee]: [2, (2n * TNET).toString(), 'majority.match'],
    });
    expect(await chat(['/as ann', '/balance'])).toContain('\nPending: 6 TNET\n');
    const exported = await exportedContributions(core, c.campaignId);
    expect(exported.map((r) => [r.contribution, r.checks, r.accepts, r.consensus_label]).sort()).toEqual([
      ['Bonjour à tous', 3, 3, 'accept'],
      ['Salut tout le monde', 3, 3, 'accept'],
    ]);
  }, 60_000);
});
