/**
 * The in-process half of workload 5, in a Node process of its own that loads the classifiers
 * and nothing else, as the worker does. In the bench's own process, with DuckDB and the
 * servers' modules loaded, the model read 3,400–4,300 texts per CPU-second against 6,000–6,500
 * in a process of its own, same minutes (25 Nov), and the full run's table said 3,649.
 * Reads `{ texts, rounds }` as JSON on stdin and writes, per classifier, texts per CPU-second
 * of each round and the predictions of the first, as JSON on stdout.
 */
import Sentiment from 'sentiment';
import vader from 'vader-sentiment';
import { analyzeText } from '../../packages/core/src/text/index.ts';
import type { SentimentClass } from '../datasets/eval-text.ts';

export type Classifier = (text: string) => SentimentClass;
export type ClassifierKey = 'afinn' | 'vader' | 'rapport';
export interface Measured {
  rates: number[];
  predicted: SentimentClass[];
}

const afinn = new Sentiment();
const CLASSIFIERS: Record<ClassifierKey, Classifier> = {
  afinn: (t) => {
    const s = afinn.analyze(t).score;
    return s > 0 ? 'positive' : s < 0 ? 'negative' : 'neutral';
  },
  vader: (t) => {
    const c = vader.SentimentIntensityAnalyzer.polarity_scores(t).compound;
    return c >= 0.05 ? 'positive' : c <= -0.05 ? 'negative' : 'neutral';
  },
  rapport: (t) => analyzeText(t).sentiment,
};

/**
 * Texts per CPU-second over `rounds` passes, and the predictions of the first. One untimed pass
 * comes first, for every classifier alike: V8 compiles a hot function in tiers, and a single
 * warm-up text left the first timed passes of the model 1.5–2× slower than the later ones
 * (4,269 → 6,201 → 6,707 texts/s in one process, 24 Nov) — the worker runs for days.
 */
function measure(classify: Classifier, texts: readonly string[], rounds: number): Measured {
  const rates: number[] = [];
  let predicted: SentimentClass[] = [];
  texts.forEach(classify);
  for (let r = 0; r < rounds; r++) {
    const c0 = process.cpuUsage();
    const out = texts.map(classify);
    const c = process.cpuUsage(c0);
    rates.push(Math.round(texts.length / ((c.user + c.system) / 1e6)));
    if (r === 0) predicted = out;
  }
  return { rates, predicted };
}

const chunks: Buffer[] = [];
for await (const c of process.stdin) chunks.push(c as Buffer);
const { texts, rounds } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
  texts: string[];
  rounds: number;
};
const out: Partial<Record<ClassifierKey, Measured>> = {};
for (const key of ['afinn', 'vader', 'rapport'] as const)
  out[key] = measure(CLASSIFIERS[key], texts, rounds);
process.stdout.write(JSON.stringify(out));
