/**
 * The `Prefer` request header (RFC 7240): comma-separated preferences, each a token with
 * optional `=value` and `;` parameters. Names are case-insensitive; a server may ignore any.
 */
export function prefers(header: string | string[] | undefined, name: string): boolean {
  if (header === undefined) return false;
  const wanted = name.toLowerCase();
  for (const line of Array.isArray(header) ? header : [header])
    for (const pref of line.split(','))
      if ((pref.split(/[;=]/, 1)[0] ?? '').trim().toLowerCase() === wanted) return true;
  return false;
}
