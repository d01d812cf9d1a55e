/**
 * Story 2 over e-mail, through real SMTP exchanges on loopback: Rapport sends the invitation
 * to an SMTP server (plain text + HTML, one-click links, List-Unsubscribe), Michael's replies
 * reach Rapport's own SMTP listener (quoted history and all) or the inbound-mail webhook, and
 * the conversation runs as over SMS: an apology and a question after the 1, the agent's 10s,
 * no comment, one completed response.
 */
import { sha256Hex } from '@rapport/core';
import { describeEachDialect } from '@rapport/testing';
import nodemailer from 'nodemailer';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startInboundSmtp, type InboundSmtp } from '../../channels/email/smtp-listener.ts';
import {
  carrierWorld,
  REPLY_DOMAIN,
  type CarrierCustomer,
  type CarrierWorld,
} from '../../testing/carrier-world.ts';
import {
  startSmtpCapture,
  type CapturedMail,
  type SmtpCapture,
} from '../../testing/smtp-capture.ts';

describeEachDialect('story 2 over e-mail (real SMTP both ways)', (db) => {
  let smtp: SmtpCapture;
  let w: CarrierWorld;
  let inbound: InboundSmtp;
  let michael: CarrierCustomer;
  let inv: string;
  let replyTo = '';
  let n = 0;

  const mailsTo = (address: string) => smtp.mails.filter((m) => m.envelope.to.includes(address));
  const latest = async (address: string, count: number): Promise<CapturedMail> => {
    await w.worker.drain();
    const until = Date.now() + 5_000;
    while (mailsTo(address).length < count && Date.now() < until)
      await new Promise((r) => setTimeout(r, 20));
    const list = mailsTo(address);
    expect(list).toHaveLength(count);
    return list[count - 1] as CapturedMail;
  };
  /** A header as sent, unfolded (mailparser folds List-* headers into one object). */
  const rawHeader = (mail: CapturedMail, name: string): string => {
    const line = mail.parsed.headerLines.find((h) => h.key === name.toLowerCase())?.line ?? '';
    return line.replace(/\r?\n[ \t]+/g, ' ').replace(/^[^:]+:\s*/, '');
  };
  const reply = async (text: string, to = replyTo, extra: Record<string, string> = {}) => {
    const previous = mailsTo(michael.email).at(-1)?.parsed;
    const transport = nodemailer.createTransport({
      host: '127.0.0.1',
      port: inbound.port,
      ignoreTLS: true,
    });
    w.clock.advance(60_000);
    await transport.sendMail({
      from: `Michael Allenson <${michael.email}>`,
      to,
      subject: `Re: ${previous?.subject ?? ''}`,
      messageId: `<reply-${++n}@mail.example.net>`,
      inReplyTo: previous?.messageId,
      references: previous?.messageId ? [previous.messageId] : [],
      text: `${text}\n\nOn Mon, 23 Nov 2026 at 15:00, Carrier <${replyTo}> wrote:\n> ${previous?.text?.split('\n')[0] ?? ''}\n`,
      headers: extra,
    });
    transport.close();
  };

  beforeAll(async () => {
    smtp = await startSmtpCapture();
    w = await carrierWorld(db().store, { smtpUrl: smtp.url });
    inbound = await startInboundSmtp(
      { store: db().store, clock: w.clock, ids: w.api.ids },
      { port: 0 },
    );
    michael = await w.customer('Michael Allenson');
    inv = (await w.invite(michael, 'email')).id;
  });
  afterAll(async () => {
    await inbound.close();
    await w.close();
    await smtp.close();
  });

  it('sends the invitation: text and HTML parts, one-click answers, List-Unsubscribe, a reply address', async () => {
    const mail = await latest(michael.email, 1);
    const p = mail.parsed;
    expect(p.subject).toBe('A few quick questions from Carrier');
    expect(p.text).toMatch(/Michael/);
    expect(p.text).toMatch(/recommend Carrier/);
    expect(p.html).toMatch(/recommend Carrier/);
    replyTo = p.replyTo?.value[0]?.address ?? '';
    expect(replyTo).toMatch(
      new RegExp(`^reply\\+${w.ws.id.toLowerCase()}\\.[a-z2-7]{26}@${REPLY_DOMAIN}$`),
    );
    expect(rawHeader(mail, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    const unsubscribe = rawHeader(mail, 'List-Unsubscribe');
    expect(unsubscribe).toMatch(
      /<https:\/\/rapport\.example\.com\/hooks\/email\/ws_[0-9A-Z]+\/unsubscribe\/[a-z2-7]{26}>/,
    );
    expect(unsubscribe).toContain(`mailto:${replyTo}`);
    const links = [
      ...(p.html || '').matchAll(/href="(https:\/\/rapport\.example\.com\/s\/[^"]+)"/g),
    ].map((m) => (m[1] ?? '').replace(/&amp;/g, '&'));
    expect(links).toHaveLength(10);
    const token = /\/s\/([^?]+)\?q=recommend&v=1$/.exec(links[0] ?? '')?.[1] ?? '';
    const stored = await db().store.read((r) => r.invitations.get(w.ws.id, inv));
    expect(stored?.tokenHash).toBe(sha256Hex(token));
    expect(stored?.status).toBe('sent');
    // The one-click link opens Rapport's survey page.
    const page = await w.api.app.inject({ method: 'GET', url: `/s/${token}` });
    expect(page.statusCode).toBe(200);
  });

  it('answers the 1 with an apology and a question, by e-mail, in the same thread', async () => {
    await reply('1');
    const mail = await latest(michael.email, 2);
    const text = mail.parsed.text ?? '';
    expect(text).not.toMatch(/sorry to hear/i);
    expect(text).toMatch(/\b1\b/);
    expect(text).toMatch(/sorry|apologi[sz]e/i);
    expect(text).toMatch(/\?/);
    expect(mail.parsed.subject).toBe('Re: A few quick questions from Carrier');
    expect(mail.parsed.inReplyTo).toBe('<reply-1@mail.example.net>');
    const lows = await db()
      .store.db.selectFrom('jobs')
      .select('payload')
      .where('workspace_id', '=', w.ws.id)
      .where('name', '=', 'survey.low_score')
      .execute();
    expect(lows).toHaveLength(1);
  });

  it('ignores an out-of-office reply and a duplicate delivery, and refuses unknown reply addresses', async () => {
    const before = mailsTo(michael.email).length;
    await reply("I'm out of the office until Monday.", replyTo, {
      'Auto-Submitted': 'auto-replied',
    });
    const raw = await new MailComposer({
      from: michael.email,
      to: replyTo,
      subject: 'Re: A few quick questions from Carrier',
      messageId: '<reply-1@mail.example.net>',
      text: '1',
    })
      .compile()
      .build();
    const dup = await w.api.app.inject({
      method: 'POST',
      url: `/hooks/email/${w.ws.id}/inbound`,
      headers: { 'content-type': 'message/rfc822' },
      payload: raw,
    });
    expect(dup.statusCode).toBe(200);
    expect(dup.json()).toEqual({ status: 'duplicate' });
    await expect(
      reply('1', `reply+${w.ws.id.toLowerCase()}.${'a'.repeat(26)}@${REPLY_DOMAIN}`),
    ).rejects.toThrow(/550|recipient/i);
    await w.worker.drain();
    expect(mailsTo(michael.email)).toHaveLength(before);
    const turns = await db().store.read((r) => r.invitations.get(w.ws.id, inv));
    const transcript = (turns?.conversation.dialogue as { transcript: Array<{ speaker: string }> })
      .transcript;
    expect(transcript.filter((e) => e.speaker === 'customer')).toHaveLength(1);
  });

  it('carries on through the listener and the webhook to a completed response', async () => {
    await reply('Your assistant store manager was the rudest person I have ever dealt with');
    expect((await latest(michael.email, 3)).parsed.text).toMatch(/Jessica C/);
    await reply('10');
    await latest(michael.email, 4);
    // The next reply arrives through the inbound-mail webhook instead.
    const raw = await new MailComposer({
      from: michael.email,
      to: replyTo,
      subject: 'Re: A few quick questions from Carrier',
      messageId: '<via-webhook@mail.example.net>',
      text: '10\n\n> How satisfied are you with how quickly Jessica C handled your request?',
    })
      .compile()
      .build();
    const res = await w.api.app.inject({
      method: 'POST',
      url: `/hooks/email/${w.ws.id}/inbound`,
      headers: { 'content-type': 'message/rfc822' },
      payload: raw,
    });
    expect(res.json()).toEqual({ status: 'handled' });
    expect((await latest(michael.email, 5)).parsed.text).toMatch(/anything else/i);
    await reply('no');
    await latest(michael.email, 6);
    const invitation = await w.ws.json<{ status: string }>('GET', `/api/v1/invitations/${inv}`);
    expect(invitation.status).toBe('completed');
    const responses = await w.ws.json<{
      items: Array<{
        completed: boolean;
        channel: string;
        answers: Array<{ questionId: string; valueNum: number | null; agentId: string | null }>;
      }>;
    }>('GET', `/api/v1/responses?customerId=${michael.id}`);
    expect(responses.items).toHaveLength(1);
    expect(responses.items[0]).toMatchObject({ completed: true, channel: 'email' });
    const byId = Object.fromEntries(
      (responses.items[0]?.answers ?? []).map((a) => [a.questionId, a]),
    );
    expect(byId.recommend).toMatchObject({ valueNum: 1, agentId: null });
    expect(byId.agent_handling).toMatchObject({ valueNum: 10, agentId: w.jessica });
    expect(byId.agent_timeliness).toMatchObject({ valueNum: 10, agentId: w.jessica });
    const history = await w.ws.json<{
      items: Array<{ channel: string; attributes: Record<string, unknown> }>;
    }>('GET', `/api/v1/interactions?customerId=${michael.id}`);
    expect(history.items.find((i) => i.attributes.surveyConversation === inv)?.channel).toBe(
      'email',
    );
  });

  it('unsubscribes in one click (RFC 8058) from every channel, without another e-mail', async () => {
    const other = await w.customer('Ana Ortiz');
    await w.invite(other, 'email');
    const mail = await latest(other.email, 1);
    const url = /<(https:\/\/[^>]+)>/.exec(rawHeader(mail, 'List-Unsubscribe'))?.[1] ?? '';
    const path = url.replace('https://rapport.example.com', '');
    const view = await w.api.app.inject({ method: 'GET', url: path });
    expect(view.statusCode).toBe(200);
    expect(view.body).toContain('<form method="post"');
    expect(view.body).not.toMatch(/<script/i);
    expect(
      (await w.ws.json<{ optedOutAt: string | null }>('GET', `/api/v1/customers/${other.id}`))
        .optedOutAt,
    ).toBeNull();
    const res = await w.api.app.inject({
      method: 'POST',
      url: path,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'List-Unsubscribe=One-Click',
    });
    expect(res.statusCode).toBe(200);
    const after = await w.ws.json<{ optedOutAt: string | null }>(
      'GET',
      `/api/v1/customers/${other.id}`,
    );
    expect(after.optedOutAt).not.toBeNull();
    await latest(other.email, 1);
    const bad = await w.api.app.inject({
      method: 'POST',
      url: path.replace(/[a-z2-7]{26}$/, 'b'.repeat(26)),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'List-Unsubscribe=One-Click',
    });
    expect(bad.statusCode).toBe(404);
  });

  it('does not remind by e-mail someone who went on in the web page through a one-click link', async () => {
    const ana = await w.customer('Ana Web');
    const id = (await w.invite(ana, 'email')).id;
    const mail = await latest(ana.email, 1);
    const link = /href="(https:\/\/rapport\.example\.com\/s\/[^"]+v=9)"/.exec(
      mail.parsed.html || '',
    )?.[1];
    const path = (link ?? '').replace('https://rapport.example.com', '').replace(/&amp;/g, '&');
    const click = await w.api.app.inject({ method: 'GET', url: path });
    expect(click.statusCode).toBe(303);
    const stored = await db().store.read((r) => r.invitations.get(w.ws.id, id));
    expect(stored?.conversation.answers).toEqual([
      expect.objectContaining({ questionId: 'recommend', value: 9 }),
    ]);
    w.clock.advance(80 * 3_600_000);
    await latest(ana.email, 1);
    expect(mailsTo(ana.email)).toHaveLength(1);
  });

  it('writes to a customer in their language: subject, one-click line and footer', async () => {
    const lucia = await w.customer('Lucía Fernández');
    await w.ws.json('PATCH', `/api/v1/customers/${lucia.id}`, { locale: 'es-MX' });
    await w.invite(lucia, 'email');
    const mail = await latest(lucia.email, 1);
    expect(mail.parsed.subject).toBe('Unas preguntas rápidas de Carrier');
    expect(mail.parsed.text).toContain('Responde con un clic:');
    expect(mail.parsed.text).toContain('No quiero más correos de encuestas');
    expect(mail.parsed.text).not.toContain('Answer with one click');
    expect(mail.parsed.html).toContain('<html lang="es">');
  });
});
