/**
 * Workload 6: CSV import — `rapport import customers FILE.csv` (every row through the same checks
 * as the API, streamed in chunks of 500, each row in its own savepoint) in its own process:
 * rows/s and peak RSS (VmHWM from /proc) — against a raw better-sqlite3 bulk insert of the same
 * rows (prepared statements, 500 rows per commit, synchronous=FULL). Export has not landed.
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import SqliteDatabase from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { SEGMENTS } from '../lib/workspace.ts';
import { log } from '../lib/log.ts';
import { pendingRow, type Row } from '../lib/result.ts';
import { summarize } from '../lib/stats.ts';
import { bootstrapKey } from '../lib/workspace.ts';

const CLI = fileURLToPath(new URL('../../packages/cli/bin/rapport.js', import.meta.url));
const IMPORT_COMMAND = fileURLToPath(
  new URL('../../packages/cli/src/commands/import.ts', import.meta.url),
);

function writeCsv(path: string, rows: number): void {
  const lines = ['CRM id,Name,E-mail,Tier'];
  for (let i = 0; i < rows; i++)
    lines.push(`C${i},Customer ${i},customer${i}@example.net,${SEGMENTS[i % SEGMENTS.length]}`);
  writeFileSync(path, `${lines.join('\n')}\n`);
}

const peakRss = (pid: number): number => {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
};

async function rapportImport(
  db: string,
  csv: string,
  mapping: string,
): Promise<{ seconds: number; rss: number }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(
      process.execPath,
      [CLI, 'import', 'customers', csv, '--mapping', mapping, '--json'],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { DATABASE_URL: db, LOG_LEVEL: 'silent' },
      },
    );
    let rss = 0;
    const poll = setInterval(() => (rss = Math.max(rss, peakRss(child.pid ?? 0))), 100);
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err = (err + d.toString()).slice(-2000)));
    child.stdout.resume();
    child.once('exit', (code) => {
      clearInterval(poll);
      if (code !== 0) return reject(new Error(`rapport import exited ${code}: ${err}`));
      resolve({ seconds: (performance.now() - t0) / 1000, rss });
    });
  });
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
  repeats: number;
  tmp: string;
}): Promise<Row[]> {
  const rows: Row[] = [];
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
    await bootstrapKey({ dialect: 'sqlite', path: db });
    log(`import: rapport import customers, ${o.rows} rows (${r + 1}/${o.repeats})`);
    const out = await rapportImport(db, csv, mapping);
    rates.push(Math.round(o.rows / out.seconds));
    rss.push(Math.round(out.rss / 2 ** 20));
    const rawDb = join(o.tmp, `import-raw-${r}.db`);
    await bootstrapKey({ dialect: 'sqlite', path: rawDb });
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
    note: '1M rows in the issue; this size keeps the run within its time budget.',
  });
  rows.push(
    pendingRow(
      '6 import/export',
      'CSV export (streaming, constant memory)',
      'export (issue 10) has not landed',
    ),
  );
  return rows;
}
