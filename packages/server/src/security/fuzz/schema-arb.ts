/**
 * fast-check arbitraries from JSON Schemas: `validOf` generates values the schema accepts
 * (strings drawn partly from the naughty list, ids partly from the world's pools), and
 * `nearValidOf` a valid value with one thing wrong: a wrong type, a bound crossed, a required
 * key dropped, an unknown or prototype-polluting key added, a hostile string anywhere.
 */
import fc from 'fast-check';
import type { Schema } from './openapi-ops.ts';

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export interface ArbPools {
  naughty: readonly string[];
  /** Ids to try where a field or parameter names one (own, foreign, missing). */
  ids: readonly string[];
}

const len = (s: string) => [...s].length;

function stringOf(schema: Schema, name: string, pools: ArbPools): fc.Arbitrary<string> {
  const min = typeof schema.minLength === 'number' ? schema.minLength : 0;
  const max = Math.min(typeof schema.maxLength === 'number' ? schema.maxLength : 60, 300);
  if (schema.format === 'date-time')
    return fc
      .date({ min: new Date('2000-01-01'), max: new Date('2040-01-01'), noInvalidDate: true })
      .map((d) => d.toISOString());
  if (schema.format === 'email')
    return fc
      .tuple(fc.stringMatching(/^[a-z0-9._%+-]{1,20}$/), fc.constantFrom('example.com', 'x.io'))
      .map(([l, d]) => `${l.replace(/^\.+|\.+$/g, '') || 'a'}@${d}`);
  if (typeof schema.pattern === 'string') {
    try {
      return fc
        .stringMatching(new RegExp(schema.pattern))
        .filter((s) => len(s) >= min && len(s) <= max);
    } catch {
      // fall through: an expression fast-check cannot generate from
    }
  }
  const fits = (s: string) => len(s) >= min && len(s) <= max;
  const naughty = pools.naughty.filter(fits);
  const ids = /id$/i.test(name) ? pools.ids.filter(fits) : [];
  const arbs: Array<fc.WeightedArbitrary<string>> = [
    {
      arbitrary: fc.string({ minLength: min, maxLength: Math.max(min, Math.min(max, 40)) }),
      weight: 3,
    },
  ];
  if (naughty.length) arbs.push({ arbitrary: fc.constantFrom(...naughty), weight: 3 });
  if (ids.length) arbs.push({ arbitrary: fc.constantFrom(...ids), weight: 6 });
  return fc.oneof(...arbs);
}

function numberOf(schema: Schema, integer: boolean): fc.Arbitrary<number> {
  const lo =
    typeof schema.minimum === 'number'
      ? schema.minimum
      : typeof schema.exclusiveMinimum === 'number'
        ? schema.exclusiveMinimum + (integer ? 1 : 1e-9)
        : -1e6;
  const hi =
    typeof schema.maximum === 'number'
      ? schema.maximum
      : typeof schema.exclusiveMaximum === 'number'
        ? schema.exclusiveMaximum - (integer ? 1 : 1e-9)
        : 1e6;
  if (integer)
    return fc.integer({
      min: Math.max(Math.ceil(lo), Number.MIN_SAFE_INTEGER),
      max: Math.min(Math.floor(hi), Number.MAX_SAFE_INTEGER),
    });
  return fc.double({ min: lo, max: hi, noNaN: true, noDefaultInfinity: true });
}

/** A value the schema accepts (best effort: semantic rules beyond the schema are not known). */
export function validOf(
  schema: Schema,
  pools: ArbPools,
  name = '',
  depth = 0,
): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (Array.isArray(schema.enum) && schema.enum.length)
    return fc.constantFrom(...(schema.enum as unknown[]));
  for (const key of ['anyOf', 'oneOf'] as const) {
    const alts = schema[key];
    if (Array.isArray(alts) && alts.length)
      return fc.oneof(...alts.filter(isObj).map((s) => validOf(s, pools, name, depth + 1)));
  }
  if (Array.isArray(schema.allOf) && isObj(schema.allOf[0]))
    return validOf(schema.allOf[0], pools, name, depth);
  if (Array.isArray(schema.type))
    return fc.oneof(...schema.type.map((t) => validOf({ ...schema, type: t }, pools, name, depth)));
  if (depth > 6) return fc.constant(null);
  switch (schema.type) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer':
      return numberOf(schema, true);
    case 'number':
      return numberOf(schema, false);
    case 'string':
      return stringOf(schema, name, pools);
    case 'array': {
      const item = isObj(schema.items) ? schema.items : {};
      const min = typeof schema.minItems === 'number' ? schema.minItems : 0;
      const max = Math.min(typeof schema.maxItems === 'number' ? schema.maxItems : 4, min + 4);
      return fc.array(validOf(item, pools, name.replace(/s$/, ''), depth + 1), {
        minLength: min,
        maxLength: max,
      });
    }
    case 'object': {
      const props = isObj(schema.properties) ? schema.properties : {};
      const required = new Set((Array.isArray(schema.required) ? schema.required : []).map(String));
      const model: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [k, s] of Object.entries(props))
        if (isObj(s)) model[k] = validOf(s, pools, k, depth + 1);
      const record = fc.record(model, { requiredKeys: [...required].filter((k) => k in model) });
      if (!Object.keys(props).length && isObj(schema.additionalProperties)) {
        const keys = isObj(schema.propertyNames)
          ? stringOf(schema.propertyNames, 'key', pools)
          : fc.string({ maxLength: 20 });
        return fc.dictionary(
          keys,
          validOf(schema.additionalProperties, pools, 'value', depth + 1),
          { maxKeys: 4 },
        );
      }
      return record;
    }
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/** A hostile value of any shape. */
export function hostileValue(pools: ArbPools): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.constantFrom(...pools.naughty),
    fc.constantFrom(null, true, false, 0, -0, -1, 1e308, -1e308, 2 ** 53 + 1, 0.1, [], {}, '', ' '),
    fc.constantFrom(
      JSON.parse('{"__proto__":{"polluted":true}}') as unknown,
      JSON.parse('{"constructor":{"prototype":{"polluted":true}}}') as unknown,
    ),
    fc.constant('x'.repeat(20_000)),
    fc.jsonValue({ maxDepth: 3 }),
    fc.array(fc.constantFrom(...pools.naughty), { maxLength: 5 }),
  );
}

type Path = Array<string | number>;

function paths(v: unknown, at: Path = [], out: Path[] = []): Path[] {
  out.push(at);
  if (Array.isArray(v)) v.forEach((x, i) => paths(x, [...at, i], out));
  else if (isObj(v)) for (const [k, x] of Object.entries(v)) paths(x, [...at, k], out);
  return out;
}

function setAt(v: unknown, at: Path, next: unknown | typeof DROP): unknown {
  if (!at.length) return next === DROP ? undefined : next;
  const [head, ...rest] = at;
  if (Array.isArray(v)) {
    const copy = [...v];
    if (rest.length === 0 && next === DROP) copy.splice(Number(head), 1);
    else copy[Number(head)] = setAt(copy[Number(head)], rest, next);
    return copy;
  }
  if (isObj(v)) {
    const copy: Record<string, unknown> = { ...v };
    const key = String(head);
    if (rest.length === 0 && next === DROP) delete copy[key];
    else
      // An own property even for "__proto__", so that JSON.stringify sends it.
      Object.defineProperty(copy, key, {
        value: setAt(Object.hasOwn(copy, key) ? copy[key] : undefined, rest, next),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    return copy;
  }
  return v;
}

const DROP = Symbol('drop');

/** A valid value with one thing wrong at one place. */
export function nearValidOf(schema: Schema, pools: ArbPools): fc.Arbitrary<unknown> {
  return validOf(schema, pools).chain((valid) => {
    const all = paths(valid);
    return fc
      .tuple(
        fc.constantFrom(...all),
        fc.oneof(hostileValue(pools), fc.constant(DROP), fc.constant('__extra__')),
      )
      .map(([at, bad]) => {
        if (bad === '__extra__') {
          return setAt(valid, [...at, '__proto__'], { polluted: true });
        }
        return setAt(valid, at, bad);
      });
  });
}
