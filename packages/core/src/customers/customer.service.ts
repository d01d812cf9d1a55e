import { blankToNull } from '../common/blank.ts';
import { authorize, type Ctx } from '../auth/actor.ts';
import { visiblePeople } from '../auth/visibility.ts';
import type { Deps } from '../common/deps.ts';
import type { Page, PageRequest } from '../common/page.ts';
import { DomainError, invalid, notFound } from '../errors/domain-error.ts';
import {
  INITIAL_ENGAGEMENT,
  type Customer,
  type CustomerFilter,
  type CustomerInput,
} from './customer.ts';

/** A customer may have no name (an e-mail or a phone is enough), no externalId, no segment. */
const BLANK_IS_NULL = ['externalId', 'name', 'segment'] as const;

async function checkOwner(d: Deps, ctx: Ctx, ownerId: string | null | undefined): Promise<void> {
  if (!ownerId) return;
  if (!(await d.r.employees.get(ctx.workspaceId, ownerId))) {
    throw invalid('relationshipOwnerId', `No employee ${ownerId} in this workspace.`);
  }
}

async function checkExternalId(
  d: Deps,
  ctx: Ctx,
  externalId: string | null | undefined,
  selfId?: string,
) {
  const id = blankToNull(externalId);
  if (!id) return;
  const other = await d.r.customers.getByExternalId(ctx.workspaceId, id);
  if (other && other.id !== selfId) {
    throw new DomainError(
      'conflict',
      `A customer with externalId ${id} exists already (${other.id}).`,
      {
        field: 'externalId',
      },
    );
  }
}

export async function createCustomer(d: Deps, ctx: Ctx, input: CustomerInput): Promise<Customer> {
  authorize(ctx, 'customers:write');
  await checkOwner(d, ctx, input.relationshipOwnerId);
  await checkExternalId(d, ctx, input.externalId);
  const customer = newCustomer(d, ctx, input, d.clock.now().toISOString());
  await d.r.customers.insert(customer);
  return customer;
}

/** A new customer record from checked input (owner and externalId already checked). */
export function newCustomer(
  d: Pick<Deps, 'ids'>,
  ctx: Ctx,
  input: CustomerInput,
  now: string,
): Customer {
  return {
    id: d.ids.id('cus'),
    workspaceId: ctx.workspaceId,
    externalId: blankToNull(input.externalId),
    name: blankToNull(input.name),
    email: input.email ?? null,
    phone: input.phone ?? null,
    timezone: input.timezone ?? null,
    locale: input.locale ?? null,
    segment: blankToNull(input.segment),
    relationshipOwnerId: input.relationshipOwnerId ?? null,
    attributes: input.attributes ?? {},
    consent: { email: input.consent?.email ?? true, sms: input.consent?.sms ?? true },
    optedOutAt: null,
    engagementScore: INITIAL_ENGAGEMENT,
    createdAt: now,
    updatedAt: now,
  };
}

/**
 * A customer the actor may see (docs/SECURITY.md § 9): one outside an agent's or manager's
 * scope answers exactly like a missing id.
 */
export async function getCustomer(d: Deps, ctx: Ctx, id: string): Promise<Customer> {
  authorize(ctx, 'customers:read');
  const visibleTo = await visiblePeople(d, ctx);
  const c = visibleTo
    ? (await d.r.customers.list(ctx.workspaceId, { ids: [id], visibleTo }, { limit: 1 })).items[0]
    : await d.r.customers.get(ctx.workspaceId, id);
  if (!c) throw notFound('customer', id);
  return c;
}

export async function listCustomers(
  d: Deps,
  ctx: Ctx,
  filter: CustomerFilter,
  page: PageRequest,
): Promise<Page<Customer>> {
  authorize(ctx, 'customers:read');
  const visibleTo = await visiblePeople(d, ctx);
  return d.r.customers.list(ctx.workspaceId, { ...filter, visibleTo }, page);
}

export async function updateCustomer(
  d: Deps,
  ctx: Ctx,
  id: string,
  patch: CustomerInput,
): Promise<Customer> {
  authorize(ctx, 'customers:write');
  const current = await getCustomer(d, ctx, id);
  if (patch.relationshipOwnerId !== undefined) await checkOwner(d, ctx, patch.relationshipOwnerId);
  if (patch.externalId !== undefined) await checkExternalId(d, ctx, patch.externalId, id);
  const next: Customer = { ...current, updatedAt: d.clock.now().toISOString() };
  for (const key of ['email', 'phone', 'timezone', 'locale', 'relationshipOwnerId'] as const) {
    const v = patch[key];
    if (v !== undefined) next[key] = v;
  }
  for (const key of BLANK_IS_NULL)
    if (patch[key] !== undefined) next[key] = blankToNull(patch[key]);
  if (patch.attributes !== undefined) next.attributes = patch.attributes;
  if (patch.consent !== undefined) next.consent = { ...current.consent, ...patch.consent };
  await d.r.customers.update(next);
  return next;
}

export async function deleteCustomer(d: Deps, ctx: Ctx, id: string): Promise<void> {
  authorize(ctx, 'customers:delete');
  if (!(await d.r.customers.delete(ctx.workspaceId, id))) throw notFound('customer', id);
}
