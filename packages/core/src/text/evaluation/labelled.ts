/**
 * Labelled texts for evaluation, from GoEmotions' TSV lines (text, label ids, comment id) or
 * from JSON objects in Rapport's cx/ format. Pure parsing: the caller reads the files.
 */
import {
  EKMAN_GROUPS,
  EKMAN_OF,
  EMOTION_LABELS,
  SENTIMENT_OF_EKMAN,
  isEkmanGroup,
  isSentiment,
  type EkmanGroup,
  type EmotionLabel,
  type Escalation,
  type Sentiment,
} from '../labels.ts';

export interface SignalLabels {
  praise: boolean;
  churn_risk: boolean;
  effort: boolean;
  humour: boolean;
  escalation_request: Escalation;
}

export interface LabelledText {
  id: string;
  text: string;
  /** GoEmotions rows: the 28-label set. */
  labels: EmotionLabel[] | null;
  ekman: EkmanGroup[];
  /** The sentiment set of the Ekman groups (GoEmotions' multi-label grouping). */
  sentiments: Sentiment[];
  /** cx/ rows: the one sentiment of the text. */
  sentiment: Sentiment | null;
  /** cx/ rows: the CX signal labels. */
  signals: SignalLabels | null;
}

export function ekmanOf(labels: readonly EmotionLabel[]): EkmanGroup[] {
  const set = new Set(labels.map((l) => EKMAN_OF[l]));
  return EKMAN_GROUPS.filter((g) => set.has(g));
}

export function sentimentsOf(groups: readonly EkmanGroup[]): Sentiment[] {
  const set = new Set(groups.map((g) => SENTIMENT_OF_EKMAN[g]));
  return (['positive', 'negative', 'ambiguous', 'neutral'] as const).filter((s) => set.has(s));
}

/** One GoEmotions TSV line, or null when it is not one. */
export function parseGoEmotionsLine(line: string): LabelledText | null {
  const [text, ids, id] = line.split('\t');
  if (text === undefined || ids === undefined || ids.trim() === '') return null;
  const labels: EmotionLabel[] = [];
  for (const part of ids.split(',')) {
    const label = /^\d+$/.test(part.trim()) ? EMOTION_LABELS[Number(part)] : undefined;
    if (!label) return null;
    labels.push(label);
  }
  const ekman = ekmanOf(labels);
  return {
    id: id ?? '',
    text,
    labels,
    ekman,
    sentiments: sentimentsOf(ekman),
    sentiment: null,
    signals: null,
  };
}

/** One cx/ object, or null when a field is missing or of the wrong kind. */
export function parseCxRecord(value: unknown): LabelledText | null {
  if (typeof value !== 'object' || value === null) return null;
  const o = value as Record<string, unknown>;
  if (typeof o.text !== 'string' || !Array.isArray(o.ekman) || typeof o.sentiment !== 'string')
    return null;
  if (!isSentiment(o.sentiment)) return null;
  const ekman = o.ekman.filter((e): e is EkmanGroup => typeof e === 'string' && isEkmanGroup(e));
  if (ekman.length === 0 || ekman.length !== o.ekman.length) return null;
  const esc = o.escalation_request;
  if (esc !== 'none' && esc !== 'praise' && esc !== 'complaint') return null;
  const flags = ['praise', 'churn_risk', 'effort', 'humour'] as const;
  if (flags.some((f) => typeof o[f] !== 'boolean')) return null;
  return {
    id: typeof o.id === 'string' || typeof o.id === 'number' ? String(o.id) : '',
    text: o.text,
    labels: null,
    ekman,
    sentiments: sentimentsOf(ekman),
    sentiment: o.sentiment,
    signals: {
      praise: o.praise === true,
      churn_risk: o.churn_risk === true,
      effort: o.effort === true,
      humour: o.humour === true,
      escalation_request: esc,
    },
  };
}
