import { describe, expect, it } from 'vitest';
import { carrierStyleSurvey } from '../surveys/builders/index.ts';
import { startConversation, receiveReply } from './conversation.ts';
import type { DialogueStep } from './dialogue-events.ts';

/**
 * Story 2 of DESIGN.md, "The ignored red flag": after a call about roaming charges the carrier
 * texts its survey; Michael answers likely-to-recommend 1 (on 1–10), agent handling 10,
 * timeliness 10. The carrier replied "Sorry to hear." and rolled on. Rapport does not.
 */
describe('story 2: the ignored red flag, over the dialogue', () => {
  const def = carrierStyleSurvey({ id: 'srv_carrier' });
  const context = {
    customerName: 'Michael',
    agentName: 'Jessica C',
    companyName: 'Carrier',
    customerId: 'cus_michael',
    interactionId: 'int_roaming_call',
    channel: 'sms' as const,
  };
  const t0 = Date.parse('2026-11-23T15:00:00Z');
  const at = (min: number) => new Date(t0 + min * 60_000);

  function run(): DialogueStep[] {
    const steps = [startConversation(def, context, at(0))];
    const replies = [
      '1',
      'Your assistant store manager was the rudest person I have ever dealt with',
      '10',
      '10',
      'no',
    ];
    replies.forEach((r, i) => {
      const prev = steps[steps.length - 1] as DialogueStep;
      steps.push(receiveReply(def, prev.state, r, at(i + 1)));
    });
    return steps;
  }

  it('answers the 1 at once with a real apology and a question, never "Sorry to hear"', () => {
    const [start, afterOne] = run();
    expect(start?.outgoing[1]).toMatch(/recommend Carrier/);
    const reply = afterOne?.outgoing[0] ?? '';
    expect(afterOne?.outgoing).toHaveLength(1);
    expect(reply).not.toMatch(/^\s*sorry to hear/i);
    expect(reply).toMatch(/\b1\b/); // acknowledges the specific answer
    expect(reply).toMatch(/sorry|apologi[sz]e/i); // apologises
    expect(reply).toMatch(/\?/); // and asks
    expect(reply).toMatch(/what went wrong|what happened|done differently|call/i); // what went wrong, or a call back
    expect(reply).not.toMatch(/Jessica/); // and does not roll on to the agent questions
  });

  it('raises a low_score event for a relationship NPS, attributed to the company', () => {
    const afterOne = run()[1];
    const low = afterOne?.events.find((e) => e.type === 'low_score');
    expect(low).toMatchObject({
      type: 'low_score',
      questionId: 'recommend',
      metric: 'nps',
      scope: 'relationship',
      attribution: 'company',
      score: 1,
      scale: { min: 1, max: 10 },
    });
  });

  it('keeps why, acknowledges it in kind, then asks about the agent', () => {
    const afterWhy = run()[2];
    expect(afterWhy?.events).toContainEqual(
      expect.objectContaining({ type: 'comment', questionId: 'recommend', sentiment: 'negative' }),
    );
    expect(afterWhy?.outgoing[0]).toMatch(/handling of your call by Jessica C/);
    expect(afterWhy?.state.followUps[0]?.text).toMatch(/store manager/);
  });

  it('thanks the 10s naming the agent', () => {
    const steps = run();
    for (const step of [steps[3], steps[4]]) {
      const reply = step?.outgoing[0] ?? '';
      const thanks = reply.split(/(?<=[.!?])\s+/)[0] ?? '';
      expect(thanks).toMatch(/thank/i);
      expect(thanks).toMatch(/Jessica C/);
      expect(thanks).toMatch(/10/);
      expect(step?.events.map((e) => e.type)).toContain('high_score');
    }
  });

  it('labels the answers: the 1 is relationship NPS for the company, the 10s transactional CSAT for the agent', () => {
    const final = run().at(-1);
    expect(final?.state.status).toBe('completed');
    const byId = Object.fromEntries((final?.state.answers ?? []).map((a) => [a.questionId, a]));
    expect(byId.recommend).toMatchObject({
      value: 1,
      metric: 'nps',
      scope: 'relationship',
      attribution: 'company',
      scale: { min: 1, max: 10 },
    });
    for (const id of ['agent_handling', 'agent_timeliness']) {
      expect(byId[id]).toMatchObject({
        value: 10,
        metric: 'csat',
        scope: 'transactional',
        attribution: 'interaction',
        topBox: 9,
      });
    }
    expect(byId.comment).toMatchObject({ status: 'skipped', skipReason: 'declined' });
    expect(final?.events.map((e) => e.type)).toContain('completed');
  });

  it('keeps the whole exchange as a transcript, linked to the customer and the interaction', () => {
    const final = run().at(-1);
    const transcript = final?.state.transcript ?? [];
    expect(transcript.map((e) => e.speaker)).toEqual([
      'bot',
      'bot',
      'customer',
      'bot',
      'customer',
      'bot',
      'customer',
      'bot',
      'customer',
      'bot',
      'customer',
      'bot',
    ]);
    expect(transcript[2]).toEqual({
      speaker: 'customer',
      text: '1',
      at: '2026-11-23T15:01:00.000Z',
    });
    expect(final?.state.context).toMatchObject({
      customerId: 'cus_michael',
      interactionId: 'int_roaming_call',
    });
    // No message of the whole conversation is, or starts with, "Sorry to hear".
    for (const e of transcript)
      if (e.speaker === 'bot') expect(e.text).not.toMatch(/^\s*sorry to hear/i);
  });
});
