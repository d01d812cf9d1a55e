import { authorize, type Ctx } from '../auth/actor.ts';
import { blankToNull } from '../common/blank.ts';
import type { Deps } from '../common/deps.ts';
import { sha256Hex } from '../common/hash.ts';
import { DomainError, invalid, notFound, withFieldPrefix } from '../errors/domain-error.ts';
import type { SurveyDefinition } from '../surveys/survey-definition.ts';
import { validateSurveyDefinition } from '../surveys/validate-definition.ts';
import { reviseSurvey, type SurveyDiff } from '../surveys/versioning.ts';
import { withDefaults } from '../workspace/workspace.ts';
import type { Survey, SurveyFilter, SurveyStatus, SurveyTrigger } from './survey.ts';

/** A definition as a client sends it: id and version are assigned by Rapport. */
export type DefinitionInput = Omit<SurveyDefinition, 'id' | 'version'> & {
  id?: string;
  version?: number;
};

export interface SurveyInput {
  definition: DefinitionInput;
  trigger?: SurveyTrigger | null | undefined;
  status?: SurveyStatus | undefined;
}

async function checkTrigger(
  d: Deps,
  ctx: Ctx,
  survey: Pick<Survey, 'kind'>,
  trigger: SurveyTrigger | null | undefined,
) {
  if (!trigger) return;
  if (trigger.type === 'interaction') {
    if (survey.kind !== 'transactional') {
      throw invalid(
        'trigger.type',
        'Only transactional surveys are triggered by interactions; schedule the others.',
      );
    }
    const stages = withDefaults(
      (await d.r.workspaces.get(ctx.workspaceId))?.settings,
    ).journeyStages;
    (trigger.stages ?? []).forEach((s, i) => {
      if (!stages.includes(s))
        throw invalid(`trigger.stages[${i}]`, `Unknown journey stage "${s}".`);
    });
  } else if (survey.kind === 'transactional') {
    throw invalid(
      'trigger.type',
      'A transactional survey is about one interaction: trigger it by interactions.',
    );
  }
}

/**
 * A schedule's blank segment is no segment (every customer), as a customer's blank segment is.
 * Kept as "   ", it matched no customer (their segments are stored trimmed, blank as null), and
 * the schedule never invited anyone; "" was kept as "" though it meant every customer.
 */
function tidyTrigger<T extends SurveyTrigger | null | undefined>(trigger: T): T {
  if (trigger?.type !== 'schedule' || trigger.segment === undefined) return trigger;
  return { ...trigger, segment: blankToNull(trigger.segment) };
}

export async function createSurvey(d: Deps, ctx: Ctx, input: SurveyInput): Promise<Survey> {
  authorize(ctx, 'surveys:write');
  const id = d.ids.id('srv');
  const definition = withFieldPrefix('definition', () =>
    validateSurveyDefinition({ ...input.definition, id, version: 1 }),
  );
  await checkTrigger(d, ctx, definition, input.trigger);
  const now = d.clock.now().toISOString();
  const survey: Survey = {
    id,
    workspaceId: ctx.workspaceId,
    kind: definition.kind,
    name: definition.name,
    status: input.status ?? 'draft',
    version: 1,
    definition,
    trigger: tidyTrigger(input.trigger) ?? null,
    publicLink: false,
    createdAt: now,
    updatedAt: now,
  };
  await d.r.surveys.insert(survey);
  await d.r.surveys.putVersion(ctx.workspaceId, definition, now);
  return survey;
}

export async function getSurvey(d: Deps, ctx: Ctx, id: string): Promise<Survey> {
  authorize(ctx, 'surveys:read');
  const s = await d.r.surveys.get(ctx.workspaceId, id);
  if (!s) throw notFound('survey', id);
  return s;
}

export async function listSurveys(d: Deps, ctx: Ctx, filter: SurveyFilter): Promise<Survey[]> {
  authorize(ctx, 'surveys:read');
  return d.r.surveys.list(ctx.workspaceId, filter);
}

/**
 * Edits a survey. A live survey's changed definition becomes a new version; the old version
 * stays for the responses that answered it. A draft is edited in place.
 */
export async function updateSurvey(
  d: Deps,
  ctx: Ctx,
  id: string,
  patch: {
    definition?: DefinitionInput | undefined;
    trigger?: SurveyTrigger | null | undefined;
    status?: SurveyStatus | undefined;
  },
): Promise<{ survey: Survey; newVersion: boolean; diff: SurveyDiff | null }> {
  authorize(ctx, 'surveys:write');
  const current = await getSurvey(d, ctx, id);
  const now = d.clock.now().toISOString();
  let next: Survey = { ...current, updatedAt: now };
  let newVersion = false;
  let diff: SurveyDiff | null = null;
  if (patch.definition) {
    const edited = { ...patch.definition, id, version: current.version } as SurveyDefinition;
    const rev = withFieldPrefix('definition', () =>
      reviseSurvey(current.definition, edited, { live: current.status !== 'draft' }),
    );
    newVersion = rev.newVersion;
    diff = rev.diff;
    next = {
      ...next,
      definition: rev.definition,
      version: rev.version,
      kind: rev.definition.kind,
      name: rev.definition.name,
    };
    await d.r.surveys.putVersion(ctx.workspaceId, rev.definition, now);
  }
  if (patch.trigger !== undefined) next.trigger = tidyTrigger(patch.trigger);
  if (patch.status !== undefined) {
    if (current.status === 'archived' && patch.status !== 'archived') {
      throw new DomainError(
        'conflict',
        'An archived survey stays archived; copy it into a new survey.',
        { field: 'status' },
      );
    }
    next.status = patch.status;
  }
  await checkTrigger(d, ctx, next, next.trigger);
  await d.r.surveys.update(next);
  return { survey: next, newVersion, diff };
}

/**
 * Turns the public link (web "Contact Us" feedback) on with a new secret — returned once — or
 * off. A new link invalidates the previous one.
 */
export async function setPublicLink(
  d: Deps,
  ctx: Ctx,
  id: string,
  enabled: boolean,
): Promise<{ survey: Survey; token: string | null }> {
  authorize(ctx, 'surveys:write');
  const s = await getSurvey(d, ctx, id);
  // The page takes no answers for an archived survey, which stays archived: a link would be dead.
  if (enabled && s.status === 'archived')
    throw new DomainError(
      'conflict',
      'An archived survey takes no answers: its public link cannot be turned on.',
      { field: 'enabled' },
    );
  const token = enabled ? `${ctx.workspaceId}.${d.ids.secret()}` : null;
  await d.r.surveys.setPublicTokenHash(ctx.workspaceId, id, token ? sha256Hex(token) : null);
  const survey = { ...s, publicLink: enabled, updatedAt: d.clock.now().toISOString() };
  await d.r.surveys.update(survey);
  return { survey, token };
}
