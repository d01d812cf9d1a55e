import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { databaseTarget, loadSettings } from '@rapport/config';
import { backupSqlite } from '@rapport/store';
import { UsageError, type Command } from '../command.ts';

export const backupCommand: Command = {
  name: 'backup',
  usage: `Usage: rapport backup --out FILE [--json]

Copies the SQLite database named by DATABASE_URL (default ./data/rapport.db) to FILE while
servers and workers keep running, with SQLite's online backup API: one consistent snapshot,
writers never blocked. Never copy the live file with cp: its write-ahead log would be missing
or half-written. The copy is checked (PRAGMA integrity_check, and every table's row count equal
to the snapshot's) and is a single self-contained file; FILE is replaced only once the copy is
complete and checked. Restore: stop Rapport, put FILE in place of the database file (remove the
old -wal and -shm files beside it), start Rapport.

With PostgreSQL, use pg_dump instead (see docs/DEPLOY.md):
  pg_dump --format=custom --file=rapport.dump "$DATABASE_URL"

Options:
  --out FILE   Where to write the backup (its folder must exist)
  --json       Print the report as JSON: path, bytes, pages, rows per table, ms`,
  async run(args, io, env) {
    const { values } = parseArgs({
      args,
      options: { out: { type: 'string' }, json: { type: 'boolean' } },
    });
    if (!values.out) throw new UsageError('--out FILE is required.');
    const settings = loadSettings(env);
    const target = databaseTarget(settings.databaseUrl);
    if (target.dialect !== 'sqlite') {
      io.stderr.write(
        'rapport backup: DATABASE_URL is PostgreSQL; back it up with pg_dump, e.g.\n' +
          '  pg_dump --format=custom --file=rapport.dump "$DATABASE_URL"\n' +
          'and restore with pg_restore (see docs/DEPLOY.md).\n',
      );
      return 1;
    }
    const source = resolve(io.cwd, target.path);
    const out = resolve(io.cwd, values.out);
    if (!existsSync(source)) throw new UsageError(`there is no database at ${source}.`);
    if (!existsSync(dirname(out)))
      throw new UsageError(`the folder ${dirname(out)} does not exist.`);
    if (out === source) throw new UsageError('--out must not be the database itself.');
    const report = await backupSqlite(source, out);
    if (values.json) {
      io.stdout.write(`${JSON.stringify(report)}\n`);
      return 0;
    }
    const rows = Object.values(report.tables).reduce((a, b) => a + b, 0);
    io.stdout.write(
      `Backed up ${Object.keys(report.tables).length} tables, ${rows} rows ` +
        `(${(report.bytes / 1_048_576).toFixed(1)} MB) to ${out} in ${report.ms} ms; ` +
        'integrity check ok, row counts match.\n',
    );
    return 0;
  },
};
