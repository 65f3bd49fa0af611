import { isAbusive } from '../../core/simulation/member-models';
import { DEFAULT_SIMULATION, runSimulation, SimClock, type SimulationOptions } from '../../bench/simulation/run-simulation';
import { buildReport, reportJson } from '../../bench/simulation/simulation-report';
import { createTestCore, engine } from '../helpers/test-core';

const small: SimulationOptions = { ...DEFAULT_SIMULATION, members: 40, tasks: 100, abusive: 0.25, colluderGroupSize: 3, sybilFarmSize: 4, roundEvery: 150, seed: 11 };

async function simulate(o: SimulationOptions) {
  const clock = new SimClock();
  const core = await createTestCore({}, { clock: clock.now });
  try {
    const run = await runSimulation(core, o, clock);
    return await buildReport(core, run, run.campaigns[0]!, o, false);
  } finally {
    await core.cleanup();
  }
}

describe(`community simulation on ${engine}`, () => {
  it('pays abusive members less per answer than honest ones, and the same seed reproduces the run', async () => {
    const report = await simulate(small);
    const perAnswer = (rows: typeof report.rows) => {
      const answers = rows.reduce((s, r) => s + r.answers, 0);
      return answers === 0 ? 0 : Number(rows.reduce((s, r) => s + r.earned, 0n) / 10n ** 15n) / answers;
    };
    const honest = report.rows.filter((r) => !isAbusive(r.behaviour));
    const abusive = report.rows.filter((r) => isAbusive(r.behaviour));
    expect(abusive.reduce((s, r) => s + r.answers, 0)).toBeGreaterThan(0);
    expect(perAnswer(abusive)).toBeLessThan(perAnswer(honest));
    // Spammers who answer at random or always the same earn at most half as much per answer.
    const spam = report.rows.filter((r) => r.behaviour === 'random_spammer' || r.behaviour === 'constant_spammer');
    expect(spam.reduce((s, r) => s + r.answers, 0)).toBeGreaterThan(0);
    expect(perAnswer(spam)).toBeLessThan(perAnswer(honest) / 2);
    expect(report.consensusAccuracy).toBeGreaterThan(0.6);
    expect(report.open).toBe(0);

    const again = await simulate(small);
    const { run_s: _a, ...first } = reportJson(report);
    const { run_s: _b, ...second } = reportJson(again);
    expect(second).toEqual(first);
    // Two small simulations back to back: minutes on a busy two-core host.
  }, 240_000);
});
