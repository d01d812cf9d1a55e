/** The periods the chain can be read over: ended calendar quarters and months (UTC). */
export interface PeriodChoice {
  key: string;
  label: string;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The last `quarters` ended quarters and `months` ended months before `now`, newest first. */
export function periodChoices(now: Date, quarters = 6, months = 6): PeriodChoice[] {
  const y = now.getUTCFullYear();
  const m = now.getUTCMonth();
  const out: PeriodChoice[] = [];
  let q = Math.floor(m / 3) - 1;
  let qy = y;
  for (let i = 0; i < quarters; i++) {
    if (q < 0) {
      q = 3;
      qy -= 1;
    }
    out.push({ key: `${qy}-Q${q + 1}`, label: `Q${q + 1} ${qy}` });
    q -= 1;
  }
  for (let i = 1; i <= months; i++) {
    const d = new Date(Date.UTC(y, m - i, 1));
    const mm = String(d.getUTCMonth() + 1).padStart(2, '0');
    out.push({
      key: `${d.getUTCFullYear()}-${mm}`,
      label: `${MONTHS[d.getUTCMonth()] ?? mm} ${d.getUTCFullYear()}`,
    });
  }
  return out;
}

export const isPeriodKey = (v: string | null): v is string =>
  v !== null && /^\d{4}-(0[1-9]|1[0-2]|Q[1-4])$/.test(v);
