import path from 'node:path';
import { Readable } from 'node:stream';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { parseItemRows, type ItemFormat, type ParsedRow } from '../campaigns/item-rows';
import type { ImageStore } from './image-store';
import { isMediaRefused, MediaRefusedError, type MediaRefusal } from './media-refusal';
import { removeUnused, type UsedRefs } from './remove-unused';
import {
  DEFAULT_ZIP_LIMITS,
  duplicateNames,
  entryProblem,
  imageEntryName,
  inflatedProblem,
  isDirectoryEntry,
  itemsFormatOf,
  rewriteImageField,
  uploadBudgetProblem,
  type UploadSpent,
  type ZipEntryInfo,
  type ZipImageOutcome,
  type ZipLimits,
} from './zip-entry-rules';

/** An upload read: its items file and what became of every image entry that matters. */
export interface ZipUpload {
  itemsName: string;
  itemsFormat: ItemFormat;
  /** The items file's bytes (at most maxItemsBytes). */
  items: Buffer;
  /** Folder of the items file inside the archive ('' at the top): rows name images relative to it. */
  itemsDir: string;
  /**
   * By entry name: the stored image, or why it was refused. Holds every image a row names
   * and every entry refused for its record alone (an unsafe path, a symlink...), named or not.
   */
  images: Map<string, ZipImageOutcome>;
  /** Entries neither the items file nor named by a row: never read. */
  ignored: string[];
  /**
   * The refs stored, once per image: held in the store against removal until the import
   * ends. Then release them (store.release), or discardUpload when the import is refused.
   */
  stored: string[];
}

interface ListedEntry {
  entry: Entry;
  info: ZipEntryInfo;
}

/**
 * Reads an uploaded ZIP holding one items file (.csv or .jsonl) and the images its rows
 * name in their `image` field. Every entry is judged from its record first (zip-slip
 * names, symlinks, encryption, declared sizes, duplicates), then while it inflates
 * (actual bytes, ratio, the upload's total); images go through the store, which
 * re-encodes them. Nothing else is written anywhere, and no path is made from a name.
 * The upload as a whole has budgets: images, their pixels (from each header, before it is
 * decoded) and the bytes stored. When it throws, what it stored that no task names
 * (`isUsed`) is removed again.
 * @throws MediaRefusedError for the whole upload: zip.unreadable, zip.too_many_entries,
 *   zip.items_file (none, several, or refused), zip.total_too_large, zip.too_many_images,
 *   zip.too_many_pixels, zip.stored_too_large
 */
export async function readZipUpload(zip: Buffer, store: ImageStore, isUsed: UsedRefs, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<ZipUpload> {
  if (zip.length > limits.maxZipBytes) throw new MediaRefusedError('zip.unreadable', `the archive is ${zip.length} bytes, more than ${limits.maxZipBytes}`);
  let file: ZipFile;
  try {
    // decodeStrings off: yauzl would fail the whole archive on the first unsafe name; names are judged here, one by one.
    file = await yauzl.fromBufferPromise(zip, { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: true });
  } catch (e) {
    throw new MediaRefusedError('zip.unreadable', `not a readable ZIP archive (${(e as Error).message})`);
  }
  const stored: string[] = [];
  try {
    return await readOpen(file, store, limits, zip.length, stored);
  } catch (e) {
    await discardUpload(store, stored, isUsed);
    throw e;
  } finally {
    file.close();
  }
}

/**
 * Ends a refused upload: its holds are released and the images it stored that no task
 * names are removed. Never throws: a file left behind must not hide the refusal itself.
 */
export async function discardUpload(store: ImageStore, stored: string[], isUsed: UsedRefs): Promise<void> {
  store.release(stored);
  await removeUnused(store, stored, isUsed).catch(() => undefined);
}

async function readOpen(file: ZipFile, store: ImageStore, limits: ZipLimits, zipBytes: number, stored: string[]): Promise<ZipUpload> {
  if (file.entryCount > limits.maxEntries) throw new MediaRefusedError('zip.too_many_entries', `the archive has ${file.entryCount} entries, more than ${limits.maxEntries}`);
  const listed = await listEntries(file, limits);
  const files = listed.filter((l) => !isDirectoryEntry(l.info));
  const duplicates = duplicateNames(files.map((l) => l.info.name));

  const itemsCandidates = files.filter((l) => itemsFormatOf(l.info.name) !== undefined);
  if (itemsCandidates.length !== 1) {
    const names = itemsCandidates.map((l) => l.info.name).join(', ');
    throw new MediaRefusedError('zip.items_file', itemsCandidates.length === 0 ? 'the archive holds no .csv or .jsonl items file' : `the archive holds several items files: ${names}`);
  }
  const itemsEntry = itemsCandidates[0];
  const itemsName = itemsEntry.info.name;
  const itemsFormat = itemsFormatOf(itemsName) as ItemFormat;
  const itemsProblem = duplicates.has(itemsName) ? duplicateRefusal(itemsName) : entryProblem(itemsEntry.info, limits, limits.maxItemsBytes);
  if (itemsProblem) throw new MediaRefusedError('zip.items_file', itemsProblem.reason);

  const total = { bytes: 0 };
  const itemsRead = await readEntry(file, itemsEntry, limits.maxItemsBytes, limits, total);
  if (!itemsRead.ok) throw new MediaRefusedError('zip.items_file', itemsRead.refusal.reason);
  const items = itemsRead.data;
  const itemsDir = path.posix.dirname(itemsName) === '.' ? '' : path.posix.dirname(itemsName);

  const named = new Set<string>();
  for await (const row of parseItemRows(Readable.from([items]), itemsFormat)) {
    if (!row.ok) continue;
    const name = imageEntryName(row.item.payload, itemsDir);
    if (name !== undefined) named.add(name);
  }

  const images = new Map<string, ZipImageOutcome>();
  const ignored: string[] = [];
  const toRead: ListedEntry[] = [];
  for (const l of files) {
    const { name } = l.info;
    if (l === itemsEntry) continue;
    const problem = duplicates.has(name) ? duplicateRefusal(name) : entryProblem(l.info, limits, limits.maxImageBytes);
    if (problem) images.set(name, { ok: false, refusal: problem });
    else if (named.has(name)) toRead.push(l);
    else ignored.push(name);
  }

  // Counted before any image is read, so an archive over the count stores nothing.
  const spent: UploadSpent = { images: toRead.length, pixels: 0, storedBytes: 0 };
  const overBudget = () => {
    const over = uploadBudgetProblem(spent, zipBytes, limits);
    if (over) throw new MediaRefusedError(over.code, over.reason, over.facts);
  };
  overBudget();
  for (const l of toRead) {
    const read = await readEntry(file, l, limits.maxImageBytes, limits, total);
    const outcome = read.ok ? await storeCounted(store, read.data, spent, overBudget) : read;
    if (outcome.ok) stored.push(outcome.image.ref);
    images.set(l.info.name, outcome);
    overBudget();
  }
  return { itemsName, itemsFormat, items, itemsDir, images, ignored, stored };
}

/**
 * One image through the store, its header's pixels counted (and the budget checked)
 * before it is decoded; a refusal of the image alone is its outcome.
 */
async function storeCounted(store: ImageStore, data: Buffer, spent: UploadSpent, overBudget: () => void): Promise<ZipImageOutcome> {
  let pixels: number;
  try {
    const header = await store.readHeader(data);
    pixels = header.width * header.height;
  } catch (e) {
    if (!isMediaRefused(e)) throw e;
    return { ok: false, refusal: e.refusal };
  }
  spent.pixels += pixels;
  overBudget();
  try {
    const image = await store.storeImage(data, { hold: true });
    spent.storedBytes += image.bytes;
    return { ok: true, image };
  } catch (e) {
    if (!isMediaRefused(e)) throw e;
    return { ok: false, refusal: e.refusal };
  }
}

/**
 * The upload's rows, as parseItemRows gives them, with each `image` field rewritten to
 * its stored ref; a row naming a refused or missing image is a bad row with the reason.
 * Feed these to the item import in place of its own parse.
 */
export async function* uploadRows(upload: ZipUpload): AsyncGenerator<ParsedRow> {
  for await (const row of parseItemRows(Readable.from([upload.items]), upload.itemsFormat)) {
    if (!row.ok) {
      yield row;
      continue;
    }
    const rewritten = rewriteImageField(row.item.payload, upload.images, upload.itemsDir);
    yield rewritten.ok ? { ok: true, item: { ...row.item, payload: rewritten.payload } } : { ok: false, row: row.item.row, reason: rewritten.problem };
  }
}

const duplicateRefusal = (name: string): MediaRefusal => ({
  code: 'zip.duplicate_name',
  reason: `${name} occurs more than once in the archive`,
  facts: { case: 'zip.duplicate_name', name },
});

/** Every entry's record, read from the central directory (no data read yet). */
async function listEntries(file: ZipFile, limits: ZipLimits): Promise<ListedEntry[]> {
  const listed: ListedEntry[] = [];
  try {
    for await (const entry of file.eachEntry()) {
      // The count in the end record may lie; the records themselves are counted too.
      if (listed.length >= limits.maxEntries) throw new MediaRefusedError('zip.too_many_entries', `the archive has more than ${limits.maxEntries} entries`);
      const name = yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, true);
      listed.push({
        entry,
        info: {
          name,
          // Read whatever host made the archive: a symlink bit is refused even where an extractor would ignore it.
          unixMode: entry.externalFileAttributes >>> 16,
          encrypted: entry.isEncrypted(),
          compressionMethod: entry.compressionMethod,
          declaredSize: entry.uncompressedSize,
          compressedSize: entry.compressedSize,
        },
      });
    }
  } catch (e) {
    if (isMediaRefused(e)) throw e;
    throw new MediaRefusedError('zip.unreadable', `the archive's directory cannot be read (${(e as Error).message})`);
  }
  return listed;
}

type EntryRead = { ok: true; data: Buffer } | { ok: false; refusal: MediaRefusal };

/**
 * An entry's inflated bytes, counted as they arrive: reading stops at the first byte past
 * `maxBytes` or the ratio, and the whole upload stops past the total.
 */
async function readEntry(file: ZipFile, l: ListedEntry, maxBytes: number, limits: ZipLimits, total: { bytes: number }): Promise<EntryRead> {
  let stream: Readable;
  try {
    stream = await file.openReadStreamPromise(l.entry);
  } catch (e) {
    return { ok: false, refusal: { code: 'zip.unreadable', reason: `${l.info.name} cannot be read (${(e as Error).message})` } };
  }
  const parts: Buffer[] = [];
  let inflated = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      inflated += chunk.length;
      total.bytes += chunk.length;
      if (total.bytes > limits.maxTotalBytes) throw new MediaRefusedError('zip.total_too_large', `the archive inflates past ${limits.maxTotalBytes} bytes`);
      const problem = inflatedProblem(l.info.name, inflated, l.info.compressedSize, maxBytes, limits);
      if (problem) return { ok: false, refusal: problem };
      parts.push(chunk);
    }
  } catch (e) {
    if (isMediaRefused(e)) throw e;
    const message = (e as Error).message;
    // yauzl's own count (validateEntrySizes): more bytes than the record declares is a lie, treated as a bomb.
    if (message.startsWith('too many bytes'))
      return { ok: false, refusal: { code: 'zip.entry_too_large', reason: `${l.info.name} inflates past the ${l.info.declaredSize} bytes it declares` } };
    return { ok: false, refusal: { code: 'zip.unreadable', reason: `${l.info.name} cannot be inflated (${message})` } };
  } finally {
    stream.destroy();
  }
  return { ok: true, data: Buffer.concat(parts) };
}
