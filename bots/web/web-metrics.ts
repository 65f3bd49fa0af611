import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Platform, PlatformSnapshot } from '../../core';
import type { BotMetrics } from '../common/bot-metrics';

/** Base units per TNET, as a float for Prometheus (monitoring tolerates the rounding). */
const TNET = 1e18;

/**
 * The Prometheus side of one web server: its own registry (never prom-client's global one,
 * so two servers in one process, or a test, do not share series). Database totals are read
 * once per scrape; bot latency is observed as updates are handled.
 */
export class WebMetrics implements BotMetrics {
  readonly registry = new Registry();
  private readonly answers = new Gauge({ name: 'tnet_answers', help: 'Answers recorded', registers: [this.registry] });
  private readonly tasks = new Gauge({ name: 'tnet_tasks', help: 'Tasks by status', labelNames: ['status'], registers: [this.registry] });
  private readonly finalized = new Gauge({ name: 'tnet_tasks_finalized', help: 'Tasks finalized (final or final_uncertain)', registers: [this.registry] });
  private readonly ledgerAmount = new Gauge({ name: 'tnet_ledger_tnet', help: 'Ledger totals by status, in TNET (corrections included)', labelNames: ['status'], registers: [this.registry] });
  private readonly ledgerRows = new Gauge({ name: 'tnet_ledger_rows', help: 'Ledger rows by status', labelNames: ['status'], registers: [this.registry] });
  private readonly batches = new Gauge({ name: 'tnet_mint_batches', help: 'Mint batches by state', labelNames: ['state'], registers: [this.registry] });
  private readonly jobRuns = new Gauge({ name: 'tnet_job_runs', help: 'Finished job runs by outcome', labelNames: ['job', 'outcome'], registers: [this.registry] });
  private readonly jobSeconds = new Gauge({ name: 'tnet_job_duration_seconds_total', help: 'Time spent in finished job runs', labelNames: ['job', 'outcome'], registers: [this.registry] });
  private readonly jobLast = new Gauge({ name: 'tnet_job_last_duration_seconds', help: 'Duration of the last finished run', labelNames: ['job', 'outcome'], registers: [this.registry] });
  private readonly updates = new Histogram({
    name: 'tnet_bot_update_seconds',
    help: 'Time to handle one chat update',
    labelNames: ['platform'],
    buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  private readonly scrapeErrors = new Counter({ name: 'tnet_metrics_scrape_errors_total', help: 'Scrapes whose database totals failed', registers: [this.registry] });

  constructor(private readonly snapshot: () => Promise<PlatformSnapshot>) {}

  observeUpdate(platform: Platform, seconds: number): void {
    this.updates.observe({ platform }, seconds);
  }

  /** The exposition text; database totals are refreshed first (kept from the last scrape if that fails). */
  async render(): Promise<string> {
    try {
      this.apply(await this.snapshot());
    } catch {
      this.scrapeErrors.inc();
    }
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  private apply(s: PlatformSnapshot): void {
    this.answers.set(s.answers);
    this.tasks.reset();
    for (const t of s.tasks) this.tasks.set({ status: t.status }, t.count);
    this.finalized.set(s.tasks.filter((t) => t.status !== 'open').reduce((n, t) => n + t.count, 0));
    this.ledgerAmount.reset();
    this.ledgerRows.reset();
    for (const l of s.ledger) {
      this.ledgerAmount.set({ status: l.status }, Number(l.amount) / TNET);
      this.ledgerRows.set({ status: l.status }, l.rows);
    }
    this.batches.reset();
    for (const b of s.mintBatches) this.batches.set({ state: b.state }, b.count);
    for (const g of [this.jobRuns, this.jobSeconds, this.jobLast]) g.reset();
    for (const j of s.jobs) {
      const labels = { job: j.job, outcome: j.outcome };
      this.jobRuns.set(labels, j.runs);
      this.jobSeconds.set(labels, j.seconds);
      this.jobLast.set(labels, j.lastSeconds);
    }
  }
}
