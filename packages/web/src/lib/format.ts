/** Dates, durations and numbers in the reader's locale. */
const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const dateOnly = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const timeOnly = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });
const number = new Intl.NumberFormat();

const valid = (iso: string): Date | undefined => {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? undefined : d;
};

export const formatDateTime = (iso: string): string => {
  const d = valid(iso);
  return d ? dateTime.format(d) : iso;
};
export const formatDate = (iso: string): string => {
  const d = valid(iso);
  return d ? dateOnly.format(d) : iso;
};
export const formatTime = (iso: string): string => {
  const d = valid(iso);
  return d ? timeOnly.format(d) : iso;
};
export const formatNumber = (n: number): string => number.format(n);

/** 75 → "1 min 15 s"; 3725 → "1 h 2 min". */
export function formatDuration(seconds: number): string {
  if (seconds < 60) return `${seconds} s`;
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  if (h) return m ? `${h} h ${m} min` : `${h} h`;
  return s ? `${m} min ${s} s` : `${m} min`;
}

/** A local calendar day (yyyy-mm-dd from a date input) → its first instant, as ISO UTC. */
export function startOfLocalDay(day: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return undefined;
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])).toISOString();
}

/** The instant just after a local calendar day ends, as ISO UTC (an exclusive upper bound). */
export function endOfLocalDay(day: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return undefined;
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + 1).toISOString();
}
