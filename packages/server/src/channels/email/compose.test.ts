import type { OutboundEmail } from '@rapport/core';
import { describe, expect, it } from 'vitest';
import { composeSurveyEmail, htmlPart, scoreLinks, textPart } from './compose.ts';

const mail: OutboundEmail = {
  to: 'michael@example.net',
  from: null,
  subject: 'A few quick questions from Carrier',
  language: 'en',
  paragraphs: [
    'Hi <Michael> & co, thanks for calling "Carrier".',
    'How likely…? (1 = no, 10 = yes)',
  ],
  replyTo: 'reply+ws_x.key@reply.example.com',
  messageId: '<rapport.ws_x.key.0@reply.example.com>',
  inReplyTo: null,
  references: [],
  oneClick: {
    question: {
      questionId: 'recommend',
      text: 'How likely?',
      min: 1,
      max: 10,
      minLabel: 'definitely <not>',
      maxLabel: 'definitely',
    },
    surveyUrl: 'https://rapport.example.com/s/ws_X.tok',
  },
  unsubscribe: {
    url: 'https://rapport.example.com/hooks/email/ws_X/unsubscribe/key',
    mailto: 'mailto:reply+ws_x.key@reply.example.com?subject=unsubscribe',
  },
  idempotencyKey: 'inv_1:0',
};

describe('survey e-mail', () => {
  it("words its own lines in the conversation's language, English when it has none", () => {
    const es = { ...mail, language: 'es' };
    expect(textPart(es)).toContain('Responde con un clic:');
    expect(textPart(es)).toContain('También puedes responder directamente a este correo.');
    expect(textPart(es)).not.toContain('Answer with one click');
    const html = htmlPart(es);
    expect(html).toContain('<html lang="es">');
    expect(html).toContain('No quiero más correos de encuestas</a>');
    expect(html).not.toContain('No more survey e-mails');
    expect(textPart({ ...mail, language: 'fr' })).toContain('Answer with one click:');
    expect(htmlPart(mail)).toContain('<html lang="en">');
  });

  it('links each score of the first question to the survey page, labelled at the ends', () => {
    const links = scoreLinks(mail);
    expect(links.map((l) => l.value)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(links[0]).toEqual({
      value: 1,
      url: 'https://rapport.example.com/s/ws_X.tok?q=recommend&v=1',
      label: 'definitely <not>',
    });
    expect(links[9]?.label).toBe('definitely');
    expect(scoreLinks({ ...mail, oneClick: null })).toEqual([]);
  });

  it('escapes every free text in the HTML part; the text part carries the same words', () => {
    const html = htmlPart(mail);
    expect(html).toContain('Hi &lt;Michael&gt; &amp; co, thanks for calling &quot;Carrier&quot;.');
    expect(html).toContain('definitely &lt;not&gt;');
    expect(html).not.toContain('<Michael>');
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('href="https://rapport.example.com/s/ws_X.tok?q=recommend&amp;v=10"');
    const text = textPart(mail);
    expect(text).toContain('Hi <Michael> & co');
    expect(text).toContain(
      '10 (definitely): https://rapport.example.com/s/ws_X.tok?q=recommend&v=10',
    );
    expect(text).toContain(mail.unsubscribe.url);
  });

  it('sets List-Unsubscribe with one-click POST, Reply-To and threading headers', () => {
    const m = composeSurveyEmail(
      { ...mail, inReplyTo: '<a@b>', references: ['<first@x>', '<a@b>'] },
      'Carrier <s@c.example>',
    );
    expect(m.from).toBe('Carrier <s@c.example>');
    expect(m.replyTo).toBe(mail.replyTo);
    expect(m.inReplyTo).toBe('<a@b>');
    expect(m.headers).toMatchObject({
      'List-Unsubscribe': `<${mail.unsubscribe.url}>, <${mail.unsubscribe.mailto}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    });
  });
});
