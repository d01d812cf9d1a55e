/**
 * `response.submit`: records a response accepted for later (`Prefer: respond-async`, core's
 * response-intake.service.ts) with the same `submitResponse` as the synchronous route, in the
 * transaction that completes the job: the response, its answers, roll-ups, rules and case
 * commit together with the job's completion, or not at all. A refusal (an unknown question, a
 * duplicate externalId) fails the submission at once, with the reason on its status.
 */
import {
  INVITATION_CHANNELS,
  ROLES,
  RESPONSE_SUBMIT_JOB,
  submissionCtx,
  submitResponse,
  type ResponseSubmitPayload,
  type SubmitInput,
} from '@rapport/core';
import { z } from 'zod';
import { defineJob } from './definition.ts';

const actor = z.object({
  kind: z.enum(['user', 'api_key', 'system']),
  id: z.string(),
  role: z.enum(ROLES),
  workspaceId: z.string(),
  employeeId: z.string().nullable(),
});

/** The request was checked against the API's schema when accepted; answers are checked here. */
const input = z.looseObject({
  surveyId: z.string().min(1),
  channel: z.enum(INVITATION_CHANNELS),
  answers: z.array(z.object({ questionId: z.string(), value: z.unknown() })).min(1),
});

const payload = z.object({
  responseId: z.string().min(1),
  actor,
  input,
  acceptedAt: z.string(),
});

export const responseSubmit = defineJob({
  name: RESPONSE_SUBMIT_JOB,
  schema: payload,
  maxAttempts: 5,
  // A second response with the same externalId is refused the same way every time.
  permanent: ['conflict'],
  async handler(ctx) {
    const p = ctx.payload as unknown as ResponseSubmitPayload;
    await submitResponse(
      { r: ctx.r, clock: ctx.clock, ids: ctx.ids },
      submissionCtx(ctx.workspaceId, p),
      p.input as SubmitInput,
      { id: p.responseId },
    );
  },
});
