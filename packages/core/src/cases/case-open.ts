/**
 * Opening a case: a new red flag of a customer joins the case already open for the same
 * reason (the store adds the evidence items the case does not hold yet, keeping the latest
 * MAX_CASE_EVIDENCE; its priority may rise); otherwise a case opens with its owner, its SLA due
 * time in business hours, a timer job at that time, an e-mail to the owner and a `case.opened`
 * webhook.
 */
import type { Actor } from '../auth/actor.ts';
import type { Deps } from '../common/deps.ts';
import { withDefaults, type WorkspaceSettings } from '../workspace/workspace.ts';
import {
  CASE_PRIORITIES,
  CASE_SLA_CHECK_JOB,
  type Case,
  type CaseHead,
  type CasePriority,
  type Evidence,
} from './case.ts';
import { recordChange, saveCase } from './case-effects.ts';
import { summaryWithoutText } from './evidence.ts';
import type { OwnerChoice } from './case-owner.ts';
import { slaDueAt } from './sla.ts';

export interface OpenCaseInput {
  reason: string;
  priority: CasePriority;
  ruleId?: string | null | undefined;
  customerId: string | null;
  interactionId?: string | null | undefined;
  responseId?: string | null | undefined;
  evidence: Evidence[];
  /** Who owns a new case; a function is called only when no active case is joined. */
  owner: OwnerChoice | ((settings: WorkspaceSettings) => Promise<OwnerChoice>);
}

/** A case opened (with its evidence), or the active case the evidence joined (without it). */
export type OpenCaseResult = { case: Case; created: true } | { case: CaseHead; created: false };

const rank = (p: CasePriority) => CASE_PRIORITIES.indexOf(p);

/** Enqueues the SLA check of a case at its due time. */
export async function scheduleSlaCheck(d: Deps, c: Case): Promise<void> {
  if (!c.slaDueAt) return;
  await d.r.jobs.enqueue(
    c.workspaceId,
    {
      name: CASE_SLA_CHECK_JOB,
      payload: { caseId: c.id, dueAt: c.slaDueAt },
      runAt: c.slaDueAt,
      dedupeKey: `sla:${c.id}:${c.slaDueAt}`,
    },
    d.ids.id('job'),
    d.clock.now().toISOString(),
  );
}

async function join(
  d: Deps,
  actor: Actor,
  c: CaseHead,
  input: OpenCaseInput,
): Promise<OpenCaseResult> {
  // The store adds only the items the case does not hold yet, without reading the others.
  const added = await d.r.cases.addEvidence(c.workspaceId, c.id, input.evidence);
  const priority = rank(input.priority) > rank(c.priority) ? input.priority : c.priority;
  if (!added.length && priority === c.priority) return { case: c, created: false };
  const next = await saveCase(d, c, { priority });
  await recordChange(d, actor, next, {
    kind: 'evidence',
    data: {
      // The history names what joined; the words stay with the evidence (and its retention).
      added: added.map((e) => ({
        kind: e.kind,
        id: e.id,
        summary: summaryWithoutText(e.kind, e.summary),
      })),
      ruleId: input.ruleId ?? null,
      ...(priority !== c.priority ? { priority: { from: c.priority, to: priority } } : {}),
    },
    webhook: 'case.updated',
  });
  return { case: next, created: false };
}

export async function openCase(
  d: Deps,
  actor: Actor,
  input: OpenCaseInput,
): Promise<OpenCaseResult> {
  const ws = actor.workspaceId;
  if (input.customerId) {
    const existing = await d.r.cases.findActive(ws, input.customerId, input.reason);
    if (existing) return join(d, actor, existing, input);
  }
  const settings = withDefaults((await d.r.workspaces.get(ws))?.settings);
  const owner = typeof input.owner === 'function' ? await input.owner(settings) : input.owner;
  const now = d.clock.now().toISOString();
  const c: Case = {
    id: d.ids.id('cas'),
    workspaceId: ws,
    reason: input.reason,
    ruleId: input.ruleId ?? null,
    customerId: input.customerId,
    interactionId: input.interactionId ?? null,
    responseId: input.responseId ?? null,
    ownerId: owner.ownerId,
    teamId: owner.teamId,
    escalatedToId: null,
    priority: input.priority,
    status: 'open',
    escalationLevel: 0,
    slaDueAt: slaDueAt(input.priority, now, settings),
    slaBreachedAt: null,
    firstActionAt: null,
    resolvedAt: null,
    closedAt: null,
    rootCause: null,
    outcome: null,
    evidence: input.evidence,
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
  await d.r.cases.insert(c);
  await scheduleSlaCheck(d, c);
  const lines = input.evidence.map((e) => `- ${e.summary}`).join('\n');
  await recordChange(d, actor, c, {
    kind: 'opened',
    data: {
      reason: c.reason,
      priority: c.priority,
      ownerId: c.ownerId,
      why: owner.why,
      ruleId: c.ruleId,
      slaDueAt: c.slaDueAt,
    },
    webhook: 'case.opened',
    notify: {
      to: [c.ownerId],
      notice: {
        subject: `New ${c.priority}-priority case: ${c.reason.replace(/_/g, ' ')}`,
        text: `A case was opened for you (${owner.why}). Please act before ${c.slaDueAt}.\n\nWhat we know:\n${lines}`,
      },
    },
  });
  return { case: c, created: true };
}
