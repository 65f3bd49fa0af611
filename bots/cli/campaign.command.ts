import { once } from 'node:events';
import { createReadStream, createWriteStream, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { Transform, pipeline } from 'node:stream';
import type { Command } from 'commander';
import { CLI_ACTOR, isDomainError, type CampaignView, type Core, type ExportFormat, type ItemFormat } from '../../core';
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

/** The items file as a stream that reports how many bytes the import has read. */
function itemsStream(file: string, onBytes: (read: number) => void): NodeJS.ReadableStream & Transform {
  let size: number;
  try {
    size = statSync(file).size;
  } catch (e) {
    throw new CliError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  let read = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      read += chunk.length;
      onBytes(Math.min(read, size));
      done(null, chunk);
    },
  });
  // pipeline, not pipe: a read error reaches the importer through the counter.
  pipeline(createReadStream(file), counter, () => undefined);
  return counter;
}

const listLine = (c: CampaignView): string =>
  `#${c.id}  ${c.status.padEnd(6)}  ${c.kind.padEnd(5)}  ${c.name}  ·  ${tnet(c.rewardPerAnswer)} per answer  ·  ${tnet(c.spent)} of ${tnet(c.budget)} spent`;

async function importCampaign(core: Core, io: CliIO, definitionFile: string, itemsFile: string, opts: { activate?: boolean; format?: string; community?: string }): Promise<void> {
  const format = fileFormat(itemsFile, opts.format);
  const definition = readDefinition(definitionFile);
  const communityId = opts.community === undefined ? null : parseId(opts.community, '--community');
  const size = statSync(itemsFile, { throwIfNoEntry: false })?.size;
  if (size === undefined) throw new CliError(`cannot read ${itemsFile}: ENOENT`);
  // The operator is a platform admin; the budget comes from the community's allowance when one is named.
  const by = { actorMemberId: null, actor: CLI_ACTOR.identity };
  const c = await core.campaigns.create(definition, null, { communityId, by });
  const progress = createProgress(io.stderr, 'import', 'bytes');
  try {
    const r = await core.campaigns.importItems(c.id, itemsStream(itemsFile, (read) => progress.update(read, size)), format);
    progress.finish();
    const status = opts.activate ? (await core.campaigns.transition(c.id, 'activate', by)).status : c.status;
    io.stdout.write(`Campaign #${c.id} "${c.name}" created (${status}): ${r.imported} items imported, ${r.gold} gold.\n`);
  } catch (e) {
    progress.finish('refused');
    // Nothing was imported (all or nothing): the empty draft goes too.
    if (isDomainError(e) && e.code === 'campaign.import_invalid') await core.campaigns.discardEmptyDraft(c.id, by);
    throw e;
  }
}

async function exportCampaign(core: Core, io: CliIO, id: number, opts: { format?: string; out?: string; finalOnly?: boolean }): Promise<void> {
  const format: ExportFormat = fileFormat(opts.out, opts.format, 'csv');
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

/** campaign import | list | export. */
export function registerCampaignCommands(program: Command, io: CliIO): void {
  const campaign = program.command('campaign').description('create, list and export campaigns');
  campaign
    .command('import <definition> <items>')
    .description('create a campaign from a JSON definition and import its items (CSV with a header, or JSONL), all or nothing')
    .option('--activate', 'activate the campaign once its items are in')
    .option('--format <format>', 'csv or jsonl (default: from the items file name)')
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
    .option('--format <format>', 'csv or jsonl (default: from --out, else csv)')
    .option('--out <file>', 'write to this file instead of stdout')
    .option('--final-only', 'only tasks that are final (with or without a certain consensus)')
    .action(async (idText: string, opts: { format?: string; out?: string; finalOnly?: boolean }) => {
      const id = parseId(idText, 'the campaign id');
      await withCore(cliConfig(), (core) => exportCampaign(core, io, id, opts));
    });
}
