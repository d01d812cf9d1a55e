import type { ScoreQuestion, SurveyDefinition } from '../survey-definition.ts';
import { AGREE_1_5, frame, t, type SurveyBuilderOptions } from './builder-options.ts';

function item(id: string, en: string, es: string, ratedEn: string, ratedEs: string): ScoreQuestion {
  return {
    id,
    type: 'score',
    metric: 'leadership',
    scope: 'relationship',
    scale: AGREE_1_5,
    text: t(en, es),
    rated: t(ratedEn, ratedEs),
  };
}

/** The upward-feedback items about one manager (1–5 agreement). */
const ITEMS: ScoreQuestion[] = [
  item(
    'clear_expectations',
    '{managerName|My manager} makes clear what is expected of me.',
    '{managerName|Mi responsable} deja claro lo que se espera de mí.',
    'how clearly {managerName|your manager} sets expectations',
    'la claridad de {managerName|tu responsable} con las expectativas',
  ),
  item(
    'useful_feedback',
    '{managerName|My manager} gives me useful feedback.',
    '{managerName|Mi responsable} me da comentarios útiles.',
    'the feedback {managerName|your manager} gives you',
    'los comentarios de {managerName|tu responsable}',
  ),
  item(
    'support',
    '{managerName|My manager} helps me when I am stuck.',
    '{managerName|Mi responsable} me ayuda cuando me atasco.',
    'the help {managerName|your manager} gives when you are stuck',
    'la ayuda de {managerName|tu responsable} cuando te atascas',
  ),
  item(
    'recognition',
    '{managerName|My manager} recognises good work.',
    '{managerName|Mi responsable} reconoce el buen trabajo.',
    'how {managerName|your manager} recognises good work',
    'cómo reconoce {managerName|tu responsable} el buen trabajo',
  ),
  item(
    'trust',
    'I trust {managerName|my manager}.',
    'Confío en {managerName|mi responsable}.',
    'your trust in {managerName|your manager}',
    'tu confianza en {managerName|tu responsable}',
  ),
  item(
    'customer_focus',
    '{managerName|My manager} helps us put customers first.',
    '{managerName|Mi responsable} nos ayuda a poner al cliente primero.',
    'how {managerName|your manager} helps you put customers first',
    'cómo {managerName|tu responsable} os ayuda a poner al cliente primero',
  ),
];

/** Leadership pulse: six upward-feedback items about one manager on 1–5, and one open question. */
export function leadershipPulseSurvey(opts: SurveyBuilderOptions): SurveyDefinition {
  return frame(opts, 'leadership', 'Leadership pulse (upward feedback)', [
    ...ITEMS,
    {
      id: 'one_change',
      type: 'text',
      scope: 'relationship',
      text: t(
        'What is one thing {managerName|your manager} could start or stop doing?',
        '¿Qué es algo que {managerName|tu responsable} podría empezar o dejar de hacer?',
      ),
    },
  ]);
}
