/** The artefact JSON → typed arrays, once. */
import { decodeBase64, decodeDeltas } from '../codec.ts';
import type { FeatureConfig } from '../features.ts';
import { decodePolarity } from '../lexicon/polarity.ts';
import type { FeatureSpace } from '../vectorize.ts';
import type { LayerJson, ModelJson } from './format.ts';

export interface Layer {
  heads: number;
  weights: Int8Array;
  scales: Float64Array;
  bias: Float64Array;
  platt: Float64Array;
  thresholds: Float64Array;
}

export interface CustomerLayer extends Layer {
  /** Base column → row of this layer's weights, or -1. */
  rowOf: Int32Array;
  dense: Float64Array;
  denseScale: number;
  /** Weight of each head's rule score (0: none). */
  rules: Float64Array;
}

export interface EmotionModel {
  name: string;
  features: FeatureConfig;
  space: FeatureSpace;
  base: Layer;
  /** Weight of the 28 labels in each Ekman group's logit (model/ekman-from-labels.ts). */
  ekmanFromLabels: number;
  customer: CustomerLayer;
}

function decodeLayer(j: LayerJson): Layer {
  const bytes = decodeBase64(j.weights);
  return {
    heads: j.heads,
    weights: new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    scales: Float64Array.from(j.scales),
    bias: Float64Array.from(j.bias),
    platt: Float64Array.from(j.platt.flat()),
    thresholds: Float64Array.from(j.thresholds),
  };
}

export function decodeModel(j: ModelJson): EmotionModel {
  if (j.format !== 'rapport-emotion-model' || j.version !== 1) {
    throw new Error(
      `Unsupported emotion model artefact: ${String(j.format)} v${String(j.version)}.`,
    );
  }
  const buckets = decodeDeltas(decodeBase64(j.columns));
  const columnOf = new Int32Array(1 << j.features.bits).fill(-1);
  buckets.forEach((b, i) => (columnOf[b] = i));
  const q = decodeBase64(j.idf.data);
  const idf = Float32Array.from(q, (v) => j.idf.min + v * j.idf.step);
  const customerColumns = decodeDeltas(decodeBase64(j.customer.columns));
  const rowOf = new Int32Array(buckets.length).fill(-1);
  customerColumns.forEach((c, i) => (rowOf[c] = i));
  return {
    name: j.name,
    features: {
      bits: j.features.bits,
      charMin: j.features.charMin,
      charMax: j.features.charMax,
      polarity: decodePolarity(j.polarity),
    },
    space: { columnOf, idf, groupWeights: j.features.groupWeights },
    base: decodeLayer(j.base),
    ekmanFromLabels: j.base.ekmanFromLabels ?? 0,
    customer: {
      ...decodeLayer(j.customer),
      rowOf,
      dense: Float64Array.from(j.customer.dense),
      denseScale: j.customer.denseScale,
      rules: Float64Array.from({ length: j.customer.heads }, (_, h) => j.customer.rules?.[h] ?? 0),
    },
  };
}
