/**
 * Requests for the fuzzer: for one operation, a method, URL, headers and body in one of three
 * modes — valid (the schema's values, hostile strings that fit it, an example body), near-valid
 * (one thing wrong) and hostile (anything at all, wrong media types, broken encodings) — sent
 * with one of several credentials: the admin key, another role's key, a session with or
 * without its CSRF token, none, or garbage.
 */
import fc from 'fast-check';
import type { Operation, Schema } from './openapi-ops.ts';
import { hostileValue, nearValidOf, validOf, type ArbPools } from './schema-arb.ts';

export type Mode = 'valid' | 'near' | 'hostile';

export interface Credential {
  name: string;
  headers: Record<string, string>;
  cookies?: Record<string, string> | undefined;
}

export interface FuzzRequest {
  op: Operation;
  mode: Mode;
  credential: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  cookies?: Record<string, string> | undefined;
  payload?: string | undefined;
}

export interface RequestPools extends ArbPools {
  /** Own ids by kind (the /api/v1/<kind>/ segment). */
  ownByKind: Record<string, readonly string[]>;
  credentials: Array<{ credential: Credential; weight: number }>;
  /** A valid body for a Fastify route key "METHOD /path/:id", when one is known. */
  example: (routeKey: string) => unknown;
}

const fastifyPath = (p: string) => p.replace(/\{(\w+)\}/g, ':$1');
/** encodeURIComponent of any string: lone surrogates (which it refuses) become U+FFFD. */
const encode = (s: string) =>
  encodeURIComponent(
    s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd'),
  );
const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function pathParam(
  op: Operation,
  name: string,
  schema: Schema,
  pools: RequestPools,
): fc.Arbitrary<string> {
  const kind = op.path.split('/')[3] ?? '';
  const own = name === 'id' ? (pools.ownByKind[kind] ?? []) : [];
  const arbs: Array<fc.WeightedArbitrary<string>> = [
    { arbitrary: fc.constantFrom(...pools.naughty), weight: 2 },
    { arbitrary: fc.constantFrom(...pools.ids), weight: 3 },
    { arbitrary: validOf(schema, pools, name).map(String), weight: 2 },
  ];
  if (own.length) arbs.push({ arbitrary: fc.constantFrom(...own), weight: 8 });
  return fc.oneof(...arbs);
}

function queryValue(p: { name: string; schema: Schema }, pools: ArbPools): fc.Arbitrary<string> {
  return fc.oneof(
    {
      arbitrary: validOf(p.schema, pools, p.name).map((v) =>
        Array.isArray(v) ? v.join(',') : String(v),
      ),
      weight: 4,
    },
    { arbitrary: fc.constantFrom(...pools.naughty), weight: 2 },
    { arbitrary: fc.constantFrom(...pools.ids), weight: 1 },
  );
}

const HOSTILE_TYPES = [
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/json; charset=utf-16',
  'application/xml',
  'application/x-ndjson',
  '*/*',
];

function bodyOf(
  op: Operation,
  mode: Mode,
  pools: RequestPools,
): fc.Arbitrary<{ payload?: string; type?: string }> {
  const routeKey = `${op.method} ${fastifyPath(op.path)}`;
  const media = op.body?.mediaType ?? 'application/json';
  const encode = (v: unknown) => {
    if (media === 'application/x-www-form-urlencoded' && isObj(v))
      return new URLSearchParams(
        Object.entries(v).map(([k, x]): [string, string] => [k, String(x)]),
      ).toString();
    return JSON.stringify(v) ?? 'null';
  };
  const schema = op.body?.schema;
  if (!schema) {
    return fc.oneof(
      { arbitrary: fc.constant({}), weight: 6 },
      {
        arbitrary: hostileValue(pools).map((v) => ({
          payload: JSON.stringify(v) ?? 'null',
          type: 'application/json',
        })),
        weight: 1,
      },
    );
  }
  if (mode === 'valid') {
    const example = pools.example(routeKey);
    const arbs: Array<fc.WeightedArbitrary<unknown>> = [
      { arbitrary: validOf(schema, pools), weight: 3 },
    ];
    if (example !== undefined) arbs.push({ arbitrary: fc.constant(example), weight: 6 });
    return fc.oneof(...arbs).map((v) => ({ payload: encode(v), type: media }));
  }
  if (mode === 'near')
    return nearValidOf(schema, pools).map((v) => ({ payload: encode(v), type: media }));
  return fc.oneof(
    hostileValue(pools).map((v) => ({ payload: JSON.stringify(v) ?? 'null', type: media })),
    fc.constantFrom(...pools.naughty).map((s) => ({ payload: s, type: media })),
    fc
      .tuple(validOf(schema, pools), fc.constantFrom(...HOSTILE_TYPES))
      .map(([v, t]) => ({ payload: encode(v), type: t })),
    fc
      .constantFrom(
        '{',
        '{"a":',
        '[1,2',
        '\u0000',
        '{"a":"\\ud800"}',
        '{"__proto__":{"x":1}}',
        '{"constructor":{"prototype":{"x":1}}}',
      )
      .map((p) => ({ payload: p, type: 'application/json' })),
  );
}

export function requestArb(
  ops: readonly Operation[],
  pools: RequestPools,
): fc.Arbitrary<FuzzRequest> {
  const credential = fc.oneof(
    ...pools.credentials.map((c) => ({ arbitrary: fc.constant(c.credential), weight: c.weight })),
  );
  const mode = fc.oneof(
    { arbitrary: fc.constant<Mode>('valid'), weight: 4 },
    { arbitrary: fc.constant<Mode>('near'), weight: 4 },
    { arbitrary: fc.constant<Mode>('hostile'), weight: 2 },
  );
  return fc.tuple(fc.constantFrom(...ops), mode, credential).chain(([op, m, cred]) => {
    const pathParams = op.params.filter((p) => p.in === 'path');
    const queryParams = op.params.filter((p) => p.in === 'query');
    const path = fc
      .tuple(...pathParams.map((p) => pathParam(op, p.name, p.schema, pools)))
      .map((values) =>
        pathParams.reduce(
          (url, p, i) => url.replace(`{${p.name}}`, encode(values[i] ?? '')),
          op.path,
        ),
      );
    const query = fc
      .tuple(
        ...queryParams.map((p) =>
          p.required
            ? queryValue(p, pools).map((v) => [p.name, v] as const)
            : fc.option(
                queryValue(p, pools).map((v) => [p.name, v] as const),
                { freq: 2 },
              ),
        ),
        fc.option(
          fc.constantFrom(
            '%E0%A4%A',
            '%',
            'a[b]=1&a[c]=2',
            'limit=1&limit=2',
            '__proto__[x]=1',
            'cursor=WyJ4Il0',
          ),
          { freq: 8 },
        ),
      )
      .map((parts) => {
        const raw = parts.pop() as string | null;
        const q = new URLSearchParams();
        for (const kv of parts as Array<readonly [string, string] | null>)
          if (kv) q.append(kv[0], kv[1]);
        const s = q.toString();
        return [s, raw].filter(Boolean).join('&');
      });
    const extraHeaders = fc.record(
      {
        'idempotency-key': fc.oneof(fc.uuid(), fc.constantFrom(...pools.naughty)),
        'x-csrf-token': fc.constantFrom(...pools.naughty),
        'accept-language': fc.constantFrom(...pools.naughty),
      },
      { requiredKeys: [] },
    );
    return fc
      .tuple(path, query, bodyOf(op, m, pools), fc.option(extraHeaders, { freq: 4 }))
      .map(([p, q, body, extra]): FuzzRequest => {
        const headers: Record<string, string> = { ...cred.headers };
        if (body.type) headers['content-type'] = body.type;
        if (m === 'hostile' && extra) Object.assign(headers, extra);
        // Header values must be Latin-1 without line breaks to be sent at all.
        for (const [k, v] of Object.entries(headers))
          if (!/^[\t\x20-\x7e\x80-\xff]*$/.test(v)) headers[k] = encode(v);
        return {
          op,
          mode: m,
          credential: cred.name,
          method: op.method,
          url: q ? `${p}?${q}` : p,
          headers,
          cookies: cred.cookies,
          payload: body.payload,
        };
      });
  });
}
