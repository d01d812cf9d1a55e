/**
 * The survey being edited, as plain data (core's SurveyDefinition), and the edits the builder
 * makes to it. Every edit returns a new definition; nothing is mutated.
 */
import type {
  QuestionType,
  ScoreMetric,
  SurveyDefinition,
  SurveyKind,
  SurveyQuestion,
} from '@rapport/core/surveys';

export type Draft = SurveyDefinition;

export const QUESTION_TYPE_LABELS: Record<QuestionType, string> = {
  score: 'Score on a scale',
  single: 'One choice',
  multi: 'Several choices',
  text: 'Free text',
  yes_no: 'Yes or no',
  expectation: 'Expectations (failed / met / exceeded)',
};

export const KIND_LABELS: Record<SurveyKind, string> = {
  relationship: 'Relationship (NPS about the company)',
  transactional: 'Transactional (about one interaction)',
  employee: 'Employee pulse',
  leadership: 'Leadership pulse',
};

/** The metric a new score question starts with, by survey kind. */
const DEFAULT_METRIC: Record<SurveyKind, ScoreMetric> = {
  relationship: 'nps',
  transactional: 'csat',
  employee: 'engagement',
  leadership: 'leadership',
};

/** The scale each metric starts on. */
export const DEFAULT_SCALE: Record<ScoreMetric, [number, number]> = {
  nps: [0, 10],
  enps: [0, 10],
  csat: [1, 5],
  ces: [1, 7],
  engagement: [1, 5],
  leadership: [1, 5],
  rating: [1, 5],
};

const SCALE_WORDS: Record<ScoreMetric, [string, string]> = {
  nps: ['not at all likely', 'extremely likely'],
  enps: ['not at all likely', 'extremely likely'],
  csat: ['very dissatisfied', 'very satisfied'],
  ces: ['strongly disagree', 'strongly agree'],
  engagement: ['strongly disagree', 'strongly agree'],
  leadership: ['strongly disagree', 'strongly agree'],
  rating: ['very poor', 'excellent'],
};

export function unusedId(def: Draft, base = 'q'): string {
  const ids = new Set(def.questions.map((q) => q.id));
  for (let n = def.questions.length + 1; ; n++) if (!ids.has(`${base}${n}`)) return `${base}${n}`;
}

const scopeFor = (kind: SurveyKind) =>
  kind === 'transactional' ? 'transactional' : 'relationship';

/** A question of `type` keeping what it can of `from` (id, text, scope, condition). */
export function questionOfType(
  type: QuestionType,
  kind: SurveyKind,
  from: Pick<SurveyQuestion, 'id' | 'text' | 'scope' | 'showIf'>,
): SurveyQuestion {
  const base = { id: from.id, text: from.text, scope: from.scope, showIf: from.showIf };
  if (!base.showIf) delete base.showIf;
  switch (type) {
    case 'score': {
      const metric = DEFAULT_METRIC[kind];
      return { ...base, type, metric, scale: scaleOf(metric, DEFAULT_SCALE[metric]) };
    }
    case 'single':
    case 'multi':
      return {
        ...base,
        type,
        choices: [
          { id: 'a', label: 'First choice' },
          { id: 'b', label: 'Second choice' },
        ],
      };
    default:
      return { ...base, type };
  }
}

export function scaleOf(metric: ScoreMetric, [min, max]: [number, number]) {
  const [minLabel, maxLabel] = SCALE_WORDS[metric];
  return { min, max, minLabel, maxLabel };
}

export function newQuestion(def: Draft, type: QuestionType): SurveyQuestion {
  const id = unusedId(def);
  return questionOfType(type, def.kind, {
    id,
    text: `New question ${def.questions.length + 1}?`,
    scope: scopeFor(def.kind),
  });
}

/** A blank survey of a kind: one question to start from. */
export function blankSurvey(kind: SurveyKind, name: string): Draft {
  const def: Draft = { id: 'draft', version: 1, kind, name, defaultLanguage: 'en', questions: [] };
  const first = newQuestion(def, 'score');
  return { ...def, questions: [{ ...first, id: 'score', text: 'How would you rate us?' }] };
}

export function setQuestion(def: Draft, i: number, q: SurveyQuestion): Draft {
  return { ...def, questions: def.questions.map((x, k) => (k === i ? q : x)) };
}

export function addQuestion(def: Draft, type: QuestionType): Draft {
  return { ...def, questions: [...def.questions, newQuestion(def, type)] };
}

export function removeQuestion(def: Draft, i: number): Draft {
  return { ...def, questions: def.questions.filter((_, k) => k !== i) };
}

/** Moves a question up (−1) or down (+1). */
export function moveQuestion(def: Draft, i: number, by: -1 | 1): Draft {
  const j = i + by;
  if (j < 0 || j >= def.questions.length) return def;
  const qs = [...def.questions];
  const [q] = qs.splice(i, 1);
  if (q) qs.splice(j, 0, q);
  return { ...def, questions: qs };
}
