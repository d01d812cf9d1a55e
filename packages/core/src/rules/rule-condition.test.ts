import { describe, expect, it } from 'vitest';
import type { Interaction } from '../interactions/interaction.ts';
import { DEFAULT_RULES } from './default-rules.ts';
import { mentions } from './mentions.ts';
import { evaluate } from './rule-condition.ts';
import type { Condition } from './rule.ts';
import { facts, score, signal } from './test-facts.ts';

const rule = (name: string): Condition => {
  const r = DEFAULT_RULES.find((x) => x.name.startsWith(name));
  if (!r) throw new Error(`no default rule ${name}`);
  return r.condition;
};

const interaction = (over: Partial<Interaction> = {}): Interaction => ({
  id: 'int_1',
  workspaceId: 'ws',
  externalId: null,
  customerId: 'cus_1',
  channel: 'phone',
  stage: 'support',
  occurredAt: '2026-01-05T09:00:00.000Z',
  outcome: 'resolved',
  expectation: null,
  employeeIds: ['emp_1'],
  teamId: 'tm_1',
  note: null,
  durationSeconds: null,
  attributes: {},
  messages: [],
  createdAt: '2026-01-05T09:00:00.000Z',
  ...over,
});

describe('rule conditions', () => {
  it('NPS ≤ 6 holds for a 1 on 1–10 and not for a 7; scales are never confused', () => {
    const detractor = rule('Detractor (NPS');
    expect(evaluate(detractor, facts({ scores: [score('nps', 1)] }))).toBe(true);
    expect(evaluate(detractor, facts({ scores: [score('nps', 7)] }))).toBe(false);
    expect(evaluate(detractor, facts({ scores: [score('csat', 1)] }))).toBe(false);
    const csat = rule('Very low CSAT');
    expect(
      evaluate(csat, facts({ scores: [score('csat', 2, { scaleMin: 1, scaleMax: 5 })] })),
    ).toBe(true);
    expect(
      evaluate(csat, facts({ scores: [score('csat', 3, { scaleMin: 1, scaleMax: 5 })] })),
    ).toBe(false);
    expect(evaluate(csat, facts({ scores: [score('csat', 4)] }))).toBe(true);
    expect(evaluate(csat, facts({ scores: [score('csat', 10)] }))).toBe(false);
  });

  it('anger or disappointment ≥ 0.7 from the customer, never from the agent', () => {
    const negative = rule('Strong negative emotion');
    const angry = signal({ emotions: { anger: 0.82, disapproval: 0.6 } });
    expect(evaluate(negative, facts({ trigger: 'signal', signal: angry }))).toBe(true);
    expect(
      evaluate(negative, facts({ trigger: 'signal', signal: { ...angry, speaker: 'agent' } })),
    ).toBe(false);
    const mild = signal({ emotions: { anger: 0.69, disappointment: 0.5 } });
    expect(evaluate(negative, facts({ trigger: 'signal', signal: mild }))).toBe(false);
  });

  it('churn words are found in the text or the trigger words, forgiving inflection', () => {
    const churn = rule('Churn words');
    const s = signal({ sourceType: 'response_comment', speaker: null });
    const text = 'I am considering moving all of my accounts away from this carrier.';
    expect(evaluate(churn, facts({ trigger: 'signal', signal: s, text }))).toBe(true);
    expect(evaluate(churn, facts({ trigger: 'signal', signal: s, text: 'Cancelling now.' }))).toBe(
      true,
    );
    expect(
      evaluate(churn, facts({ trigger: 'signal', signal: s, text: 'All good, thanks.' })),
    ).toBe(false);
    const byTrigger = signal({ triggers: { churn_risk: ['switching providers'] } });
    expect(evaluate(churn, facts({ trigger: 'signal', signal: byTrigger }))).toBe(true);
    expect(evaluate(churn, facts({ trigger: 'signal', signal: signal({ churnRisk: 0.55 }) }))).toBe(
      true,
    );
    expect(mentions('He will switch it off', 'switch to')).toBe(false);
  });

  it('a compliment with a high score needs both the praise and the score', () => {
    const compliment = rule('Compliment with a high score');
    const s = signal({ sourceType: 'response_comment', praise: 0.9 });
    expect(
      evaluate(compliment, facts({ trigger: 'signal', signal: s, scores: [score('nps', 10)] })),
    ).toBe(true);
    expect(
      evaluate(compliment, facts({ trigger: 'signal', signal: s, scores: [score('nps', 5)] })),
    ).toBe(false);
    expect(
      evaluate(
        compliment,
        facts({ trigger: 'signal', signal: { ...s, praise: 0.3 }, scores: [score('nps', 10)] }),
      ),
    ).toBe(false);
  });

  it('tests interactions by channel, stage, outcome and expectation; all/any/not combine', () => {
    const failed = rule('Expectations failed');
    expect(
      evaluate(
        failed,
        facts({ trigger: 'interaction', interaction: interaction({ expectation: 'failed' }) }),
      ),
    ).toBe(true);
    expect(
      evaluate(
        failed,
        facts({ trigger: 'interaction', interaction: interaction({ expectation: 'met' }) }),
      ),
    ).toBe(false);
    expect(evaluate(failed, facts({ trigger: 'interaction' }))).toBe(false);
    const c: Condition = {
      all: [
        { interaction: { channels: ['phone', 'chat'], stages: ['support'] } },
        { not: { interaction: { outcomes: ['resolved'] } } },
      ],
    };
    expect(evaluate(c, facts({ interaction: interaction({ outcome: 'unresolved' }) }))).toBe(true);
    expect(evaluate(c, facts({ interaction: interaction() }))).toBe(false);
    expect(
      evaluate(c, facts({ interaction: interaction({ channel: 'email', outcome: null }) })),
    ).toBe(false);
  });
});
