import { contributionJsonLine, type ContributionRecord } from './contribution-record';
import { contributionDatasetRecord, CONTRIBUTION_HF_COLUMNS } from './hf-contribution';
import { datasetCard, datasetColumns, datasetLine } from './hf-dataset';

const record = (itemJson: string, over: Partial<ContributionRecord> = {}): ContributionRecord => ({
  contributionId: '7',
  taskId: 3,
  itemKey: 'i1',
  itemJson,
  text: 'A red ball on grass',
  checkTaskId: 40,
  checks: 3,
  accepts: 2,
  consensusLabel: 'accept',
  confidence: 1,
  uncertain: false,
  ...over,
});

describe('contributionDatasetRecord', () => {
  it.each([
    ['a prompt and a picture', '{"prompt":"Caption this","image":"https://x.org/1.png"}', { prompt: 'Caption this', image: 'https://x.org/1.png', item_json: null }],
    ['a text item: its text is the prompt', '{"text":"Translate: hello"}', { prompt: 'Translate: hello', image: null, item_json: null }],
    ['a text beside a prompt stays in item_json', '{"prompt":"p","text":"t"}', { prompt: 'p', image: null, item_json: '{"text":"t"}' }],
    ['a picture alone', '{"image":"ab.jpg"}', { prompt: null, image: 'ab.jpg', item_json: null }],
    ['other fields kept as JSON text', '{"prompt":"p","source":"web","n":2}', { prompt: 'p', image: null, item_json: '{"source":"web","n":2}' }],
    ['an image that is not text stays in item_json', '{"prompt":"p","image":5}', { prompt: 'p', image: null, item_json: '{"image":5}' }],
  ])('%s', (_, itemJson, expected) => {
    const row = contributionDatasetRecord(contributionJsonLine(record(itemJson)).trim());
    expect(row).toEqual({ contribution_id: '7', task_id: 3, item_key: 'i1', contribution: 'A red ball on grass', check_task_id: 40, checks: 3, accepts: 2, confidence: 1, uncertain: false, ...expected });
  });

  it('writes every row with the same keys, a confidence always as a float', () => {
    const line = datasetLine(datasetColumns('contribute'), contributionDatasetRecord(contributionJsonLine(record('{"prompt":"p"}')).trim()));
    expect(Object.keys(JSON.parse(line))).toEqual(CONTRIBUTION_HF_COLUMNS.map((c) => c.name));
    expect(line).toContain('"confidence":1.0');
  });

  it('names pictures-only captions image-to-text in the card, and counts the accepted texts', () => {
    const campaign = { id: 1, name: 'Captions', kind: 'contribute' as const, question: 'Write a caption', options: [], consensusMode: 'majority' as const, answersPerTask: 3, maxAnswersPerTask: 3, targetConfidence: 0.9, license: null };
    const counts = { tasks: 4, goldTasks: 0, openTasks: 1, finalTasks: 3, uncertainTasks: 0, answers: 9, members: 5, agreement: null };
    const card = datasetCard(campaign, counts, { rows: 6, finalOnly: false, withText: 0, withImage: 6 });
    expect(card).toContain('- image-to-text');
    expect(card).toContain('6 of the 9 contributions were accepted by their checks.');
    expect(card).not.toContain('class_label');
  });
});
