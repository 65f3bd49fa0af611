import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { Api } from 'grammy';
import { DownloadRefused, downloadTelegramFile } from '../../bots/telegram/file-download';
import { TelegramEmulator } from '../helpers/telegram-emulator';

describe('telegram file download through getFile and the file URL', () => {
  let tg: TelegramEmulator;
  let api: Api;

  beforeAll(async () => {
    tg = await TelegramEmulator.start('777000:TEST-token-for-file-downloads-03');
    api = new Api(tg.token, { apiRoot: tg.apiRoot });
  });

  afterAll(async () => {
    await tg.stop();
  });

  const download = (fileId: string, limit?: number) => downloadTelegramFile(api, { token: tg.token, apiRoot: tg.apiRoot, fileId, limit });

  it('downloads a registered file to a temporary file and removes it', async () => {
    const bytes = Buffer.from('id,text\n1,héllo\n');
    const f = await download(tg.registerFile(bytes, 'items.csv'));
    expect(f.bytes).toBe(bytes.length);
    expect(await readFile(f.path)).toEqual(bytes);
    await f.remove();
    expect(existsSync(f.path)).toBe(false);
  });

  it('refuses a file over the limit without keeping any of it', async () => {
    const id = tg.registerFile(Buffer.alloc(2048, 'x'), 'big.csv');
    const downloads = tg.callsOf('downloadFile').length;
    const err = await download(id, 1024).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DownloadRefused);
    expect((err as DownloadRefused).reason).toBe('too_large');
    // getFile announced the size: nothing was fetched from the file URL.
    expect(tg.callsOf('downloadFile')).toHaveLength(downloads);
  });

  it('says the file is unavailable when Telegram does not know it', async () => {
    const err = await download('no-such-file').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DownloadRefused);
    expect((err as DownloadRefused).reason).toBe('unavailable');
    expect((err as Error).message).not.toContain(tg.token);
  });
});
