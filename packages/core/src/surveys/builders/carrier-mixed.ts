import type { SurveyDefinition } from '../survey-definition.ts';
import { frame, t, type SurveyBuilderOptions } from './builder-options.ts';

const SATISFIED_1_10 = {
  min: 1,
  max: 10,
  minLabel: t('very dissatisfied', 'muy insatisfecho'),
  maxLabel: t('very satisfied', 'muy satisfecho'),
};

/**
 * The wireless carrier's survey after a call (story 2 of DESIGN.md): a likely-to-recommend on
 * 1–10 labelled `relationship` (it is about the company and counts to company NPS, never to the
 * agent), two satisfaction questions on 1–10 about the agent labelled `transactional` (CSAT with
 * the top box at 9, counting to the agent), and an open comment. Unlike the carrier's, this one
 * answers a low score with an apology and a question.
 */
export function carrierStyleSurvey(opts: SurveyBuilderOptions): SurveyDefinition {
  return frame(opts, 'transactional', 'After-call survey (NPS + agent CSAT)', [
    {
      id: 'recommend',
      type: 'score',
      metric: 'nps',
      scope: 'relationship',
      scale: {
        min: 1,
        max: 10,
        minLabel: t('definitely not', 'seguro que no'),
        maxLabel: t('definitely', 'seguro que sí'),
      },
      text: t(
        'How likely are you to recommend {companyName|us} to a friend or family member?',
        '¿Qué probabilidad hay de que recomiendes {companyName|nuestra compañía} a un amigo o familiar?',
      ),
    },
    {
      id: 'agent_handling',
      type: 'score',
      metric: 'csat',
      topBox: 9,
      scope: 'transactional',
      scale: SATISFIED_1_10,
      text: t(
        'How satisfied are you with the overall handling of your call by {agentName|our representative}?',
        '¿Qué tan satisfecho estás con la atención de tu llamada por parte de {agentName|nuestro representante}?',
      ),
      rated: t(
        'the way {agentName|our representative} handled your call',
        'la forma en que {agentName|nuestro representante} atendió tu llamada',
      ),
    },
    {
      id: 'agent_timeliness',
      type: 'score',
      metric: 'csat',
      topBox: 9,
      scope: 'transactional',
      scale: SATISFIED_1_10,
      text: t(
        'How satisfied are you with how quickly {agentName|our representative} handled your request?',
        '¿Qué tan satisfecho estás con la rapidez con que {agentName|nuestro representante} resolvió tu solicitud?',
      ),
      rated: t(
        'how quickly {agentName|our representative} handled your request',
        'la rapidez con que {agentName|nuestro representante} resolvió tu solicitud',
      ),
    },
    {
      id: 'comment',
      type: 'text',
      scope: 'transactional',
      text: t(
        'Is there anything else that would help us fully understand your experience?',
        '¿Hay algo más que nos ayude a entender del todo tu experiencia?',
      ),
    },
  ]);
}
