/**
 * The dashboard dataset: `size` responses spread over two years up to a fixed day, generated
 * deterministically from a seed, one UTC day at a time. Each response is the SurveyResponse the
 * app's `submitResponse` builds for the same input: a relationship NPS survey (0–10 and one
 * follow-up comment for 30 %) or a transactional survey (CSAT 1–5, CES 1–7, expectations and a
 * comment for 30 %), both about an interaction (stage, agent) of a customer (segment, owner),
 * attributed as `answerRow` attributes: transactional answers to the agent and their team,
 * relationship answers to the owner and the owner's team.
 */
import {
  evaluateCondition,
  questionAttribution,
  relationshipNpsSurvey,
  topBoxOf,
  transactionalCsatSurvey,
  type Answer,
  type AnswerRecord,
  type SurveyDefinition,
  type SurveyResponse,
} from '@rapport/core';
import { comment } from './comments.ts';
import { rng, type Rng } from '../lib/rng.ts';
import { SEGMENTS, STAGES } from '../lib/workspace.ts';

export const DATASET_END = '2026-11-01';
export const DATASET_DAYS = 730;
export const CHANNELS = ['web', 'email', 'sms', 'chat'] as const;
const DAY_MS = 86_400_000;
const TEAMS = 8;
const AGENTS = 80;
const OWNERS = 40;
const EXPECTATIONS = ['failed', 'met', 'exceeded'] as const;

export const SURVEYS: Array<{ id: string; def: SurveyDefinition }> = [
  { id: 'srv_bench_nps', def: relationshipNpsSurvey({ id: 'srv_bench_nps' }) },
  { id: 'srv_bench_tx', def: transactionalCsatSurvey({ id: 'srv_bench_tx' }) },
];

const pad = (n: number, w = 8) => String(n).padStart(w, '0');
const team = (n: number) => `team_${pad(n % TEAMS, 2)}`;

export interface DatasetDay {
  day: string;
  responses: SurveyResponse[];
}

/** Stable per-customer attributes (segment, owner) from the customer number. */
function customerOf(n: number): { id: string; segment: string; owner: number } {
  const h = Math.imul(n ^ 0x9e3779b9, 0x85ebca6b) >>> 0;
  return {
    id: `cus_${pad(n)}`,
    segment: SEGMENTS[h % SEGMENTS.length] as string,
    owner: (h >>> 8) % OWNERS,
  };
}

function answersOf(r: Rng, def: SurveyDefinition, at: { agent: number; owner: number }): Answer[] {
  const out: Answer[] = [];
  const given = new Map<string, AnswerRecord>();
  for (const q of def.questions) {
    const scope =
      questionAttribution(def.kind, q.scope) === 'interaction' ? 'transactional' : 'relationship';
    const base: Answer = {
      questionId: q.id,
      metric: null,
      scope,
      valueNum: null,
      valueText: null,
      valueJson: null,
      scaleMin: null,
      scaleMax: null,
      topBoxMin: null,
      agentId: scope === 'transactional' ? `emp_a${pad(at.agent, 3)}` : null,
      teamId: scope === 'transactional' ? team(at.agent) : team(at.owner),
      ownerId: scope === 'relationship' ? `emp_o${pad(at.owner, 3)}` : null,
      managerId: null,
    };
    if (q.type === 'score') {
      // Skewed towards the top, as real scores are.
      const span = q.scale.max - q.scale.min;
      const v = q.scale.min + Math.min(span, Math.floor(Math.sqrt(r.next()) * (span + 1)));
      given.set(q.id, { questionId: q.id, status: 'answered', value: v });
      out.push({
        ...base,
        metric: q.metric,
        valueNum: v,
        scaleMin: q.scale.min,
        scaleMax: q.scale.max,
        topBoxMin: topBoxOf(q),
      });
    } else if (q.type === 'expectation') {
      const v = r.weighted([1, 3, 1]);
      out.push({
        ...base,
        metric: 'expectations',
        valueText: EXPECTATIONS[v] as string,
        valueNum: v,
        scaleMin: 0,
        scaleMax: 2,
      });
    } else if (q.type === 'text') {
      if (q.showIf && !evaluateCondition(q.showIf, given)) continue;
      if (r.next() < 0.3) out.push({ ...base, valueText: comment(r) });
    }
  }
  return out;
}

/** Yields the dataset one day at a time, oldest first; ids increase with time. */
export function* dataset(workspaceId: string, size: number, seed: number): Generator<DatasetDay> {
  const r = rng(seed);
  const customers = Math.max(100, Math.floor(size / 20));
  const end = Date.parse(`${DATASET_END}T00:00:00Z`);
  const start = end - DATASET_DAYS * DAY_MS;
  let made = 0;
  for (let d = 0; d < DATASET_DAYS; d++) {
    const dayStart = start + d * DAY_MS;
    const quota = Math.round(((d + 1) * size) / DATASET_DAYS) - made;
    const times = Array.from(
      { length: quota },
      () => dayStart + Math.floor(r.next() * DAY_MS),
    ).sort((a, b) => a - b);
    const responses: SurveyResponse[] = [];
    for (const t of times) {
      const c = customerOf(r.int(0, customers - 1));
      const survey = SURVEYS[r.next() < 0.5 ? 0 : 1] as (typeof SURVEYS)[number];
      const agent = r.int(0, AGENTS - 1);
      const at = new Date(t).toISOString();
      const answers = answersOf(r, survey.def, { agent, owner: c.owner });
      const text =
        answers.find((a) => a.valueText !== null && a.metric === null)?.valueText ?? null;
      responses.push({
        id: `rsp_${pad(made, 10)}`,
        workspaceId,
        invitationId: null,
        surveyId: survey.id,
        surveyVersion: 1,
        surveyKind: survey.def.kind,
        channel: r.pick(CHANNELS),
        stage: r.pick(STAGES),
        customerId: c.id,
        interactionId: `int_${pad(made, 10)}`,
        segment: c.segment,
        comment: text,
        completed: true,
        submittedAt: at,
        createdAt: at,
        answers,
      });
      made++;
    }
    yield { day: new Date(dayStart).toISOString().slice(0, 10), responses };
  }
}
