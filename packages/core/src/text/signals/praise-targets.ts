/**
 * Whom a compliment is about: employees' names and roles mentioned in the text ("Jessica",
 * "the technician", "engineer Dev"). A rule, documented in docs/ACCURACY.md: a role word from
 * the list below (with "the"/"your"/"our" before it when present), a masked name, or a
 * capitalized word that is not a common word, a weekday or a month — at a sentence start only
 * when a verb of doing or "at"/"from"/"in"/"on" follows ("Dev has been and gone", "Mohammed at
 * the Kingsway branch").
 */
import type { Token } from '../tokenize.ts';

const ROLES = new Set(
  `agent advisor adviser consultant technician tech engineer driver courier nurse doctor pharmacist
  receptionist manager cashier staff team representative rep operator assistant waiter waitress
  server chef host guide crew pilot installer plumber electrician mechanic fitter guard conductor
  inspector cleaner concierge porter housekeeper housekeeping attendant stewardess steward
  specialist officer clerk teller banker broker planner coordinator supervisor lead colleague
  therapist dentist vet hygienist optician physio trainer instructor postman postwoman delivery
  salesman saleswoman salesperson associate barista bartender`.split(/\s+/),
);

const DETERMINERS = new Set(['the', 'your', 'our', 'that', 'this', 'my']);

const NOT_NAMES = new Set(
  `i i'm i've i'd i'll im ive a an the this that these those it its it's he she they we you your
  my our his her their hi hello hey dear thanks thank thankyou please ok okay yes no not just so
  and but or if when what why how where who which very really great good amazing brilliant
  excellent fantastic lovely perfect wonderful awesome best well also still again today tomorrow
  yesterday tonight monday tuesday wednesday thursday friday saturday sunday january february
  march april may june july august september october november december customer caller guest
  client mr mrs ms miss dr sir madam team everyone everything nothing one two three first after
  before then there here all any some many much more most after called said says asked emailed
  booked ordered paid received delivered arrived finally honestly seriously absolutely
  definitely sorry wow omg lol`.split(/\s+/),
);

const DOING_VERBS = new Set(
  `was is has had did went made sorted fixed helped explained called came took kept stayed got
  answered listened dealt handled managed gave showed walked talked spent arrived turned replaced
  found saved rang phoned emailed organised organized arranged solved resolved checked offered
  installed delivered noticed stepped were are at from in on`.split(/\s+/),
);

function isTitleCase(surface: string): boolean {
  return /^\p{Lu}\p{Ll}+(?:['’-]\p{L}+)?$/u.test(surface);
}

/** Names and roles of the people a text mentions, in order, without repeats. */
export function praiseTargets(tokens: readonly Token[]): string[] {
  const out: string[] = [];
  const add = (s: string) => {
    if (!out.some((o) => o.toLowerCase() === s.toLowerCase())) out.push(s);
  };
  tokens.forEach((t, i) => {
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    if (t.kind === 'mask' && t.norm === 'xname') {
      add(t.surface);
      return;
    }
    if (t.kind !== 'word') return;
    if (ROLES.has(t.norm)) {
      add(prev && DETERMINERS.has(prev.norm) ? `${prev.norm} ${t.norm}` : t.norm);
      return;
    }
    if (!isTitleCase(t.surface) || NOT_NAMES.has(t.norm)) return;
    if (t.sentenceStart && !(next && DOING_VERBS.has(next.norm))) return;
    add(t.surface);
  });
  return out;
}
