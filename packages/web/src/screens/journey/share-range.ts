/**
 * A share's 95 % interval in whole percent, as the table shows it — with one decimal where whole
 * numbers would hide it: 0 of 916 texts is "0–0.4", not "0–0", which reads as certainty.
 */
export function shareRange(low: number, high: number): string {
  const whole = (v: number) => String(Math.round(v));
  if (Math.round(low) !== Math.round(high) || low === high) return `${whole(low)}–${whole(high)}`;
  const tenth = (v: number) => String(Math.round(v * 10) / 10);
  return `${tenth(low)}–${tenth(high)}`;
}
