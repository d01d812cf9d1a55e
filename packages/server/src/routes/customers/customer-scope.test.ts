/**
 * Who sees which customers, interactions and responses (issue 11): an agent those they served,
 * and the customers in their book — relationships they own, customers of cases they own or that
 * were escalated to them — with those customers' whole history; a manager the same for
 * themselves and everyone under them; an analyst (and an API key, of any role) the workspace.
 * Out of scope answers exactly like a missing id, for reads and writes, and no filter or cursor
 * steps outside.
 */
import { describeEachDialect } from '@rapport/testing';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { normalise } from '../../security/isolation/actors.ts';
import { customerWorld, type CustomerWorld } from '../../testing/customer-world.ts';
import { orgWorld, type OrgWorld } from '../../testing/org-world.ts';
import type { Browser } from '../../testing/sessions.ts';

const MISSING = {
  customers: 'cus_01ARZ3NDEKTSV4RRFFQ69G5FAV',
  interactions: 'int_01ARZ3NDEKTSV4RRFFQ69G5FAV',
  responses: 'rsp_01ARZ3NDEKTSV4RRFFQ69G5FAV',
} as const;
type Kind = keyof typeof MISSING;
type Page = { items: Array<{ id: string }>; nextCursor: string | null };

describeEachDialect('customer, interaction and response scope by role', (db) => {
  let w: OrgWorld;
  let x: CustomerWorld;

  beforeAll(async () => {
    w = await orgWorld(db().store);
    x = await customerWorld(w);
  }, 90_000);
  afterAll(() => w.close());

  /** Every row a browser can list, one per page. */
  const listAll = async (b: Browser, kind: Kind, query = ''): Promise<string[]> => {
    const out: string[] = [];
    let cursor: string | null = null;
    do {
      const res: LightMyRequestResponse = await b.call(
        'GET',
        `/api/v1/${kind}?limit=1${query}${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(res.statusCode, res.body).toBe(200);
      const page = res.json<Page>();
      out.push(...page.items.map((r) => r.id));
      cursor = page.nextCursor;
    } while (cursor);
    return out.sort();
  };
  const pick = <K extends string>(from: Record<K, string>, ...keys: K[]) =>
    keys.map((k) => from[k]).sort();

  it('lists each role’s customers, interactions and responses, page by page', async () => {
    const calSide = {
      customers: pick(x.c, 'annCust', 'leadCust', 'caseCust', 'calCust'),
      interactions: pick(x.i, 'calOnAnn', 'calOnLead', 'calOnCase', 'calCall'),
      responses: pick(x.r, 'calCsat'),
    };
    const leadSide = {
      customers: pick(x.c, 'annCust', 'benCust', 'leadCust', 'caseCust'),
      interactions: pick(x.i, 'annCall', 'benCall', 'calOnLead', 'calOnCase'),
      responses: pick(x.r, 'annCsat', 'leadNps'),
    };
    const expected: Array<[keyof OrgWorld['as'], Record<Kind, string[]>]> = [
      [
        'ann',
        {
          customers: pick(x.c, 'annCust', 'caseCust'),
          interactions: pick(x.i, 'annCall', 'calOnCase'),
          responses: pick(x.r, 'annCsat'),
        },
      ],
      [
        'ben',
        { customers: pick(x.c, 'benCust'), interactions: pick(x.i, 'benCall'), responses: [] },
      ],
      ['cal', calSide],
      ['other', calSide],
      ['lead', leadSide],
      ['head', leadSide],
      [
        'analyst',
        {
          customers: Object.values(x.c).sort(),
          interactions: Object.values(x.i).sort(),
          responses: Object.values(x.r).sort(),
        },
      ],
      ['unlinked', { customers: [], interactions: [], responses: [] }],
    ];
    for (const [who, want] of expected)
      for (const kind of ['customers', 'interactions', 'responses'] as const)
        expect([who, kind, await listAll(w.as[who], kind)]).toEqual([who, kind, want[kind]]);
  });

  it('narrows with filters and never widens: a customer’s history holds what the user sees', async () => {
    // Ann served Ann's customer once; Cal's call with the same customer is not hers.
    expect(await listAll(w.as.ann, 'interactions', `&customerId=${x.c.annCust}`)).toEqual([
      x.i.annCall,
    ]);
    // The customer of Ann's case: its whole history.
    expect(await listAll(w.as.ann, 'interactions', `&customerId=${x.c.caseCust}`)).toEqual([
      x.i.calOnCase,
    ]);
    expect(await listAll(w.as.ann, 'interactions', `&employeeId=${w.e.cal}`)).toEqual([
      x.i.calOnCase,
    ]);
    expect(await listAll(w.as.ben, 'customers', `&relationshipOwnerId=${w.e.lead}`)).toEqual([]);
    expect(await listAll(w.as.ann, 'responses', `&customerId=${x.c.annCust}`)).toEqual([
      x.r.annCsat,
    ]);
  });

  it('lets no cursor step outside scope: an analyst cursor handed to an agent', async () => {
    for (const kind of ['customers', 'interactions', 'responses'] as const) {
      const first = (await w.as.analyst.call('GET', `/api/v1/${kind}?limit=1`)).json<Page>();
      expect(first.nextCursor).not.toBeNull();
      const res = await w.as.ben.call(
        'GET',
        `/api/v1/${kind}?limit=100&cursor=${first.nextCursor}`,
      );
      expect(res.statusCode).toBe(200);
      const mine = await listAll(w.as.ben, kind);
      for (const item of res.json<Page>().items) expect(mine).toContain(item.id);
    }
  });

  it('keeps API keys to their role alone: an agent key sees the whole workspace', async () => {
    for (const kind of ['customers', 'interactions', 'responses'] as const) {
      const res = await w.api.app.inject({
        method: 'GET',
        url: `/api/v1/${kind}?limit=100`,
        headers: { authorization: `Bearer ${w.agentKey}` },
      });
      expect(res.json<Page>().items).toHaveLength(
        Object.keys(kind === 'customers' ? x.c : kind === 'interactions' ? x.i : x.r).length,
      );
    }
  });

  /** Each read and write by id, as an agent or manager might try it. */
  const attempts = (kind: Kind, id: string) =>
    kind === 'customers'
      ? ([
          ['GET', `/api/v1/customers/${id}`, undefined],
          ['GET', `/api/v1/customers/${id}/journey`, undefined],
          ['PATCH', `/api/v1/customers/${id}`, { name: 'Renamed' }],
        ] as const)
      : kind === 'interactions'
        ? ([
            ['GET', `/api/v1/interactions/${id}`, undefined],
            ['PATCH', `/api/v1/interactions/${id}`, { note: 'Rewritten' }],
          ] as const)
        : ([['GET', `/api/v1/responses/${id}`, undefined]] as const);

  it('answers out of scope exactly like a missing id, and changes nothing', async () => {
    const tries: Array<[keyof OrgWorld['as'], Kind, string]> = [
      ['ann', 'customers', x.c.benCust],
      ['ann', 'customers', x.c.leadCust],
      ['ben', 'customers', x.c.caseCust],
      ['lead', 'customers', x.c.calCust],
      ['cal', 'customers', x.c.nobody],
      ['unlinked', 'customers', x.c.annCust],
      ['ann', 'interactions', x.i.calOnAnn],
      ['ben', 'interactions', x.i.annCall],
      ['lead', 'interactions', x.i.calOnAnn],
      ['other', 'interactions', x.i.benCall],
      ['ann', 'responses', x.r.calCsat],
      ['cal', 'responses', x.r.leadNps],
      ['head', 'responses', x.r.calCsat],
    ];
    for (const [who, kind, id] of tries) {
      const b = w.as[who];
      const theirs = attempts(kind, id);
      const missing = attempts(kind, MISSING[kind]);
      for (const [k, [method, url, body]] of theirs.entries()) {
        const [mMethod, mUrl, mBody] = missing[k] ?? theirs[k] ?? ['GET', '', undefined];
        const got = await b.call(method, url, body);
        const ref = await b.call(mMethod, mUrl, mBody);
        const what = `${who} ${method} ${url}`;
        expect(got.statusCode, what).toBe(404);
        expect([what, got.statusCode, got.headers['content-type']]).toEqual([
          what,
          ref.statusCode,
          ref.headers['content-type'],
        ]);
        expect(normalise(got.body, id), what).toBe(normalise(ref.body, MISSING[kind]));
      }
    }
    for (const id of Object.values(x.c))
      expect((await w.ws.json<{ name: string }>('GET', `/api/v1/customers/${id}`)).name).not.toBe(
        'Renamed',
      );
    for (const id of Object.values(x.i))
      expect((await w.ws.json<{ note: string }>('GET', `/api/v1/interactions/${id}`)).note).toMatch(
        /took the call$/,
      );
  });

  it('shows a served customer’s journey as what the user served; a book customer’s whole', async () => {
    type Journey = { touchpoints: Array<{ interactionId: string | null; responseIds: string[] }> };
    const journey = async (b: Browser, id: string) => {
      const res = await b.call('GET', `/api/v1/customers/${id}/journey`);
      expect(res.statusCode).toBe(200);
      return res.json<Journey>().touchpoints;
    };
    const annSees = await journey(w.as.ann, x.c.annCust);
    expect(annSees.map((t) => t.interactionId)).toEqual([x.i.annCall]);
    expect(annSees.flatMap((t) => t.responseIds)).toEqual([x.r.annCsat]);
    const analystSees = await journey(w.as.analyst, x.c.annCust);
    expect(analystSees.map((t) => t.interactionId).sort()).toEqual(
      pick(x.i, 'annCall', 'calOnAnn'),
    );
    const leadSees = await journey(w.as.lead, x.c.leadCust);
    expect(leadSees.map((t) => t.interactionId ?? t.responseIds[0]).sort()).toEqual(
      [x.i.calOnLead, x.r.leadNps].sort(),
    );
  });

  it('lets each work on what is in scope', async () => {
    const patched = await w.as.ann.call('PATCH', `/api/v1/interactions/${x.i.annCall}`, {
      note: 'ann took the call',
    });
    expect(patched.statusCode).toBe(200);
    expect(
      (await w.as.lead.call('PATCH', `/api/v1/customers/${x.c.leadCust}`, { segment: 'gold' }))
        .statusCode,
    ).toBe(200);
    expect((await w.as.ann.call('GET', `/api/v1/customers/${x.c.caseCust}`)).statusCode).toBe(200);
    expect((await w.as.lead.call('GET', `/api/v1/responses/${x.r.leadNps}`)).statusCode).toBe(200);
  });
});
