/**
 * The operations of an OpenAPI 3.1 document, flattened for the fuzzer: method, path template,
 * parameters with their schemas, the request body's media type and schema, and the schema of
 * every documented response.
 */

export type Schema = Record<string, unknown>;

export interface Param {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  schema: Schema;
}

export interface Operation {
  method: string;
  /** OpenAPI form: /api/v1/customers/{id} */
  path: string;
  params: Param[];
  body?: { mediaType: string; schema: Schema; required: boolean } | undefined;
  responses: Map<number, Schema | undefined>;
  /** False when the operation says `security: []` (public). */
  authenticated: boolean;
}

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Resolves `#/components/schemas/…` references in place (the document is small). */
export function resolveRefs(doc: Schema): Schema {
  const lookup = (ref: string): unknown =>
    ref
      .replace(/^#\//, '')
      .split('/')
      .reduce<unknown>((at, part) => (isObj(at) ? at[part] : undefined), doc);
  const seen = new Map<unknown, unknown>();
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (!isObj(v)) return v;
    if (typeof v.$ref === 'string') {
      const target = lookup(v.$ref);
      if (seen.has(target)) return seen.get(target);
      const out: Record<string, unknown> = {};
      seen.set(target, out);
      Object.assign(out, walk(target));
      return out;
    }
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
  };
  return walk(doc) as Schema;
}

export function operationsOf(rawDoc: Schema): Operation[] {
  const doc = resolveRefs(rawDoc);
  const out: Operation[] = [];
  const paths = isObj(doc.paths) ? doc.paths : {};
  for (const [path, item] of Object.entries(paths)) {
    if (!isObj(item)) continue;
    for (const [method, op] of Object.entries(item)) {
      if (!isObj(op) || !['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      const params: Param[] = (Array.isArray(op.parameters) ? op.parameters : [])
        .filter(isObj)
        .map((p) => ({
          name: String(p.name),
          in: p.in as Param['in'],
          required: Boolean(p.required),
          schema: isObj(p.schema) ? p.schema : {},
        }));
      let body: Operation['body'];
      const rb = isObj(op.requestBody) ? op.requestBody : undefined;
      const content = rb && isObj(rb.content) ? rb.content : undefined;
      const first = content ? Object.entries(content)[0] : undefined;
      if (first && isObj(first[1])) {
        body = {
          mediaType: first[0],
          schema: isObj(first[1].schema) ? first[1].schema : {},
          required: Boolean(rb?.required),
        };
      }
      const responses = new Map<number, Schema | undefined>();
      for (const [status, res] of Object.entries(isObj(op.responses) ? op.responses : {})) {
        const c = isObj(res) && isObj(res.content) ? Object.values(res.content)[0] : undefined;
        responses.set(Number(status), isObj(c) && isObj(c.schema) ? c.schema : undefined);
      }
      const security = op.security;
      out.push({
        method: method.toUpperCase(),
        path,
        params,
        body,
        responses,
        authenticated: !(Array.isArray(security) && security.length === 0),
      });
    }
  }
  return out;
}
