import type { Kysely } from 'kysely';
import type { DialectName } from '../dialect.ts';
import type { Database } from '../schema.ts';

/** What a repository is built on: a connection or a transaction, and which engine it is. */
export interface RepoContext {
  db: Kysely<Database>;
  dialect: DialectName;
}
