/**
 * Story 4 of DESIGN.md: the battery at night. A stranded driver finds a roadside service on
 * the web, calls (IVR, then a consultant), and a technician replaces the battery within the
 * hour at the quoted price. Days later the driver leaves praise through the website's
 * "Contact Us" form, naming neither: "the consultant" and "the technician". Both are
 * recognised with their managers; a personal thank-you is created for the team lead, completed
 * as a voicemail, and appears on the driver's history — without triggering a survey.
 */
import { transactionalCsatSurvey } from '@rapport/core';
import type { PraiseDto, TaskDto } from '@rapport/contracts';
import { describeEachDialect } from '@rapport/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { closedLoopWorld, type ClosedLoopWorld } from '../testing/closed-loop-world.ts';

const HOUR = 3_600_000;
const THANKS =
  'From reviewing websites to having a working car within one hour is simply amazing. The ' +
  'consultant on the phone was so helpful and the technician replaced my battery at the quoted ' +
  'price. Please pass on my thanks!';

interface Interaction {
  id: string;
  channel: string;
  note: string | null;
  employeeIds: string[];
  attributes: Record<string, unknown>;
}

describeEachDialect('story 4: the battery at night', (db) => {
  let w: ClosedLoopWorld;
  const p: Record<string, string> = {};

  beforeAll(async () => {
    w = await closedLoopWorld(db().store, { name: 'Roadside', start: '2026-01-04T21:10:00.000Z' });
    p.lena = await w.employee('Lena Lead', { title: 'contact centre team lead' });
    const centre = await w.create('/api/v1/teams', { name: 'Contact centre', leadId: p.lena });
    p.priya = await w.employee('Priya Nair', {
      title: 'consultant',
      teamId: centre,
      managerId: p.lena,
    });
    p.frank = await w.employee('Frank Field', { title: 'field team lead' });
    const field = await w.create('/api/v1/teams', { name: 'Field', leadId: p.frank });
    p.tom = await w.employee('Tom Baker', {
      title: 'technician',
      teamId: field,
      managerId: p.frank,
    });
    p.driver = await w.create('/api/v1/customers', {
      name: 'Reformed Cynic',
      email: 'driver@example.net',
      phone: '+61400000000',
    });
    // A live survey after every phone call: the thank-you follow-up must not trigger it.
    await w.create('/api/v1/surveys', {
      definition: transactionalCsatSurvey({ id: 'after-call' }),
      status: 'live',
      trigger: { type: 'interaction', channels: ['phone'], delayMinutes: 30, sendVia: 'sms' },
    });
    const at = () => w.clock.now().toISOString();
    const touch = async (body: Record<string, unknown>) => {
      const id = await w.create('/api/v1/interactions', {
        customerId: p.driver,
        occurredAt: at(),
        ...body,
      });
      w.clock.advance(5 * 60_000);
      return id;
    };
    await touch({
      channel: 'web',
      stage: 'consideration',
      note: 'Compared roadside services online.',
    });
    await touch({ channel: 'ivr', stage: 'purchase' });
    p.call = await touch({
      channel: 'phone',
      stage: 'purchase',
      employeeIds: [p.priya],
      outcome: 'resolved',
    });
    w.clock.advance(20 * 60_000);
    p.visit = await touch({
      channel: 'field_visit',
      stage: 'support',
      employeeIds: [p.tom],
      outcome: 'resolved',
      expectation: 'exceeded',
      note: 'Battery replaced at the quoted price; extended warranty sold.',
    });
    await w.run();
  });
  afterAll(() => w.close());

  it('contact-form praise reaches the consultant, the technician and their managers; the thank-you lands on the history', async () => {
    w.clock.advance(3 * 24 * HOUR);
    const form = await w.create('/api/v1/interactions', {
      customerId: p.driver,
      channel: 'web',
      stage: 'usage',
      occurredAt: w.clock.now().toISOString(),
      attributes: { form: 'contact-us' },
      transcript: [{ speaker: 'customer', text: THANKS }],
    });
    await w.signal({
      sourceType: 'message',
      sourceId: form,
      seq: 0,
      speaker: 'customer',
      customerId: p.driver,
      interactionId: form,
      channel: 'web',
      stage: 'usage',
      sentiment: 'positive',
      emotions: { gratitude: 0.91, admiration: 0.77, surprise: 0.3 },
      praise: 0.93,
      effort: 0.05,
      triggers: { praise: ['amazing', 'so helpful'] },
    });
    await w.run();

    const list = await w.ws.json<{ items: PraiseDto[] }>(
      'GET',
      `/api/v1/praise?customerId=${p.driver}`,
    );
    expect(list.items).toHaveLength(1);
    const praise = list.items[0] as PraiseDto;
    expect(praise.source).toBe('contact_form');
    expect([...praise.subjectIds].sort()).toEqual([p.priya, p.tom].sort());
    const got = Object.fromEntries(praise.deliveries.map((d) => [d.employeeId, [d.level, d.via]]));
    expect(got).toEqual({
      [p.priya as string]: [0, 'praised'],
      [p.tom as string]: [0, 'praised'],
      [p.lena as string]: [1, 'manager'],
      [p.frank as string]: [1, 'manager'],
    });
    for (const who of [p.priya, p.tom])
      expect(
        (await w.ws.json<{ items: PraiseDto[] }>('GET', `/api/v1/praise?employeeId=${who}`)).items,
      ).toHaveLength(1);
    expect(w.mails.map((m) => m.to)).toEqual(
      expect.arrayContaining([
        'priya.nair@example.com',
        'tom.baker@example.com',
        'lena.lead@example.com',
        'frank.field@example.com',
      ]),
    );

    // The personal thank-you: created for a team lead, completed as a voicemail.
    const tasks = await w.ws.json<{ items: TaskDto[] }>(
      'GET',
      `/api/v1/tasks?praiseId=${praise.id}`,
    );
    expect(tasks.items).toHaveLength(1);
    const task = tasks.items[0] as TaskDto;
    expect(task).toMatchObject({ kind: 'thank_customer', status: 'open', customerId: p.driver });
    expect([p.lena, p.frank]).toContain(task.assigneeId);
    w.clock.advance(2 * HOUR);
    const done = await w.ws.json<TaskDto>('POST', `/api/v1/tasks/${task.id}/complete`, {
      method: 'voicemail',
      // The lead's own words, full of praise: read as staff's, they route no praise again.
      note: 'Thanked the driver; Priya and the technician were amazing, so helpful. Thank you both!',
    });
    expect(done).toMatchObject({ status: 'done', method: 'voicemail' });
    const again = await w.ws.call('POST', `/api/v1/tasks/${task.id}/complete`, { method: 'call' });
    expect(again.statusCode).toBe(409);

    const history = await w.ws.json<{ items: Interaction[] }>(
      'GET',
      `/api/v1/interactions?customerId=${p.driver}`,
    );
    const followUp = history.items.find((i) => i.id === done.interactionId);
    expect(followUp).toMatchObject({
      channel: 'phone',
      employeeIds: [task.assigneeId],
      attributes: { followUpTaskId: task.id, followUpMethod: 'voicemail', praiseId: praise.id },
    });
    expect(followUp?.note).toContain('Thank-you follow-up (voicemail)');
    expect(history.items.map((i) => i.channel)).toEqual(
      expect.arrayContaining(['web', 'ivr', 'phone', 'field_visit']),
    );

    // The follow-up is a phone interaction, yet it triggers no survey.
    await w.run();
    const invites = await w.ws.json<{ items: Array<{ interactionId: string | null }> }>(
      'GET',
      `/api/v1/invitations?customerId=${p.driver}`,
    );
    expect(invites.items.map((i) => i.interactionId)).toEqual([p.call]);

    // Nor is the lead's note taken for the customer's praise: no second praise, no new task.
    const praised = await w.ws.json<{ items: PraiseDto[] }>(
      'GET',
      `/api/v1/praise?customerId=${p.driver}`,
    );
    expect(praised.items.map((x) => x.id)).toEqual([praise.id]);
    const open = await w.ws.json<{ items: TaskDto[] }>(
      'GET',
      `/api/v1/tasks?customerId=${p.driver}&status=open`,
    );
    expect(open.items).toEqual([]);
  });

  it('the contact form can also post praise directly; the employees are found in the text', async () => {
    const res = await w.ws.json<PraiseDto>('POST', '/api/v1/praise', {
      source: 'contact_form',
      customerId: p.driver,
      text: 'Thanks again to Priya and to your technician.',
    });
    expect([...res.subjectIds].sort()).toEqual([p.priya, p.tom].sort());
    const nobody = await w.ws.call('POST', '/api/v1/praise', {
      source: 'contact_form',
      text: 'Great company!',
    });
    expect(nobody.statusCode).toBe(422);
    expect(nobody.json<{ errors: Array<{ field: string }> }>().errors[0]?.field).toBe(
      'employeeIds',
    );
  });
});
