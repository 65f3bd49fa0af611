import { parseCommandLine, type CommandLine } from './command-line';

describe('a text line is a command line or not', () => {
  const cases: [string, string, CommandLine | undefined][] = [
    ['a bare command', '/task', { name: 'task', args: [] }],
    ['arguments split at any whitespace', '/campaign  post\t3\n2', { name: 'campaign', args: ['post', '3', '2'] }],
    ['the name in lower case, the words as typed', '/CAMPAIGN Stats 3', { name: 'campaign', args: ['Stats', '3'] }],
    ['an addressee kept as typed', '/task@TNET_bot 4', { name: 'task', addressee: 'TNET_bot', args: ['4'] }],
    ['whitespace around the line', '  /help  ', { name: 'help', args: [] }],
    ['digits in a name', '/task2', { name: 'task2', args: [] }],
    ['no slash', 'hello there', undefined],
    ['an empty line', '', undefined],
    ['a slash alone', '/', undefined],
    ['a space after the slash', '/ task', undefined],
    ['a name with a hyphen', '/task-now', undefined],
    ['an empty addressee', '/task@ 4', undefined],
    ['a word glued to the addressee', '/task@bot,4', undefined],
  ];
  it.each(cases)('%s: %j', (_name, text, expected) => {
    expect(parseCommandLine(text)).toEqual(expected);
  });
});
