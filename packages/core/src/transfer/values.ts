/** Reading the values other tools export: dates in their formats, yes/no, scores with labels. */
import type { AnswerValue, SurveyQuestion } from '../surveys/survey-definition.ts';

const MONTH_FIRST =
  /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?$/;
const SPACE_ISO = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?$/;

/**
 * A time from an export: ISO-8601 with a zone; "2026-05-01 10:15:00" (read as UTC, as Qualtrics
 * and Formbricks write it); "05/01/2026 10:15:00 AM" (SurveyMonkey, month first, UTC); a date
 * alone. Null when it is none of these.
 */
export function parseExportTime(text: string): string | null {
  // "2026-05-07 09:00:00 UTC" (Ruby's Time#to_s, Chatwoot): UTC said in words.
  const t = text.trim().replace(/\s+(UTC|GMT|\+0000|Z)$/i, '');
  if (!t) return null;
  if (/[zZ]|[+-]\d{2}:?\d{2}$/.test(t) && /^\d{4}-\d{2}-\d{2}T/.test(t)) {
    const d = Date.parse(t);
    return Number.isNaN(d) ? null : new Date(d).toISOString();
  }
  let m = SPACE_ISO.exec(t);
  if (m) {
    const d = Date.UTC(
      +m[1]!,
      +m[2]! - 1,
      +m[3]!,
      +m[4]!,
      +m[5]!,
      +(m[6] ?? 0),
      +(m[7] ?? '0').padEnd(3, '0').slice(0, 3),
    );
    return valid(d, +m[2]!, +m[3]!);
  }
  m = MONTH_FIRST.exec(t);
  if (m) {
    let hour = +(m[4] ?? 0);
    const ampm = m[7]?.toLowerCase();
    if (ampm === 'pm' && hour < 12) hour += 12;
    if (ampm === 'am' && hour === 12) hour = 0;
    const d = Date.UTC(+m[3]!, +m[1]! - 1, +m[2]!, hour, +(m[5] ?? 0), +(m[6] ?? 0));
    return valid(d, +m[1]!, +m[2]!);
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) {
    const [y, mo, da] = t.split('-').map(Number) as [number, number, number];
    return valid(Date.UTC(y, mo - 1, da), mo, da);
  }
  return null;
}

function valid(ms: number, month: number, day: number): string | null {
  const d = new Date(ms);
  if (Number.isNaN(ms) || d.getUTCMonth() + 1 !== month || d.getUTCDate() !== day) return null;
  return d.toISOString();
}

export function parseYesNo(text: string): boolean | null {
  const t = text.trim().toLowerCase();
  if (['yes', 'y', 'true', '1', 'sí', 'si'].includes(t)) return true;
  if (['no', 'n', 'false', '0'].includes(t)) return false;
  return null;
}

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

export type CellAnswer = { ok: true; value: AnswerValue | null } | { ok: false; message: string };

/**
 * An exported cell as the answer to a question. Empty means skipped. Scores may carry their
 * label ("10 - Extremely likely"); choices match by id or label; several choices are split on
 * commas or semicolons; expectations by word.
 */
export function parseAnswerCell(
  q: SurveyQuestion,
  text: string,
  label: (t: unknown) => string,
): CellAnswer {
  const t = text.trim();
  if (!t) return { ok: true, value: null };
  switch (q.type) {
    case 'score': {
      const m = /^(-?\d+)(?:\s*(?:[-–:]|$))/.exec(t);
      const n = m ? Number(m[1]) : NaN;
      return Number.isInteger(n) && n >= q.scale.min && n <= q.scale.max
        ? { ok: true, value: n }
        : { ok: false, message: `"${t}" is not a score from ${q.scale.min} to ${q.scale.max}` };
    }
    case 'yes_no': {
      const v = parseYesNo(t);
      return v === null
        ? { ok: false, message: `"${t}" is neither yes nor no` }
        : { ok: true, value: v };
    }
    case 'expectation': {
      const w = norm(t);
      const v = /exceed|better|above/.test(w)
        ? 'exceeded'
        : /fail|below|worse/.test(w)
          ? 'failed'
          : /met|as expected|about/.test(w)
            ? 'met'
            : null;
      return v
        ? { ok: true, value: v }
        : { ok: false, message: `"${t}" is not failed, met or exceeded` };
    }
    case 'single':
    case 'multi': {
      const find = (s: string) =>
        q.choices.find((c) => c.id === s || norm(label(c.label)) === norm(s))?.id;
      const parts =
        q.type === 'multi'
          ? t
              .split(/[;,]/)
              .map((s) => s.trim())
              .filter(Boolean)
          : [t];
      const ids = parts.map(find);
      const missing = parts.find((_, i) => !ids[i]);
      if (missing !== undefined)
        return { ok: false, message: `"${missing}" is not a choice of "${q.id}"` };
      return {
        ok: true,
        value: q.type === 'multi' ? [...new Set(ids as string[])] : (ids[0] as string),
      };
    }
    case 'text':
      return { ok: true, value: t };
  }
}
