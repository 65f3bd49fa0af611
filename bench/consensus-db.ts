/**
 * The database half of bench:consensus: a campaign of 100,000 tasks x 10 answers from
 * 5,000 members generated in PostgreSQL, then the scoring round's load (keyset pages into
 * typed arrays), fit and store, cold (no parameters yet) and warm (from the stored ones).
 */
import { postgresCore } from './answers-setup';

export interface DbRoundFigures {
  postgres_load_1m_answers_s: number;
  postgres_fit_cold_s: number;
  postgres_fit_cold_iterations: number;
  postgres_round_cold_s: number;
  postgres_fit_warm_s: number;
  postgres_fit_warm_iterations: number;
  postgres_round_warm_s: number;
  postgres_round_peak_rss_mb: number;
}

export async function benchDbRound(baseUrl: string): Promise<DbRoundFigures> {
  const bench = await postgresCore(baseUrl);
  const core = bench.core;
  try {
    // answersPerTask above the 10 answers each task gets: the round fits and stores but
    // decides nothing, so what is timed is load + fit + store.
    const c = await core.campaigns.create(
      { name: 'bench', kind: 'label', question: 'Which?', options: ['c0', 'c1', 'c2', 'c3'], reward: '1', budget: '1000000000', answersPerTask: 11, maxAnswersPerTask: 11 },
      null,
    );
    const q = (sql: string, p: unknown[] = []) => core.ds.query(sql, p);
    const t0 = performance.now();
    await q(`INSERT INTO task (campaign_id, item_key, payload, answer_count) SELECT $1, 'i' || g, '{}'::jsonb, 10 FROM generate_series(0, 99999) g`, [c.id]);
    const [{ m0 }] = await q(`WITH ins AS (INSERT INTO member (display_name) SELECT 'w' || g FROM generate_series(0, 4999) g RETURNING id) SELECT min(id) AS m0 FROM ins`);
    // Truth is n % 4; member k answers right with 85 % (k % 10 < 6), 55 % (< 9), or always c0.
    await q(
      `INSERT INTO answer (task_id, member_id, campaign_id, choice)
       SELECT t.id, $2 + w.k, $1,
              CASE WHEN w.k % 10 = 9 THEN 'c0'
                   WHEN (t.n * 31 + j * 17 + w.k * 7) % 100 < CASE WHEN w.k % 10 < 6 THEN 85 ELSE 55 END THEN 'c' || (t.n % 4)
                   ELSE 'c' || ((t.n + 1 + (t.n + j) % 3) % 4) END
       FROM (SELECT id, (row_number() OVER (ORDER BY id) - 1)::int AS n FROM task WHERE campaign_id = $1) t
       CROSS JOIN generate_series(0, 9) j
       CROSS JOIN LATERAL (SELECT ((t.n * 7919 + j * 4729) % 5000)::int AS k) w`,
      [c.id, m0],
    );
    await q(`ANALYZE`);
    console.log(`postgres: 1,000,000 answers generated in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    const r0 = performance.now();
    const cold = await core.rounds.refit(c.id);
    const coldTotal = (performance.now() - r0) / 1000;
    const r1 = performance.now();
    const warm = await core.rounds.refit(c.id);
    const warmTotal = (performance.now() - r1) / 1000;
    console.log(`  round cold: load ${(cold.loadMs / 1000).toFixed(2)} s, fit ${(cold.fitMs / 1000).toFixed(2)} s (${cold.iterations} iterations), total ${coldTotal.toFixed(2)} s`);
    console.log(`  round warm: load ${(warm.loadMs / 1000).toFixed(2)} s, fit ${(warm.fitMs / 1000).toFixed(2)} s (${warm.iterations} iterations), total ${warmTotal.toFixed(2)} s`);
    const r = (x: number) => Math.round(x * 1000) / 1000;
    return {
      postgres_load_1m_answers_s: r(cold.loadMs / 1000),
      postgres_fit_cold_s: r(cold.fitMs / 1000),
      postgres_fit_cold_iterations: cold.iterations,
      postgres_round_cold_s: r(coldTotal),
      postgres_fit_warm_s: r(warm.fitMs / 1000),
      postgres_fit_warm_iterations: warm.iterations,
      postgres_round_warm_s: r(warmTotal),
      postgres_round_peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
    };
  } finally {
    await bench.cleanup();
  }
}
