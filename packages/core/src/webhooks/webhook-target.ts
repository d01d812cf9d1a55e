/**
 * The server-side request forgery guard of outbound webhooks: a webhook must not be a way to
 * make Rapport post to itself, to the machines of its own network or to a cloud metadata
 * service. A target address is refused when it is loopback, private (RFC 1918, 100.64/10,
 * fc00::/7), link-local (169.254/16 — where cloud metadata lives — and fe80::/10),
 * unspecified, multicast, broadcast or reserved — unless the installation allows private
 * targets (WEBHOOK_ALLOW_PRIVATE_TARGETS). Pure: resolving a name is the caller's port.
 *
 * The URL parser has already turned the other spellings of an IPv4 address into the dotted
 * form (`http://2130706433/`, `http://0x7f.1/`, `http://0177.0.0.1/` are all 127.0.0.1).
 */

/** The addresses a host name resolves to; throws when it resolves to nothing. */
export type ResolveHost = (host: string) => Promise<string[]>;

export interface WebhookTargetPolicy {
  /** WEBHOOK_ALLOW_PRIVATE_TARGETS: private targets allowed, nothing is checked. */
  allowPrivate: boolean;
  resolve: ResolveHost;
}

/** Parses a dotted IPv4 address into its four bytes, or undefined. */
function ipv4Bytes(s: string): number[] | undefined {
  const parts = s.split('.');
  if (parts.length !== 4) return undefined;
  const bytes = parts.map((p) => (/^\d{1,3}$/.test(p) ? Number(p) : NaN));
  return bytes.every((b) => b >= 0 && b <= 255) ? bytes : undefined;
}

/** Parses an IPv6 address (with `::` and an embedded IPv4 tail) into eight 16-bit groups. */
function ipv6Groups(input: string): number[] | undefined {
  let s = input.toLowerCase();
  const zone = s.indexOf('%');
  if (zone >= 0) s = s.slice(0, zone);
  if (!s.includes(':')) return undefined;
  const lastColon = s.lastIndexOf(':');
  const last = s.slice(lastColon + 1);
  if (last.includes('.')) {
    // An IPv4 tail (::ffff:127.0.0.1) stands for the last two groups.
    const v4 = ipv4Bytes(last);
    if (!v4) return undefined;
    const hex = (hi: number, lo: number) => ((hi << 8) | lo).toString(16);
    s = `${s.slice(0, lastColon + 1)}${hex(v4[0] ?? 0, v4[1] ?? 0)}:${hex(v4[2] ?? 0, v4[3] ?? 0)}`;
  }
  const halves = s.split('::');
  if (halves.length > 2) return undefined;
  const parse = (h: string | undefined) =>
    h ? h.split(':').map((g) => (/^[0-9a-f]{1,4}$/.test(g) ? parseInt(g, 16) : NaN)) : [];
  const head = parse(halves[0]);
  const rest = parse(halves[1]);
  if ([...head, ...rest].some((g) => Number.isNaN(g))) return undefined;
  if (halves.length === 1) return head.length === 8 ? head : undefined;
  const zeros = 8 - head.length - rest.length;
  if (zeros < 1) return undefined;
  return [...head, ...new Array<number>(zeros).fill(0), ...rest];
}

function ipv4Refusal(b: number[]): string | null {
  const [a = 0, c = 0] = b;
  if (a === 127) return 'a loopback address';
  if (a === 10 || (a === 172 && c >= 16 && c <= 31) || (a === 192 && c === 168))
    return 'a private address (RFC 1918)';
  if (a === 100 && c >= 64 && c <= 127) return 'a shared address (100.64.0.0/10)';
  if (a === 169 && c === 254) return 'a link-local address (169.254.0.0/16, cloud metadata)';
  if (a === 0) return 'an unspecified address (0.0.0.0/8)';
  if (a >= 224 && a <= 239) return 'a multicast address';
  if (a >= 240) return 'a reserved or broadcast address';
  if (a === 192 && c === 0 && b[2] === 0) return 'a reserved address (192.0.0.0/24)';
  if (a === 198 && (c === 18 || c === 19)) return 'a benchmarking address (198.18.0.0/15)';
  return null;
}

/**
 * Why an address may not be a webhook target, or null when it may. An input that is not an
 * IP address is refused too (callers pass resolved addresses or URL hosts that are literals).
 */
export function refusedAddress(address: string): string | null {
  const host = address.startsWith('[') && address.endsWith(']') ? address.slice(1, -1) : address;
  const v4 = ipv4Bytes(host);
  if (v4) return ipv4Refusal(v4);
  const g = ipv6Groups(host);
  if (!g) return 'not an IP address';
  const [g0 = 0, g1 = 0, g2 = 0, g3 = 0, g4 = 0, g5 = 0, g6 = 0, g7 = 0] = g;
  const v4tail = [g6 >> 8, g6 & 255, g7 >> 8, g7 & 255];
  const upper = [g0, g1, g2, g3, g4].every((x) => x === 0);
  if (upper && g5 === 0 && g6 === 0 && g7 === 0) return 'an unspecified address (::)';
  if (upper && g5 === 0 && g6 === 0 && g7 === 1) return 'a loopback address (::1)';
  // IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible (::a.b.c.d) and NAT64 (64:ff9b::a.b.c.d).
  if (upper && (g5 === 0xffff || g5 === 0)) return ipv4Refusal(v4tail);
  if (g0 === 0x64 && g1 === 0xff9b && [g2, g3, g4, g5].every((x) => x === 0))
    return ipv4Refusal(v4tail);
  if ((g0 & 0xfe00) === 0xfc00) return 'a unique local address (fc00::/7)';
  if ((g0 & 0xffc0) === 0xfe80) return 'a link-local address (fe80::/10)';
  if ((g0 & 0xffc0) === 0xfec0) return 'a site-local address (fec0::/10)';
  if ((g0 & 0xff00) === 0xff00) return 'a multicast address (ff00::/8)';
  return null;
}

/** Whether a URL host (brackets allowed) is an IP literal rather than a name. */
export function isIpLiteral(host: string): boolean {
  const h = host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
  return ipv4Bytes(h) !== undefined || ipv6Groups(h) !== undefined;
}

/** Why this set of resolved addresses of `host` may not be a target, or null. */
export function refusedResolution(host: string, addresses: readonly string[]): string | null {
  for (const a of addresses) {
    const why = refusedAddress(a);
    if (why) return `${host} resolves to ${a}, ${why}`;
  }
  return null;
}

/**
 * Why a webhook URL may not be saved, or null. A literal address is judged as written; a name
 * by every address it resolves to now. A name that does not resolve yet is accepted: the
 * delivery checks the address it connects to anyway.
 */
export async function refusedWebhookUrl(
  url: string,
  policy: WebhookTargetPolicy,
): Promise<string | null> {
  if (policy.allowPrivate) return null;
  const host = new URL(url).hostname;
  if (isIpLiteral(host)) {
    const why = refusedAddress(host);
    return why && `${host} is ${why}`;
  }
  let addresses: string[];
  try {
    addresses = await policy.resolve(host);
  } catch {
    return null;
  }
  return refusedResolution(host, addresses);
}
