import { describe, expect, it } from 'vitest';
import {
  carrierStyleSurvey,
  employeePulseSurvey,
  relationshipNpsSurvey,
  transactionalCsatSurvey,
} from '../surveys/builders/index.ts';
import type { SurveyDefinition } from '../surveys/survey-definition.ts';
import type { DialogueAnalyzer } from './analyzer.ts';
import { onConversationTimeout, receiveReply, startConversation } from './conversation.ts';
import type { ConversationContext } from './conversation-state.ts';
import type { DialogueStep } from './dialogue-events.ts';

const T0 = Date.parse('2026-11-23T09:00:00Z');
const at = (min: number) => new Date(T0 + min * 60_000).toISOString();
const types = (s: DialogueStep) => s.events.map((e) => e.type);

/** Run replies one a minute after a start; returns every step. */
function converse(
  def: SurveyDefinition,
  replies: string[],
  context: ConversationContext = {},
  seed = 7,
): DialogueStep[] {
  const steps = [startConversation(def, context, at(0), { seed })];
  replies.forEach((r, i) =>
    steps.push(receiveReply(def, (steps.at(-1) as DialogueStep).state, r, at(i + 1))),
  );
  return steps;
}

describe('startConversation', () => {
  it('greets by name, then asks the first question with its scale', () => {
    const s = startConversation(
      carrierStyleSurvey({ id: 'c' }),
      { customerName: 'Ana', companyName: 'Acme' },
      at(0),
      { seed: 1 },
    );
    expect(s.outgoing).toHaveLength(2);
    expect(s.outgoing[0]).toMatch(/Ana/);
    expect(s.outgoing[0]).toMatch(/STOP/);
    expect(s.outgoing[1]).toMatch(/recommend Acme.*\(10 = definitely, 1 = definitely not\)\?$/);
    expect(s.state).toMatchObject({
      status: 'active',
      awaiting: { type: 'question', questionId: 'recommend', attempts: 0 },
    });
    expect(s.state.timeoutAt).toBe(at(24 * 60));
  });

  it('degrades gracefully without names ("Hi there", "our representative")', () => {
    for (let seed = 0; seed < 20; seed++) {
      const s = startConversation(carrierStyleSurvey({ id: 'c' }), {}, at(0), { seed });
      const all = s.outgoing.join(' ');
      expect(all).not.toMatch(/\{|\}|undefined|null|\s,/);
      expect(all).toMatch(/^(Hi there|Hello there|Hello|Hi)\b/);
    }
    const steps = converse(carrierStyleSurvey({ id: 'c' }), ['9']);
    expect(steps[1]?.outgoing[0]).toMatch(/by our representative/);
  });

  it('speaks the conversation’s language', () => {
    const s = startConversation(
      relationshipNpsSurvey({ id: 'r' }),
      { language: 'es', companyName: 'Acme' },
      at(0),
      { seed: 3 },
    );
    expect(s.outgoing[1]).toMatch(/^¿Qué probabilidad hay de que recomiendes Acme/);
    const r = receiveReply(relationshipNpsSurvey({ id: 'r' }), s.state, 'dos', at(1));
    expect(r.outgoing[0]).toMatch(/\b2\b/);
    expect(r.outgoing[0]).toMatch(/¿Qué salió mal y qué podríamos hacer para arreglarlo\?/);
  });

  it('refuses an invalid definition', () => {
    const bad = { ...carrierStyleSurvey({ id: 'c' }), questions: [] };
    expect(() => startConversation(bad, {}, at(0))).toThrow(
      expect.objectContaining({ code: 'validation' }),
    );
  });
});

describe('replies that listen', () => {
  it('uses the survey’s own follow-up as the question after a low score (no extra probe)', () => {
    const [, low, why] = converse(
      relationshipNpsSurvey({ id: 'r' }),
      ['3', 'Billing errors, three months running'],
      {
        companyName: 'Acme',
      },
    );
    expect(low?.outgoing[0]).toMatch(/\b3\b.*(sorry|apologi)|(sorry|apologi).*\b3\b/i);
    expect(low?.outgoing[0]).toMatch(/What went wrong, and what could we do to put it right\?$/);
    expect(low?.state.awaiting).toEqual({ type: 'question', questionId: 'why_low', attempts: 0 });
    expect(why?.state.answers.at(-1)).toMatchObject({
      questionId: 'why_low',
      value: 'Billing errors, three months running',
    });
    expect(why?.state.status).toBe('completed');
  });

  it('reacts to a middle score without apologising and moves on', () => {
    const [, mid] = converse(relationshipNpsSurvey({ id: 'r' }), ['7']);
    expect(types(mid as DialogueStep)).toEqual(['answer']);
    expect(mid?.outgoing[0]).toMatch(/\b7\b/);
    expect(mid?.outgoing[0]).not.toMatch(/sorry|apolog/i);
    expect(mid?.outgoing[0]).toMatch(/earn a 9 or 10/);
  });

  it('offers a call back when the low score came with its reason, and records the request', () => {
    const steps = converse(
      carrierStyleSurvey({ id: 'c' }),
      ['2 because your store manager was rude to me', 'call me'],
      {
        companyName: 'Acme',
      },
    );
    const low = steps[1] as DialogueStep;
    expect(low.events).toContainEqual(
      expect.objectContaining({ type: 'comment', questionId: 'recommend' }),
    );
    expect(low.outgoing[0]).toMatch(/\b2\b/);
    expect(low.outgoing[0]).toMatch(/call/i);
    expect(low.outgoing[0]).toMatch(/\?/);
    const cb = steps[2] as DialogueStep;
    expect(types(cb)).toContain('callback_requested');
    expect(cb.state.followUps.at(-1)).toMatchObject({
      questionId: 'recommend',
      callbackRequested: true,
    });
    expect(cb.outgoing[0]).toMatch(/call/i);
    expect(cb.state.awaiting).toMatchObject({ questionId: 'agent_handling' });
  });

  it('a bare number or a "no" to the probe explains nothing: no comment, on to the next question', () => {
    for (const reply of ['10', 'no', 'nothing']) {
      const steps = converse(carrierStyleSurvey({ id: 'c' }), ['1', reply]);
      const after = steps[2] as DialogueStep;
      expect(types(after)).not.toContain('comment');
      expect(after.state.awaiting).toMatchObject({
        type: 'question',
        questionId: 'agent_handling',
      });
    }
  });

  it('probes at most maxProbes low scores, yet acknowledges every one', () => {
    const def = carrierStyleSurvey({ id: 'c', dialogue: { maxProbes: 1 } });
    const steps = converse(def, ['1', 'bad store visit', '2']);
    const second = steps[3] as DialogueStep;
    expect(types(second)).toContain('low_score');
    expect(second.outgoing[0]).toMatch(/\b2\b/);
    expect(second.outgoing[0]).toMatch(/sorry|apologi/i);
    expect(second.state.awaiting).toMatchObject({
      type: 'question',
      questionId: 'agent_timeliness',
    });
  });

  it('never offers a call back in an anonymous employee survey', () => {
    const steps = converse(employeePulseSurvey({ id: 'e' }), ['2']);
    const low = steps[1]?.outgoing[0] ?? '';
    expect(low).toMatch(/\b2\b/);
    expect(low).toMatch(/anonymous|your name/i);
    expect(low).not.toMatch(/CALL|call back|phone/i);
    expect(steps[1]?.events.find((e) => e.type === 'low_score')).toMatchObject({
      metric: 'enps',
      attribution: 'team',
    });
  });

  it('acknowledges free text in kind, using the injected analyzer', () => {
    const seen: string[] = [];
    const analyze: DialogueAnalyzer = (text) => {
      seen.push(text);
      return { sentiment: 'positive', emotions: ['gratitude'] } as { sentiment: 'positive' };
    };
    const def = transactionalCsatSurvey({ id: 't' });
    let s = startConversation(def, { agentName: 'Thor' }, at(0), { seed: 2 });
    for (const r of ['5', '7', '3']) s = receiveReply(def, s.state, r, at(1));
    s = receiveReply(def, s.state, 'Thor and I blamed Loki, brilliant', at(2), { analyze });
    expect(seen).toEqual(['Thor and I blamed Loki, brilliant']);
    expect(s.outgoing[0]).toMatch(/lovely|kind|great thing/i);
    expect(s.state.status).toBe('completed');
  });

  it('apologises for failed expectations and thanks exceeded ones', () => {
    const def = transactionalCsatSurvey({ id: 't' });
    const failed = converse(def, ['4', '6', 'fell short'])[3]?.outgoing[0] ?? '';
    expect(failed).toMatch(/sorry|apologi/i);
    const exceeded = converse(def, ['4', '6', '3'])[3];
    expect(exceeded?.state.answers.at(-1)).toMatchObject({
      questionId: 'expectations',
      value: 'exceeded',
    });
  });
});

describe('unreadable replies', () => {
  it('re-asks once politely with the expected range, then skips and moves on', () => {
    const def = carrierStyleSurvey({ id: 'c' });
    const steps = converse(def, ['great', 'meh', '9'], { agentName: 'Jessica' });
    const reask = steps[1] as DialogueStep;
    expect(types(reask)).toEqual(['unreadable']);
    expect(reask.outgoing[0]).toMatch(/1.*10/);
    expect(reask.state.awaiting).toMatchObject({ questionId: 'recommend', attempts: 1 });
    const skip = steps[2] as DialogueStep;
    expect(types(skip)).toEqual(['unreadable', 'answer', 'skipped']);
    expect(skip.state.answers[0]).toMatchObject({
      questionId: 'recommend',
      status: 'skipped',
      skipReason: 'unreadable',
      value: null,
    });
    expect(skip.outgoing[0]).toMatch(/Jessica/);
    expect(steps[3]?.state.answers[1]).toMatchObject({ questionId: 'agent_handling', value: 9 });
  });

  it('an out-of-scale number is re-asked, not clamped', () => {
    const [, s] = converse(carrierStyleSurvey({ id: 'c' }), ['0']);
    expect(s?.state.answers).toEqual([]);
    expect(types(s as DialogueStep)).toEqual(['unreadable']);
  });
});

describe('keywords', () => {
  it('STOP opts out at once, confirms, and closes as partial keeping the answers', () => {
    const steps = converse(carrierStyleSurvey({ id: 'c' }), ['9', 'stop']);
    const stop = steps[2] as DialogueStep;
    expect(types(stop)).toEqual(['opt_out', 'partial']);
    expect(stop.events[1]).toEqual({ type: 'partial', answered: 1, reason: 'opt_out' });
    expect(stop.outgoing[0]).toMatch(/START/);
    expect(stop.state).toMatchObject({
      status: 'opted_out',
      optedOut: true,
      timeoutAt: null,
      awaiting: null,
    });
    // Nothing more is sent while opted out, except the opt-in confirmation.
    const help = receiveReply(carrierStyleSurvey({ id: 'c' }), stop.state, 'HELP', at(9));
    expect(help.outgoing).toEqual([]);
    const back = receiveReply(carrierStyleSurvey({ id: 'c' }), help.state, 'YES', at(10));
    expect(types(back)).toEqual(['opt_in']);
    expect(back.state.optedOut).toBe(false);
    expect(back.outgoing[0]).toMatch(/STOP/);
  });

  it('HELP answers and keeps waiting for the same question', () => {
    const steps = converse(carrierStyleSurvey({ id: 'c' }), ['help', '8']);
    expect(types(steps[1] as DialogueStep)).toEqual(['help']);
    expect(steps[1]?.outgoing[0]).toMatch(/STOP/);
    expect(steps[1]?.state.awaiting).toMatchObject({ questionId: 'recommend', attempts: 0 });
    expect(steps[2]?.state.answers[0]).toMatchObject({ questionId: 'recommend', value: 8 });
  });

  it('a sentence containing "cancel" is an answer, not an opt-out', () => {
    const steps = converse(carrierStyleSurvey({ id: 'c' }), [
      '10',
      '10',
      '10',
      'I will cancel all my accounts',
    ]);
    expect(types(steps[4] as DialogueStep)).not.toContain('opt_out');
    expect(steps[4]?.state.answers.at(-1)).toMatchObject({
      questionId: 'comment',
      value: 'I will cancel all my accounts',
    });
  });
});

describe('timeouts (the clock is passed in)', () => {
  const def = carrierStyleSurvey({
    id: 'c',
    dialogue: { reminderAfterMinutes: 60, closeAfterMinutes: 120 },
  });

  it('does nothing before the timeout', () => {
    const s = startConversation(def, {}, at(0), { seed: 1 });
    const r = onConversationTimeout(def, s.state, at(59));
    expect(r).toEqual({ state: s.state, outgoing: [], answers: [], events: [] });
  });

  it('sends at most one reminder, then closes as partial; partial answers still count', () => {
    let s = startConversation(def, { customerName: 'Mia' }, at(0), { seed: 1 });
    s = receiveReply(def, s.state, '9', at(1));
    const reminder = onConversationTimeout(def, s.state, at(61));
    expect(types(reminder)).toEqual(['reminder']);
    expect(reminder.outgoing[0]).toMatch(/Mia/);
    expect(reminder.state.timeoutAt).toBe(at(61 + 120));
    // The customer answers after the reminder, then goes quiet again: no second reminder.
    const answered = receiveReply(def, reminder.state, '10', at(70));
    expect(answered.state.timeoutAt).toBe(at(70 + 120));
    const closed = onConversationTimeout(def, answered.state, at(190));
    expect(types(closed)).toEqual(['partial']);
    expect(closed.events[0]).toEqual({ type: 'partial', answered: 2, reason: 'timeout' });
    expect(closed.outgoing).toEqual([]);
    expect(closed.state).toMatchObject({ status: 'partial', timeoutAt: null, closedAt: at(190) });
    expect(closed.state.answers.map((a) => a.value)).toEqual([9, 10]);
    expect(onConversationTimeout(def, closed.state, at(999)).events).toEqual([]);
  });

  it('reminds about a pending probe in its own words', () => {
    let s = startConversation(def, {}, at(0), { seed: 1 });
    s = receiveReply(def, s.state, '1', at(1));
    const r = onConversationTimeout(def, s.state, at(61));
    expect(r.outgoing[0]).toMatch(/what went wrong/i);
  });

  it('a reply after the end is kept as a late comment', () => {
    const steps = converse(carrierStyleSurvey({ id: 'c' }), [
      '10',
      '10',
      '10',
      'no',
      'Actually, one more thing: the store was awful',
    ]);
    const late = steps[5] as DialogueStep;
    expect(late.events).toEqual([
      expect.objectContaining({ type: 'comment', questionId: null, sentiment: 'negative' }),
    ]);
    expect(late.state.status).toBe('completed');
  });
});

describe('state', () => {
  it('is plain JSON: a round trip through a database row resumes identically', () => {
    const def = carrierStyleSurvey({ id: 'c' });
    const a = converse(def, ['1', 'rude staff', '10']);
    const stored = JSON.parse(JSON.stringify(a.at(-1)?.state));
    expect(stored).toEqual(a.at(-1)?.state);
    const x = receiveReply(def, stored, '9', at(9));
    const y = receiveReply(def, a.at(-1)!.state, '9', at(9));
    expect(x).toEqual(y);
  });

  it('is deterministic and never mutates its input', () => {
    const def = carrierStyleSurvey({ id: 'c' });
    const one = converse(def, ['1', 'bad', '10', '3', 'meh'], { customerName: 'Al' }, 42);
    const two = converse(def, ['1', 'bad', '10', '3', 'meh'], { customerName: 'Al' }, 42);
    expect(one.map((s) => s.outgoing)).toEqual(two.map((s) => s.outgoing));
    const before = JSON.stringify(one[1]?.state);
    receiveReply(def, one[1]!.state, '5', at(30));
    expect(JSON.stringify(one[1]?.state)).toBe(before);
  });

  it('different seeds choose different wording', () => {
    const def = carrierStyleSurvey({ id: 'c' });
    const texts = new Set<string>();
    for (let seed = 0; seed < 12; seed++)
      texts.add(converse(def, ['1'], {}, seed)[1]?.outgoing[0] ?? '');
    expect(texts.size).toBeGreaterThan(2);
  });

  it('refuses another survey or version than the one it runs', () => {
    const def = carrierStyleSurvey({ id: 'c' });
    const s = startConversation(def, {}, at(0));
    expect(() => receiveReply({ ...def, version: 2 }, s.state, '1', at(1))).toThrow(
      expect.objectContaining({ code: 'conflict' }),
    );
  });
});
