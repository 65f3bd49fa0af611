import { Readable } from 'node:stream';
import type { MemberRef } from '../../core';
import type { Lang } from '../../bots/common/i18n/languages';
import { translator } from '../../bots/common/i18n/translator';
import { answer, taskMessage } from '../../bots/common/member-commands';
import { contributeCampaign } from '../helpers/contribute-campaign';
import { domainError, file } from '../helpers/fixtures';
import { createTestCore, engine, type TestCore } from '../helpers/test-core';
import { badRowTexts, problemTexts } from '../helpers/problems';

const ru = translator('ru' as Lang);
const en = translator('en' as Lang);

/**
 * Campaigns in several languages (issue 17): core stores a campaign's translations and the
 * items' `<field>@<tag>` fields and hands them to the chats on every card; a member reads
 * their language, and answers store option ids, so readers of any language count alike.
 */
describe(`campaign translations on ${engine}`, () => {
  let core: TestCore;
  beforeAll(async () => {
    core = await createTestCore();
  });
  afterAll(async () => {
    await core.cleanup();
  });

  const memberRef = (name: string): Promise<MemberRef> => core.identities.resolve({ platform: 'console', platformUserId: name, displayName: name });

  /** An active "Pets" campaign in English and Russian, one item with its Russian text. */
  async function petsInTwoLanguages(): Promise<number> {
    const c = await core.campaigns.create(
      {
        name: 'Pets',
        kind: 'label',
        question: 'Cat or dog?',
        options: [
          { id: 'cat', label: 'Cat' },
          { id: 'dog', label: 'Dog' },
        ],
        translations: { ru: { name: 'Питомцы', question: 'Кошка или собака?', options: { cat: 'Кошка', dog: 'Собака' } } },
        reward: '10',
        budget: '1000',
        answersPerTask: 2,
        maxAnswersPerTask: 2,
        consensusMode: 'majority',
        minEvidence: 0,
        minThinkMs: 0,
      },
      null,
    );
    expect(c.translations).toEqual({ ru: { name: 'Питомцы', question: 'Кошка или собака?', options: { cat: 'Кошка', dog: 'Собака' } } });
    await core.campaigns.importItems(c.id, Readable.from([file('id,text,text@ru', 'i1,a cat on a sofa,кошка на диване')]), 'csv');
    await core.campaigns.transition(c.id, 'activate');
    return c.id;
  }

  it("serves a card with the campaign's translations and the item's, and both readers' answers count toward the same option", async () => {
    const campaignId = await petsInTwoLanguages();
    expect((await core.campaigns.get(campaignId)).translations.ru?.question).toBe('Кошка или собака?');

    const reader = await memberRef('tr-ru-reader');
    const next = await core.assignment.next(reader.memberId, [campaignId]);
    if (!next.found) throw new Error('no card served');
    expect(next.card.translations).toEqual({ ru: { name: 'Питомцы', question: 'Кошка или собака?', options: { cat: 'Кошка', dog: 'Собака' } } });
    expect(next.card.payload).toEqual({ text: 'a cat on a sofa', 'text@ru': 'кошка на диване' });
    expect(next.card.options).toEqual([
      { id: 'cat', label: 'Cat' },
      { id: 'dog', label: 'Dog' },
    ]);

    const inRussian = taskMessage(ru, next.card);
    expect(inRussian.text).toContain('Питомцы');
    expect(inRussian.text).toContain('Кошка или собака?\n\nкошка на диване');
    expect(inRussian.buttons?.flat().map((b) => b.label)).toEqual(['Кошка', 'Собака']);
    const inEnglish = taskMessage(en, next.card);
    expect(inEnglish.text).toContain('Cat or dog?\n\na cat on a sofa');
    expect(inEnglish.text).not.toContain('@ru');
    expect(inEnglish.buttons?.flat().map((b) => b.label)).toEqual(['Cat', 'Dog']);

    const deps = { assignment: core.assignment, answers: core.answers, rewards: core.rewards, campaigns: core.campaigns, labelTicks: core.labelTicks, contributions: core.contributions };
    const taskId = next.card.taskId;
    const russianReply = await answer(ru, deps, reader, taskId, 0);
    expect(russianReply.messages[0]?.text).toContain('Кошка');

    const english = await memberRef('tr-en-reader');
    const served = await core.assignment.next(english.memberId, [campaignId]);
    expect(served).toMatchObject({ found: true, card: { taskId } });
    const englishReply = await answer(en, deps, english, taskId, 0);
    expect(englishReply.messages[0]?.text).toContain('Cat');

    const answers = await core.ds.query(`SELECT member_id, choice FROM answer WHERE task_id = $1 ORDER BY member_id`, [taskId]);
    expect(answers).toEqual([
      { member_id: reader.memberId, choice: 'cat' },
      { member_id: english.memberId, choice: 'cat' },
    ]);
    const [task] = await core.ds.query(`SELECT status, consensus_label FROM task WHERE id = $1`, [taskId]);
    expect(task).toEqual({ status: 'final', consensus_label: 'cat' });
  });

  it('refuses translations naming an option the campaign lacks, and stores {} without translations', async () => {
    const e = await domainError(
      core.campaigns.create({ name: 'x', kind: 'label', question: 'q', options: ['cat', 'dog'], reward: '1', budget: '10', translations: { ru: { options: { bird: 'Птица' } } } }, null),
      'campaign.invalid_definition',
    );
    expect(problemTexts(e.details.problems)).toEqual(["translations.ru.options.bird: not one of the campaign's option ids"]);
    const plain = await core.campaigns.create({ name: 'x', kind: 'label', question: 'q', options: ['cat', 'dog'], reward: '1', budget: '10' }, null);
    expect((await core.campaigns.get(plain.id)).translations).toEqual({});
  });

  it('checks each language of a pairwise item by the pairwise rules, and keeps the translated fields', async () => {
    const c = await core.campaigns.create({ name: 'Pairs', kind: 'pairwise', question: 'Which is better?', reward: '1', budget: '100' }, null);
    const ok = { id: 'p1', prompt: 'Say hi', a: 'Hello', b: 'Hi there', 'prompt@es': 'Saluda', 'a@es': 'Hola', 'b@es': 'Buenas' };
    const same = { id: 'p2', prompt: 'Say bye', a: 'Bye', b: 'See you', 'a@es': 'See you' };
    const orphan = { id: 'p3', prompt: 'Say yes', a: 'Yes', b: 'Sure', 'note@es': 'nota' };
    const e = await domainError(
      core.campaigns.importItems(c.id, Readable.from([file(...[ok, same, orphan].map((i) => JSON.stringify(i)))]), 'jsonl'),
      'campaign.import_invalid',
    );
    expect(badRowTexts(e.details.badRows)).toEqual([
      { row: 2, reason: 'in es: outputs "a" and "b" are the same' },
      { row: 3, reason: '"note@es" translates "note", which the item does not have' },
    ]);
    await core.campaigns.importItems(c.id, Readable.from([file(JSON.stringify(ok))]), 'jsonl');
    const [task] = await core.ds.query(`SELECT payload FROM task WHERE campaign_id = $1`, [c.id]);
    expect(task.payload).toEqual({ prompt: 'Say hi', a: 'Hello', b: 'Hi there', 'prompt@es': 'Saluda', 'a@es': 'Hola', 'b@es': 'Buenas' });
  });

  it("gives a contribute campaign's check campaign its translated check question, and a check its translated prompt", async () => {
    const k = await contributeCampaign(core, [{ prompt: 'Good morning', 'prompt@ru': 'Доброе утро' }], {
      translations: { ru: { question: 'Переведите на французский.', checkQuestion: 'Хороший ли это перевод?' } },
    });
    expect((await core.campaigns.get(k.campaignId)).translations).toEqual({ ru: { question: 'Переведите на французский.', checkQuestion: 'Хороший ли это перевод?' } });
    expect((await core.campaigns.get(k.checkId)).translations).toEqual({ ru: { question: 'Хороший ли это перевод?' } });

    const writer = await memberRef('tr-writer');
    const next = await core.assignment.next(writer.memberId, [k.campaignId]);
    if (!next.found) throw new Error('no card served');
    expect(taskMessage(ru, next.card).text).toContain('Переведите на французский.\n\nДоброе утро');
    const result = await core.contributions.submit({ memberId: writer.memberId, taskId: next.card.taskId, text: 'Bonjour' });
    expect(result).toMatchObject({ outcome: 'accepted' });
    const [check] = await core.ds.query(`SELECT payload FROM task WHERE campaign_id = $1`, [k.checkId]);
    expect(check.payload).toEqual({ prompt: 'Good morning', 'prompt@ru': 'Доброе утро', contribution: 'Bonjour' });
  });
});
