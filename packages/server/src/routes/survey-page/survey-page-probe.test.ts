import { TEMPLATES_EN, transactionalCsatSurvey, type SurveyDefinition } from '@rapport/core';
import { describeEachDialect } from '@rapport/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { testApi, type TestApi, type TestWorkspace } from '../../testing/harness.ts';

/**
 * After a low score the web page asks what went wrong, as the SMS and e-mail conversation
 * does: the customer's words become the response's comment (analysed, read by the rules, on
 * their history) and the next screen acknowledges them in kind. A survey that asks why itself,
 * or turns probing off, is not probed twice.
 */
describeEachDialect('web survey page probe', (db) => {
  let api: TestApi;
  let ws: TestWorkspace;
  const surveys: Record<string, string> = {};
  beforeAll(async () => {
    api = await testApi(db().store);
    ws = await api.workspace('Harbor Telecom');
    const base = transactionalCsatSurvey({ id: 't', defaultLanguage: 'en' });
    const asksWhy: SurveyDefinition = {
      ...base,
      id: 'why',
      questions: base.questions.map((q, i) =>
        i === 1 ? { ...q, showIf: { question: 'csat', op: 'lte', value: 2 } } : q,
      ),
    };
    const defs: Record<string, SurveyDefinition> = {
      plain: base,
      asksWhy,
      quiet: { ...base, id: 'quiet', dialogue: { ...base.dialogue, probeLowScores: false } },
      single: { ...base, id: 'single', questions: base.questions.slice(0, 1) },
    };
    for (const [k, definition] of Object.entries(defs))
      surveys[k] = (
        await ws.json<{ id: string }>('POST', '/api/v1/surveys', { definition, status: 'live' })
      ).id;
  });
  afterAll(() => api.close());

  async function invite(kind: string): Promise<{ path: string; customerId: string }> {
    const customerId = (
      await ws.json<{ id: string }>('POST', '/api/v1/customers', { name: 'Dana Whitfield' })
    ).id;
    const out = await ws.json<{ url: string }>('POST', '/api/v1/invitations', {
      surveyId: surveys[kind],
      customerId,
      channel: 'web',
    });
    return { path: new URL(out.url).pathname, customerId };
  }
  const get = async (url: string) => (await api.app.inject({ method: 'GET', url })).body;
  const post = (path: string, fields: Record<string, string>) =>
    api.app.inject({
      method: 'POST',
      url: path,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams(fields).toString(),
    });
  const answer = (path: string, question: string, value?: string) =>
    post(path, value === undefined ? { question, do: 'skip' } : { question, value, do: 'answer' });
  const probe = (path: string, question: string, value?: string) =>
    post(path, {
      question,
      step: 'probe',
      ...(value === undefined ? { do: 'skip' } : { value, do: 'answer' }),
    });
  const legend = (html: string) => /<legend id="q">([^<]*)<\/legend>/.exec(html)?.[1] ?? '';
  const reaction = (html: string) =>
    /<p class="reaction" role="status">([^<]*)<\/p>/.exec(html)?.[1] ?? '';
  const unescape = (s: string) =>
    s
      .replace(/&#39;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
  /** The comments of a customer's responses, newest first. */
  const comments = async (customerId: string | undefined) =>
    (
      await ws.json<{ items: Array<{ comment: string | null }> }>(
        'GET',
        `/api/v1/responses?customerId=${customerId}`,
      )
    ).items.map((r) => r.comment);
  const isProbe = (html: string) => html.includes('name="step" value="probe"');

  it('asks what went wrong after a low score, keeps the words as the comment, and answers them in kind', async () => {
    const { path, customerId } = await invite('plain');
    await answer(path, 'csat', '1');
    const page = await get(path);
    expect(isProbe(page)).toBe(true);
    expect(TEMPLATES_EN.probe_web).toContain(unescape(legend(page)));
    expect(page).not.toMatch(/CALL/);
    expect(page).toContain('<textarea name="value"');
    expect(page).toContain('About your answer');
    const words = 'The engineer never turned up and nobody called to say why.';
    const sent = await probe(path, 'csat', words);
    expect(sent.statusCode).toBe(303);
    const next = await get(path);
    expect(next).toContain('name="question" value="ces"');
    expect(TEMPLATES_EN['text.negative']).toContain(unescape(reaction(next)));
    await answer(path, 'ces', '7');
    await answer(path, 'expectations', 'met');
    const last = await answer(path, 'comment');
    expect(last.headers.location).toBe(`${path}/done`);
    expect(await comments(customerId)).toEqual([words]);
  });

  it('puts the words ahead of a text answer, refuses an empty box and goes back step by step', async () => {
    const { path, customerId } = await invite('plain');
    await answer(path, 'csat', '2');
    const empty = await probe(path, 'csat', '   ');
    expect(empty.statusCode).toBe(422);
    expect(empty.body).toContain('Write your answer, or skip the question.');
    expect(isProbe(await get(path))).toBe(true);
    // An answer to the next question while the probe is on screen changes nothing.
    expect((await answer(path, 'ces', '4')).headers.location).toBe(path);
    expect(isProbe(await get(path))).toBe(true);
    await probe(path, 'csat', 'Cut off twice.');
    expect(legend(await get(path))).not.toBe('');
    await post(path, { do: 'back' });
    expect(isProbe(await get(path))).toBe(true);
    await post(path, { do: 'back' });
    expect(await get(path)).toContain('name="question" value="csat"');
    await answer(path, 'csat', '2');
    await probe(path, 'csat', 'Cut off twice.');
    await answer(path, 'ces', '7');
    await answer(path, 'expectations', 'failed');
    await answer(path, 'comment', 'Please fix the line.');
    expect(await comments(customerId)).toEqual(['Cut off twice.\n\nPlease fix the line.']);
  });

  it('accepts a skipped probe, probes the next low score too, and never a high one', async () => {
    const { path } = await invite('plain');
    await answer(path, 'csat', '5');
    expect(isProbe(await get(path))).toBe(false);
    const low = await invite('plain');
    await answer(low.path, 'csat', '1');
    await probe(low.path, 'csat');
    expect(TEMPLATES_EN.probe_declined).toContain(unescape(reaction(await get(low.path))));
    await answer(low.path, 'ces', '1');
    expect(isProbe(await get(low.path))).toBe(true);
  });

  it('does not probe when the survey asks why itself, or turns probing off', async () => {
    const why = await invite('asksWhy');
    await answer(why.path, 'csat', '1');
    const page = await get(why.path);
    expect(isProbe(page)).toBe(false);
    expect(page).toContain('name="question" value="ces"');
    const quiet = await invite('quiet');
    await answer(quiet.path, 'csat', '1');
    expect(isProbe(await get(quiet.path))).toBe(false);
  });

  it('probes a visitor of the public link too, and keeps the words with the customer their e-mail names', async () => {
    const { url } = await ws.json<{ url: string }>(
      'POST',
      `/api/v1/surveys/${surveys.plain}/public-link`,
      { enabled: true },
    );
    const visit = await api.app.inject({ method: 'GET', url: new URL(url).pathname });
    const path = visit.headers.location as string;
    await answer(path, 'csat', '1');
    expect(isProbe(await get(path))).toBe(true);
    await probe(path, 'csat', 'Nobody came to fix the line.');
    await answer(path, 'ces', '7');
    await answer(path, 'expectations', 'failed');
    await answer(path, 'comment');
    expect(await get(path)).toContain('name="email"');
    const done = await post(path, { do: 'finish', email: 'noor@example.com' });
    expect(done.headers.location).toBe(`${path}/done`);
    const customers = await ws.json<{ items: Array<{ id: string }> }>(
      'GET',
      '/api/v1/customers?email=noor%40example.com',
    );
    expect(await comments(customers.items[0]?.id)).toEqual(['Nobody came to fix the line.']);
  });

  it('asks before finishing when the last question is scored low', async () => {
    const { path, customerId } = await invite('single');
    const scored = await answer(path, 'csat', '2');
    expect(scored.headers.location).toBe(path);
    expect(isProbe(await get(path))).toBe(true);
    const sent = await probe(path, 'csat', 'Too slow.');
    expect(sent.headers.location).toBe(`${path}/done`);
    expect(await comments(customerId)).toEqual(['Too slow.']);
  });

  it('refuses words longer than a text answer may be, and keeps the probe on screen', async () => {
    const { path } = await invite('plain');
    await answer(path, 'csat', '1');
    const res = await probe(path, 'csat', 'x'.repeat(20_001));
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('at most 20,000 characters');
    expect(isProbe(await get(path))).toBe(true);
  });
});
