import { blankToNull } from '../common/blank.ts';
import { checkTimeRange } from '../common/time-range.ts';
import { authorize, type Ctx } from '../auth/actor.ts';
import { visiblePeople } from '../auth/visibility.ts';
import { toIso } from '../common/clock.ts';
import { checkEventTime } from '../common/plausible-time.ts';
import type { Deps } from '../common/deps.ts';
import type { Page, PageRequest } from '../common/page.ts';
import { DomainError, invalid, notFound } from '../errors/domain-error.ts';
import { withDefaults } from '../workspace/workspace.ts';
import type { Interaction, InteractionFilter, InteractionInput, Message } from './interaction.ts';

/** The job that every new interaction triggers (analysis, engagement, rules, survey triggers). */
export const INTERACTION_CREATED_JOB = 'interaction.created';

async function checkStage(d: Deps, ctx: Ctx, stage: string): Promise<void> {
  const ws = await d.r.workspaces.get(ctx.workspaceId);
  const stages = withDefaults(ws?.settings).journeyStages;
  if (!stages.includes(stage)) {
    throw invalid(
      'stage',
      `Unknown journey stage "${stage}"; this workspace uses: ${stages.join(', ')}.`,
    );
  }
}

/** The employees named, by id; the first one not in the workspace is refused at its own field. */
async function checkEmployees(
  d: Deps,
  ctx: Ctx,
  refs: ReadonlyArray<{ field: string; id: string }>,
) {
  const found = await d.r.employees.getMany(ctx.workspaceId, [...new Set(refs.map((r) => r.id))]);
  const byId = new Map(found.map((e) => [e.id, e]));
  const missing = refs.find((r) => !byId.has(r.id));
  if (missing) throw invalid(missing.field, `No employee ${missing.id} in this workspace.`);
  return byId;
}

/** `employeeIds` as named, each at its index in the request. */
const employeeRefs = (ids: readonly string[]) =>
  ids.map((id, i) => ({ field: `employeeIds[${i}]`, id }));

function toMessages(input: InteractionInput, occurredAt: string): Message[] {
  return (input.transcript ?? []).map((m, seq) => ({
    seq,
    speaker: m.speaker,
    employeeId: m.employeeId ?? null,
    text: m.text,
    at: m.at ? toIso(m.at) : occurredAt,
  }));
}

export async function createInteraction(
  d: Deps,
  ctx: Ctx,
  input: InteractionInput,
): Promise<Interaction> {
  authorize(ctx, 'interactions:write');
  const ws = ctx.workspaceId;
  if (!(await d.r.customers.get(ws, input.customerId))) {
    throw invalid('customerId', `No customer ${input.customerId} in this workspace.`);
  }
  await checkStage(d, ctx, input.stage);
  const employeeIds = [...new Set(input.employeeIds ?? [])];
  const employees = await checkEmployees(d, ctx, employeeRefs(input.employeeIds ?? []));
  const msgEmployees = (input.transcript ?? []).flatMap((m, i) =>
    m.employeeId ? [{ field: `transcript[${i}].employeeId`, id: m.employeeId }] : [],
  );
  if (msgEmployees.length) await checkEmployees(d, ctx, msgEmployees);
  const externalId = blankToNull(input.externalId);
  if (externalId && (await d.r.interactions.getByExternalId(ws, externalId))) {
    throw new DomainError(
      'conflict',
      `An interaction with externalId ${externalId} exists already.`,
      {
        field: 'externalId',
      },
    );
  }
  const now = d.clock.now();
  checkEventTime(now, 'occurredAt', input.occurredAt);
  (input.transcript ?? []).forEach((m, i) => {
    if (m.at) checkEventTime(now, `transcript[${i}].at`, m.at);
  });
  const occurredAt = toIso(input.occurredAt);
  const agent = employeeIds[0] ? employees.get(employeeIds[0]) : undefined;
  const interaction: Interaction = {
    id: d.ids.id('int'),
    workspaceId: ws,
    externalId,
    customerId: input.customerId,
    channel: input.channel,
    stage: input.stage,
    occurredAt,
    outcome: input.outcome ?? null,
    expectation: input.expectation ?? null,
    employeeIds,
    teamId: agent?.teamId ?? null,
    note: input.note ?? null,
    durationSeconds: input.durationSeconds ?? null,
    attributes: input.attributes ?? {},
    messages: toMessages(input, occurredAt),
    messageCount: input.transcript?.length ?? 0,
    createdAt: now.toISOString(),
  };
  await d.r.interactions.insert(interaction);
  await d.r.jobs.enqueue(
    ws,
    { name: INTERACTION_CREATED_JOB, payload: { interactionId: interaction.id } },
    d.ids.id('job'),
    interaction.createdAt,
  );
  return interaction;
}

/**
 * An interaction the actor may see (docs/SECURITY.md § 9): one outside an agent's or
 * manager's scope answers exactly like a missing id.
 */
export async function getInteraction(d: Deps, ctx: Ctx, id: string): Promise<Interaction> {
  authorize(ctx, 'interactions:read');
  const visibleTo = await visiblePeople(d, ctx);
  const seen =
    !visibleTo ||
    (await d.r.interactions.list(ctx.workspaceId, { ids: [id], visibleTo }, { limit: 1 })).items
      .length > 0;
  const i = seen ? await d.r.interactions.get(ctx.workspaceId, id) : undefined;
  if (!i) throw notFound('interaction', id);
  return i;
}

export async function listInteractions(
  d: Deps,
  ctx: Ctx,
  filter: InteractionFilter,
  page: PageRequest,
): Promise<Page<Interaction>> {
  authorize(ctx, 'interactions:read');
  checkTimeRange(filter.from, filter.to);
  const visibleTo = await visiblePeople(d, ctx);
  return d.r.interactions.list(ctx.workspaceId, { ...filter, visibleTo }, page);
}

export type InteractionPatch = Partial<
  Pick<
    InteractionInput,
    'stage' | 'outcome' | 'expectation' | 'note' | 'attributes' | 'employeeIds' | 'durationSeconds'
  >
>;

export async function updateInteraction(
  d: Deps,
  ctx: Ctx,
  id: string,
  patch: InteractionPatch,
): Promise<Interaction> {
  authorize(ctx, 'interactions:write');
  const current = await getInteraction(d, ctx, id);
  const next: Interaction = { ...current };
  if (patch.stage !== undefined) {
    await checkStage(d, ctx, patch.stage);
    next.stage = patch.stage;
  }
  if (patch.employeeIds !== undefined) {
    const ids = [...new Set(patch.employeeIds)];
    const employees = await checkEmployees(d, ctx, employeeRefs(patch.employeeIds));
    next.employeeIds = ids;
    next.teamId = ids[0] ? (employees.get(ids[0])?.teamId ?? null) : null;
  }
  if (patch.outcome !== undefined) next.outcome = patch.outcome;
  if (patch.expectation !== undefined) next.expectation = patch.expectation;
  if (patch.note !== undefined) next.note = patch.note;
  if (patch.attributes !== undefined) next.attributes = patch.attributes;
  if (patch.durationSeconds !== undefined) next.durationSeconds = patch.durationSeconds;
  await d.r.interactions.update(next);
  return next;
}

export async function deleteInteraction(d: Deps, ctx: Ctx, id: string): Promise<void> {
  authorize(ctx, 'interactions:delete');
  if (!(await d.r.interactions.delete(ctx.workspaceId, id))) throw notFound('interaction', id);
}
