/**
 * The web survey page's answer to an answer: the page that follows a score or an expectation
 * opens with the reaction a conversation would send — a low score acknowledged with the score
 * and what was rated and an apology, a high one thanked — in the survey's wording and language
 * (the same templates as SMS and e-mail). And the page after the last answer closes in kind.
 */
import type { TemplateKey } from '../surveys/reply-templates.ts';
import { scoreBand, type ScoreBand } from '../surveys/scales.ts';
import type {
  AnswerRecord,
  SurveyDefinition,
  SurveyQuestion,
} from '../surveys/survey-definition.ts';
import { questionVars, type NameVars } from './prompts.ts';
import { probeReactionKeys, type WebProbe } from './web-probe.ts';
import { fnv1a, pickWording, type WordingContext } from './wording.ts';

/** How the answers as a whole went, for the closing page: no words kept, only the band. */
export type WebClosing = 'low' | 'high' | 'neutral';

/** What an answer is read as: the question, the template keys of its reaction, its band. */
function readingOf(
  def: SurveyDefinition,
  a: AnswerRecord,
): { q: SurveyQuestion; keys: TemplateKey[]; score?: number; band: ScoreBand } | null {
  const q = def.questions.find((x) => x.id === a.questionId);
  if (!q || a.status !== 'answered') return null;
  if (q.type === 'score' && typeof a.value === 'number') {
    const band = scoreBand(q, a.value);
    const keys = [`${band}_score.${q.metric}`, `${band}_score`] as TemplateKey[];
    return { q, keys, score: a.value, band };
  }
  if (q.type === 'expectation' && a.value === 'failed')
    return { q, keys: ['expectation.failed'], band: 'low' };
  if (q.type === 'expectation' && a.value === 'exceeded')
    return { q, keys: ['expectation.exceeded'], band: 'high' };
  return null;
}

/**
 * The reaction to the last answer, or null (nothing to react to: a skip, a choice, a text);
 * after the page's probe of it (web-probe.ts), the reaction to what the customer wrote there.
 * `seed` keeps the choice of variant stable for one invitation across page loads.
 */
export function webReaction(
  def: SurveyDefinition,
  answers: readonly AnswerRecord[],
  names: NameVars,
  seed: string,
  /** The page's language; the survey's own when absent. */
  language: string = def.defaultLanguage,
  /** The probes answered on the page. */
  probes: readonly WebProbe[] = [],
): string | null {
  const last = answers[answers.length - 1];
  const w: WordingContext = {
    def,
    language,
    seed: fnv1a(seed),
    said: new Set(),
    turn: answers.length * 7,
  };
  const probe = last && probes.find((p) => p.questionId === last.questionId);
  if (probe) return pickWording(w, probeReactionKeys(probe), {}, 'allow');
  const found = last ? readingOf(def, last) : null;
  if (!found) return null;
  const vars = questionVars(w, found.q, names, found.score);
  return pickWording(w, found.keys, vars, 'allow');
}

/** Low when any score was low or expectations failed; high when every reading was high. */
export function webClosing(def: SurveyDefinition, answers: readonly AnswerRecord[]): WebClosing {
  const bands = answers.flatMap((a) => {
    const k = readingOf(def, a);
    return k ? [k.band] : [];
  });
  if (bands.includes('low')) return 'low';
  if (bands.length > 0 && bands.every((b) => b === 'high')) return 'high';
  return 'neutral';
}
