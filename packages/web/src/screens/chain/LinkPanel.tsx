/**
 * One link of the chain: its sentence, the scatter plot over teams with the fitted line (the
 * marked teams by shape and word), the teams hidden for anonymity stated — never drawn — and
 * the points as a table.
 */
import { lazy, Suspense, useMemo } from 'react';
import type { LinkageLink } from '@rapport/contracts';
import { Loading } from '../../components/states.tsx';
import { measureInline, MEASURE_SHORT, measureValue } from './chain-labels.ts';
import { markPoints, MARKS, type TeamMark } from './chain-points.ts';
import { ChainSentence } from './ChainSentence.tsx';

const ChainScatter = lazy(() => import('./ChainScatter.tsx'));

export function LinkPanel({
  id,
  link,
  marks,
  hidden,
}: {
  id: string;
  link: LinkageLink;
  marks: ReadonlyMap<string, TeamMark>;
  hidden: string | null;
}) {
  const points = useMemo(() => markPoints(link.points, marks), [link.points, marks]);
  return (
    <section className="panel chain-link" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        {MEASURE_SHORT[link.x]} <span aria-hidden="true">→</span>
        <span className="visually-hidden"> and </span> {measureInline(link.y)}
      </h2>
      <ChainSentence link={link} />
      {hidden ? <p className="chain-hidden">{hidden}; not drawn, not counted.</p> : null}
      {points.length >= 2 ? (
        <Suspense fallback={<Loading label="Drawing the teams…" />}>
          <ChainScatter link={link} points={points} />
        </Suspense>
      ) : (
        <p className="muted">Too few teams with results to draw.</p>
      )}
      {points.length ? (
        <details className="chain-table">
          <summary>The teams as a table</summary>
          <div className="table-wrap">
            <table className="table table-compact">
              <caption className="visually-hidden">
                {MEASURE_SHORT[link.x]} and {measureInline(link.y)} per team
              </caption>
              <thead>
                <tr>
                  <th scope="col">Team</th>
                  <th scope="col" className="num">
                    {MEASURE_SHORT[link.x]}
                  </th>
                  <th scope="col" className="num">
                    {MEASURE_SHORT[link.y]}
                  </th>
                  <th scope="col" className="num">
                    Respondents
                  </th>
                  <th scope="col">Marked</th>
                </tr>
              </thead>
              <tbody>
                {points.map((p) => (
                  <tr key={p.teamId}>
                    <th scope="row">{p.name}</th>
                    <td className="num">{measureValue(link.x, p.x)}</td>
                    <td className="num">{measureValue(link.y, p.y)}</td>
                    <td className="num">{p.weight}</td>
                    <td>{p.mark === 'none' ? '—' : MARKS[p.mark].legend}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      ) : null}
    </section>
  );
}
