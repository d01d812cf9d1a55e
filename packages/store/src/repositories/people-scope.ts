/**
 * The role scope of an agent or manager (issue 11, core/auth/visibility.ts) as conditions of
 * the store's own queries, so that filters and cursors only ever narrow it:
 *
 * - served: interactions with one of the people among their employees;
 * - book: customers one of them is relationship owner of, or whose case one of them owns or has
 *   been escalated to.
 *
 * A customer is in scope when in the book or served; an interaction when served or of a
 * customer in the book; a response — and an invitation — when about a served interaction or
 * to/from a book customer.
 */
import { sql, type Expression, type ExpressionBuilder, type Kysely, type SqlBool } from 'kysely';
import type { Database } from '../schema.ts';

const nothing = sql<SqlBool>`1 = 0`;

/** Ids of the interactions served by these people. */
export const servedBy = (db: Kysely<Database>, ws: string, people: string[]) =>
  db
    .selectFrom('interaction_employees')
    .select('interaction_id')
    .where('workspace_id', '=', ws)
    .where('employee_id', 'in', people);

/** Ids of the customers of the cases owned by, or escalated to, these people. */
const caseCustomers = (db: Kysely<Database>, ws: string, people: string[]) =>
  db
    .selectFrom('cases')
    .select('customer_id')
    .where('workspace_id', '=', ws)
    .where((eb) => eb.or([eb('owner_id', 'in', people), eb('escalated_to_id', 'in', people)]));

/** Ids of the customers whose relationship one of these people owns. */
const ownedCustomers = (db: Kysely<Database>, ws: string, people: string[]) =>
  db
    .selectFrom('customers')
    .select('id')
    .where('workspace_id', '=', ws)
    .where('relationship_owner_id', 'in', people);

/** `customers` rows in scope. */
export function customerInScope(db: Kysely<Database>, ws: string, people: readonly string[]) {
  const p = [...people];
  return (eb: ExpressionBuilder<Database, 'customers'>): Expression<SqlBool> =>
    p.length
      ? eb.or([
          eb('relationship_owner_id', 'in', p),
          eb('id', 'in', caseCustomers(db, ws, p)),
          eb(
            'id',
            'in',
            db
              .selectFrom('interactions')
              .select('customer_id')
              .where('workspace_id', '=', ws)
              .where('id', 'in', servedBy(db, ws, p)),
          ),
        ])
      : nothing;
}

/** `interactions` rows in scope. */
export function interactionInScope(db: Kysely<Database>, ws: string, people: readonly string[]) {
  const p = [...people];
  return (eb: ExpressionBuilder<Database, 'interactions'>): Expression<SqlBool> =>
    p.length
      ? eb.or([
          eb('id', 'in', servedBy(db, ws, p)),
          eb('customer_id', 'in', ownedCustomers(db, ws, p)),
          eb('customer_id', 'in', caseCustomers(db, ws, p)),
        ])
      : nothing;
}

/** `responses` rows in scope. */
export function responseInScope(db: Kysely<Database>, ws: string, people: readonly string[]) {
  const p = [...people];
  return (eb: ExpressionBuilder<Database, 'responses'>): Expression<SqlBool> =>
    p.length
      ? eb.or([
          eb('interaction_id', 'in', servedBy(db, ws, p)),
          eb('customer_id', 'in', ownedCustomers(db, ws, p)),
          eb('customer_id', 'in', caseCustomers(db, ws, p)),
        ])
      : nothing;
}

/** `invitations` rows in scope: the rule of responses (an employee pulse's never are). */
export function invitationInScope(db: Kysely<Database>, ws: string, people: readonly string[]) {
  const p = [...people];
  return (eb: ExpressionBuilder<Database, 'invitations'>): Expression<SqlBool> =>
    p.length
      ? eb.or([
          eb('interaction_id', 'in', servedBy(db, ws, p)),
          eb('customer_id', 'in', ownedCustomers(db, ws, p)),
          eb('customer_id', 'in', caseCustomers(db, ws, p)),
        ])
      : nothing;
}
