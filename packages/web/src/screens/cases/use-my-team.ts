/** The team of the signed-in manager (the one they lead, or belong to), from the directory. */
import type { Team } from '@rapport/contracts';
import { useEmployees, useTeams } from '../../api/directory.tsx';
import { useMe } from '../../app/session.tsx';
import { managersTeam } from '../overview/overview-scope.ts';

export function useMyTeam(): { team: Team | undefined; ready: boolean } {
  const me = useMe();
  const employees = useEmployees();
  const teams = useTeams();
  if (!me.employeeId) return { team: undefined, ready: true };
  const ready =
    (employees.data !== undefined || employees.error !== undefined) &&
    (teams.data !== undefined || teams.error !== undefined);
  return { team: managersTeam(me.employeeId, employees.data, teams.data), ready };
}
