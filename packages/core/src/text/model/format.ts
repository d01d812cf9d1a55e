/**
 * The JSON shape of the committed model artefact (emotion-v1.json). Weights are int8 with one
 * scale per head, base64-encoded; column lists are delta varints. Written by scripts/train.ts.
 */
export interface LayerJson {
  heads: number;
  /** int8, row-major: one row of `heads` weights per input column. */
  weights: string;
  /** Per head: weight = int8 × scale. */
  scales: number[];
  bias: number[];
  /** Platt scaling per head: p = σ(a·z + b). */
  platt: [number, number][];
  /** Decision threshold on p per head. */
  thresholds: number[];
}

export interface BaseLayerJson extends LayerJson {
  /**
   * Weight w of the 28 labels' noisy-OR in each Ekman group's logit (model/ekman-from-labels.ts);
   * absent or 0: the Ekman group heads alone.
   */
  ekmanFromLabels?: number;
}

export interface CustomerLayerJson extends LayerJson {
  /** Which of the base columns this layer reads (sorted, delta varints): its weight rows. */
  columns: string;
  /** Weights on the base layer's emotion logits, row-major (base head × this layer's head). */
  dense: number[];
  /** The base logits are multiplied by this before the dense weights. */
  denseScale: number;
  /**
   * Per head, the weight of its rule score (signals/rule-score.ts) beside the Platt-scaled logit:
   * p = σ(a·z + b + c·score). Absent or 0: the head has no rule.
   */
  rules?: number[];
}

export interface ModelJson {
  format: 'rapport-emotion-model';
  version: 1;
  name: string;
  features: { bits: number; charMin: number; charMax: number; groupWeights: number[] };
  /** Hash buckets that are model columns (sorted, delta varints). */
  columns: string;
  /** Prior word polarity (lexicon/polarity.ts), "word<TAB>half-steps" lines. */
  polarity: string;
  /** idf per column, uint8: idf = min + q × step. */
  idf: { min: number; step: number; data: string };
  base: BaseLayerJson;
  customer: CustomerLayerJson;
  /** How the artefact was made: data, split, settings, sizes. */
  training: Record<string, unknown>;
}
