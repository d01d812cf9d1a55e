import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { DialectName } from '../dialect.ts';

/** Column types that differ by engine, so one migration set serves both. */
export interface ColumnTypes {
  ts: RawBuilder<unknown> | 'text';
  json: 'jsonb' | 'text';
  real: 'double precision' | 'real';
}

export function columnTypes(dialect: DialectName): ColumnTypes {
  return dialect === 'postgres'
    ? { ts: sql`timestamptz(3)`, json: 'jsonb', real: 'double precision' }
    : { ts: 'text', json: 'text', real: 'real' };
}

/** A migration gets the engine's name beside the connection. */
export interface RapportMigration {
  up(db: Kysely<unknown>, dialect: DialectName): Promise<void>;
  down?(db: Kysely<unknown>, dialect: DialectName): Promise<void>;
}
