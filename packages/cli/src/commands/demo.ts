import { parseArgs } from 'node:util';
import { databaseTarget, loadSettings } from '@rapport/config';
import { systemClock, systemCtx, systemIds } from '@rapport/core';
import { openStore } from '@rapport/store';
import { UsageError, type Command } from '../command.ts';
import { demoPassword, generateDemo } from '../demo/generate.ts';
import { progressBar } from '../progress.ts';

export const demoCommand: Command = {
  name: 'demo',
  usage: `Usage: rapport demo [--seed N] [--json] [--if-empty] [--customers N] [--interactions N]
                   [--leave-jobs]

Creates a demo workspace: a company of ten teams with managers up to a head of customer
experience, several hundred customers and a few thousand interactions across every channel
and journey stage, and the five stories of DESIGN.md as real data (the web app's guided tour
opens each one). Then lives that history in order: the worker's jobs — every text read,
engagement, rules, cases, praise, SLA checks — run at the time they fell due, and the owners
close most cases hours or days after they opened, so all of it is there, as of today, when
the server starts. The same seed gives the same data.
Running it again with another --seed adds another workspace beside the first. Prints the URL,
an API key and web sign-ins.

Options:
  --seed N          Seed of the generator (default 1)
  --json            Print one JSON object {"url", "apiKey", "workspaceId"} and nothing else
  --if-empty        If a workspace exists already, create nothing: mint a new admin API key
                    for the first workspace and print that instead
  --customers N     How many customers besides the stories' four (default 400)
  --interactions N  How many interactions (default 3000)
  --leave-jobs      Do not run the jobs now: the server's worker runs them when it starts,
                    as of then, and nobody closes the cases (the five stories are processed
                    either way)`,
  async run(args, io, env) {
    const { values } = parseArgs({
      args,
      options: {
        seed: { type: 'string', default: '1' },
        json: { type: 'boolean', default: false },
        'if-empty': { type: 'boolean', default: false },
        customers: { type: 'string' },
        interactions: { type: 'string' },
        'leave-jobs': { type: 'boolean', default: false },
      },
    });
    const int = (name: string, v: string | undefined, min: number, max: number) => {
      if (v === undefined) return undefined;
      const n = Number(v);
      if (!Number.isInteger(n) || n < min || n > max)
        throw new UsageError(`--${name} must be a whole number from ${min} to ${max} (got ${v}).`);
      return n;
    };
    const seed = int('seed', values.seed, 1, 1_000_000) ?? 1;
    const settings = loadSettings(env);
    const store = await openStore(databaseTarget(settings.databaseUrl));
    const deps = { clock: systemClock, ids: systemIds() };
    try {
      const existing = values['if-empty']
        ? (await store.read((r) => r.workspaces.list()))[0]
        : undefined;
      let out: { url: string; apiKey: string; workspaceId: string };
      if (existing) {
        const { createApiKey } = await import('@rapport/server'); // only on this path
        const { secret } = await store.write((r) =>
          createApiKey({ ...deps, r }, systemCtx(existing.id), {
            name: `rapport demo key ${new Date().toISOString()}`,
            role: 'admin',
          }),
        );
        out = { url: settings.publicUrl, apiKey: secret, workspaceId: existing.id };
        if (!values.json) {
          io.stdout.write(
            `Workspace "${existing.name}" exists already; here is a new admin API key for it.\n`,
          );
          printAccess(io.stdout, out, [], existing.name);
        }
      } else {
        const started = Date.now();
        // A bulk load: tens of thousands of small commits, each an fsync under FULL. NORMAL
        // keeps the file consistent (WAL); a crash loses only the last commits of a demo that
        // is then made again. Everything after it is durable as always.
        store.sqlite?.pragma('synchronous = NORMAL');
        const bar = values.json ? undefined : progressBar(io, 'Generating demo data');
        let jobsBar: ReturnType<typeof progressBar> | undefined;
        const result = await generateDemo(store, deps, {
          seed,
          customers: int('customers', values.customers, 1, 1_000_000),
          interactions: int('interactions', values.interactions, 0, 10_000_000),
          onProgress: (done, total) => bar?.update(done, total),
          processJobs: !values['leave-jobs'],
          onJobs: (done) => {
            if (!jobsBar && !values.json) {
              bar?.finish();
              jobsBar = progressBar(io, 'Running the worker’s jobs');
            }
            jobsBar?.update(done);
          },
        });
        if (jobsBar) jobsBar.finish();
        else bar?.finish();
        store.sqlite?.pragma('synchronous = FULL');
        const seconds = Math.round((Date.now() - started) / 1000);
        out = { url: settings.publicUrl, apiKey: result.apiKey, workspaceId: result.workspaceId };
        if (!values.json) {
          const c = result.counts;
          io.stdout.write(
            `Created demo workspace "${result.workspaceName}": ${c.teams} teams, ${c.employees} employees, ` +
              `${c.customers} customers, ${c.interactions} interactions, the five stories` +
              `${result.jobs ? `; ${result.jobs.toLocaleString('en')} jobs run` : ''} (${seconds} s).\n`,
          );
          printAccess(
            io.stdout,
            out,
            result.users.map((u) => `${u.email} (${u.role})`),
            result.workspaceName,
            demoPassword(seed),
          );
        }
      }
      if (values.json) io.stdout.write(`${JSON.stringify(out)}\n`);
      return 0;
    } finally {
      await store.close();
    }
  },
};

function printAccess(
  out: NodeJS.WritableStream,
  a: { url: string; apiKey: string; workspaceId: string },
  users: string[],
  _name: string,
  password?: string,
): void {
  out.write(
    `\n  URL:          ${a.url}\n  Workspace:    ${a.workspaceId}\n  API key:      ${a.apiKey}\n`,
  );
  if (users.length)
    out.write(`  Sign in as:   ${users.join(', ')}\n  Password:     ${password ?? ''}\n`);
  out.write(`\n  Try:  curl -H "Authorization: Bearer ${a.apiKey}" ${a.url}/api/v1/customers\n\n`);
}
