import { contributionCsvHeader, contributionCsvLine, contributionJsonLine, type ContributionRecord } from './contribution-record';

const record: ContributionRecord = {
  contributionId: '12',
  taskId: 3,
  itemKey: 'i1',
  itemJson: '{"prompt": "Translate: good morning"}',
  text: '=Bonjour, "tous"',
  checkTaskId: 40,
  checks: 3,
  accepts: 2,
  consensusLabel: 'accept',
  confidence: 0.93,
  uncertain: false,
};

describe('contribution export lines', () => {
  it('writes the CSV header and a line with the text neutralised and quoted', () => {
    expect(contributionCsvHeader()).toBe('contribution_id,task_id,item_key,item,contribution,check_task_id,checks,accepts,consensus_label,confidence,uncertain\r\n');
    expect(contributionCsvLine(record)).toBe(`12,3,i1,"{""prompt"": ""Translate: good morning""}","'=Bonjour, ""tous""",40,3,2,accept,0.93,false\r\n`);
  });

  it('writes a JSON line with the item embedded as an object', () => {
    const line = contributionJsonLine(record);
    expect(line.endsWith('\n')).toBe(true);
    expect(JSON.parse(line)).toEqual({
      contribution_id: '12',
      task_id: 3,
      item_key: 'i1',
      item: { prompt: 'Translate: good morning' },
      contribution: '=Bonjour, "tous"',
      check_task_id: 40,
      checks: 3,
      accepts: 2,
      consensus_label: 'accept',
      confidence: 0.93,
      uncertain: false,
    });
  });
});
