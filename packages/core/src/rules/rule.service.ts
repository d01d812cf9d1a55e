/** Rules CRUD: every write is validated in full, errors naming the exact field. */
import { authorize, type Ctx } from '../auth/actor.ts';
import type { Deps } from '../common/deps.ts';
import { invalid, notFound } from '../errors/domain-error.ts';
import type { Rule, RuleAction, RuleInput, RuleTrigger } from './rule.ts';
import { validateActions, validateCondition, validateTrigger } from './rule-validate.ts';

export interface CheckedRule {
  name: string;
  enabled: boolean;
  trigger: RuleTrigger;
  condition: Rule['condition'];
  actions: RuleAction[];
}

/** Validates a rule's JSON and the employees it names. */
export async function checkRule(d: Deps, ws: string, input: RuleInput): Promise<CheckedRule> {
  if (typeof input.name !== 'string' || !input.name.trim() || input.name.length > 200)
    throw invalid('name', 'A rule needs a name of at most 200 characters.');
  const trigger = validateTrigger(input.trigger);
  const condition = validateCondition(input.condition, trigger);
  const actions = validateActions(input.actions, trigger);
  for (const [i, a] of actions.entries()) {
    const ids =
      a.type === 'open_case' && typeof a.owner === 'object'
        ? [['owner', a.owner.employeeId]]
        : a.type === 'notify'
          ? a.to.flatMap((t, k) => (t.startsWith('emp_') ? [[`to[${k}]`, t]] : []))
          : [];
    for (const [field, id] of ids)
      if (!(await d.r.employees.get(ws, id as string)))
        throw invalid(`actions[${i}].${field}`, `No employee ${id} in this workspace.`);
  }
  return { name: input.name.trim(), enabled: input.enabled ?? true, trigger, condition, actions };
}

export async function createRule(d: Deps, ctx: Ctx, input: RuleInput): Promise<Rule> {
  authorize(ctx, 'rules:write');
  const checked = await checkRule(d, ctx.workspaceId, input);
  const now = d.clock.now().toISOString();
  const rule: Rule = {
    id: d.ids.id('rul'),
    workspaceId: ctx.workspaceId,
    ...checked,
    createdAt: now,
    updatedAt: now,
  };
  await d.r.rules.insert(rule);
  return rule;
}

export async function getRule(d: Deps, ctx: Ctx, id: string): Promise<Rule> {
  authorize(ctx, 'rules:read');
  const r = await d.r.rules.get(ctx.workspaceId, id);
  if (!r) throw notFound('rule', id);
  return r;
}

export async function listRules(
  d: Deps,
  ctx: Ctx,
  filter: { trigger?: RuleTrigger; enabled?: boolean } = {},
): Promise<Rule[]> {
  authorize(ctx, 'rules:read');
  return d.r.rules.list(ctx.workspaceId, filter);
}

export async function updateRule(
  d: Deps,
  ctx: Ctx,
  id: string,
  patch: Partial<RuleInput>,
): Promise<Rule> {
  authorize(ctx, 'rules:write');
  const current = await getRule(d, ctx, id);
  const checked = await checkRule(d, ctx.workspaceId, {
    name: patch.name ?? current.name,
    enabled: patch.enabled ?? current.enabled,
    trigger: patch.trigger ?? current.trigger,
    condition: patch.condition ?? current.condition,
    actions: patch.actions ?? current.actions,
  });
  const next: Rule = { ...current, ...checked, updatedAt: d.clock.now().toISOString() };
  await d.r.rules.update(next);
  return next;
}

export async function deleteRule(d: Deps, ctx: Ctx, id: string): Promise<void> {
  authorize(ctx, 'rules:write');
  if (!(await d.r.rules.delete(ctx.workspaceId, id))) throw notFound('rule', id);
}
