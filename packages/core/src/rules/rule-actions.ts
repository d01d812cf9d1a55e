/**
 * What a matched rule does: open (or join) a case for the owner by attribution, route praise
 * to the employees it is about, e-mail people, send a `rule.matched` webhook, tag the
 * customer. Runs in the transaction of the job that evaluated the rule.
 */
import { systemActor } from '../auth/actor.ts';
import type { CaseHead, Evidence } from '../cases/case.ts';
import { openCase } from '../cases/case-open.ts';
import { caseOwner, type CaseScope, type OwnerChoice } from '../cases/case-owner.ts';
import {
  evidenceOfInteraction,
  evidenceOfLowScore,
  evidenceOfResponse,
  evidenceOfSignal,
} from '../cases/evidence.ts';
import type { Deps } from '../common/deps.ts';
import { notifyAddress, notifyEmployees } from '../notify/notification.ts';
import { recordPraise } from '../praise/praise.service.ts';
import type { PraiseSource } from '../praise/praise.ts';
import { praiseSubjects } from '../praise/praise-subjects.ts';
import { DomainError } from '../errors/domain-error.ts';
import { emitWebhook } from '../webhooks/webhook.service.ts';
import type { WorkspaceSettings } from '../workspace/workspace.ts';
import { compare } from './rule-condition.ts';
import type { Condition, Rule, RuleAction, ScoreLeaf } from './rule.ts';
import type { Facts } from './rule-facts.ts';

export interface ActionOutcome {
  type: RuleAction['type'];
  /** What it did, e.g. the case or praise id; null when it had nothing to do. */
  result: string | null;
}

function scoreLeaves(c: Condition): ScoreLeaf[] {
  if ('all' in c) return c.all.flatMap(scoreLeaves);
  if ('any' in c) return c.any.flatMap(scoreLeaves);
  if ('score' in c) return [c.score];
  return [];
}

/** Whose the red flag is: the scope of the scores that matched, else the kind of event. */
export function attributionScope(rule: Pick<Rule, 'condition'>, f: Facts): CaseScope {
  const leaves = scoreLeaves(rule.condition);
  const hit = f.scores.filter((s) =>
    leaves.some(
      (l) =>
        l.metric === s.metric &&
        (!l.scope || l.scope === s.scope) &&
        (l.scaleMax === undefined || l.scaleMax === s.scaleMax) &&
        compare(s.score, l.op, l.value),
    ),
  );
  if (hit.some((s) => s.scope === 'relationship')) return 'relationship';
  if (hit.length) return 'transactional';
  if (f.lowScore) return f.lowScore.scope;
  if (f.trigger === 'interaction') return 'transactional';
  if (f.signal && f.signal.sourceType !== 'response_comment' && f.interaction)
    return 'transactional';
  return 'relationship';
}

export function evidenceOf(f: Facts): Evidence[] {
  const out: Evidence[] = [];
  if (f.lowScore) out.push(evidenceOfLowScore(f.lowScore, f.at));
  if (f.signal) out.push(evidenceOfSignal(f.signal, f.text));
  if (f.response) out.push(evidenceOfResponse(f.response));
  if (f.interaction) out.push(evidenceOfInteraction(f.interaction));
  return out;
}

async function teamLeadOf(d: Deps, ws: string, f: Facts): Promise<string | null> {
  const team = f.interaction?.teamId ? await d.r.teams.get(ws, f.interaction.teamId) : undefined;
  return team?.leadId ?? null;
}

function praiseSource(f: Facts): PraiseSource {
  if (f.signal?.sourceType === 'response_comment') return 'response';
  if (f.interaction?.channel === 'web' && f.signal?.escalation !== 'praise') return 'contact_form';
  return 'signal';
}

async function routePraise(d: Deps, ws: string, f: Facts): Promise<string | null> {
  if (!f.signal) return null;
  const subjects = await praiseSubjects(d, ws, {
    texts: f.text ? [f.text] : [],
    triggers: [...(f.signal.triggers.praise ?? []), ...(f.signal.triggers.names ?? [])],
    customerId: f.customer?.id ?? null,
    interaction: f.interaction,
  });
  if (!subjects.length) return null;
  // The same compliment read twice (a note and a message, two rules) is routed once.
  const src = f.response ? { responseId: f.response.id } : { interactionId: f.interaction?.id };
  if (src.responseId || src.interactionId) {
    const earlier = await d.r.praise.bySource(ws, src);
    if (earlier.some((p) => subjects.every((s) => p.subjectIds.includes(s)))) return null;
  }
  const p = await recordPraise(d, systemActor(ws), {
    source: praiseSource(f),
    subjectIds: subjects,
    customerId: f.customer?.id ?? null,
    interactionId: f.interaction?.id ?? null,
    responseId: f.response?.id ?? null,
    signalId: f.signal.id,
    text: f.text,
  });
  return p.id;
}

async function notify(
  d: Deps,
  ws: string,
  rule: Rule,
  action: Extract<RuleAction, { type: 'notify' }>,
  f: Facts,
  opened: CaseHead | null,
): Promise<string> {
  const ids: Array<string | null> = [];
  const emails: string[] = [];
  for (const t of action.to) {
    if (t === 'case_owner') ids.push(opened?.escalatedToId ?? opened?.ownerId ?? null);
    else if (t === 'relationship_owner') ids.push(f.customer?.relationshipOwnerId ?? null);
    else if (t === 'agent') ids.push(f.interaction?.employeeIds[0] ?? null);
    else if (t === 'team_lead') ids.push(await teamLeadOf(d, ws, f));
    else if (t.includes('@')) emails.push(t);
    else ids.push(t);
  }
  const notice = {
    subject: action.subject ?? `Rapport: rule "${rule.name}" matched`,
    text: evidenceOf(f)
      .map((e) => `- ${e.summary}`)
      .join('\n'),
    link: opened ? `/cases/${opened.id}` : undefined,
  };
  const sent = await notifyEmployees(d, ws, ids, notice);
  for (const e of emails) await notifyAddress(d, ws, e, notice);
  return `${sent.length + emails.length} recipient(s)`;
}

async function tag(d: Deps, f: Facts, tagName: string): Promise<string | null> {
  const c = f.customer;
  if (!c) return null;
  // Compare and set: another tag or an edit between the read and the write makes the write
  // miss, and the tag is added to what is there now.
  for (let attempt = 0; attempt < 5; attempt++) {
    const fresh = await d.r.customers.get(c.workspaceId, c.id);
    if (!fresh) return null;
    const tags = Array.isArray(fresh.attributes.tags) ? (fresh.attributes.tags as unknown[]) : [];
    if (tags.includes(tagName)) return tagName;
    const attributes = { ...fresh.attributes, tags: [...tags, tagName] };
    const now = after(fresh.updatedAt, d.clock.now());
    if (
      await d.r.customers.replaceAttributes(c.workspaceId, c.id, attributes, fresh.updatedAt, now)
    )
      return tagName;
  }
  throw new DomainError('conflict', `The customer ${c.id} kept changing while a rule tagged it.`);
}

/** Now, or a millisecond after `t` when now is not later (a stopped clock, the same ms). */
function after(t: string, now: Date): string {
  const floor = Date.parse(t) + 1;
  // An unreadable stored time (NaN) must not make the write itself fail: now is enough then.
  return new Date(
    Number.isFinite(floor) ? Math.max(now.getTime(), floor) : now.getTime(),
  ).toISOString();
}

/** The owner a rule's case would go to (also used by the dry run). */
export function ownerFor(
  d: Deps,
  ws: string,
  rule: Rule,
  action: Extract<RuleAction, { type: 'open_case' }>,
  f: Facts,
  settings?: WorkspaceSettings,
): Promise<OwnerChoice> {
  return caseOwner(d, ws, action.owner ?? 'attribution', {
    scope: attributionScope(rule, f),
    customer: f.customer,
    interaction: f.interaction,
    settings,
  });
}

export async function runActions(
  d: Deps,
  ws: string,
  rule: Rule,
  f: Facts,
): Promise<ActionOutcome[]> {
  const out: ActionOutcome[] = [];
  let opened: CaseHead | null = null;
  // Cases first, so a notification can go to the case's owner.
  const ordered = [...rule.actions].sort(
    (a, b) => Number(b.type === 'open_case') - Number(a.type === 'open_case'),
  );
  for (const a of ordered) {
    if (a.type === 'open_case') {
      const r = await openCase(d, systemActor(ws), {
        reason: a.reason,
        priority: a.priority,
        ruleId: rule.id,
        customerId: f.customer?.id ?? null,
        interactionId: f.interaction?.id ?? null,
        responseId: f.response?.id ?? null,
        evidence: evidenceOf(f),
        // Looked up only if no open case of the customer is joined instead.
        owner: (settings) => ownerFor(d, ws, rule, a, f, settings),
      });
      opened = r.case;
      out.push({ type: a.type, result: r.case.id });
    } else if (a.type === 'route_praise') {
      out.push({ type: a.type, result: await routePraise(d, ws, f) });
    } else if (a.type === 'notify') {
      out.push({ type: a.type, result: await notify(d, ws, rule, a, f, opened) });
    } else if (a.type === 'webhook') {
      const data = {
        rule: { id: rule.id, name: rule.name, trigger: rule.trigger },
        subjectId: f.subjectId,
        customerId: f.customer?.id ?? null,
        interactionId: f.interaction?.id ?? null,
        evidence: evidenceOf(f),
      };
      const sent = await emitWebhook(d, ws, 'rule.matched', data, f.customer?.id ?? f.subjectId);
      out.push({ type: a.type, result: `${sent.length} endpoint(s)` });
    } else {
      out.push({ type: a.type, result: await tag(d, f, a.tag) });
    }
  }
  return out;
}
