/**
 * Workload 5: text analysis — comments per second per core (CPU time of one process) and
 * sentiment macro-F1 on GoEmotions' held-out test split, Rapport's model (through its public
 * interface, `rapport analyze`, JSON Lines in and out) against `sentiment` (AFINN) and
 * `vader-sentiment` on the same texts. Rapport's row switches on when the command exists.
 * The in-process figures come from a process of their own (text-measure.ts).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  goEmotionsTest,
  macroF1,
  SENTIMENT_CLASSES,
  type SentimentClass,
} from '../datasets/eval-text.ts';
import { TSX } from '../lib/child.ts';
import { log } from '../lib/log.ts';
import { pendingRow, type Figure, type Row } from '../lib/result.ts';
import { summarize } from '../lib/stats.ts';
import type { ClassifierKey, Measured } from './text-measure.ts';

const ROOT = new URL('../../', import.meta.url);
const ANALYZE_COMMAND = fileURLToPath(new URL('packages/cli/src/commands/analyze.ts', ROOT));
const CLI = fileURLToPath(new URL('packages/cli/bin/rapport.js', ROOT));

const MEASURE = fileURLToPath(new URL('text-measure.ts', import.meta.url));

/** The classifiers measured in a process of their own (text-measure.ts says why). */
function measureApart(
  texts: readonly string[],
  rounds: number,
): Promise<Record<ClassifierKey, Measured>> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...TSX, MEASURE], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err = (err + d.toString()).slice(-2000)));
    child.stdin.on('error', () => undefined);
    child.once('exit', (code) => {
      if (code !== 0) return reject(new Error(`text-measure exited ${code}: ${err}`));
      resolve(JSON.parse(out) as Record<ClassifierKey, Measured>);
    });
    child.stdin.end(JSON.stringify({ texts, rounds }));
  });
}

/** Runs `rapport analyze` once over the texts; CPU time of the child from its resource usage. */
function rapportAnalyze(
  texts: readonly string[],
): Promise<{ rate: number; predicted: SentimentClass[] }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, 'analyze'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err = (err + d.toString()).slice(-2000)));
    // A child that exits before reading its input fails this workload, not the whole run.
    child.stdin.on('error', () => undefined);
    const t0 = performance.now();
    child.once('exit', (code) => {
      if (code !== 0) return reject(new Error(`rapport analyze exited ${code}: ${err}`));
      const seconds = (performance.now() - t0) / 1000;
      const byId = new Map<string, SentimentClass>();
      for (const line of out.split('\n')) {
        if (!line.trim()) continue;
        const o = JSON.parse(line) as { id: string; sentiment: SentimentClass };
        byId.set(String(o.id), o.sentiment);
      }
      // Wall time of one single-threaded process, start-up included: a conservative per-core rate.
      resolve({
        rate: Math.round(texts.length / seconds),
        predicted: texts.map((_, i) => byId.get(String(i)) ?? 'neutral'),
      });
    });
    child.stdin.end(
      texts.map((text, id) => JSON.stringify({ id: String(id), text })).join('\n') + '\n',
    );
  });
}

export async function textWorkload(o: {
  dataDir: string;
  repeats: number;
  quick: boolean;
}): Promise<Row[]> {
  const all = goEmotionsTest(o.dataDir);
  const set = o.quick ? all.slice(0, 2000) : all;
  const texts = set.map((t) => t.text);
  const gold = set.map((t) => t.sentiment);
  log(`text: ${set.length} held-out GoEmotions test comments (single sentiment group)`);
  const apart = await measureApart(texts, o.repeats);
  const baselines: Array<[string, ClassifierKey]> = [
    ['`sentiment` (AFINN-165), score sign', 'afinn'],
    ['`vader-sentiment`, compound ±0.05', 'vader'],
  ];
  const measured = baselines.map(([label, key]) => ({
    label,
    rate: summarize(apart[key].rates),
    f1: macroF1(gold, apart[key].predicted),
  }));
  let rapport: { rate: Figure; f1: number } | null = null;
  if (existsSync(ANALYZE_COMMAND)) {
    try {
      const runs: number[] = [];
      let predicted: SentimentClass[] = [];
      for (let i = 0; i < Math.min(o.repeats, 3); i++) {
        const r = await rapportAnalyze(texts);
        runs.push(r.rate);
        predicted = r.predicted;
      }
      rapport = {
        rate: {
          label: '`rapport analyze` (JSON Lines, one process)',
          unit: 'texts/s/core',
          summary: summarize(runs),
        },
        f1: macroF1(gold, predicted),
      };
    } catch (e) {
      log(`text: rapport analyze failed: ${(e as Error).message}`);
    }
  }
  // The model in-process, as the worker runs it: CPU time only, like the baselines (the
  // command's figure above includes starting Node and loading the CLI).
  const own = apart.rapport;
  const ownRate: Figure = {
    label: '`analyzeText` in-process (what the worker runs), CPU time',
    unit: 'texts/s/core',
    summary: summarize(own.rates),
    detail: `macro-F1 ${macroF1(gold, own.predicted).toFixed(3)} over ${SENTIMENT_CLASSES.length} classes`,
  };
  const rows: Row[] = [];
  for (const b of measured)
    rows.push({
      workload: '5 text',
      case: `sentiment in-process, ${set.length} GoEmotions test comments`,
      rapport: ownRate,
      baseline: {
        label: b.label,
        unit: 'texts/s/core',
        summary: b.rate,
        detail: `macro-F1 ${b.f1.toFixed(3)} (never predicts ambiguous)`,
      },
      higherIsBetter: true,
      note: `F1 ratio ${(macroF1(gold, own.predicted) / b.f1).toFixed(2)}×; goal ≥ 5,000 texts/s/core`,
    });
  for (const b of measured) {
    const base: Figure = {
      label: b.label,
      unit: 'texts/s/core',
      summary: b.rate,
      detail: `macro-F1 ${b.f1.toFixed(3)} (never predicts ambiguous)`,
    };
    if (rapport)
      rows.push({
        workload: '5 text',
        case: `sentiment via rapport analyze (start-up included), ${set.length} GoEmotions test comments`,
        rapport: {
          ...rapport.rate,
          detail: `macro-F1 ${rapport.f1.toFixed(3)} over ${SENTIMENT_CLASSES.length} classes`,
        },
        baseline: base,
        higherIsBetter: true,
        note: `F1 ratio ${(rapport.f1 / b.f1).toFixed(2)}×`,
      });
    else
      rows.push({
        workload: '5 text',
        case: `sentiment via rapport analyze (start-up included), ${set.length} GoEmotions test comments`,
        rapport: null,
        baseline: base,
        higherIsBetter: true,
        note: 'Rapport: pending — `rapport analyze` (issue 6) has not landed; this row measures it when packages/cli/src/commands/analyze.ts exists.',
      });
  }
  return rows;
}

export const textPending = () =>
  pendingRow('5 text', 'sentiment', '`rapport analyze` has not landed');
