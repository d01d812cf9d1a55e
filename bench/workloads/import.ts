/**
 * Workload 6: CSV import — `rapport import customers FILE.csv` of N customers (1M in a full run;
 * every row through the same checks as the API, streamed in chunks of 500, one lookup and one
 * insert per chunk) in its own process:
 * rows/s and peak RSS (VmHWM from /proc) — against a raw better-sqlite3 bulk insert of the same
 * rows (prepared statements, 500 rows per commit, synchronous=FULL). CSV export — `rapport export
 * customers --out FILE` in its own process, at N/10 and N customers: rows/s and peak RSS (constant
 * memory: the peak must not grow with the rows) — against a raw better-sqlite3 `iterate()` writing
 * the same columns as CSV lines to a file (the storage ceiling).
 */
import { closeSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import SqliteDatabase from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { SEGMENTS } from '../lib/workspace.ts';
import { log } from '../lib/log.ts';
import { pendingRow, type Row } from '../lib/result.ts';
import { summarize } from '../lib/stats.ts';
import { bootstrapCopies } from '../lib/workspace.ts';
import { responsesImportWorkload } from './import-responses.ts';
import { runCli } from '../lib/cli.ts';

const IMPORT_COMMAND = fileURLToPath(
  new URL('../../packages/cli/src/commands/import.ts', import.meta.url),
);

function writeCsv(path: string, rows: number): void {
  const lines = ['CRM id,Name,E-mail,Tier'];
  for (let i = 0; i < rows; i++)
    lines.push(`C${i},Customer ${i},customer${i}@example.net,${SEGMENTS[i % SEGMENTS.length]}`);
  writeFileSync(path, `${lines.join('\n')}\n`);
}

/**
 * The export runs with V8's old space capped at this many MiB at both sizes. Without a cap, V8
 * lets garbage pile up before collecting (its limit scales with the machine's 24 GiB), so peak
 * RSS swung 280–420 MiB between runs of the same export; with one, an export that kept its rows
 * would run out of heap at 10× the rows, and the peak RSS compares like with like.
 */
const EXPORT_HEAP_MIB = 128;

/** `rows` customers of the workspace, written straight into the file (the export's input). */
function seedCustomers(db: string, ws: string, rows: number): void {
  const h = new SqliteDatabase(db);
  h.pragma('synchronous = OFF');
  const stmt = h.prepare(
    `insert into customers (workspace_id, id, external_id, name, email, segment, attributes, consent_email,
       consent_sms, engagement_score, created_at, updated_at) values (?, ?, ?, ?, ?, ?, '{}', 1, 0, 50, ?, ?)`,
  );
  const at = new Date().toISOString();
  h.transaction(() => {
    for (let i = 0; i < rows; i++)
      stmt.run(
        ws,
        `cus_${String(i).padStart(8, '0')}`,
        `C${i}`,
        `Customer ${i}`,
        `customer${i}@example.net`,
        SEGMENTS[i % SEGMENTS.length],
        at,
        at,
      );
  })();
  h.close();
}

/** The storage ceiling: the same rows read with iterate() and written as CSV lines. */
function rawExport(db: string, out: string): number {
  const h = new SqliteDatabase(db, { readonly: true });
  const fd = openSync(out, 'w');
  const t0 = performance.now();
  let n = 0;
  let buf = 'id,externalId,name,email,segment\n';
  for (const r of h
    .prepare('select id, external_id, name, email, segment from customers order by id')
    .iterate() as Iterable<Record<string, string | null>>) {
    buf += `${r.id},${r.external_id ?? ''},${r.name ?? ''},${r.email ?? ''},${r.segment ?? ''}\n`;
    if (buf.length > 65_536) {
      writeSync(fd, buf);
      buf = '';
    }
    n++;
  }
  writeSync(fd, buf);
  closeSync(fd);
  const seconds = (performance.now() - t0) / 1000;
  h.close();
  return n / seconds;
}

type Bootstrap = (path: string) => Promise<{ workspaceId: string; apiKey: string }>;

async function exportRows(
  o: { rows: number; repeats: number; tmp: string },
  boot: Bootstrap,
): Promise<Row[]> {
  const sizes = [o.rows / 10, o.rows];
  const rates = sizes.map((): number[] => []);
  const rss = sizes.map((): number[] => []);
  const raw = sizes.map((): number[] => []);
  for (const [k, size] of sizes.entries()) {
    const db = join(o.tmp, `export-${size}.db`);
    const { workspaceId } = await boot(db);
    seedCustomers(db, workspaceId, size);
    for (let r = 0; r < o.repeats; r++) {
      log(`export: rapport export customers, ${size} rows (${r + 1}/${o.repeats})`);
      const out = join(o.tmp, `export-${size}.csv`);
      const run = await runCli(['export', 'customers', '--out', out], db, [
        `--max-old-space-size=${EXPORT_HEAP_MIB}`,
      ]);
      (rates[k] as number[]).push(Math.round(size / run.seconds));
      (rss[k] as number[]).push(Math.round(run.rss / 2 ** 20));
      (raw[k] as number[]).push(Math.round(rawExport(db, join(o.tmp, `export-raw-${size}.csv`))));
    }
  }
  const peak = rss.map((x) => summarize(x).median);
  const [small, large] = [peak[0] as number, peak[1] as number];
  return [
    {
      workload: '6 import/export',
      case: `CSV export, ${o.rows.toLocaleString('en')} customers`,
      rapport: {
        label: `\`rapport export customers --out FILE\` (one process, start-up included, V8 old space ≤ ${EXPORT_HEAP_MIB} MiB)`,
        unit: 'rows/s',
        summary: summarize(rates[1] as number[]),
        detail: `peak RSS ${large} MiB (${small} MiB at ${(o.rows / 10).toLocaleString('en')} rows, ${summarize(rates[0] as number[]).median.toLocaleString('en')} rows/s)`,
      },
      baseline: {
        label: 'raw better-sqlite3 iterate() → CSV lines in a file',
        unit: 'rows/s',
        summary: summarize(raw[1] as number[]),
      },
      higherIsBetter: true,
      goal: 'constant memory (peak RSS at 10× the rows ≤ 1.15×)',
      met: large <= small * 1.15,
    },
  ];
}

function rawInsert(db: string, rows: number): number {
  const h = new SqliteDatabase(db);
  h.pragma('journal_mode = WAL');
  h.pragma('synchronous = FULL');
  const stmt = h.prepare(
    `insert into customers (workspace_id, id, external_id, name, email, segment, attributes, consent_email,
       consent_sms, engagement_score, created_at, updated_at) values ('ws', ?, ?, ?, ?, ?, '{}', 0, 0, 0, ?, ?)`,
  );
  const t0 = performance.now();
  const chunk = h.transaction((from: number, to: number) => {
    const at = new Date().toISOString();
    for (let i = from; i < to; i++)
      stmt.run(
        `cus_${i}`,
        `C${i}`,
        `Customer ${i}`,
        `customer${i}@example.net`,
        SEGMENTS[i % SEGMENTS.length],
        at,
        at,
      );
  });
  for (let i = 0; i < rows; i += 500) chunk(i, Math.min(rows, i + 500));
  const seconds = (performance.now() - t0) / 1000;
  h.close();
  return rows / seconds;
}

export async function importWorkload(o: {
  rows: number;
  /** Survey responses imported (workload 6's second import, import-responses.ts). */
  responses: number;
  repeats: number;
  tmp: string;
  seed: number;
}): Promise<Row[]> {
  const rows: Row[] = [];
  // One file bootstrapped, copied for each store.
  const boot: Bootstrap = bootstrapCopies(join(o.tmp, 'bootstrapped.db'));
  if (!existsSync(IMPORT_COMMAND))
    return [
      pendingRow('6 import/export', 'CSV import', '`rapport import` (issue 10) has not landed'),
    ];
  const csv = join(o.tmp, 'customers.csv');
  const mapping = join(o.tmp, 'mapping.json');
  writeCsv(csv, o.rows);
  writeFileSync(
    mapping,
    JSON.stringify({
      kind: 'customers',
      columns: { externalId: 'CRM id', name: 'Name', email: 'E-mail', segment: 'Tier' },
    }),
  );
  const rates: number[] = [];
  const rss: number[] = [];
  const raw: number[] = [];
  for (let r = 0; r < o.repeats; r++) {
    const db = join(o.tmp, `import-${r}.db`);
    await boot(db);
    log(`import: rapport import customers, ${o.rows} rows (${r + 1}/${o.repeats})`);
    const out = await runCli(['import', 'customers', csv, '--mapping', mapping, '--json'], db);
    rates.push(Math.round(o.rows / out.seconds));
    rss.push(Math.round(out.rss / 2 ** 20));
    const rawDb = join(o.tmp, `import-raw-${r}.db`);
    await boot(rawDb);
    raw.push(Math.round(rawInsert(rawDb, o.rows)));
  }
  rows.push({
    workload: '6 import/export',
    case: `CSV import, ${o.rows.toLocaleString('en')} customers`,
    rapport: {
      label: '`rapport import customers` (one process, start-up included)',
      unit: 'rows/s',
      summary: summarize(rates),
      detail: `peak RSS ${summarize(rss).median} MiB`,
    },
    baseline: {
      label: 'raw better-sqlite3 insert, 500 rows per commit, FULL',
      unit: 'rows/s',
      summary: summarize(raw),
    },
    higherIsBetter: true,
  });
  rows.push(await responsesImportWorkload({ ...o, rows: o.responses, boot }));
  rows.push(...(await exportRows(o, boot)));
  return rows;
}
