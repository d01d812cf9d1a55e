/**
 * The teams where the chain is broken — leadership engagement and the customers' outcome both
 * low (below the across-team mean by more than k standard deviations) — and those with low
 * leadership engagement alone: where to look first.
 */
import type { ChainOutcome, Linkage } from '@rapport/contracts';
import { MEASURE_SHORT, measureValue } from './chain-labels.ts';
import { MARKS } from './chain-points.ts';

const z = (v: number) => `${v > 0 ? '+' : v < 0 ? '−' : ''}${Math.abs(v).toFixed(1)} sd`;

export function BrokenTeams({
  chain,
  outcome,
}: {
  chain: Linkage['chain'];
  outcome: ChainOutcome;
}) {
  if (chain.status === 'too_few')
    return (
      <section className="panel" aria-labelledby="broken-title">
        <h2 id="broken-title">Where the chain breaks</h2>
        <p className="muted">Too few teams with results to single any out.</p>
      </section>
    );
  const broken = chain.teams.filter((t) => t.chainBroken);
  const lowLead = chain.teams.filter((t) => t.lowLeadership && !t.chainBroken);
  const { leadership, outcome: outCut } = chain.cutoffs;
  return (
    <section className="panel chain-broken" aria-labelledby="broken-title">
      <h2 id="broken-title">Where the chain breaks</h2>
      <p className="muted">
        Low means below the mean of the teams by more than {chain.k} standard deviation
        {chain.k === 1 ? '' : 's'}
        {leadership !== null
          ? `: leadership engagement under ${measureValue('leadership', leadership)}`
          : ''}
        {outCut !== null
          ? `, ${MEASURE_SHORT[outcome]} under ${measureValue(outcome, outCut)}`
          : ''}
        .
      </p>
      {broken.length ? (
        <ul className="flag-list">
          {broken.map((t) => (
            <li key={t.teamId} className="flag flag-broken">
              <span className="flag-mark" aria-hidden="true">
                ▲
              </span>
              <div>
                <p>
                  <strong>{t.name}</strong> — {MARKS.broken.legend.toLowerCase()}
                </p>
                <p className="muted">
                  Leadership {measureValue('leadership', t.leadership)} ({z(t.leadershipZ)})
                  {t.engagement !== null
                    ? ` · engagement ${measureValue('engagement', t.engagement)}`
                    : ''}{' '}
                  · {MEASURE_SHORT[outcome]} {measureValue(outcome, t.outcome)} ({z(t.outcomeZ)})
                </p>
              </div>
            </li>
          ))}
        </ul>
      ) : (
        <p>No team has both low leadership engagement and a low {MEASURE_SHORT[outcome]}.</p>
      )}
      {lowLead.length ? (
        <>
          <h3>Low leadership engagement only</h3>
          <ul className="flag-list">
            {lowLead.map((t) => (
              <li key={t.teamId} className="flag flag-low">
                <span className="flag-mark" aria-hidden="true">
                  ◆
                </span>
                <p>
                  <strong>{t.name}</strong> — leadership {measureValue('leadership', t.leadership)}{' '}
                  ({z(t.leadershipZ)}); {MEASURE_SHORT[outcome]} {measureValue(outcome, t.outcome)}
                </p>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
