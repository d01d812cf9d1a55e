/** The Interactions screen's filters: read from and written to the URL, turned into an API query. */
import type { Channel, InteractionQuery, Outcome } from '@rapport/contracts';
import { endOfLocalDay, startOfLocalDay } from '../../lib/format.ts';
import { CHANNELS, OUTCOMES } from '../../lib/labels.ts';

export interface InteractionFilters {
  channel?: Channel;
  stage?: string;
  outcome?: Outcome;
  teamId?: string;
  /** yyyy-mm-dd, local days, both inclusive. */
  from?: string;
  to?: string;
  /** Only touchpoints the signed-in employee took part in. */
  mine: boolean;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const oneOf = <T extends string>(values: readonly T[], v: string | null): T | undefined =>
  v !== null && (values as readonly string[]).includes(v) ? (v as T) : undefined;
const text = (v: string | null) => (v && v.length <= 64 ? v : undefined);

export function filtersFromSearch(
  search: URLSearchParams,
  mineByDefault: boolean,
): InteractionFilters {
  const mine = search.get('mine');
  return {
    channel: oneOf(CHANNELS, search.get('channel')),
    stage: text(search.get('stage')),
    outcome: oneOf(OUTCOMES, search.get('outcome')),
    teamId: text(search.get('team')),
    from: DAY.test(search.get('from') ?? '') ? (search.get('from') ?? undefined) : undefined,
    to: DAY.test(search.get('to') ?? '') ? (search.get('to') ?? undefined) : undefined,
    mine: mine === null ? mineByDefault : mine === '1',
  };
}

export function filtersToSearch(
  f: InteractionFilters,
  mineByDefault: boolean,
): Record<string, string | undefined> {
  return {
    channel: f.channel,
    stage: f.stage,
    outcome: f.outcome,
    team: f.teamId,
    from: f.from,
    to: f.to,
    mine: f.mine === mineByDefault ? undefined : f.mine ? '1' : '0',
  };
}

/** What is wrong with the filters, or undefined. */
export function filterProblem(f: InteractionFilters): string | undefined {
  if (f.from && f.to && f.from > f.to) return 'The start date is after the end date.';
  return undefined;
}

export function filtersToQuery(f: InteractionFilters, employeeId: string | null): InteractionQuery {
  return {
    channel: f.channel,
    stage: f.stage,
    outcome: f.outcome,
    teamId: f.teamId,
    from: f.from ? startOfLocalDay(f.from) : undefined,
    to: f.to ? endOfLocalDay(f.to) : undefined,
    employeeId: f.mine && employeeId ? employeeId : undefined,
  };
}

export const activeFilterCount = (f: InteractionFilters): number =>
  [f.channel, f.stage, f.outcome, f.teamId, f.from, f.to].filter(Boolean).length;
