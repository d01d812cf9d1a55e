/** The measurements of `npm run eval`, on the held-out data, through the public API. */
import {
  EKMAN_GROUPS,
  SENTIMENTS,
  type EkmanGroup,
  type Sentiment,
} from '../../packages/core/src/text/labels.ts';
import { F1Counter, type GroupScore } from '../../packages/core/src/text/evaluation/f1.ts';
import type { LabelledText } from '../../packages/core/src/text/evaluation/labelled.ts';
import {
  EvaluationTally,
  type EvaluationReport,
} from '../../packages/core/src/text/evaluation/tally.ts';
import type { TextAnalysis } from '../../packages/core/src/text/types.ts';
import { BASELINES } from './baselines.ts';
import type { MaiaSentence } from './data.ts';

export type Analyze = (text: string) => TextAnalysis;

export function evaluateLabelled(
  rows: readonly LabelledText[],
  analyze: Analyze,
): EvaluationReport {
  const tally = new EvaluationTally();
  for (const r of rows) tally.add(r, analyze(r.text));
  return tally.report();
}

export interface MaiaReport {
  n: number;
  ekman: GroupScore;
  /** Sentiment of the Ekman label (joy positive; anger, sadness, fear negative; surprise ambiguous). */
  sentiment: GroupScore;
}

const MAIA_EKMAN = EKMAN_GROUPS.filter((g) => g !== 'disgust');
const SENTIMENT_OF: Record<EkmanGroup, Sentiment> = {
  anger: 'negative',
  disgust: 'negative',
  fear: 'negative',
  joy: 'positive',
  sadness: 'negative',
  surprise: 'ambiguous',
  neutral: 'neutral',
};

/** maia-dqe customer sentences: one Ekman group each, so the primary group is the prediction. */
export function evaluateMaia(rows: readonly MaiaSentence[], analyze: Analyze): MaiaReport {
  const ekman = new F1Counter(MAIA_EKMAN);
  const sentiment = new F1Counter(SENTIMENTS);
  for (const r of rows) {
    const a = analyze(r.text);
    ekman.add([r.ekman], [a.primaryEkman]);
    sentiment.add([SENTIMENT_OF[r.ekman]], [a.sentiment]);
  }
  return { n: rows.length, ekman: ekman.score(), sentiment: sentiment.score() };
}

export interface BaselineRow {
  name: string;
  goemotions: GroupScore;
  cx: GroupScore;
  maia: GroupScore;
}

/** Our one sentiment and the lexicon baselines' on the same three sets of texts. */
export function sentimentComparison(
  go: readonly LabelledText[],
  cx: readonly LabelledText[],
  maia: readonly MaiaSentence[],
  analyze: Analyze,
): BaselineRow[] {
  const systems = [
    { name: 'Rapport emotion-v1', sentiment: (t: string) => analyze(t).sentiment },
    ...BASELINES,
  ];
  return systems.map((s) => {
    const g = new F1Counter(SENTIMENTS);
    for (const r of go) g.add(r.sentiments, [s.sentiment(r.text)]);
    const c = new F1Counter(SENTIMENTS);
    for (const r of cx) c.add(r.sentiment ? [r.sentiment] : r.sentiments, [s.sentiment(r.text)]);
    const m = new F1Counter(SENTIMENTS);
    for (const r of maia) m.add([SENTIMENT_OF[r.ekman]], [s.sentiment(r.text)]);
    return { name: s.name, goemotions: g.score(), cx: c.score(), maia: m.score() };
  });
}

export interface SpeedReport {
  /** Texts per second of CPU time on this thread: the speed of one core, whatever the load. */
  textsPerSecond: number;
  /** Texts per second of wall-clock time (lower when the machine is shared). */
  wallTextsPerSecond: number;
  sample: string;
}

/** Texts per second on one core for a typical survey comment. */
export function measureSpeed(analyze: Analyze, sample: string, seconds = 2): SpeedReport {
  for (let i = 0; i < 500; i++) analyze(sample);
  let n = 0;
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  while (performance.now() - t0 < seconds * 1000) {
    for (let i = 0; i < 100; i++) analyze(sample);
    n += 100;
  }
  const cpu = process.cpuUsage(c0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  return {
    textsPerSecond: n / cpuSeconds,
    wallTextsPerSecond: n / ((performance.now() - t0) / 1000),
    sample,
  };
}
