import { Readable } from 'node:stream';
import { DomainError, type Core, type DomainErrorCode } from '../../core';

/** A valid campaign definition; `over` replaces or adds fields. */
export function definition(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: 'Fixture campaign',
    kind: 'label',
    question: 'Cat or dog?',
    options: ['cat', 'dog', 'bird'],
    reward: '10',
    budget: '1000',
    answersPerTask: 3,
    maxAnswersPerTask: 5,
    ...over,
  };
}

/** A draft campaign from `definition(over)`. */
export async function draftCampaign(core: Core, over: Record<string, unknown> = {}): Promise<number> {
  return (await core.campaigns.create(definition(over), null)).id;
}

/** A stream of one string, as a file upload arrives. */
export const textStream = (text: string): Readable => Readable.from([text]);

/** Lines joined into a file with a trailing newline. */
export const file = (...lines: string[]): string => lines.join('\n') + '\n';

/** The DomainError a promise rejects with; fails the test when it resolves or throws anything else. */
export async function domainError<C extends DomainErrorCode>(p: Promise<unknown>, code: C): Promise<DomainError<C>> {
  let caught: unknown;
  try {
    await p;
  } catch (e) {
    caught = e;
  }
  if (!(caught instanceof DomainError)) throw new Error(`expected DomainError ${code}, got ${caught === undefined ? 'no error' : String(caught)}`);
  expect(caught.code).toBe(code);
  return caught as DomainError<C>;
}

/** Tasks of a campaign (all, or only gold / only regular). */
export async function taskCount(core: Core, campaignId: number, gold?: boolean): Promise<number> {
  const [{ n }] = await core.ds.query(
    `SELECT count(*)::int AS n FROM task WHERE campaign_id = $1 AND ($2::boolean IS NULL OR (gold_label IS NOT NULL) = $2)`,
    [campaignId, gold ?? null],
  );
  return n;
}

/** Task ids of a campaign in import order, keyed by item key. */
export async function tasksByKey(core: Core, campaignId: number): Promise<Map<string, number>> {
  const rows: { id: number; item_key: string }[] = await core.ds.query(`SELECT id, item_key FROM task WHERE campaign_id = $1 ORDER BY id`, [
    campaignId,
  ]);
  return new Map(rows.map((r) => [r.item_key, r.id]));
}
