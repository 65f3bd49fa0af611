import type { Command } from 'commander';
import { loadModelManifest } from '../../core';
import { CliError, cliConfig, parseId, withCore, type CliIO } from './cli-runtime';
import { createProgress } from './progress';

/** A positive whole number for --batch. */
function parseBatch(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d{1,6}$/.test(text) || Number(text) < 1) throw new CliError(`--batch must be a positive whole number, got "${text}"`);
  return Number(text);
}

/** model register <campaign id> <manifest.json> | model predict <campaign id> [--batch N]: ONNX baselines. */
export function registerModelCommands(program: Command, io: CliIO): void {
  const model = program.command('model').description('ONNX baseline models: register one for a campaign, predict its tasks');
  model
    .command('register')
    .description('register the model a manifest describes (name, file, classes, inputKind, config) for a campaign; replaces an earlier one')
    .argument('<campaign>', 'campaign id')
    .argument('<manifest>', 'manifest JSON file (models/sentiment.json is one)')
    .action(async (campaign: string, manifest: string) => {
      const id = parseId(campaign, 'campaign id');
      let registration;
      try {
        registration = loadModelManifest(manifest);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        throw new CliError(code ? `cannot read ${manifest}: ${code}` : (e as Error).message);
      }
      await withCore(cliConfig(), async (core) => {
        const m = await core.baselines.register(id, registration);
        io.stdout.write(`Model #${m.id} "${m.name}" registered for campaign #${m.campaignId}: ${m.spec.classes.join(', ')} (sha256 ${m.sha256.slice(0, 12)}).\n`);
      });
    });
  model
    .command('predict')
    .description("label the campaign's pending tasks with its registered model")
    .argument('<campaign>', 'campaign id')
    .option('--batch <n>', 'tasks per inference batch (default: the configured size)')
    .action(async (campaign: string, opts: { batch?: string }) => {
      const id = parseId(campaign, 'campaign id');
      const batchSize = parseBatch(opts.batch);
      await withCore(cliConfig(), async (core) => {
        const progress = createProgress(io.stderr, 'predict', 'tasks');
        try {
          const r = await core.baselines.predictCampaign(id, { batchSize, onProgress: (done, total) => progress.update(done, total) });
          progress.finish();
          io.stdout.write(`Campaign #${r.campaignId}: ${r.predicted} task(s) predicted, ${r.failed} unreadable, in ${r.batches} batch(es) on ${r.provider ?? 'no provider'}.\n`);
        } catch (e) {
          progress.finish('refused');
          throw e;
        }
      });
    });
}
