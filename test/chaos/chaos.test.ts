import { runChaos, type ChaosResult } from './chaos-run';
import { defaultRoleMode } from './process-fleet';

/**
 * The chaos test's short form (bench:chaos runs it for minutes): two bot replicas behind one
 * webhook URL and two job runners on one PostgreSQL database, members answering through the
 * Telegram emulator while a random process is SIGKILLed every few seconds and started again.
 * PostgreSQL only: the processes share one database server, which embedded PGlite (one
 * process's own) cannot be.
 */
const adminUrl = process.env.DATABASE_URL;
// Skipped on PGlite with the reason in its name, as jest lists it.
if (adminUrl) describe('chaos: replicas killed while members answer and batches mint, on postgres', () => chaosSuite(adminUrl));
else describe.skip('chaos (skipped on PGlite: several processes must share one PostgreSQL database; set DATABASE_URL)', () => chaosSuite(''));

function chaosSuite(adminUrl: string): void {
  let result: ChaosResult;

  beforeAll(async () => {
    result = await runChaos({
      adminUrl,
      seconds: 40,
      killEveryMs: 4000,
      restartMs: 1000,
      settleMs: 90_000,
      groups: 2,
      membersPerGroup: 5,
      privateMembers: 4,
      thinkMs: 2000,
      answersPerMinute: 3,
      mode: defaultRoleMode(),
    });
  }, 400_000);

  it('killed processes while the load ran, answered, met the limit and minted', () => {
    expect(result.kills).toBeGreaterThan(0);
    expect(result.acknowledged).toBeGreaterThan(0);
    expect(result.rate_limited).toBeGreaterThan(0);
    expect(result.group_cards).toBeGreaterThan(0);
    expect(result.mints).toBeGreaterThan(0);
    expect(result.unhealthy).toEqual([]);
    expect(result.settled).toBe(true);
  });

  it('stored every answer a member was told was recorded', () => {
    expect(result.lost).toEqual([]);
  });

  it('minted no batch twice, and totalSupply equals the minted ledger', () => {
    expect(result.double_mints).toBe(0);
    expect(result.supply_minus_minted_ledger).toBe('0');
    expect(result.unsettled_batches).toBe(0);
  });

  it('sent no group a second card for a task', () => {
    expect(result.duplicate_cards).toBe(0);
  });

  it('held the per-member answer limit across replicas', () => {
    expect(result.breach_list).toEqual([]);
  });
}
