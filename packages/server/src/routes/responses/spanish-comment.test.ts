import { transactionalCsatSurvey } from '@rapport/core';
import type { CaseDto, CustomerJourneyDto } from '@rapport/contracts';
import { describeEachDialect } from '@rapport/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { closedLoopWorld, type ClosedLoopWorld } from '../../testing/closed-loop-world.ts';

/**
 * A Spanish-speaking customer's comment is read by the model through its Spanish cue phrases
 * (core/src/text/lexicon/cues-es.ts): a threat to leave, said with no English word, opens the
 * churn-risk case for the relationship owner, and the history shows it as a complaint with the
 * words that gave it away. Before, the English-only model read it as neutral and nothing opened.
 */
describeEachDialect('a Spanish comment', (db) => {
  let w: ClosedLoopWorld;
  let survey: string;
  let owner: string;
  beforeAll(async () => {
    w = await closedLoopWorld(db().store, { name: 'Telco MX' });
    owner = await w.employee('Rita Owner');
    survey = await w.create('/api/v1/surveys', {
      definition: transactionalCsatSurvey({ id: 'es', defaultLanguage: 'es' }),
      status: 'live',
    });
  });
  afterAll(() => w.close());

  async function respond(comment: string) {
    const customer = await w.create('/api/v1/customers', {
      name: 'Lucía Hernández',
      locale: 'es-MX',
      relationshipOwnerId: owner,
    });
    // A middling score: no rule on the score alone opens a case; only the words can.
    await w.ws.json('POST', '/api/v1/responses', {
      surveyId: survey,
      customerId: customer,
      channel: 'web',
      answers: [
        { questionId: 'csat', value: 3 },
        { questionId: 'comment', value: comment },
      ],
    });
    await w.run();
    const cases = await w.ws.json<{ items: CaseDto[] }>(
      'GET',
      `/api/v1/cases?customerId=${customer}`,
    );
    const journey = await w.ws.json<CustomerJourneyDto>(
      'GET',
      `/api/v1/customers/${customer}/journey`,
    );
    const signal = journey.touchpoints.flatMap((t) => t.signals)[0];
    return { cases: cases.items, signal };
  }

  it('that threatens to leave opens a churn-risk case for the relationship owner', async () => {
    const { cases, signal } = await respond(
      'Quiero darme de baja. Es la tercera vez que llamo y nadie me devolvió la llamada.',
    );
    expect(cases.map((c) => [c.reason, c.ownerId])).toEqual([['churn_risk', owner]]);
    expect(signal?.sentiment).toBe('negative');
    expect(signal?.churnRisk).toBeGreaterThanOrEqual(0.5);
    expect(signal?.effort).toBeGreaterThanOrEqual(0.5);
    expect(signal?.triggers['churn_risk']).toContain('darme de baja');
    expect(signal?.triggers['effort']).toEqual(expect.arrayContaining(['tercera vez']));
  });

  it('that thanks the agent reads as praise and opens nothing', async () => {
    const { cases, signal } = await respond(
      'La agente fue muy amable y lo resolvió rápido, gracias.',
    );
    expect(cases).toEqual([]);
    expect(signal?.sentiment).toBe('positive');
    expect(signal?.praise).toBeGreaterThanOrEqual(0.5);
    expect(signal?.churnRisk).toBeLessThan(0.5);
  });
});
