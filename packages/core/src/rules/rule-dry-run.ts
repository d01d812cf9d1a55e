/**
 * A rule's dry run: what it would have matched over the last 30 days (responses, signals,
 * interactions; a low-score rule is tried on the scores of the period's responses), and which
 * case it would have opened for whom — without doing anything.
 */
import { authorize, type Ctx } from '../auth/actor.ts';
import { addMs, DAY_MS } from '../common/clock.ts';
import type { Deps } from '../common/deps.ts';
import type { SurveyResponse } from '../feedback/response.ts';
import { evaluate } from './rule-condition.ts';
import { evidenceOf, ownerFor } from './rule-actions.ts';
import type { Facts } from './rule-facts.ts';
import type { Rule, RuleInput } from './rule.ts';
import { checkRule } from './rule.service.ts';
import { interactionFacts, responseFacts, signalFacts } from './load-facts.ts';

export const DRY_RUN_DAYS = 30;
/** At most this many events are examined. */
export const DRY_RUN_LIMIT = 2_000;
const SHOWN = 100;

export interface DryRunMatch {
  kind: 'response' | 'signal' | 'interaction' | 'low_score';
  id: string;
  at: string;
  customerId: string | null;
  summary: string;
  wouldOpenCase: { reason: string; priority: string; ownerId: string | null; why: string } | null;
}

export interface DryRunResult {
  from: string;
  to: string;
  examined: number;
  matched: number;
  /** True when the period held more events than were examined. */
  truncated: boolean;
  matches: DryRunMatch[];
}

async function responsesOf(d: Deps, ws: string, from: string, to: string) {
  const out: SurveyResponse[] = [];
  let cursor: string | undefined;
  do {
    const page = await d.r.responses.list(ws, { from, to }, { limit: 500, cursor });
    out.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor && out.length < DRY_RUN_LIMIT + 1);
  return out.filter((r) => r.surveyKind !== 'employee' && r.surveyKind !== 'leadership');
}

async function candidates(d: Deps, ws: string, rule: Rule, from: string, to: string) {
  const out: Facts[] = [];
  if (rule.trigger === 'response' || rule.trigger === 'low_score') {
    for (const r of await responsesOf(d, ws, from, to)) {
      const f = await responseFacts(d, ws, r);
      if (rule.trigger === 'response') out.push(f);
      else
        for (const s of f.scores)
          out.push({
            ...f,
            trigger: 'low_score',
            subjectId: r.invitationId ?? r.id,
            lowScore: { invitationId: r.invitationId ?? r.id, ...s },
            scores: [s],
            response: null,
            text: null,
          });
    }
  } else if (rule.trigger === 'signal') {
    for (const s of await d.r.rules.signalsBetween(ws, from, to, DRY_RUN_LIMIT + 1)) {
      const f = await signalFacts(d, ws, s);
      if (f) out.push(f);
    }
  } else {
    let cursor: string | undefined;
    do {
      const page = await d.r.interactions.list(ws, { from, to }, { limit: 500, cursor });
      for (const i of page.items) out.push(await interactionFacts(d, ws, i));
      cursor = page.nextCursor ?? undefined;
    } while (cursor && out.length <= DRY_RUN_LIMIT);
  }
  return out;
}

export async function dryRunRule(
  d: Deps,
  ctx: Ctx,
  input: RuleInput,
  days = DRY_RUN_DAYS,
): Promise<DryRunResult> {
  authorize(ctx, 'rules:read');
  const ws = ctx.workspaceId;
  const checked = await checkRule(d, ws, input);
  const rule: Rule = { id: 'dry-run', workspaceId: ws, ...checked, createdAt: '', updatedAt: '' };
  // Up to and including now (period ends are exclusive).
  const to = addMs(d.clock.now().toISOString(), 1);
  const from = addMs(to, -days * DAY_MS);
  const all = await candidates(d, ws, rule, from, to);
  const examined = all.slice(0, DRY_RUN_LIMIT);
  const matches: DryRunMatch[] = [];
  let matched = 0;
  const open = rule.actions.find((a) => a.type === 'open_case');
  for (const f of examined) {
    if (!evaluate(rule.condition, f)) continue;
    matched++;
    if (matches.length >= SHOWN) continue;
    const owner = open ? await ownerFor(d, ws, rule, open, f) : null;
    matches.push({
      kind: f.trigger,
      id: f.subjectId,
      at: f.at,
      customerId: f.customer?.id ?? null,
      summary: evidenceOf(f)[0]?.summary ?? '',
      wouldOpenCase:
        open && owner
          ? { reason: open.reason, priority: open.priority, ownerId: owner.ownerId, why: owner.why }
          : null,
    });
  }
  return {
    from,
    to,
    examined: examined.length,
    matched,
    truncated: all.length > DRY_RUN_LIMIT,
    matches,
  };
}
