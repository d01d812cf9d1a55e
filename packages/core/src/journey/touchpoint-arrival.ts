/**
 * What happens when a touchpoint arrives, in the worker: the customer's engagement is
 * recomputed from that touchpoint on, and — as a job of its own, so a failing model never
 * holds the score back — its texts are read, and the engagement recomputed with the emotions.
 * Also the re-analysis of stored texts after a model update.
 */
import type { Deps } from '../common/deps.ts';
import { scheduleEngagement } from '../engagement/engagement.service.ts';
import type { TextSourceKind } from '../ports/journey-repos.ts';
import type { Signal, SignalSource } from '../signals/signal.ts';
import {
  analysableResponse,
  analyzeInteraction,
  analyzeResponse,
  type AnalysisResult,
} from '../signals/text-analysis.service.ts';
import type { TextAnalyzer } from '../signals/text-analyzer.ts';

/** When the interaction's engagement is recomputed from (its time). */
export async function interactionEngagement(d: Deps, ws: string, interactionId: string) {
  const i = await d.r.interactions.get(ws, interactionId);
  if (i) await scheduleEngagement(d, ws, i.customerId, i.occurredAt);
}

async function customerResponse(d: Deps, ws: string, responseId: string) {
  const r = await d.r.responses.get(ws, responseId);
  if (!r?.customerId || (r.surveyKind !== 'relationship' && r.surveyKind !== 'transactional'))
    return undefined;
  return r;
}

/** A survey about an interaction re-scores from the interaction's time; others from their own. */
export async function responseEngagement(d: Deps, ws: string, responseId: string) {
  const r = await customerResponse(d, ws, responseId);
  if (!r?.customerId) return;
  const about = r.interactionId ? await d.r.interactions.get(ws, r.interactionId) : undefined;
  const from =
    about && Date.parse(about.occurredAt) < Date.parse(r.submittedAt)
      ? about.occurredAt
      : r.submittedAt;
  await scheduleEngagement(d, ws, r.customerId, from);
}

/**
 * Reads a new interaction's texts; when it stored signals, the engagement is recomputed again
 * with the emotions (the first recompute, scheduled on arrival, does not wait for the model).
 */
export async function analyzeArrivedInteraction(
  d: Deps,
  analyzer: TextAnalyzer,
  ws: string,
  interactionId: string,
): Promise<AnalysisResult | null> {
  const i = await d.r.interactions.get(ws, interactionId);
  if (!i) return null;
  const result = await analyzeInteraction({ ...d, analyzer }, i, 'arrival');
  if (result.stored.length) await scheduleEngagement(d, ws, i.customerId, i.occurredAt);
  return result;
}

export async function analyzeArrivedResponse(
  d: Deps,
  analyzer: TextAnalyzer,
  ws: string,
  responseId: string,
): Promise<AnalysisResult | null> {
  const r = await customerResponse(d, ws, responseId);
  if (!r) return null;
  const result = await analyzeResponse({ ...d, analyzer }, r, 'arrival');
  if (result?.stored.length) await responseEngagement(d, ws, responseId);
  return result;
}

const current = (signals: readonly Signal[], version: string) =>
  signals.length > 0 && signals.every((s) => s.modelVersion === version);

async function upToDate(
  d: Deps,
  ws: string,
  sources: ReadonlyArray<[SignalSource, string]>,
  version: string,
): Promise<boolean> {
  const all: Signal[] = [];
  for (const [type, id] of sources) all.push(...(await d.r.signals.bySource(ws, type, id)));
  return current(all, version);
}

export interface ReanalysisReport {
  /** Sources read again (interactions or responses). */
  sources: number;
  /** Signals written. */
  texts: number;
  /** Customers whose engagement is recomputed. */
  customers: number;
}

/**
 * Reads the given sources again and replaces their signals (same ids, no `signal.created`:
 * old texts open no new cases), then recomputes the engagement of their customers from the
 * start. Unless `all`, a source whose signals all come from the current model is skipped.
 */
export async function reanalyzeSources(
  d: Deps,
  analyzer: TextAnalyzer,
  ws: string,
  kind: TextSourceKind,
  ids: readonly string[],
  all: boolean,
): Promise<ReanalysisReport> {
  const ad = { ...d, analyzer };
  const customers = new Set<string>();
  let sources = 0;
  let texts = 0;
  for (const id of ids) {
    let result: AnalysisResult | null = null;
    if (kind === 'interaction') {
      const known: Array<[SignalSource, string]> = [
        ['interaction_note', id],
        ['message', id],
      ];
      if (!all && (await upToDate(d, ws, known, analyzer.modelVersion))) continue;
      const i = await d.r.interactions.get(ws, id);
      if (i) result = await analyzeInteraction(ad, i, 'reanalysis');
    } else {
      if (!all && (await upToDate(d, ws, [['response_comment', id]], analyzer.modelVersion)))
        continue;
      const r = await d.r.responses.get(ws, id);
      if (r && analysableResponse(r)) result = await analyzeResponse(ad, r, 'reanalysis');
    }
    if (!result) continue;
    sources++;
    texts += result.stored.length;
    if (result.customerId) customers.add(result.customerId);
  }
  for (const c of customers) await scheduleEngagement(d, ws, c, null);
  return { sources, texts, customers: customers.size };
}
