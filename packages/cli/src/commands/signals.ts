import { parseArgs } from 'node:util';
import { databaseTarget, loadSettings } from '@rapport/config';
import {
  DomainError,
  systemClock,
  systemIds,
  type TextAnalyzer,
  type TextSourceKind,
} from '@rapport/core';
import { jobProgress, openStore, type Store } from '@rapport/store';
import {
  createWorker,
  defaultTextAnalyzer,
  engagementRecomputeJob,
  JobRegistry,
  REANALYZE_BATCH,
  SIGNALS_REANALYZE_JOB,
  signalsReanalyzeJob,
} from '@rapport/worker';
import { UsageError, type Command } from '../command.ts';
import type { CliIo } from '../io.ts';
import { progressBar } from '../progress.ts';

const USAGE = `Usage: rapport signals reanalyze [--workspace W] [--all] [--no-wait]

Reads the stored texts again with the current emotion model — every interaction note, every
transcript message and every customer-survey comment — after a model update. Each signal is
replaced in place (same id; no new cases are opened for old texts) and the engagement of every
customer concerned is recomputed. The work goes through the job queue in batches of
${REANALYZE_BATCH} texts' sources, so it survives a restart and any number of workers can share
it; this command runs a worker for it too and shows a progress bar until it is done.

Options:
  --workspace W   Only this workspace (default: every workspace)
  --all           Read every text again, even those the current model has read
  --no-wait       Queue the batches and exit: the running workers do the rest`;

const KINDS: readonly TextSourceKind[] = ['interaction', 'response'];

interface Queued {
  ws: string;
  batches: number;
  sources: number;
}

async function enqueue(store: Store, ws: string, run: string, all: boolean): Promise<Queued> {
  const ids = systemIds();
  let batches = 0;
  let sources = 0;
  for (const kind of KINDS) {
    let after: string | null = null;
    for (;;) {
      const page: string[] = await store.read((r) =>
        r.journey.textSources(ws, kind, after, REANALYZE_BATCH),
      );
      if (!page.length) break;
      const n = batches;
      await store.write((r) =>
        r.jobs.enqueue(
          ws,
          {
            name: SIGNALS_REANALYZE_JOB,
            payload: { kind, ids: page, all },
            dedupeKey: `${run}:${n}`,
          },
          ids.id('job'),
          systemClock.now().toISOString(),
        ),
      );
      batches++;
      sources += page.length;
      after = page[page.length - 1] ?? null;
      if (page.length < REANALYZE_BATCH) break;
    }
  }
  return { ws, batches, sources };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function reanalyze(
  store: Store,
  analyzer: TextAnalyzer,
  io: CliIo,
  opts: { workspace?: string | undefined; all: boolean; wait: boolean },
): Promise<number> {
  const spaces = opts.workspace
    ? [opts.workspace]
    : (await store.read((r) => r.workspaces.list())).map((w) => w.id);
  if (opts.workspace && !(await store.read((r) => r.workspaces.get(opts.workspace ?? ''))))
    throw new DomainError('not_found', `There is no workspace ${opts.workspace}.`);
  const run = `signals.reanalyze:${systemIds().id('job').slice(4)}`;
  const queued: Queued[] = [];
  for (const ws of spaces) queued.push(await enqueue(store, ws, run, opts.all));
  const batches = queued.reduce((t, q) => t + q.batches, 0);
  const sources = queued.reduce((t, q) => t + q.sources, 0);
  const what = `${sources.toLocaleString('en')} sources of text in ${batches} batch(es), model ${analyzer.modelVersion}`;
  if (!opts.wait || batches === 0) {
    io.stdout.write(`Queued ${what}.\n`);
    return 0;
  }
  const registry = new JobRegistry()
    .define(signalsReanalyzeJob(analyzer))
    .define(engagementRecomputeJob);
  const worker = createWorker({ store, registry, concurrency: 1 });
  const bar = progressBar(io, 'Re-analysing', batches);
  let dead = 0;
  for (;;) {
    const ran = await worker.runDue();
    let finished = 0;
    dead = 0;
    for (const q of queued) {
      const p = await jobProgress(store.db, q.ws, SIGNALS_REANALYZE_JOB, run);
      finished += p.done + p.dead;
      dead += p.dead;
    }
    bar.update(finished);
    if (finished >= batches) break;
    if (ran.claimed === 0) await sleep(250);
  }
  await worker.drain();
  bar.finish();
  io.stdout.write(`Re-analysed ${what}; engagement recomputed for the customers concerned.\n`);
  if (dead) {
    io.stderr.write(`${dead} batch(es) failed: see \`rapport jobs dead\`.\n`);
    return 1;
  }
  return 0;
}

/** `rapport signals`, with the analyzer to use (the trained model unless a test gives one). */
export function makeSignalsCommand(analyzer: TextAnalyzer | null): Command {
  return {
    name: 'signals',
    usage: USAGE,
    async run(args, io, env) {
      const { values, positionals } = parseArgs({
        args,
        allowPositionals: true,
        options: {
          workspace: { type: 'string' },
          all: { type: 'boolean', default: false },
          'no-wait': { type: 'boolean', default: false },
        },
      });
      if (positionals.length !== 1 || positionals[0] !== 'reanalyze')
        throw new UsageError('The one signals command is: reanalyze.');
      if (!analyzer)
        throw new DomainError(
          'unavailable',
          'No emotion model is installed in this build, so there is nothing to re-analyse with.',
        );
      const settings = loadSettings(env);
      const store = await openStore(databaseTarget(settings.databaseUrl));
      try {
        return await reanalyze(store, analyzer, io, {
          workspace: values.workspace,
          all: values.all,
          wait: !values['no-wait'],
        });
      } finally {
        await store.close();
      }
    },
  };
}

export const signalsCommand: Command = makeSignalsCommand(defaultTextAnalyzer);
