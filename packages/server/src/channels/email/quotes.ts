/**
 * The new part of an e-mail reply: quoted history ("> …" lines, "On … wrote:", Outlook's
 * "-----Original Message-----" or "From: … Sent: …" block, a forwarded message) and the
 * signature after "-- " are cut away.
 */
const CUT = [
  /^\s*On\b.{0,300}\bwrote:\s*$/i,
  /^\s*El\b.{0,300}\bescribió:\s*$/i,
  /^\s*Le\b.{0,300}\ba écrit\s*:\s*$/i,
  /^\s*Am\b.{0,300}\bschrieb\b.*:\s*$/i,
  /^-{2,}\s*Original Message\s*-{2,}\s*$/i,
  /^-{2,}\s*Forwarded message\s*-{2,}\s*$/i,
  /^_{20,}\s*$/,
  /^From:\s.+$/i,
  /^-- ?$/,
  /^Sent from my \w+/i,
];

export function stripQuoted(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    // "On Mon, 23 Nov 2026 at 10:00, Rapport <x@y>\nwrote:" is often wrapped over two lines.
    const joined = `${line} ${lines[i + 1] ?? ''}`;
    if (CUT.some((re) => re.test(line)) || (/^\s*On\b/i.test(line) && /\bwrote:\s*$/i.test(joined)))
      break;
    if (/^\s*>/.test(line)) continue;
    kept.push(line);
  }
  return kept.join('\n').trim();
}
