import { transactionalCsatSurvey } from '@rapport/core';
import { describeEachDialect } from '@rapport/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { testApi, type TestApi, type TestWorkspace } from '../../testing/harness.ts';

/**
 * The web page answers an answer as the conversation does: a low score is acknowledged with
 * an apology on the next screen, a high one thanked, and the last page closes in kind, in the
 * survey's language.
 */
describeEachDialect('web survey page reactions', (db) => {
  let api: TestApi;
  let ws: TestWorkspace;
  let english: string;
  let spanish: string;
  beforeAll(async () => {
    api = await testApi(db().store);
    ws = await api.workspace('Harbor Telecom');
    const survey = async (id: string, defaultLanguage: string) =>
      (
        await ws.json<{ id: string }>('POST', '/api/v1/surveys', {
          definition: transactionalCsatSurvey({ id, defaultLanguage }),
          status: 'live',
        })
      ).id;
    english = await survey('t', 'en');
    spanish = await survey('t-es', 'es');
  });
  afterAll(() => api.close());

  /** A fresh customer each time: the contact rules allow one survey a week per person. */
  async function invite(surveyId: string, locale?: string): Promise<string> {
    const customerId = (
      await ws.json<{ id: string }>('POST', '/api/v1/customers', {
        name: 'Michael Allenson',
        ...(locale ? { locale } : {}),
      })
    ).id;
    const out = await ws.json<{ url: string }>('POST', '/api/v1/invitations', {
      surveyId,
      customerId,
      channel: 'web',
    });
    return new URL(out.url).pathname;
  }
  const get = (url: string) => api.app.inject({ method: 'GET', url });
  const answer = (path: string, question: string, value?: string) =>
    api.app.inject({
      method: 'POST',
      url: path,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams(
        value === undefined ? { question, do: 'skip' } : { question, value, do: 'answer' },
      ).toString(),
    });
  /** The probe after a low score: its box answered, or skipped when no words are given. */
  const answerProbe = (path: string, question: string, words?: string) =>
    api.app.inject({
      method: 'POST',
      url: path,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({
        question,
        step: 'probe',
        ...(words === undefined ? { do: 'skip' } : { value: words, do: 'answer' }),
      }).toString(),
    });
  const reaction = (html: string) =>
    /<p class="reaction" role="status">([^<]*)<\/p>/.exec(html)?.[1];

  it('acknowledges a low score with an apology on the next screen, and closes with one', async () => {
    const path = await invite(english);
    expect(reaction((await get(path)).body)).toBeUndefined();
    await answer(path, 'csat', '1');
    const next = (await get(path)).body;
    // The apology sits above the probe, then the next question.
    expect(next).toContain('name="step" value="probe"');
    const said = reaction(next) ?? '';
    expect(said).toMatch(/\b1\b/);
    expect(said).toMatch(/sorry|apolog|on us|not good enough|fell short/i);
    // The same page loaded again says the same thing.
    expect(reaction((await get(path)).body)).toBe(said);
    await answerProbe(path, 'csat');
    expect((await get(path)).body).toContain('name="question" value="ces"');
    await answer(path, 'ces', '6');
    expect(reaction((await get(path)).body)).toBeTruthy();
    await answer(path, 'expectations', 'met');
    expect(reaction((await get(path)).body)).toBeUndefined();
    const last = await answer(path, 'comment');
    expect(last.headers.location).toBe(`${path}/done`);
    const done = await get(`${path}/done`);
    expect(done.statusCode).toBe(200);
    expect(done.body).toContain('sorry we let you down');
  });

  it('thanks high scores and says nothing over a skip', async () => {
    const path = await invite(english);
    await answer(path, 'csat', '5');
    expect(reaction((await get(path)).body)).toMatch(/thank|glad|great|wonderful|delighted/i);
    await answer(path, 'ces');
    expect(reaction((await get(path)).body)).toBeUndefined();
    await answer(path, 'expectations', 'exceeded');
    await answer(path, 'comment');
    const done = await get(`${path}/done`);
    expect(done.body).toContain('glad it went well');
    expect(done.body).not.toContain('sorry');
  });

  it("speaks the survey's language, to the last page", async () => {
    const path = await invite(spanish);
    await answer(path, 'csat', '1');
    const next = (await get(path)).body;
    expect(next).toContain('<html lang="es"');
    expect(reaction(next)).toMatch(/lo siento|disculpas|lamento/i);
    await answerProbe(path, 'csat', 'Me colgaron dos veces.');
    await answer(path, 'ces', '1');
    await answerProbe(path, 'ces');
    await answer(path, 'expectations', 'failed');
    await answer(path, 'comment', 'Nadie me llamó.');
    const done = await get(`${path}/done`);
    expect(done.body).toContain('<html lang="es"');
    expect(done.body).toContain('Sentimos haberte fallado');
    // Opened again, the link says it was answered, in Spanish too.
    const again = await get(path);
    expect(again.statusCode).toBe(410);
    expect(again.body).toContain('Esta encuesta ya se ha respondido');
    expect(again.body).toContain('<html lang="es"');
  });

  it("speaks the customer's language when known, as their e-mails and texts do", async () => {
    const path = await invite(english, 'es-MX');
    const first = (await get(path)).body;
    expect(first).toContain('<html lang="es"');
    expect(first).toContain('Siguiente');
    await answer(path, 'csat', '1');
    // The Spanish templates' words for a low score (templates.es.ts).
    expect(reaction((await get(path)).body)).toMatch(/lo siento|disculpas|lamento/i);
    // What went wrong, in words with no angry one in them: read as the complaint it is, and
    // answered in kind (before, the word list read it as neutral: "Anotado, gracias.").
    await answerProbe(
      path,
      'csat',
      'Me dejaron en espera 45 minutos y nadie me devolvió la llamada.',
    );
    expect(reaction((await get(path)).body)).toMatch(/siento|frustrante|no debería/i);
    await answer(path, 'ces', '1');
    await answerProbe(path, 'ces');
    await answer(path, 'expectations', 'failed');
    await answer(path, 'comment');
    expect((await get(`${path}/done`)).body).toContain('Sentimos haberte fallado');
  });

  it('sends a link not yet answered from its last page back to the survey', async () => {
    const path = await invite(english);
    const early = await get(`${path}/done`);
    expect(early.statusCode).toBe(303);
    expect(early.headers.location).toBe(path);
    const unknown = await get('/s/not-a-token/done');
    expect(unknown.statusCode).toBe(303);
    expect((await get('/s/not-a-token')).statusCode).toBe(404);
  });
});
