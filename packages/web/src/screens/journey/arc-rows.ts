/**
 * The conversation's arc as rows of a table, one per message in order: who wrote it and when,
 * its text (from the transcript, once loaded), and what the model read in it — Ekman groups,
 * the top emotions with their probabilities, the sentiment, the valence the chart plots, and
 * the signals present. Plain strings only: React renders them as text.
 */
import type { InteractionMessage, JourneySignal } from '@rapport/contracts';
import { SPEAKER_LABELS } from '../../lib/labels.ts';
import { emotionWord, groupWord, percent, valenceWords } from './emotion-words.ts';
import { arcMessages } from './arc-option.ts';

export interface ArcRow {
  /** 1, 2, … as on the chart's axis. */
  order: number;
  seq: number;
  speaker: string;
  at: string;
  /** The message's text; undefined while the transcript loads (or if it has no such message). */
  text: string | undefined;
  ekman: string;
  top: string;
  sentiment: string;
  valence: string;
  signals: string;
}

/** A signal counts as present from this probability on (as under each message). */
export const SIGNAL_PRESENT = 0.5;

const SIGNALS = [
  ['praise', 'praise'],
  ['effort', 'effort'],
  ['churnRisk', 'churn risk'],
  ['humour', 'humour'],
  ['urgency', 'urgency'],
] as const;

/** "praise 91 %, effort 64 %, escalation: complaint", or "none". */
export function signalWords(s: JourneySignal): string {
  const marks: string[] = SIGNALS.filter(([k]) => s[k] >= SIGNAL_PRESENT).map(
    ([k, word]) => `${word} ${percent(s[k])}`,
  );
  if (s.escalation !== 'none') marks.push(`escalation: ${s.escalation}`);
  return marks.join(', ') || 'none';
}

/** "Anger 72 %, Disgust 55 %" (the probability when the model gives it), or "none". */
export function ekmanWords(s: JourneySignal): string {
  const words = s.ekman.map((g) => {
    const p = s.emotions[`ekman:${g}`];
    return p === undefined ? groupWord(g) : `${groupWord(g)} ${percent(p)}`;
  });
  return words.join(', ') || 'none';
}

export function arcRows(
  signals: readonly JourneySignal[],
  messages: readonly InteractionMessage[] | undefined,
  employeeName: (id: string) => string | undefined,
): ArcRow[] {
  const bySeq = new Map((messages ?? []).map((m) => [m.seq, m]));
  return arcMessages(signals).map((s, k) => {
    const m = bySeq.get(s.seq);
    const role = s.speaker ? SPEAKER_LABELS[s.speaker] : 'Unknown';
    const name = m?.employeeId ? employeeName(m.employeeId) : undefined;
    return {
      order: k + 1,
      seq: s.seq,
      speaker: name ? `${role} · ${name}` : role,
      at: m?.at ?? s.at,
      text: m?.text,
      ekman: ekmanWords(s),
      top: s.top.map((e) => `${emotionWord(e.label)} ${percent(e.p)}`).join(', ') || 'none',
      sentiment: groupWord(s.sentiment),
      valence: valenceWords(s.valence),
      signals: signalWords(s),
    };
  });
}
