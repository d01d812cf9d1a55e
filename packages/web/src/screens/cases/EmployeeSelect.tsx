/**
 * A select of the workspace's active employees, grouped by team, from the session's directory;
 * `only` narrows it to some of them (AssigneeSelect: whom the user may assign to).
 */
import { useMemo } from 'react';
import type { Employee } from '@rapport/contracts';
import { useEmployees, useTeams } from '../../api/directory.tsx';

export function EmployeeSelect({
  id,
  value,
  onChange,
  empty,
  describedBy,
  required,
  only,
  pending,
  extra,
}: {
  id: string;
  value: string;
  onChange: (id: string) => void;
  /** The label of the empty choice (none when undefined). */
  empty?: string;
  describedBy?: string;
  required?: boolean;
  /** Only these employees (all active ones when undefined). */
  only?: ReadonlySet<string>;
  /** Still working out who to offer: shown as loading. */
  pending?: boolean;
  /** One more choice after the empty one (the owner filter's "Nobody (unassigned)"). */
  extra?: { value: string; label: string };
}) {
  const employees = useEmployees().data;
  const teams = useTeams().data;
  const groups = useMemo(() => {
    const byTeam = new Map<string, Employee[]>();
    for (const e of employees?.values() ?? []) {
      if (!e.active || (only && !only.has(e.id))) continue;
      const key = e.teamId ?? '';
      byTeam.set(key, [...(byTeam.get(key) ?? []), e]);
    }
    const name = (teamId: string) =>
      teamId ? (teams?.find((t) => t.id === teamId)?.name ?? 'Other team') : 'No team';
    return [...byTeam.entries()]
      .map(([teamId, list]) => ({
        label: name(teamId),
        people: list.sort((a, b) => a.name.localeCompare(b.name)),
      }))
      .sort((a, b) => a.label.localeCompare(b.label));
  }, [employees, teams, only]);
  const loading = !employees || pending;

  return (
    <select
      id={id}
      value={value}
      required={required}
      onChange={(e) => onChange(e.target.value)}
      aria-describedby={describedBy}
      disabled={loading}
    >
      {empty !== undefined ? <option value="">{empty}</option> : null}
      {extra ? <option value={extra.value}>{extra.label}</option> : null}
      {loading ? <option value={value}>Loading people…</option> : null}
      {(loading ? [] : groups).map((g) => (
        <optgroup key={g.label} label={g.label}>
          {g.people.map((e) => (
            <option key={e.id} value={e.id}>
              {e.name}
              {e.title ? ` (${e.title})` : ''}
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  );
}
