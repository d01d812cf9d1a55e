/** The inbox's filters; each change applies at once (and lands in the URL). */
import type { CasePriority, SlaState } from '@rapport/contracts';
import { useTeams } from '../../api/directory.tsx';
import {
  PRIORITIES,
  PRIORITY_LABELS,
  SLA_LABELS,
  SLA_STATES,
  STATUS_LABELS,
  STATUSES,
} from './case-labels.ts';
import { NOBODY, VIEW_LABELS, type CaseFilters, type CaseScope } from './case-scope.ts';
import { EmployeeSelect } from './EmployeeSelect.tsx';

export function CaseFiltersForm({
  filters,
  scope,
  onChange,
}: {
  filters: CaseFilters;
  scope: CaseScope;
  onChange: (f: CaseFilters) => void;
}) {
  const teams = useTeams().data ?? [];
  const set = (patch: Partial<CaseFilters>) => onChange({ ...filters, ...patch });
  const or = <T extends string>(v: string) => (v === '' ? undefined : (v as T));
  return (
    <form
      className="filters case-filters"
      aria-label="Filter cases"
      onSubmit={(e) => e.preventDefault()}
    >
      {scope.views.length > 1 ? (
        <div className="field">
          <label htmlFor="cf-view">Cases</label>
          <select
            id="cf-view"
            value={filters.view}
            onChange={(e) => set({ view: e.target.value as CaseFilters['view'] })}
          >
            {scope.views.map((v) => (
              <option key={v} value={v}>
                {v === 'team' && scope.team ? `Team ${scope.team.name}` : VIEW_LABELS[v]}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {filters.view === 'all' ? (
        <>
          <div className="field">
            <label htmlFor="cf-owner">Owner</label>
            <EmployeeSelect
              id="cf-owner"
              value={filters.ownerId ?? ''}
              empty="Anyone"
              extra={{ value: NOBODY, label: 'Nobody (unassigned)' }}
              onChange={(v) => set({ ownerId: or(v) })}
            />
          </div>
          <div className="field">
            <label htmlFor="cf-team">Team</label>
            <select
              id="cf-team"
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
        </>
      ) : null}
      <div className="field">
        <label htmlFor="cf-status">Status</label>
        <select
          id="cf-status"
          value={filters.status}
          onChange={(e) => set({ status: e.target.value as CaseFilters['status'] })}
        >
          <option value="active">Active (not closed)</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
          <option value="all">Any status</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor="cf-sla">SLA</label>
        <select
          id="cf-sla"
          value={filters.sla ?? ''}
          onChange={(e) => set({ sla: or<SlaState>(e.target.value) })}
        >
          <option value="">Any SLA state</option>
          {SLA_STATES.map((s) => (
            <option key={s} value={s}>
              {SLA_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="cf-priority">Priority</label>
        <select
          id="cf-priority"
          value={filters.priority ?? ''}
          onChange={(e) => set({ priority: or<CasePriority>(e.target.value) })}
        >
          <option value="">Any priority</option>
          {PRIORITIES.map((p) => (
            <option key={p} value={p}>
              {PRIORITY_LABELS[p]}
            </option>
          ))}
        </select>
      </div>
      <div className="field field-actions">
        <button
          type="button"
          className="button button-quiet"
          onClick={() => onChange({ view: filters.view, status: 'active' })}
        >
          Clear filters
        </button>
      </div>
    </form>
  );
}
