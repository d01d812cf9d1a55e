/**
 * A survey e-mail as sent: a plain-text and an HTML part carrying the same words (all free
 * text escaped in the HTML), one one-click link per score of the first question, an invitation
 * to simply reply, and List-Unsubscribe with RFC 8058 one-click unsubscribe.
 */
import { emailWording, type OutboundEmail } from '@rapport/core';
import type { SendMailOptions } from 'nodemailer';
import { escapeHtml } from './html.ts';

export interface ScoreLink {
  value: number;
  url: string;
  label: string | null;
}

/** The one-click links: `/s/<token>?q=<question>&v=<score>`, the end points labelled. */
export function scoreLinks(m: OutboundEmail): ScoreLink[] {
  const oc = m.oneClick;
  if (!oc) return [];
  const out: ScoreLink[] = [];
  for (let v = oc.question.min; v <= oc.question.max; v++) {
    const url = `${oc.surveyUrl}?q=${encodeURIComponent(oc.question.questionId)}&v=${v}`;
    const label =
      v === oc.question.min
        ? oc.question.minLabel
        : v === oc.question.max
          ? oc.question.maxLabel
          : null;
    out.push({ value: v, url, label });
  }
  return out;
}

export function textPart(m: OutboundEmail): string {
  const w = emailWording(m.language);
  const links = scoreLinks(m);
  const parts = [...m.paragraphs];
  if (links.length > 0) {
    parts.push(
      `${w.oneClick}\n` +
        links.map((l) => `  ${l.value}${l.label ? ` (${l.label})` : ''}: ${l.url}`).join('\n'),
    );
  }
  parts.push(w.replyHint, `${w.unsubscribe}: ${m.unsubscribe.url}`);
  return `${parts.join('\n\n')}\n`;
}

export function htmlPart(m: OutboundEmail): string {
  const w = emailWording(m.language);
  const links = scoreLinks(m);
  const p = (s: string) => `<p>${escapeHtml(s).replace(/\n/g, '<br>')}</p>`;
  const cells = links
    .map(
      (l) =>
        `<td style="padding:4px"><a href="${escapeHtml(l.url)}" style="display:inline-block;min-width:28px;padding:8px;border:1px solid #888;border-radius:4px;text-align:center;text-decoration:none">${l.value}</a></td>`,
    )
    .join('');
  const first = links[0];
  const last = links[links.length - 1];
  const scale =
    first && last
      ? `<table role="presentation"><tr>${cells}</tr></table><p style="font-size:12px;color:#555">${escapeHtml(`${first.value} = ${first.label ?? ''}, ${last.value} = ${last.label ?? ''}`)}</p>`
      : '';
  return [
    `<!doctype html><html lang="${escapeHtml(m.language)}"><head><meta charset="utf-8"></head><body>`,
    ...m.paragraphs.map(p),
    scale,
    p(w.replyHint),
    `<p style="font-size:12px"><a href="${escapeHtml(m.unsubscribe.url)}">${escapeHtml(w.unsubscribe)}</a></p>`,
    '</body></html>',
  ].join('\n');
}

/** The nodemailer message of a survey e-mail. */
export function composeSurveyEmail(m: OutboundEmail, defaultFrom: string): SendMailOptions {
  return {
    from: m.from ?? defaultFrom,
    to: m.to,
    replyTo: m.replyTo,
    subject: m.subject,
    messageId: m.messageId,
    ...(m.inReplyTo ? { inReplyTo: m.inReplyTo } : {}),
    ...(m.references.length ? { references: m.references } : {}),
    text: textPart(m),
    html: htmlPart(m),
    headers: {
      'List-Unsubscribe': `<${m.unsubscribe.url}>, <${m.unsubscribe.mailto}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      'Auto-Submitted': 'auto-generated',
      'X-Rapport-Key': m.idempotencyKey,
    },
  };
}
