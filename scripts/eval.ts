/**
 * `npm run eval [-- --data DIR] [--model FILE] [--out FILE]`: measures the emotion model on
 * GoEmotions test, the held-out 20 % of cx/, and maia-dqe's customer sentences (read in memory,
 * never written), beside the AFINN and VADER lexicons; prints the report and writes it to
 * docs/ACCURACY.md.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  parseCxRecord,
  parseGoEmotionsLine,
  type LabelledText,
} from '../packages/core/src/text/evaluation/labelled.ts';
import {
  analyzeText,
  decodeModel,
  type ModelJson,
  type TextAnalysis,
} from '../packages/core/src/text/index.ts';
import { MODEL_PATH, REPO_ROOT, parseArgs } from './lib/args.ts';
import { readCx, readMaia } from './lib/data.ts';
import {
  evaluateLabelled,
  evaluateMaia,
  measureSpeed,
  sentimentComparison,
} from './lib/evaluate.ts';
import { renderReport } from './lib/report.ts';
import { countSpanishCues } from './lib/spanish-cues.ts';
import { splitCx } from './lib/split.ts';

export const SPEED_SAMPLE =
  'The delivery was two days late and nobody called me back, but the driver was lovely. 6/10.';

function goTest(dir: string): LabelledText[] {
  const lines = readFileSync(join(dir, 'goemotions', 'test.tsv'), 'utf8').split('\n');
  return lines.flatMap((l) => parseGoEmotionsLine(l) ?? []);
}

function cxHeldOut(dir: string): { rows: LabelledText[]; split: string } {
  const split = splitCx(readCx(dir));
  const ids = new Set(split.dev.map((r) => r.id));
  const lines = readFileSync(join(dir, 'cx', 'train.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim());
  const rows = lines
    .flatMap((l) => parseCxRecord(JSON.parse(l)) ?? [])
    .filter((r) => ids.has(r.id));
  return {
    rows,
    split: `${split.train.length} train / ${split.dev.length} held out (stratified 80/20, fixed seed)`,
  };
}

/** Reads, parses and decodes the artefact and runs one analysis: the cost of a cold start. */
function loadModel(file: string): {
  analyze: (t: string) => TextAnalysis;
  loadMs: number;
  bytes: number;
  name: string;
} {
  const t0 = performance.now();
  const model = decodeModel(JSON.parse(readFileSync(file, 'utf8')) as ModelJson);
  analyzeText('warm-up', model);
  const loadMs = performance.now() - t0;
  return {
    analyze: (t) => analyzeText(t, model),
    loadMs,
    bytes: statSync(file).size,
    name: model.name,
  };
}

function main(): void {
  const args = parseArgs(process.argv.slice(2), process.cwd());
  const modelFile = args.flags.get('model');
  const out = resolve(
    process.cwd(),
    args.flags.get('out') ?? resolve(REPO_ROOT, 'docs/ACCURACY.md'),
  );
  const m = loadModel(modelFile ? resolve(process.cwd(), modelFile) : MODEL_PATH);
  const go = goTest(args.data);
  const cx = cxHeldOut(args.data);
  const maia = readMaia(args.data);
  const report = renderReport({
    model: m.name,
    artefactBytes: m.bytes,
    loadMs: m.loadMs,
    goemotions: evaluateLabelled(go, m.analyze),
    cx: evaluateLabelled(cx.rows, m.analyze),
    cxSplit: cx.split,
    maia: evaluateMaia(maia, m.analyze),
    baselines: sentimentComparison(go, cx.rows, maia, m.analyze),
    speed: measureSpeed(m.analyze, SPEED_SAMPLE),
    spanishCues: countSpanishCues(args.data),
  });
  console.log(report);
  writeFileSync(out, `${report}\n`);
  console.error(`eval: wrote ${out}`);
}

main();
