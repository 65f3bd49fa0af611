import { createLogger } from '../../core';
import { activeCampaign, createTestCore, engine, type TestCore } from '../../test/helpers/test-core';
import type { ChatContext, ChatReply } from './chat-message';
import { CommandRouter, type CommandDeps } from './command-router';
import { DEFAULT_LANGUAGE } from './i18n/languages';

const ctx = (name: string, isModerator = false): ChatContext => ({
  user: { platform: 'console', platformUserId: name, displayName: name },
  chatId: 'console:router-test',
  isPrivate: true,
  place: null,
  lang: DEFAULT_LANGUAGE,
  memberLang: DEFAULT_LANGUAGE,
  // The console's operator is a platform admin; a plain member carries no moderator facts.
  moderator: isModerator ? { platformAdmin: true, place: null, moderates: async () => false } : undefined,
});

/** The single message of a reply; fails the test when there is not exactly one. */
function only(reply: ChatReply): string {
  expect(reply.messages).toHaveLength(1);
  return reply.messages[0]!.text;
}

/** The first answer button of a task card reply. */
function firstAnswerButton(reply: ChatReply): string {
  const id = reply.messages[0]?.buttons?.[0]?.[0]?.id;
  expect(id).toMatch(/^a:\d+:0$/);
  return id!;
}

describe(`command router on ${engine}`, () => {
  let core: TestCore;
  let router: CommandRouter;
  beforeAll(async () => {
    core = await createTestCore();
    router = new CommandRouter(core);
  });
  afterAll(async () => {
    await core.cleanup();
  });

  describe('malformed commands get one clear message and never throw', () => {
    const cases: [string, string, RegExp][] = [
      ['no slash', 'hello there', /^Commands start with \/\. Send \/help/],
      ['empty line', '', /^Commands start with \//],
      ['unknown command', '/frobnicate now', /^Unknown command \/frobnicate\. Send \/help/],
      ['unknown command with digits', '/task2', /^Unknown command \/task2\. Send \/help/],
      ['non-numeric task', '/task abc', /^Usage: \/task or \/task <campaign id>$/],
      ['too many task arguments', '/task 1 2', /^Usage: \/task/],
      ['non-numeric stats id', '/campaign stats x', /^Usage: \/campaign stats <id>/],
      ['stats without id', '/campaign stats', /^Usage: \/campaign stats <id>/],
      ['stats with zero', '/campaign stats 0', /^Usage: \/campaign stats <id>/],
      ['unknown subcommand', '/campaign frobnicate 1', /^Unknown subcommand "frobnicate"\./],
      ['empty /campaign', '/campaign', /^Usage: \/campaign list/],
      ['a 10,000-character line', `/task ${'9'.repeat(10_000)}`, /^That command is too long\.$/],
      ['a 10,000-character line of text', 'x'.repeat(10_000), /^That command is too long\.$/],
      ['a /verify line past the signature bound', `/verify 0x${'a'.repeat(7000)}`, /^That signature is too long to paste in a chat\./],
    ];
    it.each(cases)('%s', async (_name, input, expected) => {
      const reply = await router.handleText(ctx('malformed'), input);
      const t = only(reply);
      expect(t).toMatch(expected);
      expect(t.length).toBeLessThan(300);
      expect(reply.messages[0]!.buttons ?? []).toEqual([]);
    });

    it('answers the unknown subcommand with its name and the usage', async () => {
      const t = only(await router.handleText(ctx('malformed'), '/campaign frobnicate 1'));
      expect(t.split('\n')[0]).toBe('Unknown subcommand "frobnicate".');
      expect(t).toContain('/campaign stats <id>');
    });

    it('reports a campaign that does not exist', async () => {
      const t = only(await router.handleText(ctx('malformed'), '/campaign stats 99999'));
      expect(t).toBe('There is no campaign #99999.');
    });
  });

  describe('buttons', () => {
    it('refuses a forged button id with a toast', async () => {
      for (const forged of ['a:1:99', 'drop table task', 'a:x:1', 'n:-1', '', 'a:1:1:extra']) {
        const reply = await router.handleButton(ctx('forger'), forged);
        expect(reply).toEqual({ toast: 'That button is not valid anymore.', messages: [] });
      }
    });

    it('says so when the button points to a task that does not exist', async () => {
      const reply = await router.handleButton(ctx('late'), 'a:2000000000:0');
      expect(only(reply)).toBe('That task does not exist.');
      expect(reply.toast).toBe('That task does not exist.');
    });

    it('refuses an option the task does not have', async () => {
      const c = await activeCampaign(core, { items: 1 });
      const card = await router.handleText(ctx('opt-user'), `/task ${c}`);
      const taskId = Number(/^a:(\d+):0$/.exec(firstAnswerButton(card))![1]);
      const reply = await router.handleButton(ctx('opt-user'), `a:${taskId}:7`);
      expect(reply).toEqual({ toast: 'That button is not valid anymore.', messages: [] });
    });
  });

  describe('moderation', () => {
    it('does not let a member pause a campaign', async () => {
      const c = await activeCampaign(core, { items: 1 });
      const t = only(await router.handleText(ctx('member'), `/campaign pause ${c}`));
      expect(t).toBe('Only moderators can do that.');
      expect((await core.campaigns.stats(c)).status).toBe('active');
    });

    it('lets a moderator pause a campaign', async () => {
      const c = await activeCampaign(core, { items: 1 });
      const t = only(await router.handleText(ctx('moderator', true), `/campaign pause ${c}`));
      expect(t).toBe(`Campaign #${c} is now paused.`);
      expect((await core.campaigns.stats(c)).status).toBe('paused');
      const again = only(await router.handleText(ctx('member'), `/task ${c}`));
      expect(again).toBe(`Campaign #${c} is not taking answers right now.`);
    });
  });

  describe('answering', () => {
    it('records an answer from the card button, then refuses a second one', async () => {
      const c = await activeCampaign(core, { items: 2 });
      const card = await router.handleText(ctx('flow-alice'), `/task ${c}`);
      expect(only(card)).toContain(`Campaign #${c}`);
      // A served card shows no answer count: gold and regular tasks read the same.
      expect(card.messages[0]!.text).not.toMatch(/\d+\/\d+ answers/);
      const button = firstAnswerButton(card);

      const first = await router.handleButton(ctx('flow-alice'), button);
      expect(only(first)).toMatch(/^Answer recorded: cat\.\n/);
      expect(first.toast).toBe('Answer recorded');
      expect(first.messages[0]!.buttons).toEqual([[{ id: `n:${c}`, label: 'Next task' }]]);

      const second = await router.handleButton(ctx('flow-alice'), button);
      expect(only(second)).toBe('You already answered this task: cat.');

      const taskId = Number(/^a:(\d+):0$/.exec(button)![1]);
      const [{ n }] = await core.ds.query(`SELECT count(*)::int AS n FROM answer WHERE task_id = $1`, [taskId]);
      expect(n).toBe(1);

      const next = await router.handleButton(ctx('flow-alice'), `n:${c}`);
      expect(only(next)).toContain(`Campaign #${c}`);
      expect(firstAnswerButton(next)).not.toBe(button);
    });
  });

  describe('unexpected failures', () => {
    it('answer with a short reference and log one full line', async () => {
      const lines: string[] = [];
      const logger = createLogger({ level: 'error', write: (l) => lines.push(l) });
      const assignment = {
        next: async () => {
          throw new Error('connection reset by peer');
        },
      } as unknown as CommandDeps['assignment'];
      const broken = new CommandRouter({ ...core, logger, assignment });

      const reply = await broken.handleText(ctx('unlucky'), '/task');
      const t = only(reply);
      const m = /ref ([0-9a-f]{8})\b/.exec(t);
      expect(m).not.toBeNull();
      expect(t).not.toContain('connection reset');
      expect(reply.toast).toBe('Something went wrong.');

      expect(lines).toHaveLength(1);
      const entry = JSON.parse(lines[0]!);
      expect(entry).toMatchObject({ level: 'error', msg: 'command failed', correlationId: m![1], platform: 'console', what: '/task' });
      expect(entry.error.message).toBe('connection reset by peer');

      const pressed = await broken.handleButton(ctx('unlucky'), 'n:0');
      expect(only(pressed)).toMatch(/ref [0-9a-f]{8}\b/);
      expect(lines).toHaveLength(2);
      expect(JSON.parse(lines[1]!).what).toBe('button n:0');
    });

    it('survives a thrown value that is not an Error', async () => {
      const lines: string[] = [];
      const logger = createLogger({ level: 'error', write: (l) => lines.push(l) });
      const assignment = {
        next: () => Promise.reject('plain string failure'),
      } as unknown as CommandDeps['assignment'];
      const reply = await new CommandRouter({ ...core, logger, assignment }).handleText(ctx('unlucky'), '/task');
      expect(only(reply)).toMatch(/ref [0-9a-f]{8}\b/);
      expect(lines).toHaveLength(1);
    });
  });

  describe('campaign stats', () => {
    it("shows the model's accuracy as members verified it in a check campaign", async () => {
      const source = await activeCampaign(core, { items: 2 });
      const check = (await core.campaigns.create({ name: 'Check', kind: 'check', question: 'Is the model right?', options: ['yes', 'no', 'unsure'], reward: '1', budget: '10' }, null)).id;
      await core.ds.query(`INSERT INTO inference_check (check_campaign_id, source_campaign_id, model_name) VALUES ($1, $2, 'm')`, [check, source]);
      // Three confident verdicts on the model's predictions: two right, one wrong.
      await core.ds.query(
        `INSERT INTO task (campaign_id, item_key, payload, status, consensus_label) VALUES
         ($1, 'k1', '{}', 'final', 'yes'), ($1, 'k2', '{}', 'final', 'yes'), ($1, 'k3', '{}', 'final', 'no')`,
        [check],
      );
      // A draft's stats are its moderators' only: members read the check campaign once it runs.
      await core.campaigns.transition(check, 'activate');
      const t = only(await router.handleText(ctx('stats-reader'), `/campaign stats ${source}`));
      expect(t).toContain('Model verified by members: 66.7% right (3 predictions checked)');
      const plain = only(await router.handleText(ctx('stats-reader'), `/campaign stats ${check}`));
      expect(plain).toContain('Model verified by members: 66.7%');
      const none = await activeCampaign(core, { items: 1 });
      expect(only(await router.handleText(ctx('stats-reader'), `/campaign stats ${none}`))).not.toContain('Model verified');
    });
  });
});
