/**
 * Survey tokens (issue 9, item 6) for every kind that has landed — web invitation links,
 * public survey links, chat invitations, employee pulse links and the e-mail reply keys
 * derived from them: ≥ 128 random bits, never stored (only hashes: no table holds the token),
 * expiring (410 after the invitation's expiry), unguessable (a forged one is 404), single use
 * under 20 simultaneous submissions, and misses limited per client address (429).
 */
import { employeePulseSurvey, replyKeyFromToken, transactionalCsatSurvey } from '@rapport/core';
import { describeEachDialect, FakeClock, idsFor } from '@rapport/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { TOKEN_MISS_LIMIT } from '../plugins/token-guard.ts';
import { testApi, type TestApi, type TestWorkspace } from '../testing/harness.ts';

let tried = 0;
let failed = 0;
const check = (ok: boolean) => {
  tried++;
  if (!ok) failed++;
  return ok;
};

/** The random part of a token `<workspace>.<secret>`: at least 128 bits of base64url. */
const secretOf = (token: string) => token.split('.').at(-1) ?? '';
const bits = (secret: string) => (/^[A-Za-z0-9_-]+$/.test(secret) ? secret.length * 6 : 0);

describeEachDialect('survey tokens', (db) => {
  let api: TestApi;
  let ws: TestWorkspace;
  let clock: FakeClock;
  let csat: string;
  let n = 0;

  beforeAll(async () => {
    clock = new FakeClock(Date.now());
    api = await testApi(db().store, { clock, ids: idsFor(clock) });
    ws = await api.workspace('Tokens');
    csat = (
      await ws.json<{ id: string }>('POST', '/api/v1/surveys', {
        definition: transactionalCsatSurvey({ id: 't' }),
        status: 'live',
      })
    ).id;
  });
  afterAll(async () => {
    await api.close();
    console.log(`[survey-tokens ${db().dialect}] cases tried: ${tried}, failed: ${failed}`);
  });

  /** A new customer (contact rules allow one survey a week each) invited over `channel`. */
  async function invite(channel: 'web' | 'chat'): Promise<string> {
    const c = await ws.json<{ id: string }>('POST', '/api/v1/customers', {
      name: `Token ${++n}`,
      email: `t${n}@tokens.example`,
    });
    const out = await ws.json<{ url: string | null }>('POST', '/api/v1/invitations', {
      surveyId: csat,
      customerId: c.id,
      channel,
    });
    return (out.url ?? '').split('/s/')[1] ?? '';
  }

  async function nowhereInDb(secret: string): Promise<boolean> {
    const tables = (await db().store.db.introspection.getTables()).filter(
      (t) => !t.schema || t.schema === 'public',
    );
    for (const t of tables) {
      const rows = (
        await sql<Record<string, unknown>>`select * from ${sql.table(t.name)}`.execute(
          db().store.db,
        )
      ).rows;
      if (JSON.stringify(rows).includes(secret)) return false;
    }
    return true;
  }

  it('makes web, chat, public and pulse tokens of ≥ 128 random bits and stores none of them', async () => {
    const web = await invite('web');
    const chat = await invite('chat');
    const link = await ws.json<{ url: string }>('POST', `/api/v1/surveys/${csat}/public-link`, {
      enabled: true,
    });
    const publicToken = link.url.split('/s/p/')[1] ?? '';
    const team = await ws.json<{ id: string }>('POST', '/api/v1/teams', { name: 'Pulse team' });
    await ws.json('POST', '/api/v1/employees', {
      name: 'Pulse person',
      email: 'p@tokens.example',
      teamId: team.id,
    });
    const pulse = await ws.json<{ id: string }>('POST', '/api/v1/surveys', {
      definition: employeePulseSurvey({ id: 'p' }),
      status: 'live',
    });
    const wave = await ws.json<{ invitations: Array<{ url: string | null }> }>(
      'POST',
      '/api/v1/pulse/invitations',
      { surveyId: pulse.id, teamId: team.id, channel: 'web' },
    );
    const pulseToken = (wave.invitations[0]?.url ?? '').split('/s/')[1] ?? '';
    for (const [kind, token] of Object.entries({ web, chat, publicToken, pulseToken })) {
      expect(check(bits(secretOf(token)) >= 128), `${kind}: ${token}`).toBe(true);
      expect(check(await nowhereInDb(secretOf(token))), `${kind} stored`).toBe(true);
    }
    // The e-mail reply key is derived (130 bits) and is not the token.
    const key = replyKeyFromToken(web);
    expect(check(key.length * 5 >= 128 && !web.includes(key))).toBe(true);
  });

  it('refuses forged tokens as unknown and expired ones as gone', async () => {
    const web = await invite('web');
    const chat = await invite('chat');
    const forged = `${ws.id}.${'A'.repeat(32)}`;
    expect(
      check(
        (await api.app.inject({ method: 'GET', url: `/s/${forged}`, remoteAddress: '10.2.0.1' }))
          .statusCode === 404,
      ),
    ).toBe(true);
    expect(
      check(
        (
          await api.app.inject({
            method: 'GET',
            url: `/api/v1/chat/${forged}/messages`,
            remoteAddress: '10.2.0.1',
          })
        ).statusCode === 404,
      ),
    ).toBe(true);
    expect((await api.app.inject({ method: 'GET', url: `/s/${web}` })).statusCode).toBe(200);
    clock.advance(400 * 24 * 3_600_000);
    expect(
      check(
        (await api.app.inject({ method: 'GET', url: `/s/${web}`, remoteAddress: '10.2.0.2' }))
          .statusCode === 410,
      ),
    ).toBe(true);
    expect(
      check(
        (
          await api.app.inject({
            method: 'GET',
            url: `/api/v1/chat/${chat}/messages`,
            remoteAddress: '10.2.0.2',
          })
        ).statusCode === 410,
      ),
    ).toBe(true);
  });

  it('lets one of twenty simultaneous pulse answers with one token count', async () => {
    const team = await ws.json<{ id: string }>('POST', '/api/v1/teams', { name: 'Race team' });
    await ws.json('POST', '/api/v1/employees', {
      name: 'Racer',
      email: 'r@tokens.example',
      teamId: team.id,
    });
    const pulse = await ws.json<{ id: string }>('POST', '/api/v1/surveys', {
      definition: employeePulseSurvey({ id: 'race' }),
      status: 'live',
    });
    const wave = await ws.json<{ invitations: Array<{ url: string | null }> }>(
      'POST',
      '/api/v1/pulse/invitations',
      { surveyId: pulse.id, teamId: team.id, channel: 'web' },
    );
    const token = (wave.invitations[0]?.url ?? '').split('/s/')[1] ?? '';
    const def = employeePulseSurvey({ id: 'race' });
    const first = def.questions[0];
    const answers = [{ questionId: first?.id ?? 'enps', value: 8 }];
    const all = await Promise.all(
      Array.from({ length: 20 }, () =>
        api.app.inject({
          method: 'POST',
          url: '/api/v1/pulse/answers',
          payload: { token, answers },
          remoteAddress: '10.3.0.1',
        }),
      ),
    );
    const won = all.filter((r) => r.statusCode === 201);
    expect(check(won.length === 1), all.map((r) => `${r.statusCode}`).join(',')).toBe(true);
    expect(
      check(all.every((r) => r.statusCode === 201 || r.statusCode === 410 || r.statusCode === 409)),
    ).toBe(true);
    const count = await db()
      .store.db.selectFrom('responses')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('workspace_id', '=', ws.id)
      .where('survey_id', '=', pulse.id)
      .executeTakeFirstOrThrow();
    expect(check(Number(count.n) === 1)).toBe(true);
  });

  it('limits unknown-token misses per client address with Retry-After', async () => {
    const ip = '10.4.0.1';
    for (let k = 0; k < TOKEN_MISS_LIMIT; k++)
      await api.app.inject({
        method: 'GET',
        url: `/s/${ws.id}.${'B'.repeat(30)}${k}`,
        remoteAddress: ip,
      });
    // A miss is counted in the onResponse hook, after inject() has its answer: the last
    // count may land a moment after the loop ends, so ask again (bounded) until it has.
    const token = await invite('web');
    let blocked = await api.app.inject({ method: 'GET', url: `/s/${token}`, remoteAddress: ip });
    for (let i = 0; i < 50 && blocked.statusCode !== 429; i++) {
      await new Promise((done) => setTimeout(done, 20));
      blocked = await api.app.inject({ method: 'GET', url: `/s/${token}`, remoteAddress: ip });
    }
    expect(check(blocked.statusCode === 429 && Number(blocked.headers['retry-after']) > 0)).toBe(
      true,
    );
    const other = await api.app.inject({
      method: 'GET',
      url: `/s/${await invite('web')}`,
      remoteAddress: '10.4.0.2',
    });
    expect(check(other.statusCode === 200)).toBe(true);
    expect(failed).toBe(0);
  });
});
