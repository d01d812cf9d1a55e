/**
 * `rapport export --all` / `rapport import --all`: a whole workspace as JSON Lines — a header,
 * one line per row (`{"t": table, "r": row}`), and a trailer with the row count so a truncated
 * file is refused — to move it between databases (SQLite ↔ PostgreSQL) row for row.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import {
  MIGRATIONS,
  deleteWorkspace,
  readWorkspace,
  resetSequences,
  writeRows,
  type Store,
} from '@rapport/store';
import { UsageError } from '../command.ts';

export const FORMAT = 'rapport-workspace';

export async function exportWorkspace(
  store: Store,
  workspaceId: string,
  write: (line: string) => Promise<void>,
  onRow?: (n: number) => void,
): Promise<number> {
  await write(
    JSON.stringify({
      format: FORMAT,
      version: 1,
      workspaceId,
      exportedAt: new Date().toISOString(),
      migrations: MIGRATIONS.map(([name]) => name),
    }),
  );
  let n = 0;
  for await (const { table, row } of readWorkspace(store.db, store.dialect, workspaceId)) {
    await write(JSON.stringify({ t: table, r: row }));
    n++;
    onRow?.(n);
  }
  await write(JSON.stringify({ end: true, rows: n }));
  return n;
}

interface Header {
  format: string;
  version: number;
  workspaceId: string;
}

export async function importWorkspace(
  store: Store,
  path: string,
  opts: { replace: boolean; onRow?: (n: number) => void },
): Promise<{ workspaceId: string; rows: number }> {
  const rl = createInterface({
    input: createReadStream(path, { encoding: 'utf8' }),
    crlfDelay: Infinity,
  });
  let header: Header | undefined;
  let rows = 0;
  let ended = false;
  let table = '';
  let batch: Array<Record<string, unknown>> = [];
  const flush = async () => {
    if (!batch.length) return;
    const [t, b] = [table, batch];
    batch = [];
    await store.transact((conn) => writeRows(conn, t, b));
  };
  let lineNo = 0;
  for await (const line of rl) {
    lineNo++;
    if (!line.trim()) continue;
    let v: Record<string, unknown>;
    try {
      v = JSON.parse(line) as Record<string, unknown>;
    } catch {
      throw new UsageError(`Line ${lineNo} of ${path} is not JSON: the file is damaged.`);
    }
    if (!header) {
      if (v.format !== FORMAT || v.version !== 1 || typeof v.workspaceId !== 'string') {
        throw new UsageError(`${path} is not a workspace export (rapport export --all).`);
      }
      header = v as unknown as Header;
      const exists = await store.read((r) => r.workspaces.get(header?.workspaceId ?? ''));
      if (exists && !opts.replace) {
        throw new UsageError(
          `Workspace ${header.workspaceId} exists in this database already; add --replace to overwrite it.`,
        );
      }
      if (exists)
        await store.transact((conn) =>
          deleteWorkspace(conn, store.dialect, header?.workspaceId ?? ''),
        );
      continue;
    }
    if (v.end === true) {
      ended = true;
      if (v.rows !== rows)
        throw new UsageError(
          `The export says ${String(v.rows)} rows but holds ${rows}: the file is damaged.`,
        );
      break;
    }
    const t = v.t;
    const r = v.r;
    if (typeof t !== 'string' || !r || typeof r !== 'object')
      throw new UsageError(`Line ${lineNo} is not a row of the export.`);
    if ((r as Record<string, unknown>).workspace_id !== header.workspaceId) {
      throw new UsageError(`Line ${lineNo} belongs to another workspace: the file is damaged.`);
    }
    if (t !== table || batch.length >= 2000) {
      await flush();
      table = t;
    }
    batch.push(r as Record<string, unknown>);
    rows++;
    opts.onRow?.(rows);
  }
  if (!header) throw new UsageError(`${path} is empty.`);
  if (!ended)
    throw new UsageError(
      `${path} ends before its trailer: the export was cut short. Nothing after line ${lineNo} arrived.`,
    );
  await flush();
  await store.transact((conn) => resetSequences(conn, store.dialect));
  return { workspaceId: header.workspaceId, rows };
}
