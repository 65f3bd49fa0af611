import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import type { Api } from 'grammy';

/** The Bot API's own limit for files a bot downloads (getFile). */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/** Why a file was not downloaded; the words are for the member. */
export class DownloadRefused extends Error {
  constructor(readonly reason: 'too_large' | 'unavailable', message: string) {
    super(message);
  }
}

export interface DownloadedFile {
  path: string;
  bytes: number;
  /** Removes the file and its folder. */
  remove(): Promise<void>;
}

export const megabytes = (bytes: number): string => `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;

const tooLarge = (bytes: number, limit: number) =>
  new DownloadRefused('too_large', `That file is ${megabytes(bytes)}; the limit is ${megabytes(limit)}. Split it into smaller files.`);

/**
 * Downloads a file a member sent to a temporary file: getFile, then the Bot API's file URL
 * (`<api root>/file/bot<token>/<file_path>`), streamed to disk and cut off past `limit`
 * bytes whatever the server announced. It lands on disk first so the import that reads it
 * does not hold a database transaction open across a network download.
 * The URL holds the bot token: it is never logged or put into an error.
 * @throws DownloadRefused
 */
export async function downloadTelegramFile(
  api: Api,
  opts: { token: string; apiRoot?: string; fileId: string; limit?: number; fetch?: typeof fetch },
): Promise<DownloadedFile> {
  const limit = opts.limit ?? MAX_UPLOAD_BYTES;
  const file = await api.getFile(opts.fileId).catch(() => {
    throw new DownloadRefused('unavailable', 'I could not fetch that file from Telegram. Please send it again.');
  });
  if (file.file_size !== undefined && file.file_size > limit) throw tooLarge(file.file_size, limit);
  if (!file.file_path) throw new DownloadRefused('unavailable', 'Telegram did not give me that file. Please send it again.');
  const root = (opts.apiRoot ?? 'https://api.telegram.org').replace(/\/+$/, '');
  const url = `${root}/file/bot${opts.token}/${file.file_path.split('/').map(encodeURIComponent).join('/')}`;
  const res = await (opts.fetch ?? fetch)(url).catch(() => undefined);
  if (!res || !res.ok || !res.body) {
    await res?.body?.cancel().catch(() => undefined);
    throw new DownloadRefused('unavailable', 'I could not download that file. Please send it again.');
  }
  const announced = Number(res.headers.get('content-length') ?? NaN);
  if (announced > limit) {
    await res.body.cancel().catch(() => undefined);
    throw tooLarge(announced, limit);
  }
  const dir = await mkdtemp(join(tmpdir(), 'tnet-upload-'));
  const path = join(dir, 'upload');
  const remove = () => rm(dir, { recursive: true, force: true });
  let bytes = 0;
  const cap = new Transform({
    transform(chunk: Buffer, _enc, done) {
      bytes += chunk.length;
      if (bytes > limit) done(tooLarge(bytes, limit));
      else done(null, chunk);
    },
  });
  try {
    await pipeline(Readable.fromWeb(res.body as WebReadableStream<Uint8Array>), cap, createWriteStream(path));
  } catch (e) {
    await remove();
    if (e instanceof DownloadRefused) throw e;
    throw new DownloadRefused('unavailable', 'The download of that file broke off. Please send it again.');
  }
  return { path, bytes, remove };
}
