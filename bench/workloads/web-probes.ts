/** What workload 8's screens (web-screens.ts) wait for and read in the page. */

/** The little of the DOM the checks below use (the bench compiles without the DOM library). */
interface El {
  getAttribute(name: string): string | null;
  querySelector(selector: string): El | null;
  readonly textContent: string | null;
}
interface Doc {
  querySelector(selector: string): El | null;
  querySelectorAll(selector: string): { readonly length: number };
}
/** Runs in the page (serialised: self-contained, no named inner functions). */
export type InPage = () => number | false;

/** The time since navigation when NPS, CSAT and CES each show a figure with its n. */
export const FIGURES_SHOWN: InPage = () => {
  const doc = (globalThis as unknown as { document: Doc }).document;
  const ok = ['nps', 'csat', 'ces'].every((m) => {
    const card = doc.querySelector(`section[aria-labelledby="card-${m}"]`);
    return (
      card !== null &&
      card.getAttribute('aria-busy') !== 'true' &&
      /n = [0-9,]+/.test(card.querySelector('.figure-detail')?.textContent ?? '')
    );
  });
  return ok ? performance.now() : false;
};
/** The time since navigation when the timeline lists its touchpoints. */
export const TIMELINE_SHOWN: InPage = () => {
  const doc = (globalThis as unknown as { document: Doc }).document;
  const foot = doc.querySelector('.list-foot')?.textContent ?? '';
  const items = doc.querySelectorAll('ol.timeline > li.timeline-item').length;
  return items > 0 && /Showing [0-9]+ of [0-9]+ touchpoints/.test(foot) ? performance.now() : false;
};
/** When nothing on the screen is loading any more (panels, charts, transcripts). */
export const SETTLED: InPage = () => {
  const doc = (globalThis as unknown as { document: Doc }).document;
  return doc.querySelector('.state-loading, [aria-busy="true"]') ? false : performance.now();
};
/** What the checks read: each figure's n line, and the timeline's foot. */
export const SHOWN_TEXT = (): Record<string, string> => {
  const doc = (globalThis as unknown as { document: Doc }).document;
  const out: Record<string, string> = {
    foot: doc.querySelector('.list-foot')?.textContent ?? '',
  };
  for (const m of ['nps', 'csat', 'ces'])
    out[m] =
      doc.querySelector(`section[aria-labelledby="card-${m}"] .figure-detail`)?.textContent ?? '';
  return out;
};
