/**
 * Signals on every text: an interaction's note and each transcript message (message by
 * message, with the speaker, so a conversation has an arc), and a response's comment, each
 * analysed and stored as a signal linked to its source. On arrival a new signal enqueues
 * `signal.created` (rules, cases, praise); re-analysis after a model update replaces each
 * signal in place — same id, so cases citing it still do — and enqueues nothing, so old texts
 * open no new cases.
 */
import type { Deps } from '../common/deps.ts';
import type { Interaction } from '../interactions/interaction.ts';
import type { SurveyResponse } from '../feedback/response.ts';
import { SIGNAL_CREATED_JOB, type Signal, type SignalSource } from './signal.ts';
import { signalFromReading, type SignalOrigin } from './signal-build.ts';
import type { TextAnalyzer, TextReading } from './text-analyzer.ts';

export interface AnalysisDeps extends Deps {
  analyzer: TextAnalyzer;
}

/**
 * `arrival`: a text already read (the same source and message) keeps its signal — the first
 * reading wins, so a job run twice stores and announces nothing twice; `reanalysis`: every
 * text is read again and its signal replaced.
 */
export type AnalysisMode = 'arrival' | 'reanalysis';

export interface AnalysisResult {
  customerId: string | null;
  /** The signals written (new or replaced). */
  stored: Signal[];
}

/** Customer surveys only: pulse comments are anonymous and never become linked signals. */
export const analysableResponse = (r: SurveyResponse): boolean =>
  r.customerId !== null &&
  (r.surveyKind === 'relationship' || r.surveyKind === 'transactional') &&
  Boolean(r.comment?.trim());

async function store(
  d: AnalysisDeps,
  ws: string,
  mode: AnalysisMode,
  items: Array<{ reading: TextReading; origin: SignalOrigin }>,
): Promise<Signal[]> {
  const existing = new Map<string, Signal>();
  const sources = new Set(items.map((x) => `${x.origin.sourceType}\u0000${x.origin.sourceId}`));
  for (const key of sources) {
    const [type, id] = key.split('\u0000') as [SignalSource, string];
    for (const s of await d.r.signals.bySource(ws, type, id))
      existing.set(`${key}\u0000${s.seq}`, s);
  }
  const now = d.clock.now().toISOString();
  const out: Signal[] = [];
  for (const { reading, origin } of items) {
    const before = existing.get(`${origin.sourceType}\u0000${origin.sourceId}\u0000${origin.seq}`);
    if (before && mode === 'arrival') continue;
    const signal = signalFromReading(reading, origin, {
      id: before?.id ?? d.ids.id('sig'),
      workspaceId: ws,
      modelVersion: d.analyzer.modelVersion,
      createdAt: now,
    });
    await d.r.signals.upsert(signal);
    if (mode === 'arrival')
      await d.r.jobs.enqueue(
        ws,
        { name: SIGNAL_CREATED_JOB, payload: { signalId: signal.id } },
        d.ids.id('job'),
        now,
      );
    out.push(signal);
  }
  return out;
}

/** The analysable messages of a transcript: everything but system lines and blank text. */
export const analysableMessages = (i: Interaction) =>
  i.messages.filter((m) => m.speaker !== 'system' && m.text.trim() !== '');

/**
 * Who wrote an interaction's note, when known: a follow-up's note (a thank-you, a call back) is
 * the employee's own account, not the customer's words, so no rule routes praise or opens a case
 * from it and it does not move the customer's engagement. Otherwise unknown (null).
 */
const noteSpeaker = (i: Interaction): string | null =>
  typeof i.attributes['followUpTaskId'] === 'string' ? 'agent' : null;

/** Reads an interaction's note and each transcript message (with its speaker). */
export async function analyzeInteraction(
  d: AnalysisDeps,
  i: Interaction,
  mode: AnalysisMode,
): Promise<AnalysisResult> {
  const ws = i.workspaceId;
  const base = {
    sourceId: i.id,
    customerId: i.customerId,
    interactionId: i.id,
    responseId: null,
    channel: i.channel,
    stage: i.stage,
  };
  const items: Array<{ reading: TextReading; origin: SignalOrigin }> = [];
  if (i.note?.trim())
    items.push({
      reading: d.analyzer.analyzeText(i.note),
      origin: {
        ...base,
        sourceType: 'interaction_note',
        seq: 0,
        speaker: noteSpeaker(i),
        at: i.occurredAt,
      },
    });
  const messages = analysableMessages(i);
  if (messages.length) {
    const readings = d.analyzer.analyzeTranscript(
      messages.map((m) => ({ speaker: m.speaker, text: m.text })),
    );
    messages.forEach((m, k) => {
      const reading = readings[k];
      if (reading)
        items.push({
          reading,
          origin: { ...base, sourceType: 'message', seq: m.seq, speaker: m.speaker, at: m.at },
        });
    });
  }
  return { customerId: i.customerId, stored: await store(d, ws, mode, items) };
}

/** Reads a customer-survey response's comment; null when it has none (or is a pulse). */
export async function analyzeResponse(
  d: AnalysisDeps,
  r: SurveyResponse,
  mode: AnalysisMode,
): Promise<AnalysisResult | null> {
  if (!analysableResponse(r) || !r.comment) return null;
  const ws = r.workspaceId;
  const i = r.interactionId ? await d.r.interactions.get(ws, r.interactionId) : undefined;
  const origin: SignalOrigin = {
    sourceType: 'response_comment',
    sourceId: r.id,
    seq: 0,
    customerId: r.customerId,
    interactionId: r.interactionId,
    responseId: r.id,
    channel: r.channel,
    stage: r.stage ?? i?.stage ?? null,
    speaker: null,
    at: r.submittedAt,
  };
  const items = [{ reading: d.analyzer.analyzeText(r.comment), origin }];
  return { customerId: r.customerId, stored: await store(d, ws, mode, items) };
}
