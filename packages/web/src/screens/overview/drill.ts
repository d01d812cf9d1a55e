/**
 * From a figure to the responses behind it: the figure's metric, scale, period, scope and group
 * travel in the URL of the drill-down list, which asks GET /api/v1/responses with the same
 * filters the metrics API counted.
 */
import type { CustomerMetric, ResponseQuery } from '@rapport/contracts';
import { withQuery } from '../../app/router.tsx';
import { paths } from '../../app/routes.ts';
import { addDays, isDay } from './period.ts';

export interface Drill {
  metric: CustomerMetric;
  /** "1–5", "0–10", "0–2" (expectations). */
  scale: string;
  /** API days: `from` included, `to` excluded. */
  from: string;
  to: string;
  channel?: string;
  stage?: string;
  teamId?: string;
  agentId?: string;
}

const METRICS: readonly CustomerMetric[] = ['nps', 'csat', 'ces', 'expectations'];
const SCALE_RE = /^(\d{1,2})[–-](\d{1,2})$/;
const ID = (v: string | null) => (v && v.length <= 64 ? v : undefined);

export function drillHref(d: Drill): string {
  return withQuery(paths.responses, {
    metric: d.metric,
    scale: d.scale.replace('–', '-'),
    from: d.from,
    to: d.to,
    channel: d.channel,
    stage: d.stage,
    team: d.teamId,
    agent: d.agentId,
  });
}

export function drillFromSearch(search: URLSearchParams): Drill | undefined {
  const metric = METRICS.find((m) => m === search.get('metric'));
  const scale = SCALE_RE.exec(search.get('scale') ?? '');
  const from = search.get('from');
  const to = search.get('to');
  if (!metric || !scale || !isDay(from) || !isDay(to) || from >= to) return undefined;
  return {
    metric,
    scale: `${scale[1]}–${scale[2]}`,
    from,
    to,
    channel: ID(search.get('channel')),
    stage: ID(search.get('stage')),
    teamId: ID(search.get('team')),
    agentId: ID(search.get('agent')),
  };
}

/** The responses query that lists exactly the answers a figure counted. */
export function drillQuery(d: Drill): ResponseQuery {
  const [min, max] = d.scale.split('–').map(Number);
  return {
    metric: d.metric,
    scope: d.metric === 'nps' ? 'relationship' : 'transactional',
    scaleMin: min,
    scaleMax: max,
    from: `${d.from}T00:00:00.000Z`,
    to: `${d.to}T00:00:00.000Z`,
    channel: d.channel as ResponseQuery['channel'],
    stage: d.stage,
    teamId: d.teamId,
    agentId: d.agentId,
  };
}

/** The period in the drill-down's words: the last day included. */
export const drillLastDay = (d: Drill): string => addDays(d.to, -1);
