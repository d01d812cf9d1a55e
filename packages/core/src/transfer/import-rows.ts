/**
 * Importing one mapped record of each kind: references resolved inside the workspace (by the
 * external ids and e-mails the source tool knew), values read as other tools write them, and
 * the record stored through the same services the API uses. A record already imported (same
 * external id) is a duplicate, not an error, so an import can be resumed or run again.
 */
import type { Ctx } from '../auth/actor.ts';
import type { Deps } from '../common/deps.ts';
import type { CustomerInput } from '../customers/customer.ts';
import { createCustomer } from '../customers/customer.service.ts';
import { createEmployee, createTeam, updateEmployee } from '../employees/employee.service.ts';
import { DomainError, invalid } from '../errors/domain-error.ts';
import { submitResponse } from '../feedback/response.service.ts';
import type { InvitationChannel } from '../feedback/survey.ts';
import { createInteraction } from '../interactions/interaction.service.ts';
import {
  CHANNELS,
  EXPECTATIONS,
  OUTCOMES,
  type Channel,
  type Expectation,
  type Outcome,
} from '../interactions/interaction.ts';
import { localize } from '../surveys/localize.ts';
import type { LocalizedText, SurveyDefinition } from '../surveys/survey-definition.ts';
import type { MappedRecord } from './mapping.ts';
import { parseAnswerCell, parseExportTime, parseYesNo } from './values.ts';

export type RowOutcome = { status: 'created' | 'duplicate'; id: string };

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const PHONE = /^\+?[0-9 ()-]{5,24}$/;

function oneOf<T extends string>(
  field: string,
  value: string | undefined,
  allowed: readonly T[],
): T | undefined {
  if (value === undefined) return undefined;
  const v = value
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_') as T;
  if (!allowed.includes(v)) throw invalid(field, `"${value}" is not one of ${allowed.join(', ')}.`);
  return v;
}

function email(field: string, v: string | undefined): string | undefined {
  if (v === undefined) return undefined;
  if (!EMAIL.test(v)) throw invalid(field, `"${v}" is not an e-mail address.`);
  return v.toLowerCase();
}

/** The error for a reference to an employee the workspace does not have. */
export const noEmployee = (field: string, ext: string) =>
  invalid(field, `No employee with externalId "${ext}" (import employees first).`);

async function employeeByExternalId(
  d: Deps,
  ctx: Ctx,
  field: string,
  ext: string,
): Promise<string> {
  const e = await d.r.employees.getByExternalId(ctx.workspaceId, ext);
  if (!e) throw noEmployee(field, ext);
  return e.id;
}

/**
 * The checks of a customer record that need no lookup, in the order a row reports them; the
 * relationship owner comes back as the external id to resolve.
 */
export function customerFields(rec: MappedRecord): {
  input: CustomerInput;
  ownerExternalId: string | undefined;
} {
  const f = rec.fields;
  if (!f.name && !f.email && !f.phone && !f.externalId)
    throw invalid('name', 'A customer needs at least a name, an e-mail, a phone or an externalId.');
  if (f.phone && !PHONE.test(f.phone))
    throw invalid('phone', `"${f.phone}" is not a phone number.`);
  if (f.timezone) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: f.timezone });
    } catch {
      throw invalid('timezone', `"${f.timezone}" is not an IANA time zone.`);
    }
  }
  return {
    input: {
      externalId: f.externalId,
      name: f.name,
      email: email('email', f.email),
      phone: f.phone,
      timezone: f.timezone,
      locale: f.locale,
      segment: f.segment,
      attributes: Object.keys(rec.attributes).length ? rec.attributes : undefined,
    },
    ownerExternalId: f.relationshipOwner,
  };
}

export async function importCustomer(d: Deps, ctx: Ctx, rec: MappedRecord): Promise<RowOutcome> {
  const ext = rec.fields.externalId;
  if (ext) {
    const existing = await d.r.customers.getByExternalId(ctx.workspaceId, ext);
    if (existing) return { status: 'duplicate', id: existing.id };
  }
  const { input, ownerExternalId } = customerFields(rec);
  const c = await createCustomer(d, ctx, {
    ...input,
    relationshipOwnerId: ownerExternalId
      ? await employeeByExternalId(d, ctx, 'relationshipOwner', ownerExternalId)
      : undefined,
  });
  return { status: 'created', id: c.id };
}

/** First pass: the employee and their team; managers are linked in a second pass. */
export async function importEmployee(d: Deps, ctx: Ctx, rec: MappedRecord): Promise<RowOutcome> {
  const f = rec.fields;
  if (!f.name) throw invalid('name', 'An employee needs a name.');
  if (f.externalId) {
    const existing = await d.r.employees.getByExternalId(ctx.workspaceId, f.externalId);
    if (existing) return { status: 'duplicate', id: existing.id };
  }
  let teamId: string | undefined;
  if (f.team) {
    const teams = await d.r.teams.list(ctx.workspaceId);
    teamId =
      teams.find((t) => t.name.toLowerCase() === f.team?.toLowerCase())?.id ??
      (await createTeam(d, ctx, { name: f.team })).id;
  }
  const e = await createEmployee(d, ctx, {
    externalId: f.externalId,
    name: f.name,
    email: email('email', f.email),
    phone: f.phone,
    title: f.title,
    teamId,
  });
  return { status: 'created', id: e.id };
}

/** Second pass: links an employee to their manager (both by external id). */
export async function linkEmployeeManager(d: Deps, ctx: Ctx, rec: MappedRecord): Promise<void> {
  const f = rec.fields;
  if (!f.manager || !f.externalId) return;
  const self = await d.r.employees.getByExternalId(ctx.workspaceId, f.externalId);
  if (!self) return;
  const managerId = await employeeByExternalId(d, ctx, 'manager', f.manager);
  if (self.managerId !== managerId) await updateEmployee(d, ctx, self.id, { managerId });
}

async function customerFor(
  d: Deps,
  ctx: Ctx,
  f: Record<string, string>,
  create: boolean,
): Promise<string | null> {
  if (f.customer) {
    const c = await d.r.customers.getByExternalId(ctx.workspaceId, f.customer);
    if (c) return c.id;
    if (!f.customerEmail) throw invalid('customer', `No customer with externalId "${f.customer}".`);
  }
  if (f.customerEmail) {
    const mail = email('customerEmail', f.customerEmail) as string;
    const found = (await d.r.customers.list(ctx.workspaceId, { email: mail }, { limit: 1 }))
      .items[0];
    if (found) return found.id;
    if (!create) throw invalid('customerEmail', `No customer with e-mail ${mail}.`);
    const c = await createCustomer(d, ctx, {
      email: mail,
      name: f.customerName ?? null,
      externalId: f.customer ?? null,
      attributes: { source: 'import' },
    });
    return c.id;
  }
  return null;
}

export async function importInteraction(d: Deps, ctx: Ctx, rec: MappedRecord): Promise<RowOutcome> {
  const f = rec.fields;
  if (f.externalId) {
    const existing = await d.r.interactions.getByExternalId(ctx.workspaceId, f.externalId);
    if (existing) return { status: 'duplicate', id: existing.id };
  }
  const customerId = await customerFor(d, ctx, f, false);
  if (!customerId)
    throw invalid(
      'customer',
      'An interaction needs its customer (customer externalId or customerEmail).',
    );
  const occurredAt = f.occurredAt ? parseExportTime(f.occurredAt) : null;
  if (!occurredAt) throw invalid('occurredAt', `"${f.occurredAt ?? ''}" is not a time.`);
  if (!f.stage) throw invalid('stage', 'An interaction needs its journey stage.');
  const employeeIds: string[] = [];
  for (const ext of (f.employees ?? '')
    .split(/[;,]/)
    .map((s) => s.trim())
    .filter(Boolean)) {
    employeeIds.push(await employeeByExternalId(d, ctx, 'employees', ext));
  }
  const duration = f.durationSeconds ? Number(f.durationSeconds) : undefined;
  if (duration !== undefined && !(Number.isInteger(duration) && duration >= 0))
    throw invalid('durationSeconds', `"${f.durationSeconds}" is not a whole number of seconds.`);
  const i = await createInteraction(d, ctx, {
    externalId: f.externalId,
    customerId,
    channel:
      oneOf<Channel>('channel', f.channel, CHANNELS) ??
      (() => {
        throw invalid('channel', 'An interaction needs its channel.');
      })(),
    stage: f.stage.trim().toLowerCase(),
    occurredAt,
    outcome: oneOf<Outcome>('outcome', f.outcome, OUTCOMES),
    expectation: oneOf<Expectation>('expectation', f.expectation, EXPECTATIONS),
    employeeIds,
    note: f.note,
    durationSeconds: duration,
  });
  return { status: 'created', id: i.id };
}

export async function importResponse(
  d: Deps,
  ctx: Ctx,
  def: SurveyDefinition,
  rec: MappedRecord,
): Promise<RowOutcome> {
  if (def.kind === 'employee' || def.kind === 'leadership') {
    // An imported pulse answer would arrive with the source tool's id and times: who and when.
    throw invalid('surveyId', 'Employee and leadership pulses are anonymous and are not imported.');
  }
  const f = rec.fields;
  if (f.externalId) {
    const existing = await d.r.responses.findByExternalId(ctx.workspaceId, f.externalId);
    if (existing) return { status: 'duplicate', id: existing.id };
  }
  const label = (t: unknown) =>
    localize(t as LocalizedText, def.defaultLanguage, def.defaultLanguage);
  const answers = [];
  for (const q of def.questions) {
    if (!(q.id in rec.answers)) continue;
    const parsed = parseAnswerCell(q, rec.answers[q.id] ?? '', label);
    if (!parsed.ok) throw invalid(`answers.${q.id}`, parsed.message);
    if (parsed.value !== null) answers.push({ questionId: q.id, value: parsed.value });
  }
  if (!answers.length) throw invalid('answers', 'The row answers no question of the survey.');
  const submittedAt = f.submittedAt ? parseExportTime(f.submittedAt) : null;
  if (f.submittedAt && !submittedAt)
    throw invalid('submittedAt', `"${f.submittedAt}" is not a time.`);
  const completed = f.completed === undefined ? true : parseYesNo(f.completed);
  if (completed === null) throw invalid('completed', `"${f.completed}" is neither yes nor no.`);
  let interactionId: string | undefined;
  if (f.interaction) {
    const i = await d.r.interactions.getByExternalId(ctx.workspaceId, f.interaction);
    if (!i) throw invalid('interaction', `No interaction with externalId "${f.interaction}".`);
    interactionId = i.id;
  }
  const customerId = interactionId ? undefined : await customerFor(d, ctx, f, true);
  const channel =
    oneOf<InvitationChannel>('channel', f.channel, ['sms', 'email', 'web', 'chat']) ?? 'web';
  try {
    const r = await submitResponse(d, ctx, {
      surveyId: def.id,
      surveyVersion: def.version,
      externalId: f.externalId,
      channel,
      answers,
      customerId,
      interactionId,
      submittedAt: submittedAt ?? undefined,
      completed,
    });
    return { status: 'created', id: r.id };
  } catch (e) {
    if (e instanceof DomainError && e.code === 'validation' && e.field?.startsWith('answers')) {
      throw invalid('answers', e.message);
    }
    throw e;
  }
}
