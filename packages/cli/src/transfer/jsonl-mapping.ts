/**
 * A JSONL record needs no mapping: its keys are Rapport's field names (see `TARGETS`), with
 * `answers` (question id → value) for responses and `attributes` for customers.
 */
import { TARGETS, type ImportKind, type MappedRecord } from '@rapport/core';

const text = (v: unknown): string | undefined => {
  if (v === null || v === undefined || v === '') return undefined;
  if (Array.isArray(v)) return v.map(String).join(';');
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
};

export function mapJsonl(kind: ImportKind, value: Record<string, unknown>): MappedRecord {
  const fields: Record<string, string> = {};
  for (const key of TARGETS[kind]) {
    const v = text(value[key]);
    if (v !== undefined) fields[key] = v;
  }
  const answers: Record<string, string> = {};
  const a = value.answers;
  if (a && typeof a === 'object' && !Array.isArray(a)) {
    for (const [q, v] of Object.entries(a as Record<string, unknown>)) answers[q] = text(v) ?? '';
  }
  const attributes: Record<string, string> = {};
  const at = value.attributes;
  if (at && typeof at === 'object' && !Array.isArray(at)) {
    for (const [k, v] of Object.entries(at as Record<string, unknown>)) {
      const t = text(v);
      if (t !== undefined) attributes[k] = t;
    }
  }
  return { fields, answers, attributes };
}
