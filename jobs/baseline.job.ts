import type { Job } from './job';

/**
 * Runs pending baseline inference: every campaign with a registered ONNX model gets its
 * unpredicted tasks labelled, in batches of MODEL_BATCH_SIZE.
 */
export const baselineJob: Job = {
  name: 'baseline',
  schedule: '*/30 * * * * *',
  async run(core) {
    const s = await core.baselines.runPending();
    if (s.campaigns.length === 0) return 'nothing to predict';
    return s.campaigns
      .map((c) => `campaign ${c.campaignId}: ${c.error ? `error ${c.error}` : `predicted ${c.predicted}, failed ${c.failed} on ${c.provider}`}`)
      .join('; ');
  },
};
