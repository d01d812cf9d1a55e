/**
 * What SQLite's query planner is told about the shape of the data. With no statistics it
 * assumes that an equality on an index's first column leaves about ten rows — `workspace_id`
 * included, though it leads every key and in practice selects the whole database (one
 * workspace, or a few). So it would read a workspace's cases through (workspace_id, created_at)
 * to find one customer's among them, or its customers in id order to find one e-mail: a walk
 * over every row of the workspace, each time (store/src/query-plans.test.ts).
 *
 * The statistics written here are SQLite's own defaults — about 10, 9, 8 … rows for each
 * longer prefix of an index's columns, 1 for a unique one — except that `workspace_id` is
 * said to select a tenth of the table: far less selective than a customer or an e-mail, yet
 * still worth an index over a scan of every workspace's rows. (Said to select every row, the
 * planner scanned whole tables where it could read one workspace's range; an audit of the
 * statements the test suites run found a tenth better on both counts.) They describe the
 * schema, not the data of the moment, so every database gets the same, written after its
 * migrations; nothing runs ANALYZE, which would replace them with counts that go stale as the
 * data grows. PostgreSQL keeps its own.
 */
import { sql, type Kysely } from 'kysely';

/** The nominal number of rows of every table. */
const ROWS = 1_000_000;
/** The rows of one workspace. */
const WORKSPACE_ROWS = ROWS / 10;
/** SQLite's default rows per equal prefix of an index's columns, column by column. */
const DEFAULT_ROWS = [10, 9, 8, 7, 6, 5];

/** The `sqlite_stat1` line of an index: rows, then rows per equal prefix of its columns. */
export function statOf(columns: readonly string[], unique: boolean): string {
  const out = [ROWS];
  const offset = columns[0] === 'workspace_id' ? 1 : 0;
  columns.forEach((c, i) => {
    const prev = out[out.length - 1] ?? ROWS;
    if (i === 0 && c === 'workspace_id') out.push(WORKSPACE_ROWS);
    else if (unique && i === columns.length - 1) out.push(1);
    else out.push(Math.min(prev, DEFAULT_ROWS[i - offset] ?? 1));
  });
  return out.join(' ');
}

type StatRow = { tbl: string; idx: string; stat: string };

/** The line each index of the schema calls for: its key columns read in one statement. */
async function wanted<DB>(db: Kysely<DB>): Promise<StatRow[]> {
  const { rows } = await sql<{ tbl: string; idx: string; uniq: number; col: string | null }>`
    select m.tbl_name as tbl, m.name as idx, l."unique" as uniq, x.name as col
    from sqlite_schema m
      join pragma_index_list(m.tbl_name) l on l.name = m.name
      join pragma_index_xinfo(m.name) x on x.key = 1
    where m.type = 'index' and m.tbl_name not like 'sqlite_%'
    order by m.tbl_name, m.name, x.seqno`.execute(db);
  const indexes = new Map<
    string,
    { tbl: string; idx: string; unique: boolean; columns: string[] }
  >();
  for (const r of rows) {
    let i = indexes.get(r.idx);
    if (!i) indexes.set(r.idx, (i = { tbl: r.tbl, idx: r.idx, unique: r.uniq === 1, columns: [] }));
    i.columns.push(r.col ?? '');
  }
  return [...indexes.values()].map((i) => ({
    tbl: i.tbl,
    idx: i.idx,
    stat: statOf(i.columns, i.unique),
  }));
}

/**
 * Writes the statistics when they differ from what the schema calls for (a new database, a
 * migration that added an index). Returns whether it wrote them. SQLite only.
 */
export async function writePlannerStats<DB>(db: Kysely<DB>): Promise<boolean> {
  const want = await wanted(db);
  const key = (r: StatRow) => `${r.tbl}\u0000${r.idx}\u0000${r.stat}`;
  const exists = await sql<{ n: number }>`
    select count(*) as n from sqlite_schema where name = 'sqlite_stat1'`.execute(db);
  if (exists.rows[0]?.n) {
    const { rows: have } = await sql<StatRow>`
      select tbl, idx, stat from sqlite_stat1 where idx is not null`.execute(db);
    const haveKeys = new Set(have.map(key));
    if (have.length === want.length && want.every((r) => haveKeys.has(key(r)))) return false;
  } else {
    // Creates sqlite_stat1 (SQLite makes it only through ANALYZE); the schema table has no
    // index, so nothing else is measured.
    await sql`analyze sqlite_schema`.execute(db);
  }
  await db.transaction().execute(async (tx) => {
    await sql`delete from sqlite_stat1`.execute(tx);
    for (const r of want)
      await sql`insert into sqlite_stat1 (tbl, idx, stat) values (${r.tbl}, ${r.idx}, ${r.stat})`.execute(
        tx,
      );
  });
  // The planner reads the statistics when it loads the schema: load them now.
  await sql`analyze sqlite_schema`.execute(db);
  return true;
}
