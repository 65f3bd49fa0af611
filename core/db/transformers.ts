import type { ValueTransformer } from 'typeorm';

/** numeric(78,0) <-> bigint base units. Both engines hand numerics back as strings. */
export const bigintColumn: ValueTransformer = {
  to: (v: bigint | null | undefined) => (v === null || v === undefined ? v : v.toString()),
  from: (v: string | number | null) => (v === null ? null : BigInt(v)),
};

/** int8 ids: pg returns strings, PGlite numbers; the domain keeps them as strings. */
export const int8Column: ValueTransformer = {
  to: (v: string | null | undefined) => v,
  from: (v: string | number | bigint | null) => (v === null ? null : String(v)),
};
