/**
 * The conversation answers a customer's own words in kind, read by the emotion model: a
 * sarcastic reason after a low score ("Oh great, … Love it.") is a complaint and gets an
 * apology, not "lovely to hear" (the dialogue's word list alone reads it as praise).
 */
import { TEMPLATES_EN } from '@rapport/core';
import { describeEachDialect } from '@rapport/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  carrierWorldOverTwilio,
  twimlMessages,
  type CarrierWorld,
} from '../../testing/carrier-world.ts';

describeEachDialect('SMS replies read by the emotion model', (db) => {
  let w: CarrierWorld;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ w, close } = await carrierWorldOverTwilio(db().store));
  });
  afterAll(() => close());

  const startsWithOneOf = (text: string, variants: readonly string[]) =>
    variants.some((v) => text.startsWith(v));

  it('meets a sarcastic reason after a low score with an apology, not with thanks for praise', async () => {
    const c = await w.customer();
    await w.invite(c, 'sms');
    await w.worker.drain();
    const probe = twimlMessages((await w.sms(c.phone, '1')).body).join(' ');
    expect(probe).toMatch(/\?/);
    const res = await w.sms(c.phone, 'Oh great, another 2 hour hold. Love it.');
    expect(res.statusCode).toBe(200);
    const [reply = ''] = twimlMessages(res.body);
    expect(startsWithOneOf(reply, TEMPLATES_EN['text.negative'] ?? [])).toBe(true);
    expect(startsWithOneOf(reply, TEMPLATES_EN['text.positive'] ?? [])).toBe(false);
  });

  it('meets a plain complaint without a single angry word as a complaint too', async () => {
    const c = await w.customer();
    await w.invite(c, 'sms');
    await w.worker.drain();
    await w.sms(c.phone, '2');
    const res = await w.sms(c.phone, 'I waited 40 minutes and then got cut off');
    const [reply = ''] = twimlMessages(res.body);
    expect(startsWithOneOf(reply, TEMPLATES_EN['text.negative'] ?? [])).toBe(true);
  });
});
