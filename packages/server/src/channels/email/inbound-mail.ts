/**
 * A reply to a survey e-mail, from Rapport's SMTP listener or the inbound-mail webhook: parsed
 * (mailparser), routed to its invitation by the reply address `reply+<ws>.<key>@…` (envelope
 * or headers) or by In-Reply-To/References naming one of Rapport's Message-IDs, stripped of
 * its quoted history, deduplicated by Message-ID, and handed to the dialogue. Automatic
 * replies (out of office) are ignored, so two robots never talk to each other.
 */
import { createHash } from 'node:crypto';
import {
  parseConversationMessageId,
  parseReplyAddress,
  receiveInbound,
  type Clock,
  type Ids,
} from '@rapport/core';
import type { Store } from '@rapport/store';
import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser';
import { stripQuoted } from './quotes.ts';

export interface InboundMailDeps {
  store: Store;
  clock: Clock;
  ids: Ids;
}

export type InboundMailStatus = 'handled' | 'duplicate' | 'ignored';

export interface InboundMailOptions {
  /** SMTP envelope recipients (RCPT TO), tried first. */
  recipients?: readonly string[] | undefined;
  /** The webhook's workspace: routes to another workspace are ignored. */
  workspaceId?: string | undefined;
}

function addresses(a: AddressObject | AddressObject[] | undefined): string[] {
  const list = Array.isArray(a) ? a : a ? [a] : [];
  return list.flatMap((o) => o.value.flatMap((v) => (v.address ? [v.address] : [])));
}

function headerList(mail: ParsedMail, name: string): string[] {
  const v = mail.headers.get(name);
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string');
  return [];
}

function isAutomatic(mail: ParsedMail): boolean {
  const auto = headerList(mail, 'auto-submitted')[0]?.toLowerCase();
  const precedence = headerList(mail, 'precedence')[0]?.toLowerCase();
  return (
    (auto !== undefined && auto !== 'no') ||
    precedence === 'auto_reply' ||
    precedence === 'bulk' ||
    mail.headers.has('x-autoreply') ||
    mail.headers.has('x-autorespond')
  );
}

/** The route a message carries: reply addresses first, then the Message-IDs it answers. */
export function routeOf(
  mail: ParsedMail,
  recipients: readonly string[],
): { workspaceId: string; replyKey: string } | null {
  const candidates = [
    ...recipients,
    ...addresses(mail.to),
    ...addresses(mail.cc),
    ...headerList(mail, 'delivered-to'),
    ...headerList(mail, 'x-original-to'),
  ];
  for (const c of candidates) {
    const r = parseReplyAddress(c);
    if (r) return r;
  }
  const refs = mail.references;
  const ids = [
    ...(mail.inReplyTo ? [mail.inReplyTo] : []),
    ...(Array.isArray(refs) ? refs : refs ? [refs] : []),
  ];
  for (const id of ids) {
    const r = parseConversationMessageId(id);
    if (r) return r;
  }
  return null;
}

/** The words the customer wrote: quoted history cut; a bare "unsubscribe" subject counts. */
export function replyText(mail: ParsedMail): string {
  const body = stripQuoted(mail.text ?? '');
  if (body.length > 0) return body;
  return /^\s*(unsubscribe|stop)\s*$/i.test(mail.subject ?? '') ? 'UNSUBSCRIBE' : '';
}

export async function receiveInboundMail(
  deps: InboundMailDeps,
  raw: Buffer | string,
  opts: InboundMailOptions = {},
): Promise<InboundMailStatus> {
  const mail = await simpleParser(raw, { skipImageLinks: true });
  if (isAutomatic(mail)) return 'ignored';
  const route = routeOf(mail, opts.recipients ?? []);
  if (!route || (opts.workspaceId && route.workspaceId !== opts.workspaceId)) return 'ignored';
  const ws = route.workspaceId;
  const externalId = mail.messageId ?? `sha256:${createHash('sha256').update(raw).digest('hex')}`;
  const from = addresses(mail.from)[0] ?? '';
  const outcome = await deps.store.write(async (r) => {
    const d = { r, clock: deps.clock, ids: deps.ids };
    const invitationId = await r.conversations.findByReplyKey(ws, route.replyKey);
    if (!invitationId) return null;
    return receiveInbound(d, {
      workspaceId: ws,
      channel: 'email',
      externalId: externalId.slice(0, 500),
      from,
      text: replyText(mail),
      invitationId,
      inReplyTo: mail.messageId ?? null,
    });
  });
  if (!outcome || outcome.kind === 'unknown') return 'ignored';
  return outcome.kind === 'replay' ? 'duplicate' : 'handled';
}

/** Whether an address is a reply address of a conversation that exists (SMTP RCPT check). */
export async function isKnownReplyAddress(store: Store, address: string): Promise<boolean> {
  const r = parseReplyAddress(address);
  if (!r) return false;
  return (
    (await store.read((rr) => rr.conversations.findByReplyKey(r.workspaceId, r.replyKey))) !==
    undefined
  );
}
