/**
 * The overview's period: a preset (the last 30, 90 or 365 days) or chosen days, kept in the URL.
 * The metrics API counts whole UTC days, `from` included and `to` excluded; the picker shows
 * both ends included.
 */
export const PRESETS = [
  { id: '30d', days: 30, label: 'Last 30 days' },
  { id: '90d', days: 90, label: 'Last 90 days' },
  { id: '365d', days: 365, label: 'Last 12 months' },
] as const;
export type PresetId = (typeof PRESETS)[number]['id'];

export type Period =
  { kind: 'preset'; preset: PresetId } | { kind: 'custom'; from: string; to: string };

const DEFAULT_PRESET: PresetId = '90d';
export const DEFAULT_PERIOD: Period = { kind: 'preset', preset: DEFAULT_PRESET };

const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

export const isDay = (s: string | null | undefined): s is string =>
  !!s && DAY_RE.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`));

export const addDays = (day: string, n: number): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);

export const todayUtc = (now: Date = new Date()): string => now.toISOString().slice(0, 10);

export function periodFromSearch(search: URLSearchParams): Period {
  const from = search.get('from');
  const to = search.get('to');
  if (isDay(from) && isDay(to) && from <= to) return { kind: 'custom', from, to };
  const preset = PRESETS.find((p) => p.id === search.get('period'));
  return preset ? { kind: 'preset', preset: preset.id } : DEFAULT_PERIOD;
}

export function periodToSearch(p: Period): Record<string, string | undefined> {
  if (p.kind === 'custom') return { from: p.from, to: p.to };
  return { period: p.preset === DEFAULT_PRESET ? undefined : p.preset };
}

/** The API's range: first day included, the day after the last excluded. */
export function periodRange(p: Period, now: Date = new Date()): { from: string; to: string } {
  if (p.kind === 'custom') return { from: p.from, to: addDays(p.to, 1) };
  const days = PRESETS.find((x) => x.id === p.preset)?.days ?? 90;
  const to = addDays(todayUtc(now), 1);
  return { from: addDays(to, -days), to };
}

const dayFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
export const formatDay = (day: string): string => dayFormat.format(new Date(`${day}T00:00:00Z`));

/** "1 Aug 2026 – 30 Oct 2026" for an API range (its `to` excluded). */
export function describeRange(r: { from: string; to: string }): string {
  return `${formatDay(r.from)} – ${formatDay(addDays(r.to, -1))}`;
}

/** Weeks for up to four months, months beyond. */
export const trendGrain = (r: { from: string; to: string }): 'week' | 'month' =>
  Date.parse(r.to) - Date.parse(r.from) <= 120 * DAY_MS ? 'week' : 'month';
