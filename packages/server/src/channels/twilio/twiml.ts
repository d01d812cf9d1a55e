/** TwiML answers to an inbound SMS: the reply messages, XML-escaped. */

export function escapeXml(s: string): string {
  return s.replace(/[<>&'"]/g, (c) =>
    c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : c === "'" ? '&apos;' : '&quot;',
  );
}

/** Drops characters XML 1.0 does not allow at all (control characters but tab, CR, LF). */
function xmlSafe(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    const allowed = c === 9 || c === 10 || c === 13 || (c >= 32 && c !== 0xfffe && c !== 0xffff);
    if (allowed) out += ch;
  }
  return out;
}

export function twiml(messages: readonly string[]): string {
  const body = messages.map((m) => `<Message>${escapeXml(xmlSafe(m))}</Message>`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?><Response>${body}</Response>`;
}
