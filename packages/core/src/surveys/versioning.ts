import { DomainError } from '../errors/domain-error.ts';
import type { SurveyDefinition, SurveyQuestion } from './survey-definition.ts';
import { validateSurveyDefinition } from './validate-definition.ts';

/** What changed between two versions of a survey, by question id. */
export interface SurveyDiff {
  added: string[];
  removed: string[];
  /** Questions kept under the same id whose fields changed (top-level field names). */
  changed: Array<{ questionId: string; fields: string[] }>;
  /** Whether the kept questions are asked in a different order. */
  reordered: boolean;
  /**
   * Kept questions whose answers would mean something else now (type, scale, metric, scope,
   * top box, or choices removed). Old responses keep their version, so their figures stay right,
   * but a dashboard should not trend such a question across the versions.
   */
  breaking: string[];
  /** Survey-level fields that changed: name, defaultLanguage, templates, dialogue. */
  settings: string[];
}

/** JSON with object keys sorted, so equal data gives equal strings. */
function stable(x: unknown): string {
  if (Array.isArray(x)) return `[${x.map(stable).join(',')}]`;
  if (x !== null && typeof x === 'object') {
    const entries = Object.entries(x as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stable(v)}`).join(',')}}`;
  }
  return JSON.stringify(x) ?? 'null';
}

const MEANING_FIELDS = ['type', 'scale', 'metric', 'scope', 'topBox'] as const;

function choiceIds(q: SurveyQuestion): string[] {
  return q.type === 'single' || q.type === 'multi' ? q.choices.map((c) => c.id) : [];
}

function isBreaking(a: SurveyQuestion, b: SurveyQuestion): boolean {
  const ra = a as unknown as Record<string, unknown>;
  const rb = b as unknown as Record<string, unknown>;
  const scaleOf = (r: Record<string, unknown>) => {
    const s = r.scale as { min?: unknown; max?: unknown } | undefined;
    return s ? stable([s.min, s.max]) : '';
  };
  if (scaleOf(ra) !== scaleOf(rb)) return true;
  if (MEANING_FIELDS.some((f) => f !== 'scale' && stable(ra[f]) !== stable(rb[f]))) return true;
  const kept = new Set(choiceIds(b));
  return choiceIds(a).some((id) => !kept.has(id));
}

/** The structural difference between two definitions of one survey. */
export function diffSurveyDefinitions(
  before: SurveyDefinition,
  after: SurveyDefinition,
): SurveyDiff {
  const beforeById = new Map(before.questions.map((q) => [q.id, q]));
  const afterIds = new Set(after.questions.map((q) => q.id));
  const diff: SurveyDiff = {
    added: [],
    removed: [],
    changed: [],
    reordered: false,
    breaking: [],
    settings: [],
  };
  for (const q of after.questions) {
    const old = beforeById.get(q.id);
    if (!old) {
      diff.added.push(q.id);
      continue;
    }
    const ro = old as unknown as Record<string, unknown>;
    const rn = q as unknown as Record<string, unknown>;
    const fields = [...new Set([...Object.keys(ro), ...Object.keys(rn)])]
      .filter((f) => stable(ro[f]) !== stable(rn[f]))
      .sort();
    if (fields.length > 0) diff.changed.push({ questionId: q.id, fields });
    if (isBreaking(old, q)) diff.breaking.push(q.id);
  }
  for (const q of before.questions) if (!afterIds.has(q.id)) diff.removed.push(q.id);
  const keptBefore = before.questions.map((q) => q.id).filter((id) => afterIds.has(id));
  const keptAfter = after.questions.map((q) => q.id).filter((id) => beforeById.has(id));
  diff.reordered = keptBefore.join('\u0000') !== keptAfter.join('\u0000');
  for (const f of ['name', 'defaultLanguage', 'templates', 'dialogue'] as const) {
    if (stable(before[f]) !== stable(after[f])) diff.settings.push(f);
  }
  return diff;
}

/** Whether a diff records no change at all. */
export function isEmptyDiff(d: SurveyDiff): boolean {
  return (
    d.added.length + d.removed.length + d.changed.length + d.settings.length === 0 && !d.reordered
  );
}

/** The outcome of an edit: the definition to store, its version, and what changed. */
export interface SurveyRevision {
  definition: SurveyDefinition;
  version: number;
  /** True when the edit must be stored as a new version (the old one stays for its responses). */
  newVersion: boolean;
  diff: SurveyDiff;
}

/**
 * Decide the version of an edited survey. A survey is `live` once an invitation was sent or a
 * response recorded: then any change yields version + 1, and the old version stays as it was for
 * the responses that answered it. A draft is edited in place. An unchanged edit keeps the
 * version. The edited definition is validated; its `version` field is ignored. The id and, for a
 * live survey, the kind may not change (a different kind is a different survey).
 */
export function reviseSurvey(
  current: SurveyDefinition,
  edited: SurveyDefinition,
  opts: { live: boolean },
): SurveyRevision {
  if (edited.id !== current.id) {
    throw new DomainError('validation', `The edit is for survey ${edited.id}, not ${current.id}.`, {
      field: 'id',
    });
  }
  if (opts.live && edited.kind !== current.kind) {
    throw new DomainError(
      'validation',
      'A live survey keeps its kind; create a new survey for another kind.',
      {
        field: 'kind',
      },
    );
  }
  const diff = diffSurveyDefinitions(current, edited);
  const changedKind = edited.kind !== current.kind;
  const newVersion = opts.live && (!isEmptyDiff(diff) || changedKind);
  const version = newVersion ? current.version + 1 : current.version;
  const definition = validateSurveyDefinition({ ...edited, version });
  return { definition, version, newVersion, diff };
}
