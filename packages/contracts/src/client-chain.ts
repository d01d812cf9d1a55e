/**
 * The typed client's calls for the unbroken chain: the linkage of leadership → employee
 * engagement → customer outcome over teams, team scores, pulse results and pulse comments.
 * Every result is anonymity-safe on the server: hidden groups come back without figures.
 */
import type { z } from 'zod';
import type {
  linkage,
  linkageQuery,
  pulseComments,
  pulseCommentsQuery,
  pulseQuery,
  pulseResults,
  teamScores,
  teamScoresQuery,
} from './chain.schema.ts';
import type { CallOptions } from './client.ts';

export const CHAIN_ROUTES = {
  getLinkage: { method: 'GET', path: '/api/v1/linkage', ok: 200 },
  getTeamScores: { method: 'GET', path: '/api/v1/teams/scores', ok: 200 },
  getPulseMetric: { method: 'GET', path: '/api/v1/pulse/metrics/{metric}', ok: 200 },
  getPulseComments: { method: 'GET', path: '/api/v1/pulse/comments', ok: 200 },
} as const;
type ChainRoute = keyof typeof CHAIN_ROUTES;

/** The query as sent: `lag` is "0" or "1", `weighted` "true" or "false". */
export type LinkageQuery = Partial<z.input<typeof linkageQuery>>;
export type Linkage = z.output<typeof linkage>;
export type LinkageLink = Linkage['leadershipToEngagement'];
export type LinkagePoint = LinkageLink['points'][number];
export type LinkageEstimate = LinkageLink['primary'];
export type ChainTeam = Linkage['chain']['teams'][number];
export type ChainOutcome = Linkage['outcome'];
export type TeamScoresQuery = Partial<z.input<typeof teamScoresQuery>>;
export type TeamScores = z.output<typeof teamScores>;
export type PulseMetric = 'enps' | 'engagement' | 'leadership';
export type PulseQuery = Partial<z.input<typeof pulseQuery>>;
export type PulseResults = z.output<typeof pulseResults>;
export type PulseCommentsQuery = Partial<z.input<typeof pulseCommentsQuery>>;
export type PulseComments = z.output<typeof pulseComments>;

interface Req {
  params?: Record<string, string>;
  query?: object;
}
type Call = <T>(name: ChainRoute, req?: Req, o?: CallOptions) => Promise<T>;

export function chainCalls(call: Call) {
  return {
    chain: {
      /** The two links with r, ρ, intervals, the sentence, points, line; chain-broken teams. */
      linkage: (query: LinkageQuery = {}, o?: CallOptions) =>
        call<Linkage>('getLinkage', { query }, o),
      teamScores: (query: TeamScoresQuery = {}, o?: CallOptions) =>
        call<TeamScores>('getTeamScores', { query }, o),
      pulse: (metric: PulseMetric, query: PulseQuery = {}, o?: CallOptions) =>
        call<PulseResults>('getPulseMetric', { params: { metric }, query }, o),
      comments: (query: PulseCommentsQuery = {}, o?: CallOptions) =>
        call<PulseComments>('getPulseComments', { query }, o),
    },
  };
}
