/**
 * Whose praise each role reads (issue 11): an agent the praise about them and what reached
 * them; a manager that of anyone under them, their own and what reached them; an analyst
 * (and an API key, of any role) everything. There is no open "everyone" wall for agents and
 * managers: the unfiltered feed is their scope (DESIGN.md: an agent "sees own … praise").
 * Praise outside scope answers like a missing id; counts of someone outside scope like an
 * unknown employee.
 */
import type { Praise } from '@rapport/contracts';
import { describeEachDialect } from '@rapport/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { normalise } from '../../security/isolation/actors.ts';
import { orgWorld, type OrgWorld, type Person } from '../../testing/org-world.ts';
import type { Browser } from '../../testing/sessions.ts';

const MISSING = 'prs_01ARZ3NDEKTSV4RRFFQ69G5FAV';
const MISSING_EMPLOYEE = 'emp_01ARZ3NDEKTSV4RRFFQ69G5FAV';
type Page = { items: Praise[]; nextCursor: string | null };

describeEachDialect('praise scope by role and org tree', (db) => {
  let w: OrgWorld;
  /** Praise about each of these people (delivered to them and their manager). */
  const p = {} as Record<'ann' | 'ben' | 'lead' | 'cal', string>;

  beforeAll(async () => {
    w = await orgWorld(db().store);
    for (const who of ['ann', 'ben', 'lead', 'cal'] as const)
      p[who] = (
        await w.ws.json<{ id: string }>('POST', '/api/v1/praise', {
          employeeIds: [w.e[who]],
          text: `Thanks to ${who}`,
        })
      ).id;
  }, 60_000);
  afterAll(() => w.close());

  const feed = async (b: Browser, query = ''): Promise<string[]> => {
    const out: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await b.call(
        'GET',
        `/api/v1/praise?limit=1${query}${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(res.statusCode).toBe(200);
      const page: Page = res.json<Page>();
      out.push(...page.items.map((x) => x.id));
      cursor = page.nextCursor;
    } while (cursor);
    return out.sort();
  };
  const ids = (...who: Array<keyof typeof p>) => who.map((x) => p[x]).sort();

  it('feeds each the praise about them, under them, and what reached them', async () => {
    expect(await feed(w.as.ann)).toEqual(ids('ann'));
    expect(await feed(w.as.ben)).toEqual(ids('ben'));
    expect(await feed(w.as.cal)).toEqual(ids('cal'));
    // The lead: their people's and their own (which also reached the head, as their manager).
    expect(await feed(w.as.lead)).toEqual(ids('ann', 'ben', 'lead'));
    expect(await feed(w.as.head)).toEqual(ids('ann', 'ben', 'lead'));
    expect(await feed(w.as.other)).toEqual(ids('cal'));
    expect(await feed(w.as.analyst)).toEqual(ids('ann', 'ben', 'lead', 'cal'));
    expect(await feed(w.as.unlinked)).toEqual([]);
    // A person's feed outside scope is empty, as for a person nobody praised.
    expect(await feed(w.as.ann, `&employeeId=${w.e.ben}`)).toEqual([]);
    expect(await feed(w.as.lead, `&employeeId=${w.e.cal}`)).toEqual([]);
    expect(await feed(w.as.lead, `&employeeId=${w.e.ben}`)).toEqual(ids('ben'));
    expect(await feed(w.as.analyst, `&employeeId=${w.e.cal}`)).toEqual(ids('cal'));
  });

  it('shows what was passed up to someone outside the praised person’s line', async () => {
    // Ann passes her praise up: it was delivered to the lead already, so it is refused.
    const passed = await w.as.ann.call('POST', `/api/v1/praise/${p.ann}/pass`, { note: 'x' });
    expect(passed.statusCode).toBe(409);
    // The lead passes it to the head: the head reads it (they would anyway: Ann is under them).
    expect(
      (await w.as.lead.call('POST', `/api/v1/praise/${p.ann}/pass`, { note: 'Well done' }))
        .statusCode,
    ).toBe(200);
    expect((await w.as.head.call('GET', `/api/v1/praise/${p.ann}`)).statusCode).toBe(200);
  });

  it('keeps API keys to their role alone: an agent key reads all praise', async () => {
    const res = await w.api.app.inject({
      method: 'GET',
      url: '/api/v1/praise?limit=100',
      headers: { authorization: `Bearer ${w.agentKey}` },
    });
    expect(
      res
        .json<Page>()
        .items.map((x) => x.id)
        .sort(),
    ).toEqual(ids('ann', 'ben', 'lead', 'cal'));
  });

  it('answers praise or counts outside scope exactly like missing ones', async () => {
    const tries: Array<[Person, keyof typeof p]> = [
      ['ann', 'ben'],
      ['ann', 'lead'],
      ['ben', 'cal'],
      ['lead', 'cal'],
      ['other', 'ann'],
      ['head', 'cal'],
    ];
    for (const [who, whose] of tries) {
      const b = w.as[who];
      const pairs: Array<[string, string, string, string, unknown]> = [
        [p[whose], MISSING, 'GET', '/api/v1/praise/{}', undefined],
        [p[whose], MISSING, 'POST', '/api/v1/praise/{}/pass', { note: 'mine' }],
        [w.e[whose], MISSING_EMPLOYEE, 'GET', '/api/v1/praise/counts?employeeId={}', undefined],
      ];
      for (const [id, missing, method, url, body] of pairs) {
        const what = `${who} ${method} ${url} of ${whose}`;
        const got = await b.call(method as 'GET', url.replace('{}', id), body);
        const ref = await b.call(method as 'GET', url.replace('{}', missing), body);
        expect(got.statusCode, what).toBeGreaterThanOrEqual(400);
        expect([what, got.statusCode]).toEqual([what, ref.statusCode]);
        expect(normalise(got.body, id), what).toBe(normalise(ref.body, missing));
      }
    }
    expect(
      (await w.as.ann.call('GET', `/api/v1/praise/counts?employeeId=${w.e.ann}`)).json(),
    ).toMatchObject({ received: 1 });
    expect(
      (await w.as.lead.call('GET', `/api/v1/praise/counts?employeeId=${w.e.ben}`)).statusCode,
    ).toBe(200);
  });
});
