import type { SurveyDefinition } from '../survey-definition.ts';
import { LIKELY_0_10, frame, t, type SurveyBuilderOptions } from './builder-options.ts';

/**
 * Relationship NPS: "how likely to recommend" on 0–10, then one follow-up by answer: what went
 * wrong for detractors (≤ 6), what would earn a 9 or 10 for passives, what they value for
 * promoters.
 */
export function relationshipNpsSurvey(opts: SurveyBuilderOptions): SurveyDefinition {
  return frame(opts, 'relationship', 'Relationship NPS', [
    {
      id: 'nps',
      type: 'score',
      metric: 'nps',
      scope: 'relationship',
      scale: LIKELY_0_10,
      text: t(
        'How likely are you to recommend {companyName|us} to a friend or colleague?',
        '¿Qué probabilidad hay de que recomiendes {companyName|nuestro servicio} a un amigo o colega?',
      ),
    },
    {
      id: 'why_low',
      type: 'text',
      scope: 'relationship',
      showIf: { question: 'nps', op: 'lte', value: 6 },
      text: t(
        'What went wrong, and what could we do to put it right?',
        '¿Qué salió mal y qué podríamos hacer para arreglarlo?',
      ),
    },
    {
      id: 'to_earn_more',
      type: 'text',
      scope: 'relationship',
      showIf: { question: 'nps', op: 'between', min: 7, max: 8 },
      text: t(
        'What would it take for us to earn a 9 or 10 from you?',
        '¿Qué haría falta para ganarnos un 9 o un 10?',
      ),
    },
    {
      id: 'valued_most',
      type: 'text',
      scope: 'relationship',
      showIf: { question: 'nps', op: 'gte', value: 9 },
      text: t(
        'What do you value most about {companyName|us}?',
        '¿Qué es lo que más valoras de {companyName|nuestro servicio}?',
      ),
    },
  ]);
}
