import { useMemo } from 'react';
import { useEmployees, useTeams } from '../../api/directory.tsx';
import type { PeopleLookup } from '../../timeline/model.ts';

/** Employee and team names from the session's directory. */
export function usePeople(): PeopleLookup {
  const employees = useEmployees().data;
  const teams = useTeams().data;
  return useMemo(
    () => ({
      employeeName: (id) => employees?.get(id)?.name,
      teamName: (id) => teams?.find((t) => t.id === id)?.name,
    }),
    [employees, teams],
  );
}
