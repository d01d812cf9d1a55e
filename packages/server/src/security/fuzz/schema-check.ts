/**
 * A small JSON Schema (2020-12 subset) checker for responses: the keywords zod's OpenAPI output
 * uses — type (with null), properties, required, additionalProperties, items, enum, const,
 * anyOf, oneOf, allOf, minimum/maximum, exclusive bounds, min/maxLength, pattern, min/maxItems,
 * format date-time and email. Returns the first few violations, with JSON paths.
 */
import type { Schema } from './openapi-ops.ts';

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

const matchesType = (t: string, v: unknown) => {
  const actual = typeOf(v);
  return t === actual || (t === 'number' && actual === 'integer');
};

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

export function violations(
  schema: Schema,
  value: unknown,
  path = '$',
  out: string[] = [],
): string[] {
  if (out.length > 5) return out;
  const fail = (m: string) => out.push(`${path}: ${m}`);
  if (schema.const !== undefined && JSON.stringify(schema.const) !== JSON.stringify(value))
    fail(`not the constant ${JSON.stringify(schema.const)}`);
  if (
    Array.isArray(schema.enum) &&
    !schema.enum.some((e) => JSON.stringify(e) === JSON.stringify(value))
  )
    fail(`not one of ${JSON.stringify(schema.enum)}`);
  for (const key of ['anyOf', 'oneOf'] as const) {
    const alts = schema[key];
    if (
      Array.isArray(alts) &&
      !alts.some((s) => isObj(s) && violations(s, value, path).length === 0)
    )
      fail(`matches none of ${key}`);
  }
  if (Array.isArray(schema.allOf))
    for (const s of schema.allOf) if (isObj(s)) violations(s, value, path, out);
  const types = Array.isArray(schema.type)
    ? schema.type.map(String)
    : schema.type
      ? [String(schema.type)]
      : [];
  if (types.length && !types.some((t) => matchesType(t, value))) {
    fail(`${typeOf(value)} where ${types.join('|')} was documented`);
    return out;
  }
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum)
      fail(`below ${schema.minimum}`);
    if (typeof schema.maximum === 'number' && value > schema.maximum)
      fail(`above ${schema.maximum}`);
    if (typeof schema.exclusiveMinimum === 'number' && value <= schema.exclusiveMinimum)
      fail('too small');
    if (typeof schema.exclusiveMaximum === 'number' && value >= schema.exclusiveMaximum)
      fail('too big');
  }
  if (typeof value === 'string') {
    const n = [...value].length;
    if (typeof schema.minLength === 'number' && n < schema.minLength) fail('too short');
    if (typeof schema.maxLength === 'number' && n > schema.maxLength) fail('too long');
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value))
      fail(`does not match ${schema.pattern}`);
    if (schema.format === 'date-time' && !ISO.test(value)) fail('not a date-time');
  }
  if (Array.isArray(value)) {
    if (typeof schema.minItems === 'number' && value.length < schema.minItems)
      fail('too few items');
    if (typeof schema.maxItems === 'number' && value.length > schema.maxItems)
      fail('too many items');
    if (isObj(schema.items))
      value.forEach((x, i) => violations(schema.items as Schema, x, `${path}[${i}]`, out));
  }
  if (isObj(value)) {
    const props = isObj(schema.properties) ? schema.properties : {};
    for (const r of Array.isArray(schema.required) ? schema.required : [])
      if (!(String(r) in value)) fail(`missing ${String(r)}`);
    for (const [k, v] of Object.entries(value)) {
      const p = props[k];
      if (isObj(p)) violations(p, v, `${path}.${k}`, out);
      else if (schema.additionalProperties === false) fail(`unexpected property ${k}`);
      else if (isObj(schema.additionalProperties))
        violations(schema.additionalProperties, v, `${path}.${k}`, out);
    }
  }
  return out;
}
