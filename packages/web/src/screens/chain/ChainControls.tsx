/** Period, customer outcome, lag and weighting of the linkage view; each change applies at once. */
import { useMemo } from 'react';
import type { ChainOutcome } from '@rapport/contracts';
import { OUTCOME_LABELS, OUTCOMES } from './chain-labels.ts';
import { periodChoices } from './chain-period.ts';

export interface ChainParams {
  period?: string;
  outcome: ChainOutcome;
  lag: 0 | 1;
  weighted: boolean;
}

export function ChainControls({
  params,
  onChange,
}: {
  params: ChainParams;
  onChange: (p: ChainParams) => void;
}) {
  const choices = useMemo(() => periodChoices(new Date()), []);
  const set = (patch: Partial<ChainParams>) => onChange({ ...params, ...patch });
  return (
    <form
      className="filters chain-controls"
      aria-label="What to link"
      onSubmit={(e) => e.preventDefault()}
    >
      <div className="field">
        <label htmlFor="ch-period">Period</label>
        <select
          id="ch-period"
          value={params.period ?? ''}
          onChange={(e) => set({ period: e.target.value || undefined })}
        >
          <option value="">Latest quarter</option>
          {choices.map((c) => (
            <option key={c.key} value={c.key}>
              {c.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="ch-outcome">Customer outcome</label>
        <select
          id="ch-outcome"
          value={params.outcome}
          onChange={(e) => set({ outcome: e.target.value as ChainOutcome })}
        >
          {OUTCOMES.map((o) => (
            <option key={o} value={o}>
              {OUTCOME_LABELS[o]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <span className="field-label" id="ch-lag-label">
          Outcomes of
        </span>
        <div className="toggle-group" role="group" aria-labelledby="ch-lag-label">
          <button
            type="button"
            className="toggle"
            aria-pressed={params.lag === 0}
            onClick={() => set({ lag: 0 })}
          >
            Same period
          </button>
          <button
            type="button"
            className="toggle"
            aria-pressed={params.lag === 1}
            onClick={() => set({ lag: 1 })}
          >
            Next period
          </button>
        </div>
      </div>
      <div className="field field-check">
        <input
          id="ch-weighted"
          type="checkbox"
          checked={params.weighted}
          onChange={(e) => set({ weighted: e.target.checked })}
        />
        <label htmlFor="ch-weighted">Weight teams by respondents</label>
      </div>
    </form>
  );
}
