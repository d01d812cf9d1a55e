/**
 * Which teams stand out: "chain broken" (leadership engagement and customer outcome both low),
 * or low leadership engagement alone. Each kind has a shape and a word as well as a colour, so
 * the chart reads without colour.
 */
import type { Linkage, LinkagePoint } from '@rapport/contracts';

export type TeamMark = 'broken' | 'low_leadership' | 'none';

export const MARKS: Record<
  TeamMark,
  { legend: string; word: string; symbol: string; color: string; size: number }
> = {
  broken: {
    legend: 'Chain broken',
    word: 'chain broken',
    symbol: 'triangle',
    color: '#b91c1c',
    size: 18,
  },
  low_leadership: {
    legend: 'Low leadership engagement',
    word: 'low leadership',
    symbol: 'diamond',
    color: '#b45309',
    size: 15,
  },
  none: { legend: 'Other teams', word: '', symbol: 'circle', color: '#1d4ed8', size: 12 },
};

/** The mark of each team shown, by team id. */
export function teamMarks(chain: Linkage['chain']): Map<string, TeamMark> {
  return new Map(
    chain.teams.map((t) => [
      t.teamId,
      t.chainBroken ? 'broken' : t.lowLeadership ? 'low_leadership' : 'none',
    ]),
  );
}

export interface MarkedPoint extends LinkagePoint {
  mark: TeamMark;
  /** The label drawn beside the point: the team, and what marks it. */
  label: string;
}

export function markPoints(
  points: readonly LinkagePoint[],
  marks: ReadonlyMap<string, TeamMark>,
): MarkedPoint[] {
  return points.map((p) => {
    const mark = marks.get(p.teamId) ?? 'none';
    return { ...p, mark, label: mark === 'none' ? p.name : `${p.name} (${MARKS[mark].word})` };
  });
}

/** "1 team hidden (fewer than 5 respondents)"; nothing when none is. */
export function hiddenText(hidden: number, threshold: number): string | null {
  if (hidden <= 0) return null;
  return `${hidden} team${hidden === 1 ? '' : 's'} hidden (fewer than ${threshold} respondents)`;
}
