/**
 * The web survey page's probe. After a low score the page asks what went wrong before the
 * next question, as a conversation does over SMS and e-mail — unless the survey's next question
 * already asks why (a follow-up shown on that score), the survey turns probing off, or the
 * conversation's limit of probes is reached. The page's wording has no "reply CALL".
 */
import { conditionQuestions } from '../surveys/condition.ts';
import type { TemplateKey } from '../surveys/reply-templates.ts';
import { scoreBand } from '../surveys/scales.ts';
import type {
  AnswerRecord,
  SurveyDefinition,
  SurveyQuestion,
} from '../surveys/survey-definition.ts';
import type { DialogueSentiment } from './analyzer.ts';
import { DEFAULT_MAX_PROBES } from './conversation-turn.ts';
import { questionVars, type NameVars } from './prompts.ts';
import { fnv1a, pickWording } from './wording.ts';

/** A probe answered on the page: the customer's words (null: skipped) and how they read. */
export interface WebProbe {
  /** The low-scored question it asked about. */
  questionId: string;
  text: string | null;
  sentiment: DialogueSentiment | null;
}

/** The low-scored question the page should ask about now, or null. */
export function pendingProbe(
  def: SurveyDefinition,
  answers: readonly AnswerRecord[],
  probes: readonly WebProbe[],
  next: SurveyQuestion | null,
): SurveyQuestion | null {
  const last = answers[answers.length - 1];
  if (last?.status !== 'answered' || typeof last.value !== 'number') return null;
  const q = def.questions.find((x) => x.id === last.questionId);
  if (q?.type !== 'score' || scoreBand(q, last.value) !== 'low') return null;
  if (def.dialogue?.probeLowScores === false) return null;
  if (probes.some((p) => p.questionId === q.id)) return null;
  if (probes.length >= (def.dialogue?.maxProbes ?? DEFAULT_MAX_PROBES)) return null;
  if (next?.showIf && conditionQuestions(next.showIf).includes(q.id)) return null;
  return q;
}

/** The probe's question: an employee or leadership pulse's own (it promises anonymity). */
export function webProbeText(
  def: SurveyDefinition,
  q: SurveyQuestion,
  score: number | undefined,
  names: NameVars,
  seed: string,
  language: string = def.defaultLanguage,
): string {
  const staff = def.kind === 'employee' || def.kind === 'leadership';
  const keys: TemplateKey[] = staff ? [`probe.${def.kind}`, 'probe_web'] : ['probe_web'];
  const w = { def, language, seed: fnv1a(seed), said: new Set<string>(), turn: q.id.length };
  return pickWording(w, keys, questionVars(w, q, names, score), 'allow') ?? '';
}

/** The reaction to a probe's answer: the customer's words acknowledged in kind, or a skip accepted. */
export function probeReactionKeys(p: WebProbe): TemplateKey[] {
  if (p.text === null) return ['probe_declined'];
  if (p.sentiment === 'negative') return ['text.negative'];
  return p.sentiment === 'positive' ? ['text.positive'] : ['text.neutral'];
}
