/**
 * The held-out text set: GoEmotions' official test split (shared/data/goemotions/test.tsv),
 * each comment labelled with the sentiment group of its emotions (mappings.json); comments whose
 * emotions fall into more than one sentiment group are left out, as single-label sentiment.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const SENTIMENT_CLASSES = ['positive', 'negative', 'ambiguous', 'neutral'] as const;
export type SentimentClass = (typeof SENTIMENT_CLASSES)[number];

export interface LabelledText {
  text: string;
  sentiment: SentimentClass;
}

export function goEmotionsTest(dataDir: string): LabelledText[] {
  const dir = join(dataDir, 'goemotions');
  const labels = readFileSync(join(dir, 'labels.txt'), 'utf8').trim().split('\n');
  const mappings = JSON.parse(readFileSync(join(dir, 'mappings.json'), 'utf8')) as {
    sentiment: Record<string, string[]>;
  };
  const groupOf = new Map<string, SentimentClass>();
  for (const [group, members] of Object.entries(mappings.sentiment))
    for (const m of members) groupOf.set(m, group as SentimentClass);
  groupOf.set('neutral', 'neutral');
  const out: LabelledText[] = [];
  for (const line of readFileSync(join(dir, 'test.tsv'), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const [text, ids] = line.split('\t');
    if (!text || !ids) continue;
    const groups = new Set(ids.split(',').map((i) => groupOf.get(labels[Number(i)] ?? '')));
    if (groups.size !== 1) continue;
    const g = [...groups][0];
    if (g) out.push({ text, sentiment: g });
  }
  return out;
}

/** Macro-F1 over the classes present in the gold labels. */
export function macroF1(
  gold: readonly SentimentClass[],
  predicted: readonly SentimentClass[],
): number {
  const classes = SENTIMENT_CLASSES.filter((c) => gold.includes(c));
  let sum = 0;
  for (const c of classes) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    gold.forEach((g, i) => {
      const p = predicted[i];
      if (p === c && g === c) tp++;
      else if (p === c) fp++;
      else if (g === c) fn++;
    });
    const prec = tp + fp ? tp / (tp + fp) : 0;
    const rec = tp + fn ? tp / (tp + fn) : 0;
    sum += prec + rec ? (2 * prec * rec) / (prec + rec) : 0;
  }
  return classes.length ? sum / classes.length : 0;
}
