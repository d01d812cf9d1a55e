/**
 * The case API's use cases: open one by hand, read one with its evidence and history, list
 * with filters, move its status, assign (one or many), add notes, close with an outcome and
 * a root cause (optionally re-surveying the customer).
 */
import { authorize, systemCtx, type Ctx } from '../auth/actor.ts';
import { checkAssignable } from '../auth/assignable.ts';
import { visibility, type Visibility } from '../auth/visibility.ts';
import { addMs, DAY_MS } from '../common/clock.ts';
import type { Deps } from '../common/deps.ts';
import type { Page, PageRequest } from '../common/page.ts';
import { invalid, notFound } from '../errors/domain-error.ts';
import { inviteCustomer } from '../feedback/invitation.service.ts';
import { withDefaults } from '../workspace/workspace.ts';
import {
  caseVisibleTo,
  type Case,
  type CaseEvent,
  type CaseFilter,
  type CaseOutcome,
  type CasePriority,
  type CaseStatus,
} from './case.ts';
import { recordChange, saveCase } from './case-effects.ts';
import { caseOwner, type OwnerChoice } from './case-owner.ts';
import { openCase } from './case-open.ts';
import { closedLoopSettings } from './case-settings.ts';
import { checkMove, checkNotClosed } from './case-status.ts';
import { evidenceOfInteraction, evidenceOfResponse } from './evidence.ts';
import { dueSoonBefore } from './sla.ts';

export interface CaseWithHistory {
  case: Case;
  history: CaseEvent[];
}

export interface NewCaseInput {
  reason: string;
  priority: CasePriority;
  customerId: string;
  interactionId?: string | null | undefined;
  responseId?: string | null | undefined;
  ownerId?: string | null | undefined;
  note?: string | null | undefined;
}

export interface CasePatch {
  status?: Exclude<CaseStatus, 'closed'> | undefined;
  ownerId?: string | null | undefined;
  priority?: CasePriority | undefined;
}

export interface CloseInput {
  outcome: CaseOutcome;
  rootCause?: string | null | undefined;
  note?: string | null | undefined;
  /** Re-survey the customer with the workspace's re-survey settings. */
  resurvey?: boolean | undefined;
}

const visible = (v: Visibility, c: Case): boolean =>
  v.kind === 'workspace' || caseVisibleTo(c, v.employeeIds);

/** The case if the actor may see it; one outside their scope is as missing as a foreign id. */
async function findVisible(d: Deps, ctx: Ctx, id: string): Promise<Case | undefined> {
  const c = await d.r.cases.get(ctx.workspaceId, id);
  return c && visible(await visibility(d, ctx), c) ? c : undefined;
}

async function load(d: Deps, ctx: Ctx, id: string): Promise<Case> {
  const c = await findVisible(d, ctx, id);
  if (!c) throw notFound('case', id);
  return c;
}

async function checkOwner(d: Deps, ctx: Ctx, id: string, field: string) {
  const e = await d.r.employees.get(ctx.workspaceId, id);
  if (!e || !e.active) throw invalid(field, `No active employee ${id} in this workspace.`);
  return e;
}

/** A person acting (not the system) marks the first action on the case. */
const firstAction = (ctx: Ctx, c: Case, now: string) =>
  c.firstActionAt ?? (ctx.actor.kind === 'system' ? null : now);

export async function createCase(d: Deps, ctx: Ctx, input: NewCaseInput): Promise<Case> {
  authorize(ctx, 'cases:write');
  const ws = ctx.workspaceId;
  const customer = await d.r.customers.get(ws, input.customerId);
  if (!customer) throw invalid('customerId', `No customer ${input.customerId} in this workspace.`);
  const interaction = input.interactionId
    ? await d.r.interactions.get(ws, input.interactionId)
    : null;
  if (input.interactionId && (!interaction || interaction.customerId !== customer.id))
    throw invalid('interactionId', `No interaction ${input.interactionId} of this customer.`);
  const response = input.responseId ? await d.r.responses.get(ws, input.responseId) : null;
  if (input.responseId && (!response || response.customerId !== customer.id))
    throw invalid('responseId', `No response ${input.responseId} of this customer.`);
  let owner: OwnerChoice;
  if (input.ownerId) {
    const e = await checkOwner(d, ctx, input.ownerId, 'ownerId');
    await checkAssignable(d, ctx, e.id, 'ownerId');
    owner = { ownerId: e.id, teamId: e.teamId, why: 'chosen by hand' };
  } else {
    owner = await caseOwner(d, ws, 'attribution', {
      scope: interaction ? 'transactional' : 'relationship',
      customer,
      interaction: interaction ?? null,
    });
  }
  const evidence = [
    ...(response ? [evidenceOfResponse(response)] : []),
    ...(interaction ? [evidenceOfInteraction(interaction)] : []),
  ];
  const opened = await openCase(d, ctx.actor, {
    reason: input.reason,
    priority: input.priority,
    customerId: customer.id,
    interactionId: interaction?.id ?? null,
    responseId: response?.id ?? null,
    evidence,
    owner,
  });
  if (input.note) return addNote(d, ctx, opened.case.id, input.note);
  if (opened.created) return opened.case;
  // Joined: the case with its evidence, as it was answered before joins stopped reading it.
  const joined = await d.r.cases.get(ctx.workspaceId, opened.case.id);
  if (!joined) throw notFound('case', opened.case.id);
  return joined;
}

export async function getCase(d: Deps, ctx: Ctx, id: string): Promise<CaseWithHistory> {
  authorize(ctx, 'cases:read');
  const c = await load(d, ctx, id);
  return { case: c, history: await d.r.cases.events(ctx.workspaceId, id) };
}

export async function listCases(
  d: Deps,
  ctx: Ctx,
  filter: CaseFilter,
  page: PageRequest,
): Promise<Page<Case>> {
  authorize(ctx, 'cases:read');
  const settings = withDefaults((await d.r.workspaces.get(ctx.workspaceId))?.settings);
  const now = d.clock.now().toISOString();
  const v = await visibility(d, ctx);
  return d.r.cases.list(
    ctx.workspaceId,
    {
      ...filter,
      visibleTo: v.kind === 'workspace' ? undefined : v.employeeIds,
      now,
      dueSoonBefore: dueSoonBefore(now, settings),
    },
    page,
  );
}

export async function updateCase(d: Deps, ctx: Ctx, id: string, patch: CasePatch): Promise<Case> {
  authorize(ctx, 'cases:write');
  let c = await load(d, ctx, id);
  const now = d.clock.now().toISOString();
  if (patch.status !== undefined && patch.status !== c.status) {
    checkMove(c.status, patch.status);
    const from = c.status;
    c = await saveCase(d, c, {
      status: patch.status,
      firstActionAt: firstAction(ctx, c, now),
      resolvedAt: patch.status === 'resolved' ? now : null,
    });
    await recordChange(d, ctx.actor, c, {
      kind: 'status',
      data: { from, to: patch.status },
      webhook: 'case.updated',
    });
  }
  if (patch.ownerId !== undefined && patch.ownerId !== c.ownerId) {
    checkNotClosed(c.status);
    const owner = patch.ownerId ? await checkOwner(d, ctx, patch.ownerId, 'ownerId') : null;
    await checkAssignable(d, ctx, owner?.id ?? null, 'ownerId');
    const from = c.ownerId;
    c = await saveCase(d, c, { ownerId: owner?.id ?? null, teamId: owner?.teamId ?? null });
    await recordChange(d, ctx.actor, c, {
      kind: 'assigned',
      data: { from, to: c.ownerId },
      webhook: 'case.updated',
      notify: {
        to: [c.ownerId],
        notice: {
          subject: `A case was assigned to you: ${c.reason.replace(/_/g, ' ')}`,
          text: `Case ${c.id} (${c.priority} priority) is now yours. Its SLA is due ${c.slaDueAt}.`,
        },
      },
    });
  }
  if (patch.priority !== undefined && patch.priority !== c.priority) {
    checkNotClosed(c.status);
    const from = c.priority;
    c = await saveCase(d, c, { priority: patch.priority });
    await recordChange(d, ctx.actor, c, {
      kind: 'priority',
      data: { from, to: c.priority },
      webhook: 'case.updated',
    });
  }
  return c;
}

/** Assigns many cases to one owner; each case is checked like a single update. */
export async function assignCases(
  d: Deps,
  ctx: Ctx,
  ids: readonly string[],
  ownerId: string,
): Promise<Case[]> {
  authorize(ctx, 'cases:write');
  await checkOwner(d, ctx, ownerId, 'ownerId');
  await checkAssignable(d, ctx, ownerId, 'ownerId');
  const out: Case[] = [];
  for (const [i, id] of [...new Set(ids)].entries()) {
    if (!(await findVisible(d, ctx, id)))
      throw invalid(`ids[${i}]`, `No case ${id} in this workspace.`);
    out.push(await updateCase(d, ctx, id, { ownerId }));
  }
  return out;
}

export async function addNote(d: Deps, ctx: Ctx, id: string, text: string): Promise<Case> {
  authorize(ctx, 'cases:write');
  if (!text.trim()) throw invalid('text', 'A note needs some text.');
  let c = await load(d, ctx, id);
  c = await saveCase(d, c, { firstActionAt: firstAction(ctx, c, d.clock.now().toISOString()) });
  await recordChange(d, ctx.actor, c, {
    kind: 'note',
    data: { text: text.trim() },
    webhook: 'case.note_added',
  });
  return c;
}

export async function closeCase(d: Deps, ctx: Ctx, id: string, input: CloseInput): Promise<Case> {
  authorize(ctx, 'cases:write');
  const ws = ctx.workspaceId;
  let c = await load(d, ctx, id);
  checkNotClosed(c.status); // closing twice would rewrite the outcome and announce it again
  checkMove(c.status, 'closed');
  const settings = withDefaults((await d.r.workspaces.get(ws))?.settings);
  const loop = closedLoopSettings(settings.closedLoop);
  if (input.rootCause && !loop.rootCauses.includes(input.rootCause))
    throw invalid(
      'rootCause',
      `Choose a root cause of this workspace: ${loop.rootCauses.join(', ')}.`,
    );
  if (input.resurvey && !loop.resurvey)
    throw invalid('resurvey', 'No re-survey is set up (settings closedLoop.resurvey).');
  if (input.resurvey && !c.customerId)
    throw invalid('resurvey', 'The case has no customer to re-survey.');
  const now = d.clock.now().toISOString();
  if (input.note?.trim()) c = await addNote(d, ctx, id, input.note);
  const from = c.status;
  c = await saveCase(d, c, {
    status: 'closed',
    closedAt: now,
    resolvedAt: c.resolvedAt ?? now,
    firstActionAt: firstAction(ctx, c, now),
    outcome: input.outcome,
    rootCause: input.rootCause ?? null,
  });
  await recordChange(d, ctx.actor, c, {
    kind: 'closed',
    data: { from, outcome: c.outcome, rootCause: c.rootCause },
    webhook: 'case.closed',
  });
  if (input.resurvey && loop.resurvey && c.customerId) {
    const r = await inviteCustomer(d, systemCtx(ws), {
      surveyId: loop.resurvey.surveyId,
      customerId: c.customerId,
      channel: loop.resurvey.channel,
      sendAt: addMs(now, loop.resurvey.delayDays * DAY_MS),
    });
    await recordChange(d, ctx.actor, c, {
      kind: 'resurvey',
      data: {
        invitationId: r.invitation.id,
        status: r.invitation.status,
        skipReason: r.invitation.skipReason,
        sendAt: r.invitation.sendAt,
      },
    });
  }
  return c;
}
