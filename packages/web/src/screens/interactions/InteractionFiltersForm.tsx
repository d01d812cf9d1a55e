/** The filter controls; each change applies at once. */
import type { Channel, Outcome, Team } from '@rapport/contracts';
import {
  CHANNEL_LABELS,
  CHANNELS,
  OUTCOME_LABELS,
  OUTCOMES,
  stageLabel,
} from '../../lib/labels.ts';
import type { InteractionFilters } from './interaction-filters.ts';

export function InteractionFiltersForm({
  filters,
  stages,
  teams,
  canFilterMine,
  problem,
  onChange,
  onClear,
}: {
  filters: InteractionFilters;
  stages: readonly string[];
  teams: readonly Team[];
  canFilterMine: boolean;
  problem: string | undefined;
  onChange: (f: InteractionFilters) => void;
  onClear: () => void;
}) {
  const set = (patch: Partial<InteractionFilters>) => onChange({ ...filters, ...patch });
  const or = (v: string) => (v === '' ? undefined : v);
  return (
    <form className="filters" aria-label="Filter interactions" onSubmit={(e) => e.preventDefault()}>
      <div className="field">
        <label htmlFor="f-channel">Channel</label>
        <select
          id="f-channel"
          value={filters.channel ?? ''}
          onChange={(e) => set({ channel: or(e.target.value) as Channel | undefined })}
        >
          <option value="">All channels</option>
          {CHANNELS.map((c) => (
            <option key={c} value={c}>
              {CHANNEL_LABELS[c]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="f-stage">Journey stage</label>
        <select
          id="f-stage"
          value={filters.stage ?? ''}
          onChange={(e) => set({ stage: or(e.target.value) })}
        >
          <option value="">All stages</option>
          {stages.map((s) => (
            <option key={s} value={s}>
              {stageLabel(s)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="f-outcome">Outcome</label>
        <select
          id="f-outcome"
          value={filters.outcome ?? ''}
          onChange={(e) => set({ outcome: or(e.target.value) as Outcome | undefined })}
        >
          <option value="">All outcomes</option>
          {OUTCOMES.map((o) => (
            <option key={o} value={o}>
              {OUTCOME_LABELS[o]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="f-team">Team</label>
        <select
          id="f-team"
          value={filters.teamId ?? ''}
          onChange={(e) => set({ teamId: or(e.target.value) })}
        >
          <option value="">All teams</option>
          {teams.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="f-from">From</label>
        <input
          id="f-from"
          type="date"
          value={filters.from ?? ''}
          max={filters.to}
          onChange={(e) => set({ from: or(e.target.value) })}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? 'f-problem' : undefined}
        />
      </div>
      <div className="field">
        <label htmlFor="f-to">To</label>
        <input
          id="f-to"
          type="date"
          value={filters.to ?? ''}
          min={filters.from}
          onChange={(e) => set({ to: or(e.target.value) })}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? 'f-problem' : undefined}
        />
      </div>
      {canFilterMine ? (
        <div className="field field-check">
          <input
            id="f-mine"
            type="checkbox"
            checked={filters.mine}
            onChange={(e) => set({ mine: e.target.checked })}
          />
          <label htmlFor="f-mine">Only mine</label>
        </div>
      ) : null}
      <div className="field field-actions">
        <button type="button" className="button button-quiet" onClick={onClear}>
          Clear filters
        </button>
      </div>
      {problem ? (
        <p className="form-error" id="f-problem" role="alert">
          {problem}
        </p>
      ) : null}
    </form>
  );
}
