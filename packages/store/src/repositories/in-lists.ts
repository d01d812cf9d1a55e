/** Long id lists split for `in (…)` lists and multi-row inserts. */

/** Values per `in (…)` list: well under SQLite's and PostgreSQL's bound-parameter limits. */
export const IN_LIST = 500;

/** Splits values into consecutive slices of at most `size`. */
export function chunks<T>(values: readonly T[], size = IN_LIST): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < values.length; i += size) out.push(values.slice(i, i + size));
  return out;
}
