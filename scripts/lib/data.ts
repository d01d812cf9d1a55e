/**
 * Readers for the labelled data in ../shared/data (see its README). Nothing here writes: the
 * maia-dqe chats (CC BY-ND) are read and mapped in memory only.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  EKMAN_GROUPS,
  EMOTION_LABELS,
  isEkmanGroup,
  isSentiment,
  type EkmanGroup,
  type Escalation,
  type Sentiment,
} from '../../packages/core/src/text/labels.ts';

export interface GoExample {
  id: string;
  text: string;
  /** Indices into EMOTION_LABELS. */
  labels: number[];
}

export interface CxExample {
  id: string;
  text: string;
  ekman: EkmanGroup[];
  sentiment: Sentiment;
  praise: boolean;
  churn_risk: boolean;
  effort: boolean;
  humour: boolean;
  escalation_request: Escalation;
}

export interface MaiaSentence {
  text: string;
  label: string;
  ekman: EkmanGroup;
}

export function parseGoEmotionsLine(line: string): GoExample | null {
  const [text, ids, id] = line.split('\t');
  if (text === undefined || ids === undefined) return null;
  const labels = ids.split(',').map(Number);
  if (labels.some((l) => !Number.isInteger(l) || l < 0 || l >= EMOTION_LABELS.length)) return null;
  return { id: id ?? '', text, labels };
}

export function readGoEmotions(dir: string, split: 'train' | 'dev' | 'test'): GoExample[] {
  const lines = readFileSync(join(dir, 'goemotions', `${split}.tsv`), 'utf8').split('\n');
  return lines.filter((l) => l.length > 0).flatMap((l) => parseGoEmotionsLine(l) ?? []);
}

/** One cx/ JSON object, checked; null when a field is missing or of the wrong kind. */
export function parseCx(value: unknown): CxExample | null {
  if (typeof value !== 'object' || value === null) return null;
  const o = value as Record<string, unknown>;
  const ekman = Array.isArray(o.ekman)
    ? o.ekman.filter((e): e is EkmanGroup => typeof e === 'string' && isEkmanGroup(e))
    : [];
  const esc = o.escalation_request;
  if (
    typeof o.text !== 'string' ||
    ekman.length === 0 ||
    typeof o.sentiment !== 'string' ||
    !isSentiment(o.sentiment)
  )
    return null;
  if (esc !== 'none' && esc !== 'praise' && esc !== 'complaint') return null;
  return {
    id: typeof o.id === 'string' ? o.id : '',
    text: o.text,
    ekman,
    sentiment: o.sentiment,
    praise: o.praise === true,
    churn_risk: o.churn_risk === true,
    effort: o.effort === true,
    humour: o.humour === true,
    escalation_request: esc,
  };
}

export function readCx(dir: string): CxExample[] {
  const lines = readFileSync(join(dir, 'cx', 'train.jsonl'), 'utf8').split('\n');
  return lines.filter((l) => l.trim().length > 0).flatMap((l) => parseCx(JSON.parse(l)) ?? []);
}

/** maia-dqe's labels mapped to Ekman groups, as the project's brief fixes them. */
export const MAIA_TO_EKMAN: Readonly<Record<string, EkmanGroup>> = {
  empathy: 'joy',
  happiness: 'joy',
  neutral: 'neutral',
  disappointment: 'sadness',
  confusion: 'surprise',
  frustration: 'anger',
  anger: 'anger',
  anxiety: 'fear',
};

interface MaiaTurn {
  floor?: string;
  text_mt?: string[];
  Emotion?: number[] | null;
}

/** The customers' sentences (inbound floor, English machine translation) with their emotion. */
export function readMaia(dir: string): MaiaSentence[] {
  const base = join(dir, 'maia-dqe');
  const names = readFileSync(join(base, 'labels.txt'), 'utf8').trim().split('\n');
  const out: MaiaSentence[] = [];
  for (const file of readdirSync(base)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const convs = JSON.parse(readFileSync(join(base, file), 'utf8')) as { turns: MaiaTurn[] }[];
    for (const turn of convs.flatMap((c) => c.turns)) {
      if (turn.floor !== 'inbound' || !turn.Emotion || !turn.text_mt) continue;
      if (turn.Emotion.length !== turn.text_mt.length) continue;
      turn.Emotion.forEach((e, i) => {
        const label = names[e];
        const ekman = label === undefined ? undefined : MAIA_TO_EKMAN[label];
        const text = turn.text_mt?.[i];
        if (ekman && label && text !== undefined) out.push({ text, label, ekman });
      });
    }
  }
  return out;
}

export const EKMAN_INDEX = new Map<EkmanGroup, number>(EKMAN_GROUPS.map((g, i) => [g, i]));
