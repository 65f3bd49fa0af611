import { once } from 'node:events';
import { createReadStream, createWriteStream, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { Readable } from 'node:stream';
import type { Command } from 'commander';
import { CLI_ACTOR, createWithItems, DatasetDirRefusedError, EXPORT_FORMATS, type CampaignView, type Core, type ExportFormat, type HfDatasetDeps, type ItemFormat, type UploadFormat, writeHfDataset } from '../../core';
import { tnet } from '../common/format';
import { CliError, cliConfig, parseId, withCore, type CliIO } from './cli-runtime';
import { createProgress } from './progress';

/** csv or jsonl from --format, else from the file name's extension. */
export function fileFormat(file: string | undefined, given: string | undefined, fallback?: ItemFormat): ItemFormat {
  if (given !== undefined) {
    if (given !== 'csv' && given !== 'jsonl') throw new CliError(`--format must be csv or jsonl, got "${given}"`);
    return given;
  }
  if (file !== undefined && /\.csv$/i.test(file)) return 'csv';
  if (file !== undefined && /\.(jsonl|ndjson)$/i.test(file)) return 'jsonl';
  if (fallback) return fallback;
  throw new CliError(`cannot tell the format of "${file}" from its name; pass --format csv or --format jsonl`);
}

/** An export's format: --format, else from --out's name (.dpo.jsonl, .ranking.csv, .csv, .jsonl), else csv. */
export function exportFormat(file: string | undefined, given: string | undefined): ExportFormat {
  if (given !== undefined) {
    if (!(EXPORT_FORMATS as readonly string[]).includes(given)) throw new CliError(`--format must be one of ${EXPORT_FORMATS.join(', ')}, got "${given}"`);
    return given as ExportFormat;
  }
  if (file !== undefined && /\.dpo\.jsonl$/i.test(file)) return 'dpo';
  if (file !== undefined && /\.ranking\.csv$/i.test(file)) return 'ranking';
  return fileFormat(file, undefined, 'csv');
}

function readDefinition(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new CliError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new CliError(`${file} is not valid JSON: ${(e as Error).message}`);
  }
}

/**
 * The items file as a stream that reports how many bytes the import has read of its
 * `size`. The file opens on the first read, so a refused definition reads nothing; a read
 * error reaches the importer as the stream's error.
 */
function itemsStream(file: string, size: number, onBytes: (read: number) => void): Readable {
  async function* counted(): AsyncGenerator<Buffer> {
    let read = 0;
    for await (const chunk of createReadStream(file)) {
      read += (chunk as Buffer).length;
      onBytes(Math.min(read, size));
      yield chunk as Buffer;
    }
  }
  return Readable.from(counted(), { objectMode: false });
}

const listLine = (c: CampaignView): string =>
  `#${c.id}  ${c.status.padEnd(6)}  ${c.kind.padEnd(5)}  ${c.name}  ·  ${tnet(c.rewardPerAnswer)} per answer  ·  ${tnet(c.spent)} of ${tnet(c.budget)} spent`;

async function importCampaign(core: Core, io: CliIO, definitionFile: string, itemsFile: string, opts: { activate?: boolean; format?: string; community?: string }): Promise<void> {
  // A ZIP holds the items file and its images; the file's name says so.
  const format: UploadFormat = opts.format === undefined && /\.zip$/i.test(itemsFile) ? 'zip' : fileFormat(itemsFile, opts.format);
  const definition = readDefinition(definitionFile);
  const communityId = opts.community === undefined ? null : parseId(opts.community, '--community');
  let size: number;
  try {
    size = statSync(itemsFile).size;
  } catch (e) {
    throw new CliError(`cannot read ${itemsFile}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  // The operator is a platform admin; the budget comes from the community's allowance when one is named.
  const by = { actorMemberId: null, actor: CLI_ACTOR.identity };
  const progress = createProgress(io.stderr, 'import', 'bytes');
  const input = itemsStream(itemsFile, size, (read) => progress.update(read, size));
  let r;
  try {
    r = await createWithItems(core.campaigns, () => core.campaigns.create(definition, null, { communityId, by }), { input, format }, by);
  } catch (e) {
    progress.finish('refused');
    throw e;
  }
  if (r.outcome === 'refused') {
    // Nothing was imported (all or nothing), and the empty draft is gone too.
    if (r.stage === 'import') progress.finish('refused');
    throw r.error;
  }
  progress.finish();
  const c = r.campaign;
  const status = opts.activate ? (await core.campaigns.transition(c.id, 'activate', by)).status : c.status;
  io.stdout.write(`Campaign #${c.id} "${c.name}" created (${status}): ${r.imported.imported} items imported, ${r.imported.gold} gold.\n`);
}

async function exportCampaign(core: Core, io: CliIO, id: number, opts: { format?: string; out?: string; finalOnly?: boolean }): Promise<void> {
  const format = exportFormat(opts.out, opts.format);
  const progress = createProgress(io.stderr, 'export', 'rows');
  // Through moderation like every export, so the operator's exports are audited too (as `cli`).
  const e = await core.moderation.openExport(CLI_ACTOR, id, { format, finalOnly: opts.finalOnly, onProgress: (done, total) => progress.update(done, total) });
  progress.update(0, e.total);
  // A file is written under a temporary name and renamed once complete, so a failed
  // export never leaves a truncated file that looks finished.
  const partial = opts.out === undefined ? undefined : `${opts.out}.partial`;
  const dest = partial === undefined ? io.stdout : createWriteStream(partial);
  try {
    for await (const chunk of e.chunks()) {
      if (!dest.write(chunk)) await once(dest, 'drain');
    }
    if (partial !== undefined) {
      dest.end();
      await once(dest, 'finish');
      renameSync(partial, opts.out!);
    }
  } catch (err) {
    if (partial !== undefined) {
      (dest as ReturnType<typeof createWriteStream>).destroy();
      rmSync(partial, { force: true });
    }
    throw err;
  }
  progress.finish('done', opts.out === undefined ? undefined : `written to ${opts.out}`);
}

/** A Hugging Face dataset folder (data/train.jsonl and a README.md card), audited like every export. */
async function exportHfDataset(core: Core, io: CliIO, id: number, opts: { hf: string; format?: string; out?: string; finalOnly?: boolean }): Promise<void> {
  if (opts.format !== undefined || opts.out !== undefined) throw new CliError('--hf writes a dataset folder of its own; leave out --format and --out');
  const progress = createProgress(io.stderr, 'export', 'rows');
  const deps: HfDatasetDeps = { campaigns: core.campaigns, openExport: (cid, o) => core.moderation.openExport(CLI_ACTOR, cid, o) };
  try {
    const r = await writeHfDataset(deps, id, opts.hf, { finalOnly: opts.finalOnly, onProgress: (done, total) => progress.update(done, total) });
    progress.finish('done', `as a Hugging Face dataset in ${r.dir}`);
  } catch (e) {
    // A refused folder is refused before any row is read: no progress line for it.
    if (e instanceof DatasetDirRefusedError) throw new CliError(`${e.message}; name a new or empty folder`);
    progress.finish('failed');
    throw e;
  }
}

/** campaign import | list | export. */
export function registerCampaignCommands(program: Command, io: CliIO): void {
  const campaign = program.command('campaign').description('create, list and export campaigns');
  campaign
    .command('import <definition> <items>')
    .description('create a campaign from a JSON definition and import its items (CSV with a header, or JSONL), all or nothing')
    .option('--activate', 'activate the campaign once its items are in')
    .option('--format <format>', 'csv or jsonl (default: from the items file name; a .zip holds one of them and the images it names)')
    .option('--community <id>', "the community it belongs to (its budget comes from the community's allowance); default: the platform")
    .action(async (definitionFile: string, itemsFile: string, opts: { activate?: boolean; format?: string; community?: string }) => {
      await withCore(cliConfig(), (core) => importCampaign(core, io, definitionFile, itemsFile, opts));
    });
  campaign
    .command('list')
    .description('campaigns, newest first (at most 100)')
    .action(async () => {
      await withCore(cliConfig(), async (core) => {
        const list = await core.campaigns.list();
        io.stdout.write(list.length === 0 ? 'No campaigns yet.\n' : list.map(listLine).join('\n') + '\n');
      });
    });
  campaign
    .command('export <id>')
    .description("a campaign's results, one row per task (see docs/operator.md: Campaign exports)")
    .option('--format <format>', 'csv or jsonl; for a pairwise campaign also dpo (decided preferences as DPO JSONL) or ranking (the models, CSV) (default: from --out, else csv)')
    .option('--out <file>', 'write to this file instead of stdout')
    .option('--final-only', 'only tasks that are final (with or without a certain consensus)')
    .option('--hf <dir>', 'write a Hugging Face dataset folder (data/train.jsonl and a README.md card) to this new or empty folder')
    .action(async (idText: string, opts: { format?: string; out?: string; finalOnly?: boolean; hf?: string }) => {
      const id = parseId(idText, 'the campaign id');
      const hf = opts.hf;
      await withCore(cliConfig(), (core) => (hf === undefined ? exportCampaign(core, io, id, opts) : exportHfDataset(core, io, id, { ...opts, hf })));
    });
}
