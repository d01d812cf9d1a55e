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

/** The usage line of one subcommand, from USAGE. */
function usageOf(sub: string): string {
  const line = USAGE.split('\n').find((l) => l.trimStart().startsWith(`rapport jobs ${sub}`));
  return line ? line.trim().replace(/\s{2,}.*$/, '') : `rapport jobs ${sub}`;
}

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

interface JobsCall {
  sub: 'stats' | 'dead' | 'retry';
  id: string;
  workspace: string | undefined;
  limit: number;
  json: boolean;
}

/** The call as asked, checked before the database is opened. */
function parse(args: string[]): JobsCall {
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
  if (!sub) throw new UsageError('Say which: stats, dead or retry <id>.');
  if (sub !== 'stats' && sub !== 'dead' && sub !== 'retry')
    throw new UsageError(`"${sub}" is not a jobs command.`);
  if (sub !== 'retry' && id)
    throw new UsageError(`"${sub}" takes no argument (got "${id}").\nUsage: ${usageOf(sub)}`);
  if (sub === 'retry' && !id)
    throw new UsageError(`the job id is missing.\nUsage: ${usageOf('retry')}`);
  if (extra.length)
    throw new UsageError(
      `retry takes one job id (got ${[id, ...extra].join(', ')}).\nUsage: ${usageOf('retry')}`,
    );
  const limit = Number(values.limit);
  if (sub === 'dead' && (!Number.isInteger(limit) || limit < 1))
    throw new UsageError('--limit takes a positive whole number.');
  return { sub, id: id ?? '', workspace: values.workspace, limit, json: Boolean(values.json) };
}

async function run(store: Store, call: JobsCall, io: CliIo): Promise<number> {
  const now = new Date().toISOString();
  const queue = queueRepository({ db: store.db, dialect: store.dialect });
  if (call.sub === 'stats') {
    const s = await queue.stats(now);
    const age = s.oldestDueAt
      ? `${Math.round((Date.parse(now) - Date.parse(s.oldestDueAt)) / 1000)} s`
      : '-';
    io.stdout.write(
      `queued ${s.queued} (due ${s.due}, oldest due ${age}), running ${s.running}, dead ${s.dead}\n`,
    );
    return 0;
  }
  if (call.sub === 'dead') {
    const jobs = await queue.listDead({ workspaceId: call.workspace, limit: call.limit });
    if (call.json) io.stdout.write(`${JSON.stringify(jobs, null, 2)}\n`);
    else printDead(io, jobs);
    return 0;
  }
  const job = await store.transact((tx) =>
    queueRepository({ db: tx, dialect: store.dialect }).retryDead(call.id, now, call.workspace),
  );
  if (!job) throw new DomainError('not_found', `There is no dead job with id ${call.id}.`);
  io.stdout.write(`Job ${job.id} (${job.name}) is queued again.\n`);
  return 0;
}

export const jobsCommand: Command = {
  name: 'jobs',
  usage: USAGE,
  async run(args, io, env) {
    const call = parse(args);
    const settings = loadSettings(env);
    const store = await openStore(databaseTarget(settings.databaseUrl));
    try {
      return await run(store, call, io);
    } finally {
      await store.close();
    }
  },
};
