/**
 * To whom each role may hand a case (issue 11): a manager to themselves or anyone under them;
 * an agent to themselves or up their own manager chain (handing it back); analysts, admins and
 * API keys to anyone. A refusal is 422 problem+json naming `ownerId` and changes nothing.
 * `GET /api/v1/cases/assignees` answers the same rule as data, for the web's choices.
 */
import type { CaseDto } from '@rapport/contracts';
import { describeEachDialect } from '@rapport/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { orgWorld, type OrgWorld, type Person } from '../../testing/org-world.ts';
import type { Browser } from '../../testing/sessions.ts';

interface Problem {
  errors?: Array<{ field: string }>;
}

describeEachDialect('case assignment by role and org tree', (db) => {
  let w: OrgWorld;

  beforeAll(async () => {
    w = await orgWorld(db().store);
  }, 60_000);
  afterAll(() => w.close());

  let opened = 0;
  /** A new case (one reason per case: an active case of the same reason is reused). */
  const open = async (owner: Person) =>
    (
      await w.ws.json<CaseDto>('POST', '/api/v1/cases', {
        reason: `owned_by_${owner}_${opened++}`,
        customerId: w.customer,
        ownerId: w.e[owner],
      })
    ).id;
  const ownerOf = async (id: string) =>
    (await w.ws.json<CaseDto>('GET', `/api/v1/cases/${id}`)).ownerId;

  /** Expects a 422 naming ownerId, and the case still with its owner. */
  const refused = async (b: Browser, id: string, to: string | null, owner: string) => {
    for (const [method, url, body] of [
      ['PATCH', `/api/v1/cases/${id}`, { ownerId: to }],
      ...(to ? [['POST', '/api/v1/cases/assign', { ids: [id], ownerId: to }] as const] : []),
    ] as const) {
      const res = await b.call(method, url, body);
      expect([url, to, res.statusCode, res.headers['content-type']]).toEqual([
        url,
        to,
        422,
        'application/problem+json; charset=utf-8',
      ]);
      expect(res.json<Problem>().errors?.[0]?.field).toBe('ownerId');
    }
    expect(await ownerOf(id)).toBe(owner);
  };
  const moves = async (b: Browser, id: string, to: string) => {
    const res = await b.call('PATCH', `/api/v1/cases/${id}`, { ownerId: to });
    expect(res.statusCode, res.body).toBe(200);
    expect(await ownerOf(id)).toBe(to);
  };

  it('lets an agent keep a case or hand it back up their manager chain, no further', async () => {
    const c = await open('ann');
    await refused(w.as.ann, c, w.e.ben, w.e.ann);
    await refused(w.as.ann, c, w.e.cal, w.e.ann);
    await refused(w.as.ann, c, w.e.other, w.e.ann);
    await refused(w.as.ann, c, null, w.e.ann);
    await moves(w.as.ann, c, w.e.head);
    const d = await open('ann');
    await moves(w.as.ann, d, w.e.lead);
    const created = await w.as.ann.call('POST', '/api/v1/cases', {
      reason: 'by_hand',
      customerId: w.customer,
      ownerId: w.e.ben,
    });
    expect([created.statusCode, created.json<Problem>().errors?.[0]?.field]).toEqual([
      422,
      'ownerId',
    ]);
  });

  it('lets a manager assign within their subtree and to themselves only', async () => {
    const c = await open('ben');
    await refused(w.as.lead, c, w.e.cal, w.e.ben);
    await refused(w.as.lead, c, w.e.head, w.e.ben);
    await refused(w.as.lead, c, null, w.e.ben);
    await moves(w.as.lead, c, w.e.ann);
    await moves(w.as.lead, c, w.e.lead);
    const bulk = await w.as.head.call('POST', '/api/v1/cases/assign', {
      ids: [c],
      ownerId: w.e.ben,
    });
    expect(bulk.statusCode).toBe(200);
    await refused(w.as.other, await open('cal'), w.e.ann, w.e.cal);
  });

  it('lets analysts and API keys assign to anyone, and unassign', async () => {
    const c = await open('ann');
    await moves(w.as.analyst, c, w.e.cal);
    const key = await w.api.app.inject({
      method: 'PATCH',
      url: `/api/v1/cases/${c}`,
      headers: { authorization: `Bearer ${w.agentKey}` },
      payload: { ownerId: null },
    });
    expect(key.statusCode).toBe(200);
    expect(await ownerOf(c)).toBeNull();
  });

  it('tells each caller whom they may assign to, as the refusals above decide', async () => {
    const assignees = async (b: Browser) => {
      const res = await b.call('GET', '/api/v1/cases/assignees');
      expect(res.statusCode, res.body).toBe(200);
      return res.json<{ anyone: boolean; unowned: boolean; employeeIds: string[] }>();
    };
    const only = (...people: Person[]) => ({
      anyone: false,
      unowned: false,
      employeeIds: people.map((p) => w.e[p]),
    });
    expect(await assignees(w.as.ann)).toEqual(only('ann', 'lead', 'head'));
    expect(await assignees(w.as.cal)).toEqual(only('cal', 'other'));
    const lead = await assignees(w.as.lead);
    expect([lead.anyone, lead.unowned, lead.employeeIds.sort()]).toEqual([
      false,
      false,
      [w.e.lead, w.e.ann, w.e.ben].sort(),
    ]);
    const head = await assignees(w.as.head);
    expect(head.employeeIds.sort()).toEqual([w.e.head, w.e.lead, w.e.ann, w.e.ben].sort());
    expect(await assignees(w.as.unlinked)).toEqual(only());
    const everyone = { anyone: true, unowned: true, employeeIds: [] };
    expect(await assignees(w.as.analyst)).toEqual(everyone);
    const key = await w.api.app.inject({
      method: 'GET',
      url: '/api/v1/cases/assignees',
      headers: { authorization: `Bearer ${w.agentKey}` },
    });
    expect([key.statusCode, key.json()]).toEqual([200, everyone]);
  });
});
