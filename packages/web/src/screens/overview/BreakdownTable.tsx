/**
 * A metric broken down by one dimension: a row per group and scale, each with its value (a link
 * to the responses), 95 % interval and n; groups with too few answers say so.
 */
import { useState } from 'react';
import type { CustomerMetric, MetricCell } from '@rapport/contracts';
import { Link } from '../../app/router.tsx';
import { describeFigure, figureLabel, formatInterval } from '../../lib/metrics-format.ts';
import { IntervalBar } from './IntervalBar.tsx';

export interface BreakdownRow {
  key: string;
  label: string;
  cell: MetricCell;
  href: string;
}

type SortKey = 'n' | 'value' | 'label';

function sorted(rows: BreakdownRow[], by: SortKey): BreakdownRow[] {
  const copy = [...rows];
  if (by === 'label') return copy.sort((a, b) => a.label.localeCompare(b.label));
  if (by === 'n') return copy.sort((a, b) => b.cell.figure.n - a.cell.figure.n);
  const v = (r: BreakdownRow) =>
    r.cell.figure.status === 'ok' ? (r.cell.figure.value ?? -Infinity) : -Infinity;
  return copy.sort((a, b) => v(b) - v(a) || b.cell.figure.n - a.cell.figure.n);
}

function SortButton({
  by,
  current,
  onSort,
  children,
}: {
  by: SortKey;
  current: SortKey;
  onSort: (k: SortKey) => void;
  children: string;
}) {
  return (
    <button type="button" className="sort-button" onClick={() => onSort(by)}>
      {children}
      <span aria-hidden="true">{current === by ? ' ▼' : ''}</span>
    </button>
  );
}

export function BreakdownTable({
  metric,
  dimensionLabel,
  rows,
  busy,
}: {
  metric: CustomerMetric;
  dimensionLabel: string;
  rows: BreakdownRow[];
  busy: boolean;
}) {
  const [by, setBy] = useState<SortKey>('n');
  const scales = new Set(rows.map((r) => r.cell.scale));
  const showScale = scales.size > 1 && metric !== 'expectations';
  const sort = (k: SortKey) => (k === 'label' ? 'ascending' : 'descending');
  const aria = (k: SortKey) => (by === k ? sort(k) : undefined);
  return (
    <div className="table-wrap" aria-busy={busy}>
      <table className="table table-stack breakdown">
        <caption className="visually-hidden">
          {figureLabel(metric, [...scales].join(', '))} by {dimensionLabel.toLowerCase()}
        </caption>
        <thead>
          <tr>
            <th scope="col" aria-sort={aria('label')}>
              <SortButton by="label" current={by} onSort={setBy}>
                {dimensionLabel}
              </SortButton>
            </th>
            {showScale ? <th scope="col">Scale</th> : null}
            <th scope="col" aria-sort={aria('value')}>
              <SortButton by="value" current={by} onSort={setBy}>
                Value
              </SortButton>
            </th>
            <th scope="col">95 % interval</th>
            <th scope="col" className="num" aria-sort={aria('n')}>
              <SortButton by="n" current={by} onSort={setBy}>
                Answers (n)
              </SortButton>
            </th>
          </tr>
        </thead>
        <tbody>
          {sorted(rows, by).map((r) => {
            const f = r.cell.figure;
            const text = describeFigure(f, `${figureLabel(metric, r.cell.scale)}, ${r.label}`);
            return (
              <tr key={r.key}>
                <th scope="row" data-label={dimensionLabel} className="wrap">
                  {r.label}
                </th>
                {showScale ? <td data-label="Scale">{r.cell.scale}</td> : null}
                <td data-label="Value">
                  <Link to={r.href} aria-label={`${text.sentence}. See the responses`}>
                    {text.status === 'too_few' ? `too few responses (${text.n})` : text.headline}
                  </Link>
                </td>
                <td data-label="95 % interval">
                  {f.status === 'ok' && f.interval ? (
                    <span className="interval-cell">
                      <span className="nowrap">{formatInterval(f.interval, f.unit)}</span>
                      <IntervalBar figure={f} />
                    </span>
                  ) : (
                    <span className="muted">—</span>
                  )}
                </td>
                <td data-label="Answers (n)" className="num">
                  {f.n.toLocaleString('en-GB')}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
