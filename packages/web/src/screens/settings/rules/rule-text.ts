/**
 * A rule's JSON in words: the condition as a tree of plain sentences (all of / any of / not),
 * and each action as a sentence. Anything unknown is shown as its JSON, never dropped.
 */
export interface ConditionNode {
  text: string;
  children?: ConditionNode[];
}

const OPS: Record<string, string> = { '<': '<', '<=': '≤', '=': '=', '>=': '≥', '>': '>' };
const SIGNALS: Record<string, string> = {
  praise: 'Praise',
  churnRisk: 'Churn risk',
  effort: 'Effort',
  humour: 'Humour',
  urgency: 'Urgency',
};
const SOURCES: Record<string, string> = {
  response_comment: 'a survey comment',
  message: 'a conversation message',
  interaction_note: 'an interaction note',
};

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const strs = (v: unknown): string[] =>
  Array.isArray(v) ? v.map((x) => (typeof x === 'string' ? x : JSON.stringify(x))) : [];
const words = (v: unknown) => strs(v).map((s) => s.replace(/_/g, ' '));
const or = (list: string[]) =>
  list.length <= 1 ? (list[0] ?? '—') : `${list.slice(0, -1).join(', ')} or ${list.at(-1)}`;
const quoted = (list: string[]) => or(list.map((s) => `“${s}”`));
const op = (t: Obj) => `${OPS[String(t.op)] ?? String(t.op)} ${String(t.value)}`;

function test(key: string, v: unknown): string {
  const t = isObj(v) ? v : {};
  switch (key) {
    case 'score': {
      const scale = t.scaleMax !== undefined ? ` (on a scale up to ${String(t.scaleMax)})` : '';
      const scope = typeof t.scope === 'string' ? `, ${t.scope}` : '';
      return `${String(t.metric ?? 'score').toUpperCase()} ${op(t)}${scale}${scope}`;
    }
    case 'emotion':
      return `Emotion ${or(words(t.labels))} ${op(t)}`;
    case 'signal':
      return `${SIGNALS[String(t.field)] ?? String(t.field)} ${op(t)}`;
    case 'sentiment':
      return `Sentiment is ${or(words(v))}`;
    case 'escalation':
      return `The customer asks to escalate: ${or(words(v))}`;
    case 'mentions':
      return `The text mentions ${quoted(strs(v))}`;
    case 'segment':
      return `Customer segment is ${quoted(strs(v))}`;
    case 'interaction': {
      const lists: Array<[string, string]> = [
        ['channels', 'channel'],
        ['stages', 'stage'],
        ['outcomes', 'outcome'],
        ['expectations', 'expectations'],
      ];
      const parts = lists
        .filter(([k]) => Array.isArray(t[k]))
        .map(([k, name]) => `${name} ${or(words(t[k]))}`);
      return `The interaction has ${parts.join('; ') || 'anything'}`;
    }
    case 'source': {
      const types = strs(t.types).map((s) => SOURCES[s] ?? s);
      const speakers = words(t.speakers);
      const bits = [
        types.length ? `from ${or(types)}` : '',
        speakers.length ? `said by the ${or(speakers)}` : '',
      ].filter(Boolean);
      return `The text is ${bits.join(', ') || 'any text'}`;
    }
    default:
      return `${key}: ${JSON.stringify(v)}`;
  }
}

export function describeCondition(c: unknown): ConditionNode {
  if (!isObj(c)) return { text: JSON.stringify(c) };
  const keys = Object.keys(c);
  if (keys.length !== 1) {
    return { text: 'All of:', children: keys.map((k) => describeCondition({ [k]: c[k] })) };
  }
  const key = keys[0] as string;
  const v = c[key];
  if (key === 'all' || key === 'any') {
    const parts = Array.isArray(v) ? v : [];
    return {
      text: key === 'all' ? 'All of these:' : 'Any of these:',
      children: parts.map(describeCondition),
    };
  }
  if (key === 'not') return { text: 'Not:', children: [describeCondition(v)] };
  return { text: test(key, v) };
}

const OWNERS: Record<string, string> = {
  attribution: 'by attribution',
  relationship_owner: 'the relationship owner',
  team_lead: 'the team lead',
  retention: 'the retention team',
};

export function describeAction(a: unknown): string {
  if (!isObj(a)) return JSON.stringify(a);
  switch (a.type) {
    case 'open_case': {
      const owner = isObj(a.owner)
        ? `employee ${String(a.owner.employeeId)}`
        : (OWNERS[String(a.owner ?? 'attribution')] ?? String(a.owner));
      return `Open a case “${String(a.reason ?? 'case').replace(/_/g, ' ')}”, ${String(a.priority ?? 'normal')} priority, owner ${owner}`;
    }
    case 'route_praise':
      return 'Route the praise to the employees it is about and their managers';
    case 'notify':
      return `Notify ${
        strs(a.to)
          .map((t) => t.replace(/_/g, ' '))
          .join(', ') || 'nobody'
      }${typeof a.subject === 'string' ? ` (“${a.subject}”)` : ''}`;
    case 'webhook':
      return 'Send rule.matched to the subscribed webhooks';
    case 'tag':
      return `Tag the customer “${String(a.tag)}”`;
    default:
      return JSON.stringify(a);
  }
}

export const TRIGGER_LABELS: Record<string, string> = {
  response: 'A survey response is recorded',
  signal: 'A text is read (comment, message, note)',
  low_score: 'A low score arrives in a live conversation',
  interaction: 'An interaction is recorded',
};
