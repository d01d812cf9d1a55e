/**
 * A figure's 95 % interval drawn on its whole range (a share on 0–100 %, NPS on −100…+100, a
 * mean on its scale), with the value as a tick. Decorative: the numbers are beside it in words.
 */
import type { Figure } from '@rapport/contracts';

function domain(f: Figure): [number, number] {
  if (f.unit === 'percent') return [0, 100];
  if (f.unit === 'points') return [-100, 100];
  return [f.scale?.min ?? 1, f.scale?.max ?? 7];
}

const clamp = (x: number) => Math.max(0, Math.min(100, x));

export function IntervalBar({ figure }: { figure: Figure }) {
  if (figure.status !== 'ok' || figure.value === null || !figure.interval) return null;
  const [lo, hi] = domain(figure);
  const at = (x: number) => clamp(((x - lo) / (hi - lo)) * 100);
  const left = at(figure.interval.low);
  const right = at(figure.interval.high);
  return (
    <span className="interval-bar" aria-hidden="true">
      <span
        className="interval-band"
        style={{ left: `${left}%`, width: `${Math.max(right - left, 0.5)}%` }}
      />
      <span className="interval-tick" style={{ left: `${at(figure.value)}%` }} />
    </span>
  );
}
