/**
 * The line under a figure from its parts (the API sends them untyped): the mean beside a CSAT
 * share, the share agreeing beside a CES mean, NPS promoters and detractors, expectation shares.
 */
import type { CustomerMetric, Figure } from '@rapport/contracts';

const pct = (n: number) => `${Math.round(n)} %`;
const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const num = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isFinite(v) ? v : undefined;
const share = (v: unknown): number | undefined => (isRecord(v) ? num(v.share) : undefined);

/** One short line describing the parts, or null when there is nothing worth saying. */
export function describeParts(metric: CustomerMetric, f: Figure): string | null {
  if (f.status !== 'ok' || !isRecord(f.parts)) return null;
  const p = f.parts;
  switch (metric) {
    case 'csat': {
      const mean = isRecord(p.mean) ? num(p.mean.value) : undefined;
      const cut = num(p.topBoxMin);
      const scaleMax = f.scale?.max;
      const box = cut !== undefined && scaleMax !== undefined ? ` (${cut}–${scaleMax})` : '';
      return mean === undefined ? null : `satisfied${box}; mean ${mean.toFixed(1)}`;
    }
    case 'ces': {
      const agree = share(p.agree);
      const cut = num(p.agreeMin);
      if (agree === undefined) return null;
      return `${pct(agree)} found it easy${cut !== undefined ? ` (${cut}–${f.scale?.max ?? 7})` : ''}`;
    }
    case 'nps': {
      const pro = num(p.promoterShare);
      const det = num(p.detractorShare);
      if (pro === undefined || det === undefined) return null;
      return `${pct(pro)} promoters, ${pct(det)} detractors`;
    }
    case 'expectations': {
      const ex = share(p.exceeded);
      const met = share(p.met);
      const failed = share(p.failed);
      if (ex === undefined || met === undefined || failed === undefined) return null;
      return `${pct(ex)} exceeded, ${pct(met)} met, ${pct(failed)} failed`;
    }
  }
}
