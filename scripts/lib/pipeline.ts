/**
 * The whole training run, from the data directory to the artefact JSON. Pure given its inputs:
 * the same data and settings give the same bytes (no clock, no randomness without a seed).
 */
import { encodeBase64, encodeDeltas } from '../../packages/core/src/text/codec.ts';
import { GROUP_CUSTOMER_CUE, type FeatureConfig } from '../../packages/core/src/text/features.ts';
import { BASE, CUSTOMER, LEARNT_SIGNALS } from '../../packages/core/src/text/heads.ts';
import { RULE_SIGNALS } from '../../packages/core/src/text/lexicon/rule-phrases.ts';
import { readRules } from '../../packages/core/src/text/signals/rule-score.ts';
import type { ModelJson } from '../../packages/core/src/text/model/format.ts';
import type { FeatureSpace } from '../../packages/core/src/text/vectorize.ts';
import { BASE_SGD, finishBase, trainBase } from './base-layer.ts';
import {
  CUSTOMER_SETTINGS,
  customerInputs,
  finishCustomer,
  outOfFold,
  trainCustomer,
  usedColumns,
  type CustomerSettings,
} from './customer-layer.ts';
import { readCx, readGoEmotions } from './data.ts';
import { vaderEntries } from './vader-lexicon.ts';
import { decodePolarity, encodePolarity } from '../../packages/core/src/text/lexicon/polarity.ts';
import {
  buildIndex,
  columnMap,
  columnsOfGroup,
  featurize,
  idfOf,
  toCsr,
  withoutColumns,
} from './dataset.ts';
import { round6 } from './quantize.ts';
import { scoreRows, type SgdSettings } from './sgd.ts';
import { CX_SPLIT_SEED, splitCx } from './split.ts';
import { cxCustomerTargets } from './targets.ts';

export const MODEL_NAME = 'emotion-v1';

export interface TrainSettings {
  features: FeatureConfig;
  groupWeights: number[];
  minDf: number;
  base: SgdSettings;
  customer: CustomerSettings;
  /** Use only the first N rows of each source (0 = all): for quick and test runs. */
  limit: number;
}

export const DEFAULT_SETTINGS: TrainSettings = {
  features: { bits: 20, charMin: 3, charMax: 5 },
  groupWeights: [1, 1, 1, 1],
  minDf: 2,
  base: BASE_SGD,
  customer: CUSTOMER_SETTINGS,
  limit: 0,
};

const head = <T>(rows: T[], limit: number): T[] => (limit > 0 ? rows.slice(0, limit) : rows);

function quantizeIdf(idf: Float32Array): {
  min: number;
  step: number;
  q: Uint8Array;
  values: Float32Array;
} {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of idf) {
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  const min = round6(lo);
  const step = round6(Math.max(1e-6, (hi - min) / 255));
  const q = Uint8Array.from(idf, (v) => Math.max(0, Math.min(255, Math.round((v - min) / step))));
  return { min, step, q, values: Float32Array.from(q, (v) => min + v * step) };
}

export function buildModel(
  dataDir: string,
  settings: TrainSettings,
  log: (msg: string) => void,
): ModelJson {
  let s = settings;
  const t0 = Date.now();
  const polarityEntries = vaderEntries();
  const polarityText = encodePolarity(polarityEntries);
  s = { ...s, features: { ...s.features, polarity: decodePolarity(polarityText) } };
  const goTrain = head(readGoEmotions(dataDir, 'train'), s.limit);
  const goDev = head(readGoEmotions(dataDir, 'dev'), s.limit);
  const split = splitCx(readCx(dataDir));
  const cxTrain = head(split.train, s.limit);
  const fGo = featurize(
    goTrain.map((r) => r.text),
    s.features,
  );
  const fCx = featurize(
    cxTrain.map((r) => r.text),
    s.features,
  );
  const fDev = featurize(
    goDev.map((r) => r.text),
    s.features,
  );
  const index = buildIndex([...fGo, ...fCx], s.minDf);
  const idf = quantizeIdf(idfOf(index));
  const space: FeatureSpace = {
    columnOf: columnMap(index.buckets, s.features.bits),
    idf: idf.values,
    groupWeights: s.groupWeights,
  };
  const xGo = toCsr(fGo, space);
  const xCx = toCsr(fCx, space);
  const xDev = toCsr(fDev, space);
  log(
    `features: ${index.buckets.length} columns, ${xGo.cols.length + xCx.cols.length} non-zeros (${Date.now() - t0} ms)`,
  );

  // The base layer does not read the customer-only cues (features.ts): their columns are empty
  // in its rows, so its weights there are 0 and its reading is what it would be without them.
  const customerOnly = columnsOfGroup([...fGo, ...fCx], GROUP_CUSTOMER_CUE, space.columnOf);
  const base = finishBase(
    trainBase(
      withoutColumns(xGo, customerOnly),
      goTrain,
      withoutColumns(xCx, customerOnly),
      cxTrain,
      s.base,
    ),
    withoutColumns(xDev, customerOnly),
    goDev,
  );
  log(`base layer: ${BASE.count} heads (${Date.now() - t0} ms)`);

  const columns = usedColumns(xCx);
  const xc = customerInputs(xCx, scoreRows(base.model, xCx), columns, s.customer.denseScale);
  const y = new Int8Array(cxTrain.length * CUSTOMER.count);
  cxTrain.forEach((r, i) => y.set(cxCustomerTargets(r), i * CUSTOMER.count));
  const oof = outOfFold(xc, y, s.customer);
  log(`customer layer: out-of-fold scores (${Date.now() - t0} ms)`);
  const rules = RULE_SIGNALS.map((signal) => ({
    head: CUSTOMER.signal + LEARNT_SIGNALS.indexOf(signal),
    score: Float64Array.from(
      fCx,
      (f, i) => readRules(f.tokens, cxTrain[i]?.text ?? '').score[signal],
    ),
  }));
  const customer = finishCustomer(
    trainCustomer(xc, y, s.customer),
    oof,
    y,
    columns,
    s.customer,
    rules,
  );
  log(
    `customer layer: ${CUSTOMER.count} heads on ${columns.length} columns (${Date.now() - t0} ms)`,
  );

  return {
    format: 'rapport-emotion-model',
    version: 1,
    name: MODEL_NAME,
    features: {
      bits: s.features.bits,
      charMin: s.features.charMin,
      charMax: s.features.charMax,
      groupWeights: s.groupWeights,
    },
    polarity: polarityText,
    columns: encodeBase64(encodeDeltas(index.buckets)),
    idf: { min: idf.min, step: idf.step, data: encodeBase64(idf.q) },
    base: base.json,
    customer,
    training: {
      data: 'GoEmotions train (base), GoEmotions dev (calibration), cx/train.jsonl 80% (customer layer, domain head)',
      cxSplit: `stratified 80/20 on sentiment and signal labels, seed ${CX_SPLIT_SEED}: ${split.train.length} train / ${split.dev.length} dev`,
      rows: { goTrain: goTrain.length, goDev: goDev.length, cxTrain: cxTrain.length },
      columns: index.buckets.length,
      customerColumns: columns.length,
      settings: {
        ...settings,
        polarity: `VADER lexicon (vader-sentiment, Apache-2.0): ${polarityEntries.length} entries`,
      },
    },
  };
}
