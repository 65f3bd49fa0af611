import { english } from '../common/i18n/translator';
import { DownloadRefused, downloadRefusedText, MAX_UPLOAD_BYTES, megabytes } from './file-download';

const t = english();

describe('the words of a refused download', () => {
  it('names the size and the limit in megabytes, with one decimal at most', () => {
    expect(downloadRefusedText(t, { reason: 'too_large', bytes: 25_500_000, limit: MAX_UPLOAD_BYTES })).toBe('That file is 24.3 MB; the limit is 20 MB. Split it into smaller files.');
    expect(megabytes(t, 512 * 1024)).toBe('0.5 MB');
  });

  it.each([
    ['get_file', 'I could not fetch that file from Telegram. Please send it again.'],
    ['no_path', 'Telegram did not give me that file. Please send it again.'],
    ['fetch', 'I could not download that file. Please send it again.'],
    ['broke_off', 'The download of that file broke off. Please send it again.'],
  ] as const)('says what to do when the file is unavailable (%s)', (step, words) => {
    expect(downloadRefusedText(t, { reason: 'unavailable', step })).toBe(words);
  });

  it('keeps the reason and the English words on the error, for logs', () => {
    const e = new DownloadRefused({ reason: 'unavailable', step: 'fetch' });
    expect(e.reason).toBe('unavailable');
    expect(e.message).toBe('I could not download that file. Please send it again.');
  });
});
