import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { databaseTarget, loadSettings } from '@rapport/config';
import {
  eraseCustomer,
  exportCustomer,
  notFound,
  systemClock,
  systemCtx,
  systemIds,
  type Ctx,
} from '@rapport/core';
import { openStore, type Store } from '@rapport/store';
import { UsageError, type Command } from '../command.ts';
import { checkOutFile } from '../transfer/writer.ts';

const ID = /^cus_[0-9A-HJKMNP-TV-Z]{26}$/;

/** The workspace that holds the customer: the one named, or the one whose customer it is. */
async function findWorkspace(store: Store, id: string, named: string | undefined): Promise<Ctx> {
  const spaces = named ? [named] : (await store.read((r) => r.workspaces.list())).map((w) => w.id);
  for (const ws of spaces) {
    if (await store.read((r) => r.customers.get(ws, id))) {
      const ctx = systemCtx(ws);
      return { ...ctx, actor: { ...ctx.actor, id: 'cli' } };
    }
  }
  throw notFound('customer', id);
}

export const customerCommand: Command = {
  name: 'customer',
  usage: `Usage: rapport customer export <customer id> [--out FILE] [--workspace ID]
       rapport customer erase <customer id> --yes [--workspace ID]

export  Writes everything Rapport holds about the customer as one JSON document (to
        standard output, or to FILE): the customer, their interactions and transcripts,
        survey invitations, responses and answers, signals, cases, praise, tasks and
        engagement history.
erase   Deletes the customer and all of that from every table; aggregate figures (metric
        roll-ups) stay. Cannot be undone: --yes is required.

Both leave an entry in the workspace's audit log (actor: system "cli"). The database is the
one DATABASE_URL names (default ./data/rapport.db).

Options:
  --out FILE       Write the export to FILE instead of standard output
  --workspace ID   The customer's workspace (default: found from the id)
  --yes            Confirm the erasure`,
  async run(args, io, env) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        workspace: { type: 'string' },
        yes: { type: 'boolean', default: false },
      },
    });
    const [action, id, ...extra] = positionals;
    if (action !== 'export' && action !== 'erase')
      throw new UsageError('Say what to do: export or erase, then the customer id.');
    if (!id || extra.length) throw new UsageError(`Name one customer id after "${action}".`);
    if (!ID.test(id))
      throw new UsageError(`${id} is not a customer id (cus_ followed by 26 characters).`);
    if (action === 'erase' && !values.yes)
      throw new UsageError(`Erasing ${id} cannot be undone; add --yes to confirm.`);
    const out = values.out === undefined ? undefined : resolve(io.cwd, values.out);
    if (action === 'export' && out) checkOutFile(out);
    const settings = loadSettings(env);
    const store = await openStore(databaseTarget(settings.databaseUrl));
    const deps = { clock: systemClock, ids: systemIds() };
    try {
      const ctx = await findWorkspace(store, id, values.workspace);
      if (action === 'export') {
        const data = await store.write((r) => exportCustomer({ ...deps, r }, ctx, id));
        const json = `${JSON.stringify(data, null, 2)}\n`;
        if (out) {
          writeFileSync(out, json, { mode: 0o600 });
          io.stderr.write(`Wrote the data of ${id} to ${out}.\n`);
        } else io.stdout.write(json);
        return 0;
      }
      const report = await store.write((r) => eraseCustomer({ ...deps, r }, ctx, id));
      const total = Object.values(report.deleted).reduce((a, b) => a + b, 0);
      const tables = Object.entries(report.deleted)
        .map(([t, n]) => `${t} ${n}`)
        .join(', ');
      io.stdout.write(`Erased ${id}: ${total} row(s) deleted (${tables}).\n`);
      return 0;
    } finally {
      await store.close();
    }
  },
};
