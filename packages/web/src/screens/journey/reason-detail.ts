/**
 * The detail of an engagement reason in the words the rest of a touchpoint's card uses: the
 * engine says `abandoned`, `failed (interaction)`, `impulse capped at -30.00`.
 */
import type { EngagementReason, Expectation, Outcome } from '@rapport/contracts';
import { EXPECTATION_LABELS, OUTCOME_LABELS } from '../../lib/labels.ts';

const isOutcome = (v: string): v is Outcome => Object.hasOwn(OUTCOME_LABELS, v);
const isExpectation = (v: string): v is Expectation => Object.hasOwn(EXPECTATION_LABELS, v);

const SOURCES: Readonly<Record<string, string>> = {
  interaction: 'as recorded on the interaction',
  survey: 'as the customer answered',
};

/** "-0.73" → "−0.73": a true minus sign, as the points beside it. */
const trueMinus = (s: string) => s.replace(/(^|[\s(])-(?=\d)/g, '$1−');

export function reasonDetail(r: EngagementReason): string {
  if (r.factor === 'outcome' && isOutcome(r.detail)) return OUTCOME_LABELS[r.detail];
  if (r.factor === 'expectation') {
    const m = /^(\w+) \((\w+)\)$/.exec(r.detail);
    const value = m?.[1] ?? '';
    const source = SOURCES[m?.[2] ?? ''];
    if (isExpectation(value) && source) return `${EXPECTATION_LABELS[value]}, ${source}`;
  }
  if (r.factor === 'cap') {
    const m = /capped at [+-]?(\d+(?:\.\d+)?)/.exec(r.detail);
    if (m?.[1]) return `one touchpoint moves the score by at most ${Number(m[1])} points`;
  }
  return trueMinus(r.detail);
}
