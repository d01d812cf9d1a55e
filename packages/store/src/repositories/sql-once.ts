/**
 * A query's SQL built by Kysely once per dialect and reused with new values. For statements
 * that run on every request (the 202 intake's survey kind), building the query tree each time
 * costs several times what SQLite takes to run it. The builder is given stand-in values
 * (the SQL keeps only their positions); the caller passes the real ones in the order the
 * builder used them.
 */
import { CompiledQuery } from 'kysely';
import type { DialectName } from '../dialect.ts';

const texts = new Map<string, string>();

export function sqlOnce(dialect: DialectName, name: string, build: () => CompiledQuery): string {
  const key = `${dialect}:${name}`;
  let text = texts.get(key);
  if (text === undefined) texts.set(key, (text = build().sql));
  return text;
}

/** Runs SQL from `sqlOnce` with its values, in order. */
export const withValues = <R>(text: string, values: readonly unknown[]): CompiledQuery<R> =>
  CompiledQuery.raw(text, [...values]) as CompiledQuery<R>;
