import type { ScoreQuestion, SurveyDefinition } from '../survey-definition.ts';
import { AGREE_1_5, LIKELY_0_10, frame, t, type SurveyBuilderOptions } from './builder-options.ts';

function item(id: string, en: string, es: string, ratedEn: string, ratedEs: string): ScoreQuestion {
  return {
    id,
    type: 'score',
    metric: 'engagement',
    scope: 'relationship',
    scale: AGREE_1_5,
    text: t(en, es),
    rated: t(ratedEn, ratedEs),
  };
}

/** The engagement items of the employee pulse (1–5 agreement). */
const ITEMS: ScoreQuestion[] = [
  item(
    'meaningful',
    'I find my work meaningful.',
    'Mi trabajo tiene sentido para mí.',
    'finding your work meaningful',
    'el sentido de tu trabajo',
  ),
  item(
    'equipped',
    'I have what I need to do my job well.',
    'Tengo lo que necesito para hacer bien mi trabajo.',
    'having what you need to do your job well',
    'tener lo necesario para tu trabajo',
  ),
  item(
    'recognised',
    'In the last month I have been recognised for good work.',
    'En el último mes me han reconocido un buen trabajo.',
    'recognition for your good work',
    'el reconocimiento de tu buen trabajo',
  ),
  item(
    'growth',
    'I see a way to grow here.',
    'Veo una forma de crecer aquí.',
    'your chances to grow here',
    'tus oportunidades de crecer aquí',
  ),
  item(
    'teamwork',
    'My team works well together.',
    'Mi equipo trabaja bien en conjunto.',
    'how well your team works together',
    'lo bien que trabaja tu equipo',
  ),
  item(
    'voice',
    'My opinions count at work.',
    'Mis opiniones cuentan en el trabajo.',
    'your opinions counting at work',
    'que tus opiniones cuenten',
  ),
  item(
    'serve_customers',
    'I can give customers the service they deserve.',
    'Puedo dar a los clientes el servicio que merecen.',
    'being able to serve customers well',
    'poder atender bien a los clientes',
  ),
];

/** Employee pulse: eNPS on 0–10, seven engagement items on 1–5, and one open question. */
export function employeePulseSurvey(opts: SurveyBuilderOptions): SurveyDefinition {
  return frame(opts, 'employee', 'Employee pulse (eNPS + engagement)', [
    {
      id: 'enps',
      type: 'score',
      metric: 'enps',
      scope: 'relationship',
      scale: LIKELY_0_10,
      text: t(
        'How likely are you to recommend {companyName|the company} as a place to work?',
        '¿Qué probabilidad hay de que recomiendes {companyName|la empresa} como lugar de trabajo?',
      ),
      rated: t(
        '{companyName|the company} as a place to work',
        '{companyName|la empresa} como lugar de trabajo',
      ),
    },
    ...ITEMS,
    {
      id: 'one_thing',
      type: 'text',
      scope: 'relationship',
      text: t(
        'What one thing would make work better for you?',
        '¿Qué cosa haría que tu trabajo fuera mejor?',
      ),
    },
  ]);
}
