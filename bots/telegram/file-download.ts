import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import type { Api } from 'grammy';
import { english, type Translator } from '../common/i18n/translator';

/** The Bot API's own limit for files a bot downloads (getFile). */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/**
 * Why a file was not downloaded: over the limit (sizes in bytes), or not to be had at one
 * step (getFile failed, no file path, the file URL failed, the stream broke off).
 */
export type DownloadRefusal = { reason: 'too_large'; bytes: number; limit: number } | { reason: 'unavailable'; step: 'get_file' | 'no_path' | 'fetch' | 'broke_off' };

/** A file not downloaded; downloadRefusedText words it for the member (the message is the English words, for logs). */
export class DownloadRefused extends Error {
  readonly reason: DownloadRefusal['reason'];

  constructor(readonly refusal: DownloadRefusal) {
    super(downloadRefusedText(english(), refusal));
    this.reason = refusal.reason;
  }
}

export interface DownloadedFile {
  path: string;
  bytes: number;
  /** Removes the file and its folder. */
  remove(): Promise<void>;
}

/** Megabytes (MiB) with one decimal at most: what a member reads of a file's size. */
const megabytesOf = (bytes: number): number => Math.round((bytes / (1024 * 1024)) * 10) / 10;

/** A file size for the member: "2.5 MB". */
export const megabytes = (t: Translator, bytes: number): string => t.t('telegram-megabytes', { size: megabytesOf(bytes) });

const UNAVAILABLE = { get_file: 'telegram-file-not-fetched', no_path: 'telegram-file-not-given', fetch: 'telegram-file-not-downloaded', broke_off: 'telegram-file-broke-off' } as const;

/** Why a file was not taken, in the member's words, with what to do instead. */
export function downloadRefusedText(t: Translator, refusal: DownloadRefusal): string {
  if (refusal.reason === 'too_large') return t.t('telegram-file-too-large', { size: megabytesOf(refusal.bytes), limit: megabytesOf(refusal.limit) });
  return t.t(UNAVAILABLE[refusal.step]);
}

const tooLarge = (bytes: number, limit: number) => new DownloadRefused({ reason: 'too_large', bytes, limit });
const unavailable = (step: Extract<DownloadRefusal, { reason: 'unavailable' }>['step']) => new DownloadRefused({ reason: 'unavailable', step });

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
    throw unavailable('get_file');
  });
  if (file.file_size !== undefined && file.file_size > limit) throw tooLarge(file.file_size, limit);
  if (!file.file_path) throw unavailable('no_path');
  const root = (opts.apiRoot ?? 'https://api.telegram.org').replace(/\/+$/, '');
  const url = `${root}/file/bot${opts.token}/${file.file_path.split('/').map(encodeURIComponent).join('/')}`;
  const res = await (opts.fetch ?? fetch)(url).catch(() => undefined);
  if (!res || !res.ok || !res.body) {
    await res?.body?.cancel().catch(() => undefined);
    throw unavailable('fetch');
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
    throw unavailable('broke_off');
  }
  return { path, bytes, remove };
}
