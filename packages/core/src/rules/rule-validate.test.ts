import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors/domain-error.ts';
import { DEFAULT_RULES } from './default-rules.ts';
import { validateActions, validateCondition } from './rule-validate.ts';
import type { RuleTrigger } from './rule.ts';

function fieldOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e.field;
    throw e;
  }
  return undefined;
}

describe('rule validation', () => {
  it('accepts every default rule as it stands', () => {
    for (const r of DEFAULT_RULES) {
      expect(validateCondition(JSON.parse(JSON.stringify(r.condition)), r.trigger)).toEqual(
        r.condition,
      );
      expect(validateActions(JSON.parse(JSON.stringify(r.actions)), r.trigger)).toEqual(r.actions);
    }
  });

  it('names the exact field at fault', () => {
    const cond = (c: unknown, t: RuleTrigger = 'signal') => fieldOf(() => validateCondition(c, t));
    expect(
      cond({
        all: [
          { score: { metric: 'nps', op: '<=', value: 6 } },
          { emotion: { labels: ['anger'], op: '>=', value: 7 } },
        ],
      }),
    ).toBe('condition.all[1].emotion.value');
    expect(cond({ score: { metric: 'nps', op: '≤', value: 6 } }, 'response')).toBe(
      'condition.score.op',
    );
    expect(cond({ emotion: { labels: ['anger'], op: '>=', value: 0.7 } }, 'response')).toBe(
      'condition.emotion',
    );
    expect(cond({ any: [] })).toBe('condition.any');
    expect(cond({ foo: 1 })).toBe('condition.foo');
    expect(cond({ score: { metric: 'nps', op: '<', value: 1, extra: true } })).toBe(
      'condition.score.extra',
    );
    expect(cond({ signal: { field: 'anger', op: '>=', value: 0.5 } })).toBe(
      'condition.signal.field',
    );
    expect(cond({ not: { sentiment: ['furious'] } })).toBe('condition.not.sentiment[0]');
    const deep = Array.from({ length: 10 }).reduce<unknown>((c) => ({ not: c }), {
      sentiment: ['negative'],
    });
    expect(cond(deep)).toMatch(/^condition(\.not)+$/);
    const act = (a: unknown, t: RuleTrigger = 'response') => fieldOf(() => validateActions(a, t));
    expect(act([{ type: 'open_case', reason: 'Churn Risk', priority: 'high' }])).toBe(
      'actions[0].reason',
    );
    expect(act([{ type: 'open_case', reason: 'churn', priority: 'asap' }])).toBe(
      'actions[0].priority',
    );
    expect(act([{ type: 'notify', to: ['boss'] }])).toBe('actions[0].to[0]');
    expect(act([{ type: 'route_praise' }])).toBe('actions[0].type');
    expect(act([{ type: 'explode' }])).toBe('actions[0].type');
    expect(act([])).toBe('actions');
    expect(act([{ type: 'tag', tag: 'At Risk' }])).toBe('actions[0].tag');
  });
});
