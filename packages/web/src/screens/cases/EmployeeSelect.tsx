/** A select of the workspace's active employees, grouped by team, from the session's directory. */
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
}: {
  id: string;
  value: string;
  onChange: (id: string) => void;
  /** The label of the empty choice (none when undefined). */
  empty?: string;
  describedBy?: string;
  required?: boolean;
}) {
  const employees = useEmployees().data;
  const teams = useTeams().data;
  const groups = useMemo(() => {
    const byTeam = new Map<string, Employee[]>();
    for (const e of employees?.values() ?? []) {
      if (!e.active) continue;
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
  }, [employees, teams]);

  return (
    <select
      id={id}
      value={value}
      required={required}
      onChange={(e) => onChange(e.target.value)}
      aria-describedby={describedBy}
      disabled={!employees}
    >
      {empty !== undefined ? <option value="">{empty}</option> : null}
      {!employees ? <option value={value}>Loading people…</option> : null}
      {groups.map((g) => (
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
