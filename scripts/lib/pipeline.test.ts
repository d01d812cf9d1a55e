import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GROUP_CUSTOMER_CUE, extractFeatures } from '../../packages/core/src/text/features.ts';
import { analyzeText, decodeModel } from '../../packages/core/src/text/index.ts';
import { DEFAULT_SETTINGS, buildModel, type TrainSettings } from './pipeline.ts';

const PHRASES: [string, number][] = [
  ['thank you so much, this is wonderful', 15],
  ['I am so angry about this', 2],
  ['this is really annoying', 3],
  ['what does this mean?', 7],
  ['I am scared it will happen again', 14],
  ['that is so sad', 25],
  ['haha that is hilarious', 1],
  ['ok', 27],
];

/** A tiny data directory in the shape of ../shared/data. */
function syntheticData(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rapport-train-'));
  mkdirSync(join(dir, 'goemotions'));
  mkdirSync(join(dir, 'cx'));
  const tsv = (n: number) =>
    Array.from({ length: n }, (_, i) => {
      const [text, label] = PHRASES[i % PHRASES.length] ?? ['ok', 27];
      return `${text} ${i % 7 === 0 ? 'again' : ''}\t${label}\tid${i}`;
    }).join('\n');
  writeFileSync(join(dir, 'goemotions', 'train.tsv'), tsv(80));
  writeFileSync(join(dir, 'goemotions', 'dev.tsv'), tsv(40));
  const cx = Array.from({ length: 50 }, (_, i) => {
    const kind = i % 6;
    return JSON.stringify({
      id: `t-${String(i).padStart(3, '0')}`,
      text: [
        'Jessica was brilliant, thank you',
        'third time I call, still waiting',
        'I am cancelling and switching',
        'What time do you open?',
        'lol the parcel went on holiday',
        'please help, I am worried sick',
      ][kind],
      ekman: [['joy'], ['anger'], ['anger'], ['neutral'], ['joy'], ['fear']][kind],
      sentiment: ['positive', 'negative', 'negative', 'neutral', 'positive', 'negative'][kind],
      praise: kind === 0,
      churn_risk: kind === 2,
      effort: kind === 1,
      humour: kind === 4,
      escalation_request: 'none',
    });
  });
  writeFileSync(join(dir, 'cx', 'train.jsonl'), cx.join('\n'));
  return dir;
}

const QUICK: TrainSettings = {
  ...DEFAULT_SETTINGS,
  base: { ...DEFAULT_SETTINGS.base, epochs: 3 },
  customer: { ...DEFAULT_SETTINGS.customer, iterations: 40 },
};

describe('training', () => {
  it('is deterministic: the same data gives the same bytes twice', () => {
    const dir = syntheticData();
    const first = JSON.stringify(buildModel(dir, QUICK, () => {}));
    const second = JSON.stringify(buildModel(dir, QUICK, () => {}));
    expect(second.length).toBeGreaterThan(1000);
    expect(second).toBe(first);
  });

  it('writes an artefact the core decodes and uses', () => {
    const model = decodeModel(buildModel(syntheticData(), QUICK, () => {}));
    const a = analyzeText('Jessica was brilliant, thank you', model);
    expect(a.signals.praise.probability).toBeGreaterThan(
      analyzeText('I am cancelling and switching', model).signals.praise.probability,
    );
  });

  it('keeps the customer-only cues out of the base layer, and gives them to the customer layer', () => {
    const model = decodeModel(buildModel(syntheticData(), QUICK, () => {}));
    const columnsOf = (text: string) => {
      const f = extractFeatures(text, model.features);
      return f.buckets
        .filter((_, i) => f.groups[i] === GROUP_CUSTOMER_CUE)
        .map((b) => model.space.columnOf[b] ?? -1)
        .filter((c) => c >= 0);
    };
    // "scared" (GoEmotions train) and "worried" (cx/ train) are worry cues
    const cols = [...columnsOf('I am scared'), ...columnsOf('I am worried sick')];
    expect(cols.length).toBeGreaterThan(0);
    const B = model.base.heads;
    for (const c of cols) {
      expect(Array.from(model.base.weights.subarray(c * B, c * B + B)).every((w) => w === 0)).toBe(
        true,
      );
    }
    const H = model.customer.heads;
    const rows = cols.map((c) => model.customer.rowOf[c] ?? -1).filter((r) => r >= 0);
    expect(
      rows.some((r) => model.customer.weights.subarray(r * H, r * H + H).some((w) => w !== 0)),
    ).toBe(true);
  });
});
