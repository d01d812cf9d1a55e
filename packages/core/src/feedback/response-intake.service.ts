/**
 * Accepting a response now and recording it later (`Prefer: respond-async`): the request is
 * stored durably as a `response.submit` job, in a transaction that commits before the
 * acknowledgement, and the worker records it with `submitResponse` — attribution, roll-ups,
 * rules and cases — in the transaction that completes the job (exactly once). The response's id
 * is chosen at acceptance, so the client has it at once; the submission's status says when it
 * is stored, or why it was not.
 *
 * Pulses (employee and leadership surveys) are never accepted this way: a queued job keeps the
 * exact time and the respondent's details, which their anonymity forbids (the response keeps
 * only the day). They, and requests naming a survey that does not exist, are recorded at once,
 * as without the preference, so their errors come back in the same request.
 */
import { authorize, type Actor, type Ctx } from '../auth/actor.ts';
import type { Deps } from '../common/deps.ts';
import { checkEventTime } from '../common/plausible-time.ts';
import { DomainError, notFound } from '../errors/domain-error.ts';
import type { SubmitInput } from './response.service.ts';

export const RESPONSE_SUBMIT_JOB = 'response.submit';

/**
 * The job's payload: everything `submitResponse` needs, as the request stood when accepted. A
 * type, not an interface, so that it is a job payload (a record of plain values) as it stands.
 */
export type ResponseSubmitPayload = {
  responseId: string;
  actor: Actor;
  input: SubmitInput;
  acceptedAt: string;
};

export type Acceptance =
  | { queued: true; responseId: string; submissionId: string }
  | { queued: false; reason: 'pulse' | 'unknown_survey' };

const ANONYMOUS_KINDS = new Set(['employee', 'leadership']);

/** Queues a response for the worker, or says why it must be recorded at once instead. */
export async function acceptResponse(d: Deps, ctx: Ctx, input: SubmitInput): Promise<Acceptance> {
  authorize(ctx, 'responses:write');
  // Refused now, not by the worker after a 202.
  if (input.submittedAt) checkEventTime(d.clock.now(), 'submittedAt', input.submittedAt);
  const kind = await d.r.surveys.kindOf(ctx.workspaceId, input.surveyId);
  if (!kind) return { queued: false, reason: 'unknown_survey' };
  if (ANONYMOUS_KINDS.has(kind) || input.employeeId) return { queued: false, reason: 'pulse' };
  const now = d.clock.now().toISOString();
  const payload: ResponseSubmitPayload = {
    responseId: d.ids.id('rsp'),
    actor: ctx.actor,
    // Answered when it arrived, not when the worker gets to it.
    input: { ...input, submittedAt: input.submittedAt ?? now },
    acceptedAt: now,
  };
  const submissionId = d.ids.id('job');
  await d.r.jobs.enqueue(
    ctx.workspaceId,
    { name: RESPONSE_SUBMIT_JOB, payload },
    submissionId,
    now,
  );
  return { queued: true, responseId: payload.responseId, submissionId };
}

export type SubmissionStatus = 'queued' | 'stored' | 'failed';

export interface Submission {
  id: string;
  responseId: string;
  status: SubmissionStatus;
  acceptedAt: string;
  /** Attempts made so far (a passing failure, e.g. a busy database, is retried). */
  attempts: number;
  /** Why it was not stored, when it failed: `<code>: <message>`. */
  error: string | null;
}

const STATUS = { queued: 'queued', running: 'queued', done: 'stored', dead: 'failed' } as const;

/** A submission's status: for the actor who sent it, and for admins and analysts. */
export async function getSubmission(d: Deps, ctx: Ctx, id: string): Promise<Submission> {
  authorize(ctx, 'responses:read');
  const job = await d.r.jobs.get(ctx.workspaceId, id);
  if (!job || job.name !== RESPONSE_SUBMIT_JOB) throw notFound('submission', id);
  const p = job.payload as unknown as ResponseSubmitPayload;
  const mine = p.actor.kind === ctx.actor.kind && p.actor.id === ctx.actor.id;
  if (!mine && ctx.actor.role !== 'admin' && ctx.actor.role !== 'analyst')
    throw notFound('submission', id);
  return {
    id: job.id,
    responseId: p.responseId,
    status: STATUS[job.status],
    acceptedAt: p.acceptedAt,
    attempts: job.attempts,
    error: job.status === 'dead' ? job.lastError : null,
  };
}

/** The worker's check that a queued submission still belongs where it was accepted. */
export function submissionCtx(workspaceId: string, p: ResponseSubmitPayload): Ctx {
  if (p.actor.workspaceId !== workspaceId)
    throw new DomainError('forbidden', 'The submission was accepted in another workspace.');
  return { workspaceId, actor: p.actor };
}
