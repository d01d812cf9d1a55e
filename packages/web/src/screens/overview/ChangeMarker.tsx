/**
 * The change against the previous period: an arrow with the amount and a "significant" tag only
 * when the test says so (never colour alone); otherwise plain words without a mark.
 */
import type { Comparison, CustomerMetric } from '@rapport/contracts';
import { describeChange } from '../../lib/metrics-format.ts';

export function ChangeMarker({
  metric,
  comparison,
}: {
  metric: CustomerMetric;
  comparison: Comparison | undefined;
}) {
  const c = describeChange(metric, comparison);
  if (c.kind === 'none') return <p className="change change-none">{c.text}</p>;
  return (
    <p className={`change change-${c.direction}`} title={c.sentence}>
      <span aria-hidden="true" className="change-text">
        <span className="change-mark">{c.mark}</span> {c.text}
      </span>
      <span className="change-tag" aria-hidden="true">
        significant
      </span>
      <span className="visually-hidden">{c.sentence}</span>
    </p>
  );
}
