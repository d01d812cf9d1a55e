/**
 * Importing customers a chunk at a time: the same checks and the same outcome per row as
 * importCustomer, row after row — a duplicate external id (stored already, or earlier in the
 * file) is a duplicate, a bad value rejects its row alone — but the lookups are made once per
 * chunk and the new customers are written in one multi-row insert. A CRM export of a million
 * customers is the import people run first.
 */
import { authorize, type Ctx } from '../auth/actor.ts';
import type { Deps } from '../common/deps.ts';
import type { Customer } from '../customers/customer.ts';
import { newCustomer } from '../customers/customer.service.ts';
import { isDomainError } from '../errors/domain-error.ts';
import type { EachResult } from '../ports/repos.ts';
import { customerFields, noEmployee, type RowOutcome } from './import-rows.ts';
import type { MappedRecord } from './mapping.ts';

const distinct = (values: Array<string | undefined>): string[] => [
  ...new Set(values.filter((v): v is string => !!v)),
];

/**
 * One outcome per record, in order. A record that fails a check is rejected with the error
 * importCustomer would give; anything else (the store refusing the insert) throws, and the
 * caller retries the chunk row by row so that only the refused row fails.
 */
export async function importCustomerChunk(
  d: Deps,
  ctx: Ctx,
  recs: readonly MappedRecord[],
): Promise<EachResult<RowOutcome>[]> {
  authorize(ctx, 'customers:write');
  const ws = ctx.workspaceId;
  const known = await d.r.customers.idsByExternalId(
    ws,
    distinct(recs.map((r) => r.fields.externalId)),
  );
  const owners = await d.r.employees.idsByExternalId(
    ws,
    distinct(recs.map((r) => r.fields.relationshipOwner)),
  );
  const now = d.clock.now().toISOString();
  const fresh: Customer[] = [];
  const out = recs.map((rec): EachResult<RowOutcome> => {
    const ext = rec.fields.externalId;
    const stored = ext ? known.get(ext) : undefined;
    if (stored) return { ok: true, value: { status: 'duplicate', id: stored } };
    try {
      const { input, ownerExternalId } = customerFields(rec);
      const ownerId = ownerExternalId ? owners.get(ownerExternalId) : undefined;
      if (ownerExternalId && !ownerId) throw noEmployee('relationshipOwner', ownerExternalId);
      const c = newCustomer(d, ctx, { ...input, relationshipOwnerId: ownerId }, now);
      fresh.push(c);
      if (ext) known.set(ext, c.id);
      return { ok: true, value: { status: 'created', id: c.id } };
    } catch (error) {
      if (!isDomainError(error)) throw error;
      return { ok: false, error };
    }
  });
  await d.r.customers.insertMany(fresh);
  return out;
}
