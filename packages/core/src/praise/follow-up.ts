/**
 * Follow-up tasks. After praise, the team lead of the employee praised is asked to thank the
 * customer personally; when done (a call, a voicemail, an e-mail…) it is recorded on the
 * customer's history as an interaction marked `followUpTaskId`, which never triggers a survey.
 */
import { authorize, type Ctx } from '../auth/actor.ts';
import { checkAssignable } from '../auth/assignable.ts';
import { visiblePeople } from '../auth/visibility.ts';
import type { Deps } from '../common/deps.ts';
import type { Page, PageRequest } from '../common/page.ts';
import { addBusinessHours } from '../cases/business-hours.ts';
import { DomainError, invalid, notFound } from '../errors/domain-error.ts';
import { createInteraction } from '../interactions/interaction.service.ts';
import type { Channel } from '../interactions/interaction.ts';
import { notifyEmployees } from '../notify/notification.ts';
import { withDefaults } from '../workspace/workspace.ts';
import type { Praise } from './praise.ts';
import type { FollowUpMethod, Task, TaskFilter } from './task.ts';

const CHANNEL_OF: Record<FollowUpMethod, Channel> = {
  call: 'phone',
  voicemail: 'phone',
  email: 'email',
  sms: 'sms',
  in_person: 'in_store',
};

/** Business hours to thank the customer within. */
const THANK_WITHIN_HOURS = 16;

/** The team lead of the first employee praised; their manager when they lead the team. */
async function thankYouAssignee(d: Deps, ws: string, praise: Praise): Promise<string | null> {
  const first = praise.subjectIds[0];
  const e = first ? await d.r.employees.get(ws, first) : undefined;
  if (!e) return null;
  const team = e.teamId ? await d.r.teams.get(ws, e.teamId) : undefined;
  if (team?.leadId && team.leadId !== e.id) return team.leadId;
  return e.managerId;
}

export async function createThankYouTask(d: Deps, ws: string, praise: Praise): Promise<Task> {
  const settings = withDefaults((await d.r.workspaces.get(ws))?.settings);
  const now = d.clock.now().toISOString();
  const customer = praise.customerId ? await d.r.customers.get(ws, praise.customerId) : undefined;
  const task: Task = {
    id: d.ids.id('tsk'),
    workspaceId: ws,
    kind: 'thank_customer',
    title: `Thank ${customer?.name ?? 'the customer'} personally for the praise`,
    customerId: praise.customerId,
    praiseId: praise.id,
    caseId: null,
    assigneeId: await thankYouAssignee(d, ws, praise),
    status: 'open',
    dueAt: addBusinessHours(now, THANK_WITHIN_HOURS, settings.businessHours, settings.timezone),
    completedAt: null,
    method: null,
    note: null,
    interactionId: null,
    createdAt: now,
  };
  await d.r.tasks.insert(task);
  await notifyEmployees(d, ws, [task.assigneeId], {
    subject: task.title,
    text: `A customer praised your team. Please thank them personally by ${task.dueAt}.`,
    link: `/tasks/${task.id}`,
  });
  return task;
}

/**
 * A task the actor may see: an agent's or manager's are those assigned to them or anyone under
 * them (docs/SECURITY.md § 9); one outside answers exactly like a missing id.
 */
export async function getTask(d: Deps, ctx: Ctx, id: string): Promise<Task> {
  authorize(ctx, 'cases:read');
  const t = await d.r.tasks.get(ctx.workspaceId, id);
  const people = await visiblePeople(d, ctx);
  if (!t || (people && !(t.assigneeId !== null && people.includes(t.assigneeId))))
    throw notFound('task', id);
  return t;
}

export async function listTasks(
  d: Deps,
  ctx: Ctx,
  filter: TaskFilter,
  page: PageRequest,
): Promise<Page<Task>> {
  authorize(ctx, 'cases:read');
  const visibleTo = await visiblePeople(d, ctx);
  return d.r.tasks.list(ctx.workspaceId, { ...filter, visibleTo }, page);
}

export async function assignTask(
  d: Deps,
  ctx: Ctx,
  id: string,
  assigneeId: string | null,
): Promise<Task> {
  authorize(ctx, 'cases:write');
  const t = await getTask(d, ctx, id);
  if (assigneeId && !(await d.r.employees.get(ctx.workspaceId, assigneeId)))
    throw invalid('assigneeId', `No employee ${assigneeId} in this workspace.`);
  await checkAssignable(d, ctx, assigneeId, 'assigneeId');
  const next = { ...t, assigneeId };
  await d.r.tasks.update(next);
  return next;
}

async function stageFor(d: Deps, ctx: Ctx, t: Task): Promise<string> {
  const stages = withDefaults((await d.r.workspaces.get(ctx.workspaceId))?.settings).journeyStages;
  const praise = t.praiseId ? await d.r.praise.get(ctx.workspaceId, t.praiseId) : undefined;
  const source = praise?.interactionId
    ? await d.r.interactions.get(ctx.workspaceId, praise.interactionId)
    : undefined;
  if (source && stages.includes(source.stage)) return source.stage;
  return ['support', 'usage'].find((s) => stages.includes(s)) ?? (stages[0] as string);
}

/** Completes a task; a follow-up with a customer is recorded on the customer's history. */
export async function completeTask(
  d: Deps,
  ctx: Ctx,
  id: string,
  input: { method: FollowUpMethod; note?: string | null | undefined },
): Promise<Task> {
  authorize(ctx, 'cases:write');
  const t = await getTask(d, ctx, id);
  if (t.status !== 'open') throw new DomainError('conflict', `The task is ${t.status} already.`);
  const now = d.clock.now().toISOString();
  let interactionId: string | null = null;
  if (t.customerId) {
    const what = t.kind === 'thank_customer' ? 'Thank-you follow-up' : 'Follow-up';
    const i = await createInteraction(d, ctx, {
      customerId: t.customerId,
      channel: CHANNEL_OF[input.method],
      stage: await stageFor(d, ctx, t),
      occurredAt: now,
      outcome: 'resolved',
      employeeIds: t.assigneeId ? [t.assigneeId] : [],
      note: `${what} (${input.method.replace('_', ' ')})${input.note ? `: ${input.note}` : ''}`,
      attributes: {
        followUpTaskId: t.id,
        followUpMethod: input.method,
        ...(t.praiseId ? { praiseId: t.praiseId } : {}),
        ...(t.caseId ? { caseId: t.caseId } : {}),
      },
    });
    interactionId = i.id;
  }
  const next: Task = {
    ...t,
    status: 'done',
    completedAt: now,
    method: input.method,
    note: input.note ?? null,
    interactionId,
  };
  await d.r.tasks.update(next);
  return next;
}
