/**
 * How much of a customer's journey an agent or manager sees (docs/SECURITY.md § 9): the whole
 * of it for a customer in their book (they, or someone under them, own the relationship or a
 * case of the customer's); for a customer they only served, the touchpoints they served and
 * the answers and texts about those.
 */
import type { Ctx } from '../auth/actor.ts';
import type { Deps } from '../common/deps.ts';
import type { Customer } from '../customers/customer.ts';
import type { TouchpointData } from '../engagement/touchpoint.ts';

async function inBook(d: Deps, ctx: Ctx, c: Customer, people: readonly string[]) {
  if (c.relationshipOwnerId !== null && people.includes(c.relationshipOwnerId)) return true;
  const cases = await d.r.cases.list(
    ctx.workspaceId,
    { customerId: c.id, visibleTo: people },
    { limit: 1 },
  );
  return cases.items.length > 0;
}

async function servedIds(d: Deps, ctx: Ctx, customerId: string, people: readonly string[]) {
  const ids = new Set<string>();
  let cursor: string | undefined;
  do {
    const page = await d.r.interactions.list(
      ctx.workspaceId,
      { customerId, visibleTo: people },
      { limit: 500, cursor },
    );
    for (const i of page.items) ids.add(i.id);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return ids;
}

/** The touchpoint data narrowed to what the people see; all of it when people is undefined. */
export async function journeyInScope(
  d: Deps,
  ctx: Ctx,
  customer: Customer,
  people: readonly string[] | undefined,
  data: TouchpointData,
): Promise<TouchpointData> {
  if (!people || (await inBook(d, ctx, customer, people))) return data;
  const served = await servedIds(d, ctx, customer.id, people);
  const ok = (id: string | null) => id !== null && served.has(id);
  return {
    interactions: data.interactions.filter((i) => served.has(i.id)),
    responses: data.responses.filter((r) => ok(r.interactionId)),
    signals: data.signals.filter((s) => ok(s.interactionId)),
  };
}
