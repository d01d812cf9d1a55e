/**
 * Who sees which invitations, and what a survey's funnel counts (issue 11): an agent or manager
 * the invitations about interactions their people served and those to customers in their book —
 * the rule of responses — and a funnel of those invitations and of the responses they may read;
 * an analyst (and an API key, of any role) the workspace. An invitation outside scope answers
 * exactly like a missing id, and no filter or cursor steps outside.
 */
import { describeEachDialect } from '@rapport/testing';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { normalise } from '../../security/isolation/actors.ts';
import { customerWorld, type CustomerWorld } from '../../testing/customer-world.ts';
import {
  INVITED,
  invitationWorld,
  type Invited,
  type InvitationWorld,
} from '../../testing/invitation-world.ts';
import { orgWorld, type OrgWorld } from '../../testing/org-world.ts';
import type { Browser } from '../../testing/sessions.ts';

const MISSING = 'inv_01ARZ3NDEKTSV4RRFFQ69G5FAV';
type Who = keyof OrgWorld['as'];
type Page = { items: Array<{ id: string }>; nextCursor: string | null };
type Funnel = { surveyId: string; byStatus: Record<string, number>; responses: number };

/** Each user's invitations, by what they are about (invitation-world.ts). */
const SCOPE: Record<Who, readonly Invited[]> = {
  ann: ['annCall', 'caseCust'],
  ben: ['benCall'],
  cal: ['calOnAnn', 'calCall'],
  other: ['calOnAnn', 'calCall'],
  lead: ['annCall', 'benCall', 'lead', 'caseCust'],
  head: ['annCall', 'benCall', 'lead', 'caseCust'],
  analyst: INVITED,
  unlinked: [],
};

/** Each user's funnel, counted by hand from invitation-world.ts. */
const FUNNEL: Record<Who, Omit<Funnel, 'surveyId'>> = {
  ann: { byStatus: { sent: 2 }, responses: 1 },
  ben: { byStatus: { sent: 1 }, responses: 0 },
  cal: { byStatus: { sent: 1, skipped: 1 }, responses: 1 },
  other: { byStatus: { sent: 1, skipped: 1 }, responses: 1 },
  lead: { byStatus: { sent: 3, skipped: 1 }, responses: 2 },
  head: { byStatus: { sent: 3, skipped: 1 }, responses: 2 },
  analyst: { byStatus: { sent: 4, skipped: 2, scheduled: 1 }, responses: 4 },
  unlinked: { byStatus: {}, responses: 0 },
};

describeEachDialect('invitation and survey funnel scope by role', (db) => {
  let w: OrgWorld;
  let x: CustomerWorld;
  let v: InvitationWorld;

  beforeAll(async () => {
    w = await orgWorld(db().store);
    x = await customerWorld(w);
    v = await invitationWorld(w, x);
  }, 90_000);
  afterAll(() => w.close());

  /** Every invitation a browser can list, one per page. */
  const listAll = async (b: Browser, query = ''): Promise<string[]> => {
    const out: string[] = [];
    let cursor: string | null = null;
    do {
      const res: LightMyRequestResponse = await b.call(
        'GET',
        `/api/v1/invitations?limit=1${query}${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(res.statusCode, res.body).toBe(200);
      const page = res.json<Page>();
      expect(page.items.length, 'a page is never empty before the end').toBe(1);
      out.push(...page.items.map((r) => r.id));
      cursor = page.nextCursor;
    } while (cursor);
    return out.sort();
  };
  /** An empty list: one page, no cursor. */
  const listNone = async (b: Browser): Promise<string[]> => {
    const page = (await b.call('GET', '/api/v1/invitations?limit=1')).json<Page>();
    expect(page).toEqual({ items: [], nextCursor: null });
    return [];
  };
  const ids = (...keys: readonly Invited[]) => keys.map((k) => v.inv[k]).sort();
  const scopeIds = (who: Who) => ids(...SCOPE[who]);
  const withKey = (url: string) =>
    w.api.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${w.agentKey}` } });

  it('has the statuses the fixture says', () => {
    expect(v.status).toEqual({
      annCall: 'sent',
      calOnAnn: 'skipped',
      benCall: 'sent',
      lead: 'skipped',
      caseCust: 'sent',
      calCall: 'sent',
      nobody: 'scheduled',
    });
  });

  it('lists each role’s invitations, page by page', async () => {
    for (const [who, want] of Object.entries(SCOPE) as Array<[Who, readonly Invited[]]>) {
      const got = want.length ? await listAll(w.as[who]) : await listNone(w.as[who]);
      expect([who, got]).toEqual([who, ids(...want)]);
    }
  });

  it('narrows with filters and never widens', async () => {
    expect(await listAll(w.as.ann, `&customerId=${x.c.annCust}`)).toEqual(ids('annCall'));
    expect(await listAll(w.as.ann, `&surveyId=${v.surveyId}`)).toEqual(scopeIds('ann'));
    expect(await listAll(w.as.cal, '&status=skipped')).toEqual(ids('calOnAnn'));
    expect(await listAll(w.as.lead, '&status=sent')).toEqual(ids('annCall', 'benCall', 'caseCust'));
    const outside = await w.as.lead.call('GET', `/api/v1/invitations?customerId=${x.c.calCust}`);
    expect(outside.json<Page>()).toEqual({ items: [], nextCursor: null });
    const noSurvey = await w.as.ann.call('GET', '/api/v1/invitations?surveyId=srv_missing');
    expect(noSurvey.statusCode).toBe(404);
  });

  it('lets no cursor step outside scope: an analyst cursor handed to an agent', async () => {
    const first = (await w.as.analyst.call('GET', '/api/v1/invitations?limit=1')).json<Page>();
    expect(first.nextCursor).not.toBeNull();
    const res = await w.as.ben.call(
      'GET',
      `/api/v1/invitations?limit=100&cursor=${first.nextCursor}`,
    );
    expect(res.statusCode).toBe(200);
    for (const item of res.json<Page>().items) expect(scopeIds('ben')).toContain(item.id);
  });

  it('keeps API keys to their role alone: an agent key sees the whole workspace', async () => {
    const page = (await withKey('/api/v1/invitations?limit=100')).json<Page>();
    expect(page.items.map((i) => i.id).sort()).toEqual(ids(...INVITED));
    const one = await withKey(`/api/v1/invitations/${v.inv.nobody}`);
    expect(one.statusCode).toBe(200);
  });

  it('answers an invitation out of scope exactly like a missing id', async () => {
    const tries: Array<[Who, Invited]> = [
      ['ann', 'calOnAnn'],
      ['ann', 'benCall'],
      ['ann', 'nobody'],
      ['ben', 'annCall'],
      ['ben', 'caseCust'],
      ['cal', 'annCall'],
      ['cal', 'lead'],
      ['other', 'caseCust'],
      ['lead', 'calOnAnn'],
      ['lead', 'calCall'],
      ['head', 'nobody'],
      ['unlinked', 'annCall'],
    ];
    for (const [who, which] of tries) {
      const id = v.inv[which];
      const got = await w.as[who].call('GET', `/api/v1/invitations/${id}`);
      const ref = await w.as[who].call('GET', `/api/v1/invitations/${MISSING}`);
      const what = `${who} GET ${which}`;
      expect(got.statusCode, what).toBe(404);
      expect([what, got.statusCode, got.headers['content-type']]).toEqual([
        what,
        ref.statusCode,
        ref.headers['content-type'],
      ]);
      expect(normalise(got.body, id), what).toBe(normalise(ref.body, MISSING));
    }
    for (const [who, which] of [
      ['ann', 'caseCust'],
      ['cal', 'calOnAnn'],
      ['head', 'lead'],
      ['analyst', 'nobody'],
    ] as Array<[Who, Invited]>) {
      const res = await w.as[who].call('GET', `/api/v1/invitations/${v.inv[which]}`);
      expect([who, which, res.statusCode]).toEqual([who, which, 200]);
      expect(res.json<{ id: string }>().id).toBe(v.inv[which]);
    }
  });

  it('counts each role’s funnel of what is in its scope; keys and analysts the workspace', async () => {
    for (const [who, want] of Object.entries(FUNNEL) as Array<[Who, Omit<Funnel, 'surveyId'>]>) {
      const res = await w.as[who].call('GET', `/api/v1/surveys/${v.surveyId}/funnel`);
      expect(res.statusCode, `${who}: ${res.body}`).toBe(200);
      expect([who, res.json<Funnel>()]).toEqual([who, { surveyId: v.surveyId, ...want }]);
    }
    const keyed = await withKey(`/api/v1/surveys/${v.surveyId}/funnel`);
    expect(keyed.json<Funnel>()).toEqual({ surveyId: v.surveyId, ...FUNNEL.analyst });
    // The funnel counts what the list shows, and the responses the user may read one by one.
    for (const who of Object.keys(FUNNEL) as Who[]) {
      const listed = SCOPE[who].length;
      const counted = Object.values(FUNNEL[who].byStatus).reduce((a, b) => a + b, 0);
      expect([who, counted]).toEqual([who, listed]);
      const readable = (
        await w.as[who].call('GET', `/api/v1/responses?limit=100&surveyId=${v.surveyId}`)
      ).json<Page>().items.length;
      expect([who, readable]).toEqual([who, FUNNEL[who].responses]);
    }
    const missing = await w.as.ann.call('GET', '/api/v1/surveys/srv_missing/funnel');
    expect(missing.statusCode).toBe(404);
  });
});
