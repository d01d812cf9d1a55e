/**
 * Whose praise the screen shows. Everyone with an employee sees the praise about them; a
 * manager also what reached them (as a manager, or passed up to them) and their team's; an
 * analyst or admin the whole workspace's, anyone's or any team's.
 */
import type { Me } from '@rapport/contracts';

export type PraiseView = 'all' | 'mine' | 'tome' | 'team' | 'person';
export const PRAISE_VIEW_LABELS: Record<PraiseView, string> = {
  all: 'Everyone',
  mine: 'About me',
  tome: 'Reached me (as a manager)',
  team: 'A team',
  person: 'A person',
};

export interface PraiseSelection {
  view: PraiseView;
  employeeId?: string;
  teamId?: string;
}

export function praiseViews(me: Pick<Me, 'role' | 'employeeId'>): PraiseView[] {
  const own: PraiseView[] = me.employeeId ? ['mine'] : [];
  if (me.role === 'agent') return own;
  if (me.role === 'manager')
    return me.employeeId ? ['tome', 'mine', 'team', 'person'] : ['team', 'person'];
  return me.employeeId ? ['all', 'team', 'person', 'tome', 'mine'] : ['all', 'team', 'person'];
}

export function selectionFromSearch(
  search: URLSearchParams,
  views: readonly PraiseView[],
  defaults: { teamId?: string | undefined },
): PraiseSelection {
  const view = views.find((v) => v === search.get('view')) ?? views[0] ?? 'person';
  return {
    view,
    employeeId: view === 'person' ? (search.get('employee') ?? undefined) : undefined,
    teamId: view === 'team' ? (search.get('team') ?? defaults.teamId) : undefined,
  };
}

export function selectionToSearch(s: PraiseSelection): Record<string, string | undefined> {
  return { view: s.view, employee: s.employeeId, team: s.teamId };
}
