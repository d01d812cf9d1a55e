/**
 * Who sees which case (issue 11): an agent the cases owned by or escalated to them; a manager
 * those of anyone under them and their own; an analyst (and an API key, of any role) all of
 * the workspace's. A case outside scope answers exactly like a missing id, for reads and
 * writes alike, and no cursor lets a list step outside scope.
 */
import type { CaseDto } from '@rapport/contracts';
import { describeEachDialect } from '@rapport/testing';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { normalise } from '../../security/isolation/actors.ts';
import { orgWorld, type OrgWorld, type Person } from '../../testing/org-world.ts';
import type { Browser } from '../../testing/sessions.ts';

const MISSING = 'cas_01ARZ3NDEKTSV4RRFFQ69G5FAV';
type Page = { items: CaseDto[]; nextCursor: string | null };

describeEachDialect('case scope by role and org tree', (db) => {
  let w: OrgWorld;
  const c = {} as Record<Person | 'unowned', string>;

  beforeAll(async () => {
    w = await orgWorld(db().store);
    for (const p of ['ann', 'ben', 'lead', 'head', 'cal'] as const)
      c[p] = (
        await w.ws.json<CaseDto>('POST', '/api/v1/cases', {
          reason: `owned_by_${p}`,
          customerId: w.customer,
          ownerId: w.e[p],
        })
      ).id;
    c.unowned = (
      await w.ws.json<CaseDto>('POST', '/api/v1/cases', {
        reason: 'nobody',
        customerId: w.customer,
      })
    ).id;
  }, 60_000);
  afterAll(() => w.close());

  /** Every case a browser can list, walking the cursors one case at a time. */
  const listAll = async (b: Browser, query = ''): Promise<string[]> => {
    const out: string[] = [];
    let cursor: string | null = null;
    do {
      const res: LightMyRequestResponse = await b.call(
        'GET',
        `/api/v1/cases?limit=1${query}${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(res.statusCode).toBe(200);
      const page = res.json<Page>();
      out.push(...page.items.map((x) => x.id));
      cursor = page.nextCursor;
    } while (cursor);
    return out.sort();
  };
  const ids = (...who: Array<keyof typeof c>) => who.map((p) => c[p]).sort();

  it('lists by role and place in the tree, cursor by cursor', async () => {
    expect(await listAll(w.as.ann)).toEqual(ids('ann'));
    expect(await listAll(w.as.ben)).toEqual(ids('ben'));
    expect(await listAll(w.as.cal)).toEqual(ids('cal'));
    expect(await listAll(w.as.lead)).toEqual(ids('ann', 'ben', 'lead'));
    expect(await listAll(w.as.head)).toEqual(ids('ann', 'ben', 'lead', 'head'));
    expect(await listAll(w.as.other)).toEqual(ids('cal'));
    expect(await listAll(w.as.analyst)).toEqual(
      ids('ann', 'ben', 'lead', 'head', 'cal', 'unowned'),
    );
    expect(await listAll(w.as.unlinked)).toEqual([]);
    // Filters narrow the scope, never widen it.
    expect(await listAll(w.as.ann, `&ownerId=${w.e.ben}`)).toEqual([]);
    expect(await listAll(w.as.lead, `&ownerId=${w.e.cal}`)).toEqual([]);
    expect(await listAll(w.as.lead, `&ownerId=${w.e.ben}`)).toEqual(ids('ben'));
  });

  it('keeps API keys to their role alone: an agent key still sees the whole workspace', async () => {
    const res = await w.api.app.inject({
      method: 'GET',
      url: '/api/v1/cases?limit=100',
      headers: { authorization: `Bearer ${w.agentKey}` },
    });
    expect(
      res
        .json<Page>()
        .items.map((x) => x.id)
        .sort(),
    ).toEqual(ids('ann', 'ben', 'lead', 'head', 'cal', 'unowned'));
  });

  it('lets no cursor step outside scope: an analyst cursor handed to an agent', async () => {
    const first = (await w.as.analyst.call('GET', '/api/v1/cases?limit=1')).json<Page>();
    expect(first.nextCursor).not.toBeNull();
    const res = await w.as.ann.call('GET', `/api/v1/cases?limit=100&cursor=${first.nextCursor}`);
    expect(res.statusCode).toBe(200);
    for (const item of res.json<Page>().items) expect(item.id).toBe(c.ann);
  });

  /** Each read and write on a case, as an agent or manager might try it. */
  const attempts = (id: string) =>
    [
      ['GET', `/api/v1/cases/${id}`, undefined],
      ['PATCH', `/api/v1/cases/${id}`, { status: 'in_progress' }],
      ['PATCH', `/api/v1/cases/${id}`, { ownerId: w.e.ann }],
      ['POST', `/api/v1/cases/${id}/notes`, { text: 'Mine now.' }],
      ['POST', `/api/v1/cases/${id}/close`, { outcome: 'recovered' }],
      ['POST', '/api/v1/cases/assign', { ids: [id], ownerId: w.e.ann }],
    ] as const;

  it('answers a case outside scope exactly like a missing one, for reads and writes', async () => {
    const tries: Array<[Person, Person]> = [
      ['ann', 'ben'],
      ['ann', 'lead'],
      ['ben', 'cal'],
      ['lead', 'head'],
      ['lead', 'cal'],
      ['other', 'ann'],
    ];
    for (const [who, whose] of tries) {
      const b = w.as[who];
      const theirs = attempts(c[whose]);
      const missing = attempts(MISSING);
      for (const [i, [method, url, body]] of theirs.entries()) {
        const got = await b.call(method, url, body);
        const [mMethod, mUrl, mBody] = missing[i] ?? theirs[i] ?? ['GET', '', undefined];
        const ref = await b.call(mMethod, mUrl, mBody);
        const what = `${who} ${method} ${url.replace(c[whose], `<${whose}'s case>`)}`;
        expect(got.statusCode, what).toBeGreaterThanOrEqual(400);
        expect([what, got.statusCode, got.headers['content-type']]).toEqual([
          what,
          ref.statusCode,
          ref.headers['content-type'],
        ]);
        expect(normalise(got.body, c[whose]), what).toBe(normalise(ref.body, MISSING));
      }
    }
    // Nothing changed: the cases are still open, with no note and their owners.
    for (const p of ['ben', 'lead', 'head', 'cal', 'ann'] as const) {
      const detail = await w.ws.json<CaseDto & { history: Array<{ kind: string }> }>(
        'GET',
        `/api/v1/cases/${c[p]}`,
      );
      expect([p, detail.status, detail.ownerId]).toEqual([p, 'open', w.e[p]]);
      expect(detail.history.map((h) => h.kind)).toEqual(['opened']);
    }
  });

  it('lets each work on the cases in scope', async () => {
    expect((await w.as.ann.call('GET', `/api/v1/cases/${c.ann}`)).statusCode).toBe(200);
    expect(
      (await w.as.ann.call('PATCH', `/api/v1/cases/${c.ann}`, { status: 'in_progress' }))
        .statusCode,
    ).toBe(200);
    expect(
      (await w.as.ann.call('POST', `/api/v1/cases/${c.ann}/notes`, { text: 'Called back.' }))
        .statusCode,
    ).toBe(201);
    // The lead hands Ben's case to Ann: both stay in the lead's scope.
    const moved = await w.as.lead.call('POST', '/api/v1/cases/assign', {
      ids: [c.ben],
      ownerId: w.e.ann,
    });
    expect(moved.statusCode).toBe(200);
    expect(await listAll(w.as.ann)).toEqual(ids('ann', 'ben'));
    expect(await listAll(w.as.ben)).toEqual([]);
    expect((await w.as.ben.call('GET', `/api/v1/cases/${c.ben}`)).statusCode).toBe(404);
    // The head closes a case of the lead's; the analyst reads every case.
    expect(
      (await w.as.head.call('POST', `/api/v1/cases/${c.lead}/close`, { outcome: 'recovered' }))
        .statusCode,
    ).toBe(200);
    for (const id of Object.values(c))
      expect((await w.as.analyst.call('GET', `/api/v1/cases/${id}`)).statusCode).toBe(200);
  });
});
