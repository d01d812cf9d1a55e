/**
 * "My flight got cancelled" is something done to the customer, not the customer leaving: the
 * cue "cancel…" read it as churn risk (0.80). When every churn phrase of a text is "cancelled"
 * after got / was / were / been / is / are (a booking, a flight, a visit cancelled on them),
 * churn risk is capped below presence. "Asked for the policy to be cancelled" is the
 * customer's own wish and stays churn. On cx/ train the rule fires on 1 text, not labelled
 * churn risk.
 */
import type { CueHit } from '../lexicon/matcher.ts';
import type { Token } from '../tokenize.ts';

const DONE_TO = new Set(['got', 'get', 'gets', 'was', 'were', 'been', 'is', 'are']);
export const SERVICE_CANCELLED_CAP = 0.3;

export function cancelledOnThem(tokens: readonly Token[], cues: readonly CueHit[]): boolean {
  const churn = cues.filter((c) => c.category === 'churn');
  return (
    churn.length > 0 &&
    churn.every((c) => {
      const word = tokens[c.from];
      const before = tokens[c.from - 1];
      return (
        c.to - c.from === 1 &&
        word !== undefined &&
        /^cancell?ed$/.test(word.norm) &&
        before !== undefined &&
        DONE_TO.has(before.norm)
      );
    })
  );
}
