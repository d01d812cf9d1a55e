/**
 * A rule being edited: name, trigger and the condition and actions as JSON text. Turning it
 * into a request body checks the JSON; the server's field errors (`condition.all[1].emotion.value`)
 * are then shown at the field they belong to.
 */
import type { ApiError, Rule, RuleBody, RuleTrigger } from '@rapport/contracts';

export interface RuleDraft {
  name: string;
  trigger: RuleTrigger;
  enabled: boolean;
  condition: string;
  actions: string;
}
export type DraftField = 'name' | 'trigger' | 'enabled' | 'condition' | 'actions';

export const NEW_RULE: RuleDraft = {
  name: '',
  trigger: 'response',
  enabled: true,
  condition: JSON.stringify({ score: { metric: 'nps', op: '<=', value: 6 } }, null, 2),
  actions: JSON.stringify([{ type: 'open_case', reason: 'churn_risk', priority: 'high' }], null, 2),
};

export const draftOf = (r: Rule): RuleDraft => ({
  name: r.name,
  trigger: r.trigger,
  enabled: r.enabled,
  condition: JSON.stringify(r.condition, null, 2),
  actions: JSON.stringify(r.actions, null, 2),
});

export type FieldErrors = Partial<Record<DraftField, string>>;

function parse(text: string, what: 'object' | 'array'): { value?: unknown; error?: string } {
  try {
    const value: unknown = JSON.parse(text);
    const ok =
      what === 'array'
        ? Array.isArray(value)
        : typeof value === 'object' && value !== null && !Array.isArray(value);
    return ok
      ? { value }
      : { error: `Expected a JSON ${what === 'array' ? 'list [ … ]' : 'object { … }'}.` };
  } catch (e) {
    return { error: `Not valid JSON: ${e instanceof Error ? e.message : String(e)}` };
  }
}

export function draftToBody(d: RuleDraft): { body?: RuleBody; errors: FieldErrors } {
  const errors: FieldErrors = {};
  if (!d.name.trim()) errors.name = 'Give the rule a name.';
  const condition = parse(d.condition, 'object');
  const actions = parse(d.actions, 'array');
  if (condition.error) errors.condition = condition.error;
  if (actions.error) errors.actions = actions.error;
  if (Object.keys(errors).length) return { errors };
  return {
    body: {
      name: d.name.trim(),
      trigger: d.trigger,
      enabled: d.enabled,
      condition: condition.value as RuleBody['condition'],
      actions: actions.value as RuleBody['actions'],
    },
    errors,
  };
}

/** The draft field a server error belongs to, and the message with the exact path. */
export function serverFieldErrors(error: ApiError | undefined): FieldErrors {
  const out: FieldErrors = {};
  for (const e of error?.errors ?? []) {
    const root = e.field.split(/[.[]/)[0] as DraftField;
    if (!['name', 'trigger', 'enabled', 'condition', 'actions'].includes(root)) continue;
    const where = e.field === root ? '' : `${e.field}: `;
    out[root] = out[root] ? `${out[root]} ${where}${e.message}` : `${where}${e.message}`;
  }
  return out;
}
