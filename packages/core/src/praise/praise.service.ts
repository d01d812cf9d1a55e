/**
 * Praise: delivered to each employee praised and to their manager (with an e-mail each and a
 * `praise.created` webhook); a recipient passes it one level up with a note; a thank-you
 * follow-up task goes to the team lead. The recognition feed and counts per person and team.
 */
import { authorize, type Actor, type Ctx } from '../auth/actor.ts';
import { seesEmployee, visibility, type Visibility } from '../auth/visibility.ts';
import type { Deps } from '../common/deps.ts';
import type { Page, PageRequest } from '../common/page.ts';
import { DomainError, invalid, notFound } from '../errors/domain-error.ts';
import { notifyEmployees } from '../notify/notification.ts';
import { emitWebhook } from '../webhooks/webhook.service.ts';
import { createThankYouTask } from './follow-up.ts';
import {
  PRAISE_CREATED,
  PRAISE_PASSED_UP,
  type Praise,
  type PraiseCounts,
  type PraiseDelivery,
  praiseVisibleTo,
  type PraiseAudience,
  type PraiseFeedFilter,
  type PraiseSource,
} from './praise.ts';
import { praiseSubjects } from './praise-subjects.ts';

export interface NewPraise {
  source: PraiseSource;
  subjectIds: string[];
  customerId?: string | null | undefined;
  interactionId?: string | null | undefined;
  responseId?: string | null | undefined;
  signalId?: string | null | undefined;
  text?: string | null | undefined;
}

export const publicPraise = ({ workspaceId: _ws, ...rest }: Praise) => rest;

/** Records praise and delivers it to the employees praised and their managers. */
export async function recordPraise(d: Deps, actor: Actor, input: NewPraise): Promise<Praise> {
  const ws = actor.workspaceId;
  const now = d.clock.now().toISOString();
  const subjects = await d.r.employees.getMany(ws, input.subjectIds);
  const id = d.ids.id('prs');
  const deliveries: PraiseDelivery[] = subjects.map((e) => ({
    praiseId: id,
    employeeId: e.id,
    level: 0,
    via: 'praised',
    passedBy: null,
    note: null,
    deliveredAt: now,
  }));
  const have = new Set(subjects.map((e) => e.id));
  for (const e of subjects)
    if (e.managerId && !have.has(e.managerId)) {
      have.add(e.managerId);
      deliveries.push({
        praiseId: id,
        employeeId: e.managerId,
        level: 1,
        via: 'manager',
        passedBy: null,
        note: null,
        deliveredAt: now,
      });
    }
  const praise: Praise = {
    id,
    workspaceId: ws,
    source: input.source,
    customerId: input.customerId ?? null,
    interactionId: input.interactionId ?? null,
    responseId: input.responseId ?? null,
    signalId: input.signalId ?? null,
    text: input.text ?? null,
    createdBy: actor.kind === 'user' && actor.employeeId ? actor.employeeId : actor.id,
    createdAt: now,
    subjectIds: subjects.map((e) => e.id),
    deliveries,
  };
  await d.r.praise.insert(praise);
  const names = subjects.map((e) => e.name).join(' and ');
  const quote = praise.text ? `\n\n"${praise.text}"` : '';
  await notifyEmployees(d, ws, praise.subjectIds, {
    subject: 'A customer praised you',
    text: `Well done — you were recognised.${quote}`,
    link: `/praise/${id}`,
  });
  await notifyEmployees(
    d,
    ws,
    deliveries.filter((x) => x.via === 'manager').map((x) => x.employeeId),
    {
      subject: `Praise for ${names}`,
      text: `${names} was praised. You can pass it on to your manager with a note.${quote}`,
      link: `/praise/${id}`,
    },
  );
  await emitWebhook(d, ws, PRAISE_CREATED, { praise: publicPraise(praise) }, id);
  if (praise.customerId) await createThankYouTask(d, ws, praise);
  return praise;
}

/** An employee logs praise for colleagues, or a contact-form thank-you is recorded. */
export async function createPraise(
  d: Deps,
  ctx: Ctx,
  input: Omit<NewPraise, 'subjectIds' | 'signalId'> & { employeeIds?: string[] | undefined },
): Promise<Praise> {
  authorize(ctx, 'praise:write');
  const ws = ctx.workspaceId;
  const customer = input.customerId ? await d.r.customers.get(ws, input.customerId) : undefined;
  if (input.customerId && !customer)
    throw invalid('customerId', `No customer ${input.customerId} in this workspace.`);
  const interaction = input.interactionId
    ? await d.r.interactions.get(ws, input.interactionId)
    : undefined;
  if (input.interactionId && !interaction)
    throw invalid('interactionId', `No interaction ${input.interactionId} in this workspace.`);
  let subjectIds = [...new Set(input.employeeIds ?? [])];
  const found = await d.r.employees.getMany(ws, subjectIds);
  subjectIds.forEach((id, i) => {
    if (!found.some((e) => e.id === id))
      throw invalid(`employeeIds[${i}]`, `No employee ${id} in this workspace.`);
  });
  if (!subjectIds.length) {
    subjectIds = await praiseSubjects(d, ws, {
      texts: input.text ? [input.text] : [],
      triggers: [],
      customerId: customer?.id ?? interaction?.customerId ?? null,
      interaction: interaction ?? null,
    });
    if (!subjectIds.length)
      throw invalid(
        'employeeIds',
        'Name the employees praised: nobody was recognised in the text.',
      );
  }
  return recordPraise(d, ctx.actor, {
    ...input,
    customerId: customer?.id ?? interaction?.customerId ?? null,
    subjectIds,
  });
}

const audience = (v: Visibility): PraiseAudience | undefined =>
  v.kind === 'workspace' ? undefined : { employeeIds: v.employeeIds, recipientId: v.self };

/** Praise outside the actor's scope is as missing as a foreign id. */
export async function getPraise(d: Deps, ctx: Ctx, id: string): Promise<Praise> {
  authorize(ctx, 'praise:read');
  const p = await d.r.praise.get(ctx.workspaceId, id);
  const a = audience(await visibility(d, ctx));
  if (!p || (a && !praiseVisibleTo(p, a))) throw notFound('praise', id);
  return p;
}

/**
 * A recipient passes the praise to their own manager with a note. A signed-in employee
 * passes as themselves; an API key names the employee passing it.
 */
export async function passPraiseUp(
  d: Deps,
  ctx: Ctx,
  id: string,
  input: { note?: string | null | undefined; byEmployeeId?: string | undefined },
): Promise<Praise> {
  authorize(ctx, 'praise:write');
  const ws = ctx.workspaceId;
  const p = await getPraise(d, ctx, id);
  const by = ctx.actor.employeeId ?? input.byEmployeeId;
  if (!by) throw invalid('byEmployeeId', 'Name the employee passing the praise on.');
  const mine = p.deliveries.find((x) => x.employeeId === by);
  if (!mine)
    throw new DomainError('forbidden', 'Only someone who received this praise can pass it on.');
  const me = await d.r.employees.get(ws, by);
  if (!me?.managerId) throw new DomainError('conflict', 'There is no manager above to pass it to.');
  const delivery: PraiseDelivery = {
    praiseId: p.id,
    employeeId: me.managerId,
    level: mine.level + 1,
    via: 'passed_up',
    passedBy: me.id,
    note: input.note?.trim() || null,
    deliveredAt: d.clock.now().toISOString(),
  };
  if (!(await d.r.praise.addDelivery(ws, delivery)))
    throw new DomainError('conflict', 'Your manager has received this praise already.');
  const next = { ...p, deliveries: [...p.deliveries, delivery] };
  const about = (await d.r.employees.getMany(ws, p.subjectIds)).map((e) => e.name).join(' and ');
  await notifyEmployees(d, ws, [me.managerId], {
    subject: `${me.name} passed on praise for ${about}`,
    text: `${delivery.note ? `${me.name} writes: "${delivery.note}"\n\n` : ''}${p.text ? `"${p.text}"` : ''}`,
    link: `/praise/${p.id}`,
  });
  await emitWebhook(d, ws, PRAISE_PASSED_UP, { praise: publicPraise(next), delivery }, p.id);
  return next;
}

export async function praiseFeed(
  d: Deps,
  ctx: Ctx,
  filter: PraiseFeedFilter,
  page: PageRequest,
): Promise<Page<Praise>> {
  authorize(ctx, 'praise:read');
  const visibleTo = audience(await visibility(d, ctx));
  return d.r.praise.feed(ctx.workspaceId, { ...filter, visibleTo }, page);
}

export async function praiseCounts(d: Deps, ctx: Ctx, employeeId: string): Promise<PraiseCounts> {
  authorize(ctx, 'praise:read');
  // Someone outside the actor's scope is counted as unknown, like a foreign id.
  const v = await visibility(d, ctx);
  if (!seesEmployee(v, employeeId) || !(await d.r.employees.get(ctx.workspaceId, employeeId)))
    throw invalid('employeeId', `No employee ${employeeId} in this workspace.`);
  return d.r.praise.counts(ctx.workspaceId, employeeId);
}
