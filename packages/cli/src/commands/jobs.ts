import { parseArgs } from 'node:util';
import { databaseTarget, loadSettings } from '@rapport/config';
import { DomainError, type Job } from '@rapport/core';
import { openStore, queueRepository, type Store } from '@rapport/store';
import { UsageError, type Command } from '../command.ts';
import type { CliIo } from '../io.ts';

const USAGE = `Usage: rapport jobs <stats|dead|retry> [options]

Looks into the job queue of the database named by DATABASE_URL (see docs/JOBS.md).

  rapport jobs stats                 Queued, due, running and dead jobs; age of the oldest due one
  rapport jobs dead [--workspace W] [--limit N] [--json]
                                     Dead jobs, newest first, with their last error
  rapport jobs retry <id> [--workspace W]
                                     Put a dead job back in the queue, its attempts reset`;

function printDead(io: CliIo, jobs: Job[]): void {
  if (!jobs.length) {
    io.stdout.write('No dead jobs.\n');
    return;
  }
  for (const j of jobs) {
    io.stdout.write(
      `${j.id}  ${j.name}  workspace ${j.workspaceId}  ${j.attempts} attempt(s), dead since ${j.updatedAt}\n`,
    );
    const error = (j.lastError ?? '(no error recorded)').split('\n')[0];
    io.stdout.write(`    ${error}\n`);
  }
}

async function run(store: Store, args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      workspace: { type: 'string' },
      limit: { type: 'string', default: '50' },
      json: { type: 'boolean' },
    },
  });
  const [sub, id, ...extra] = positionals;
  const now = new Date().toISOString();
  const queue = queueRepository({ db: store.db, dialect: store.dialect });
  if (sub === 'stats' && !id) {
    const s = await queue.stats(now);
    const age = s.oldestDueAt
      ? `${Math.round((Date.parse(now) - Date.parse(s.oldestDueAt)) / 1000)} s`
      : '-';
    io.stdout.write(
      `queued ${s.queued} (due ${s.due}, oldest due ${age}), running ${s.running}, dead ${s.dead}\n`,
    );
    return 0;
  }
  if (sub === 'dead' && !id) {
    const limit = Number(values.limit);
    if (!Number.isInteger(limit) || limit < 1)
      throw new UsageError('--limit takes a positive whole number.');
    const jobs = await queue.listDead({ workspaceId: values.workspace, limit });
    if (values.json) io.stdout.write(`${JSON.stringify(jobs, null, 2)}\n`);
    else printDead(io, jobs);
    return 0;
  }
  if (sub === 'retry' && id && !extra.length) {
    const job = await store.transact((tx) =>
      queueRepository({ db: tx, dialect: store.dialect }).retryDead(id, now, values.workspace),
    );
    if (!job) throw new DomainError('not_found', `There is no dead job with id ${id}.`);
    io.stdout.write(`Job ${job.id} (${job.name}) is queued again.\n`);
    return 0;
  }
  throw new UsageError(
    sub
      ? `"${[sub, id, ...extra].filter(Boolean).join(' ')}" is not a jobs command.`
      : 'Say which: stats, dead or retry <id>.',
  );
}

export const jobsCommand: Command = {
  name: 'jobs',
  usage: USAGE,
  async run(args, io, env) {
    const settings = loadSettings(env);
    const store = await openStore(databaseTarget(settings.databaseUrl));
    try {
      return await run(store, args, io);
    } finally {
      await store.close();
    }
  },
};
