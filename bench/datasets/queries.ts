/**
 * The dashboard's queries: NPS, CSAT and CES by month × channel (NPS by month × segment: NPS is
 * the company's and is never grouped by channel), by team × stage, and trends — each with its
 * 95 % intervals, as GET /api/v1/metrics returns them — and the same aggregate in DuckDB SQL.
 */
import type { GroupByDimension } from '@rapport/core';

export interface DashQuery {
  name: string;
  metric: 'nps' | 'csat' | 'ces';
  scope: 'relationship' | 'transactional';
  groupBy: GroupByDimension[];
  from: string;
  to: string;
}

// Periods end mid-month, as "the last 12 months" does on most days.
export const DASH_QUERIES: DashQuery[] = [
  {
    name: 'CSAT by month × channel, 12 months',
    metric: 'csat',
    scope: 'transactional',
    groupBy: ['month', 'channel'],
    from: '2025-10-17',
    to: '2026-10-17',
  },
  {
    name: 'CES by month × channel, 12 months',
    metric: 'ces',
    scope: 'transactional',
    groupBy: ['month', 'channel'],
    from: '2025-10-17',
    to: '2026-10-17',
  },
  {
    name: 'NPS by month × segment, 12 months',
    metric: 'nps',
    scope: 'relationship',
    groupBy: ['month', 'segment'],
    from: '2025-10-17',
    to: '2026-10-17',
  },
  {
    name: 'NPS by team × stage, 90 days',
    metric: 'nps',
    scope: 'relationship',
    groupBy: ['team', 'stage'],
    from: '2026-07-19',
    to: '2026-10-17',
  },
  {
    name: 'CSAT by team × stage, 90 days',
    metric: 'csat',
    scope: 'transactional',
    groupBy: ['team', 'stage'],
    from: '2026-07-19',
    to: '2026-10-17',
  },
  {
    name: 'NPS trend by month, 2 years',
    metric: 'nps',
    scope: 'relationship',
    groupBy: ['month'],
    from: '2024-11-01',
    to: '2026-11-01',
  },
  {
    name: 'CES trend by week, 26 weeks',
    metric: 'ces',
    scope: 'transactional',
    groupBy: ['week'],
    from: '2026-04-20',
    to: '2026-10-19',
  },
];

export function metricsUrl(q: DashQuery): string {
  const p = new URLSearchParams({ from: q.from, to: q.to, minN: '1' });
  if (q.groupBy.length) p.set('groupBy', q.groupBy.join(','));
  return `/api/v1/metrics/${q.metric}?${p.toString()}`;
}

const DUCK_GROUP: Record<GroupByDimension, string> = {
  channel: 'channel',
  stage: 'stage',
  team: 'team_id',
  agent: 'agent_id',
  owner: 'owner_id',
  segment: 'segment',
  survey: 'survey_id',
  month: "strftime(day, '%Y-%m')",
  week: "strftime(date_trunc('week', day), '%Y-%m-%d')",
};

/** One row per group, scale and score value: the histograms, from a scan of the answers. */
export function duckSql(q: DashQuery): string {
  const groups = q.groupBy.map((g, i) => `${DUCK_GROUP[g]} as g${i}`);
  return `select ${[...groups, 'scale_min', 'scale_max', 'coalesce(top_box_min, -1) as top_box', 'cast(value_num - scale_min as integer) as k', 'count(*) as c'].join(', ')}
    from answers
    where metric = '${q.metric}' and scope = '${q.scope}' and value_num is not null
      and day >= date '${q.from}' and day < date '${q.to}'
    group by all`;
}
