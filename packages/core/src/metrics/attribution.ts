/**
 * Attribution: a metric is judged against the person who can act on it (DESIGN.md). Transactional
 * CSAT/CES/expectations belong to the agent and team of that interaction; relationship NPS belongs
 * to the company, segments, the relationship owner and the owner's team — never to an agent, even
 * when it was asked inside a transactional survey (story 2). Employee and leadership results belong
 * to teams and are never reported per person.
 */
import { DomainError } from '../errors/domain-error.ts';
import type { MetricName } from './figure.ts';

export type MetricSurveyKind = 'relationship' | 'transactional' | 'employee' | 'leadership';

export const GROUP_BY_DIMENSIONS = [
  'channel',
  'stage',
  'team',
  'agent',
  'owner',
  'segment',
  'week',
  'month',
  'survey',
] as const;
export type GroupByDimension = (typeof GROUP_BY_DIMENSIONS)[number];

/** Whose figure an answer is: decided by the metric and, for satisfaction metrics, the survey kind. */
export type AttributionClass = 'relationship' | 'transactional' | 'employee' | 'leadership';

const LABEL: Record<MetricName, string> = {
  nps: 'NPS',
  enps: 'eNPS',
  csat: 'CSAT',
  ces: 'CES',
  expectations: 'Expectations',
  engagement: 'Employee engagement',
  leadership: 'Leadership engagement',
};

const ALLOWED: Record<AttributionClass, readonly GroupByDimension[]> = {
  // A touchpoint's figures: by where, when and who handled it; `segment` of the customer.
  transactional: ['channel', 'stage', 'team', 'agent', 'segment', 'week', 'month', 'survey'],
  // The company's figure: by the customer's segment and journey stage, the relationship owner and
  // the owner's team (`team` means the team owning the customers), over time.
  relationship: ['stage', 'team', 'owner', 'segment', 'week', 'month', 'survey'],
  // Anonymous pulses: teams (respondent's team, or the rated manager's team) and time only.
  employee: ['team', 'week', 'month', 'survey'],
  leadership: ['team', 'week', 'month', 'survey'],
};

function refuse(message: string): DomainError {
  return new DomainError('validation', message, { field: 'groupBy' });
}

/**
 * The attribution class of a metric: NPS is always relationship (an NPS asked in a transactional
 * survey is still about the company); CSAT, CES and expectations are transactional unless asked
 * in a relationship survey; eNPS and engagement are employee; leadership is leadership.
 */
export function attributionClass(
  metric: MetricName,
  surveyKind?: MetricSurveyKind,
): AttributionClass {
  const people = surveyKind === 'employee' || surveyKind === 'leadership';
  switch (metric) {
    case 'nps':
      if (people)
        throw new DomainError(
          'validation',
          'A recommend question asked of employees is eNPS, not NPS.',
          { field: 'metric' },
        );
      return 'relationship';
    case 'enps':
    case 'engagement':
      return 'employee';
    case 'leadership':
      return 'leadership';
    case 'csat':
    case 'ces':
    case 'expectations':
      if (people)
        throw new DomainError(
          'validation',
          `${LABEL[metric]} is a customer metric, not asked in ${surveyKind} surveys.`,
          { field: 'metric' },
        );
      return surveyKind === 'relationship' ? 'relationship' : 'transactional';
  }
}

/** The groupBy dimensions a metric may be broken down by. */
export function allowedGroupBy(
  metric: MetricName,
  surveyKind?: MetricSurveyKind,
): readonly GroupByDimension[] {
  return ALLOWED[attributionClass(metric, surveyKind)];
}

/**
 * Allows a groupBy or throws DomainError('validation', …, { field: 'groupBy' }), e.g.
 * "NPS is a relationship metric and is never reported per agent."
 */
export function assertGroupByAllowed(
  metric: MetricName,
  groupBy: string,
  surveyKind?: MetricSurveyKind,
): asserts groupBy is GroupByDimension {
  const cls = attributionClass(metric, surveyKind);
  const label = LABEL[metric];
  if (!(GROUP_BY_DIMENSIONS as readonly string[]).includes(groupBy)) {
    throw refuse(`Unknown groupBy "${groupBy}"; use one of ${GROUP_BY_DIMENSIONS.join(', ')}.`);
  }
  if ((ALLOWED[cls] as readonly string[]).includes(groupBy)) return;
  if (cls === 'relationship' && groupBy === 'agent') {
    throw refuse(`${label} is a relationship metric and is never reported per agent.`);
  }
  if (cls === 'relationship' && groupBy === 'channel') {
    throw refuse(
      `${label} is a relationship metric about the company, not about one channel's touchpoints.`,
    );
  }
  if (cls === 'transactional' && groupBy === 'owner') {
    throw refuse(
      `${label} is a transactional metric, judged against the agent and team of the interaction, not the relationship owner.`,
    );
  }
  if (cls === 'employee' || cls === 'leadership') {
    throw refuse(
      `${label} results are anonymous and reported only per team and period, never per ${groupBy}.`,
    );
  }
  throw refuse(`${label} cannot be grouped by ${groupBy}; allowed: ${ALLOWED[cls].join(', ')}.`);
}

/** One answer, with the people and groups around it. */
export interface AttributableAnswer {
  metric: MetricName;
  surveyKind: MetricSurveyKind;
  /** The handling agent of the interaction (transactional). */
  agentId?: string | null | undefined;
  /** The interaction's team (transactional), respondent's team (employee) or manager's team (leadership). */
  teamId?: string | null | undefined;
  /** The customer's relationship owner and that owner's team (relationship). */
  ownerId?: string | null | undefined;
  ownerTeamId?: string | null | undefined;
  /** The rated manager (leadership). */
  managerId?: string | null | undefined;
  /** The customer's segment. */
  segment?: string | null | undefined;
}

export type AttributionScope =
  { kind: 'company' } | { kind: 'agent' | 'team' | 'owner' | 'manager' | 'segment'; id: string };

/**
 * The scopes an answer counts in. Transactional: company, interaction team, agent, segment.
 * Relationship (NPS anywhere, or satisfaction asked in a relationship survey): company, owner,
 * owner's team, segment — never the agent. Employee: company, team. Leadership: company, team,
 * rated manager. Absent ids are left out.
 */
export function attributionScopes(a: AttributableAnswer): AttributionScope[] {
  const out: AttributionScope[] = [{ kind: 'company' }];
  const add = (
    kind: 'agent' | 'team' | 'owner' | 'manager' | 'segment',
    id: string | null | undefined,
  ) => {
    if (id) out.push({ kind, id });
  };
  switch (attributionClass(a.metric, a.surveyKind)) {
    case 'transactional':
      add('team', a.teamId);
      add('agent', a.agentId);
      add('segment', a.segment);
      break;
    case 'relationship':
      add('owner', a.ownerId);
      add('team', a.ownerTeamId);
      add('segment', a.segment);
      break;
    case 'employee':
      add('team', a.teamId);
      break;
    case 'leadership':
      add('team', a.teamId);
      add('manager', a.managerId);
      break;
  }
  return out;
}
