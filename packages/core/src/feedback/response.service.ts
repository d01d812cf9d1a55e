/**
 * Recording a response: answers checked against the survey version, each answer attributed to
 * whom it belongs (agent and team for transactional questions, the relationship owner for
 * relationship ones, teams for pulses), stored one row per answer; the workspace's response
 * rules run and the `response.created` event is enqueued, all in the same transaction.
 */
import { authorize, type Ctx } from '../auth/actor.ts';
import type { Deps } from '../common/deps.ts';
import { DAY_MS } from '../common/clock.ts';
import { checkEventTime } from '../common/plausible-time.ts';
import { DomainError, invalid } from '../errors/domain-error.ts';
import type { Employee } from '../employees/employee.ts';
import { questionAttribution } from '../surveys/attribution.ts';
import { topBoxOf } from '../surveys/scales.ts';
import type {
  AnswerRecord,
  SurveyDefinition,
  SurveyKind,
  SurveyQuestion,
} from '../surveys/survey-definition.ts';
import { idAtTime } from '../chain/pulse-privacy.ts';
import type { KnownFacts } from '../rules/load-facts.ts';
import { rulesOnNewResponse } from '../rules/rule-evaluation.ts';
import { validateAnswers, type SubmittedAnswer } from './answers.ts';
import { EXPECTATION_VALUES } from './metric-query.ts';
import {
  RESPONSE_CREATED_JOB,
  type Answer,
  type AnswerScope,
  type SurveyResponse,
} from './response.ts';
import type { InvitationChannel } from './survey.ts';

export interface SubmitInput {
  surveyId: string;
  /** The response's id in the tool it comes from; a second submission with it is refused. */
  externalId?: string | null | undefined;
  /** Default: the survey's current version. */
  surveyVersion?: number | undefined;
  channel: InvitationChannel;
  answers: SubmittedAnswer[];
  customerId?: string | null | undefined;
  interactionId?: string | null | undefined;
  /** Pulses: the respondent, used only to find their team and manager — never stored. */
  employeeId?: string | null | undefined;
  invitationId?: string | null | undefined;
  submittedAt?: string | undefined;
  completed?: boolean | undefined;
  /**
   * Free text beyond the questions (the web page's answer to "what went wrong?"): the
   * response's comment, ahead of its first text answer. Not part of the public API's input.
   */
  comment?: string | null | undefined;
}

interface Attribution {
  stage: string | null;
  customerId: string | null;
  segment: string | null;
  agentId: string | null;
  interactionTeamId: string | null;
  ownerId: string | null;
  ownerTeamId: string | null;
  pulseTeamId: string | null;
  managerId: string | null;
  /** What attributing read, handed to the rules so they need not read it again. */
  loaded: KnownFacts;
}

const SCOPE = {
  company: 'relationship',
  interaction: 'transactional',
  team: 'employee',
  manager: 'leadership',
} as const;

async function attribution(
  d: Deps,
  ctx: Ctx,
  kind: SurveyKind,
  input: SubmitInput,
): Promise<Attribution> {
  const ws = ctx.workspaceId;
  const a: Attribution = {
    stage: null,
    customerId: null,
    segment: null,
    agentId: null,
    interactionTeamId: null,
    ownerId: null,
    ownerTeamId: null,
    pulseTeamId: null,
    managerId: null,
    loaded: { customer: null, interaction: null },
  };
  if (kind === 'employee' || kind === 'leadership') {
    if (!input.employeeId) return a;
    const e: Employee | undefined = await d.r.employees.get(ws, input.employeeId);
    if (!e) throw invalid('employeeId', `No employee ${input.employeeId} in this workspace.`);
    a.pulseTeamId = e.teamId;
    a.managerId = e.managerId;
    return a;
  }
  if (input.interactionId) {
    const i = await d.r.interactions.get(ws, input.interactionId);
    if (!i)
      throw invalid('interactionId', `No interaction ${input.interactionId} in this workspace.`);
    if (input.customerId && input.customerId !== i.customerId)
      throw invalid('customerId', 'The interaction is of another customer.');
    a.loaded.interaction = i;
    a.stage = i.stage;
    a.customerId = i.customerId;
    a.agentId = i.employeeIds[0] ?? null;
    a.interactionTeamId = i.teamId;
  }
  const customerId = a.customerId ?? input.customerId ?? null;
  if (customerId) {
    const c = await d.r.customers.get(ws, customerId);
    if (!c) throw invalid('customerId', `No customer ${customerId} in this workspace.`);
    a.loaded.customer = c;
    a.customerId = c.id;
    a.segment = c.segment;
    a.ownerId = c.relationshipOwnerId;
    if (c.relationshipOwnerId)
      a.ownerTeamId = (await d.r.employees.get(ws, c.relationshipOwnerId))?.teamId ?? null;
  }
  return a;
}

function answerRow(
  q: SurveyQuestion,
  rec: AnswerRecord,
  scope: AnswerScope,
  at: Attribution,
): Answer {
  const v = rec.value;
  const base: Answer = {
    questionId: q.id,
    metric: q.type === 'score' ? q.metric : q.type === 'expectation' ? 'expectations' : null,
    scope,
    valueNum: null,
    valueText: null,
    valueJson: null,
    scaleMin: null,
    scaleMax: null,
    topBoxMin: null,
    agentId: scope === 'transactional' ? at.agentId : null,
    teamId:
      scope === 'transactional'
        ? at.interactionTeamId
        : scope === 'relationship'
          ? at.ownerTeamId
          : at.pulseTeamId,
    ownerId: scope === 'relationship' ? at.ownerId : null,
    managerId: scope === 'leadership' ? at.managerId : null,
  };
  if (v === null) return base;
  if (q.type === 'score')
    return {
      ...base,
      valueNum: v as number,
      scaleMin: q.scale.min,
      scaleMax: q.scale.max,
      topBoxMin: topBoxOf(q),
    };
  if (q.type === 'expectation') {
    return {
      ...base,
      valueText: v as string,
      valueNum: EXPECTATION_VALUES.indexOf(v as (typeof EXPECTATION_VALUES)[number]),
      scaleMin: 0,
      scaleMax: 2,
    };
  }
  if (q.type === 'yes_no') return { ...base, valueNum: v ? 1 : 0, valueJson: v };
  if (q.type === 'multi') return { ...base, valueJson: v };
  return { ...base, valueText: String(v) };
}

export async function loadVersion(
  d: Deps,
  ctx: Ctx,
  surveyId: string,
  version?: number,
): Promise<{ def: SurveyDefinition; kind: SurveyKind }> {
  const survey = await d.r.surveys.get(ctx.workspaceId, surveyId);
  if (!survey) throw invalid('surveyId', `No survey ${surveyId} in this workspace.`);
  const v = version ?? survey.version;
  const def =
    v === survey.version
      ? survey.definition
      : await d.r.surveys.getVersion(ctx.workspaceId, surveyId, v);
  if (!def) throw invalid('surveyVersion', `Survey ${surveyId} has no version ${v}.`);
  return { def, kind: survey.kind };
}

export async function submitResponse(
  d: Deps,
  ctx: Ctx,
  input: SubmitInput,
  /** The id chosen when the response was accepted for later (response-intake.service.ts). */
  opts: { id?: string } = {},
): Promise<SurveyResponse> {
  authorize(ctx, 'responses:write');
  if (input.submittedAt) checkEventTime(d.clock.now(), 'submittedAt', input.submittedAt);
  if (
    input.externalId &&
    (await d.r.responses.findByExternalId(ctx.workspaceId, input.externalId))
  ) {
    throw new DomainError(
      'conflict',
      `A response with externalId ${input.externalId} exists already.`,
      { field: 'externalId' },
    );
  }
  const { def, kind } = await loadVersion(d, ctx, input.surveyId, input.surveyVersion);
  const records = validateAnswers(def, input.answers);
  const at = await attribution(d, ctx, kind, input);
  const anonymous = kind === 'employee' || kind === 'leadership';
  if (anonymous && opts.id)
    throw new DomainError('validation', 'A pulse response is never accepted for later.', {
      field: 'surveyId',
    });
  const now = d.clock.now();
  let submitted = input.submittedAt ? new Date(input.submittedAt) : now;
  if (anonymous) submitted = new Date(Math.floor(submitted.getTime() / DAY_MS) * DAY_MS);
  const byId = new Map(def.questions.map((q) => [q.id, q]));
  const answers = records.map((rec) => {
    const q = byId.get(rec.questionId) as SurveyQuestion;
    return answerRow(q, rec, SCOPE[questionAttribution(kind, q.scope)], at);
  });
  const textAnswer = records.find(
    (r) => byId.get(r.questionId)?.type === 'text' && typeof r.value === 'string',
  )?.value;
  const comment = [input.comment, textAnswer]
    .filter((t): t is string => typeof t === 'string' && t.trim() !== '')
    .join('\n\n');
  const response: SurveyResponse = {
    // A pulse's id carries the day only: a ULID's millisecond could be matched to a person.
    id: anonymous ? idAtTime(d.ids.id('rsp'), submitted.getTime()) : (opts.id ?? d.ids.id('rsp')),
    workspaceId: ctx.workspaceId,
    invitationId: anonymous ? null : (input.invitationId ?? null),
    externalId: input.externalId ?? null,
    surveyId: def.id,
    surveyVersion: def.version,
    surveyKind: kind,
    channel: input.channel,
    stage: at.stage,
    customerId: anonymous ? null : at.customerId,
    interactionId: anonymous ? null : (input.interactionId ?? null),
    segment: at.segment,
    comment: comment || null,
    completed: input.completed ?? true,
    submittedAt: submitted.toISOString(),
    // Pulses keep only the day, also here: an exact time could single a respondent out.
    createdAt: anonymous ? submitted.toISOString() : now.toISOString(),
    answers,
  };
  await d.r.responses.insert(response);
  // A pulse's event runs the next day, with the day's others: its timing tells nothing.
  const nextDay = submitted.getTime() + DAY_MS;
  await d.r.jobs.enqueue(
    ctx.workspaceId,
    {
      name: RESPONSE_CREATED_JOB,
      payload: { responseId: response.id },
      runAt: anonymous ? new Date(Math.max(nextDay, now.getTime())).toISOString() : undefined,
    },
    anonymous ? idAtTime(d.ids.id('job'), submitted.getTime()) : d.ids.id('job'),
    response.createdAt,
  );
  // Core decides at ingest: a detractor's case is stored with the response it comes from.
  await rulesOnNewResponse(d, ctx.workspaceId, response, at.loaded);
  return response;
}
