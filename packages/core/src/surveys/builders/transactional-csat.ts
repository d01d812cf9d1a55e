import type { SurveyDefinition } from '../survey-definition.ts';
import { frame, t, type SurveyBuilderOptions } from './builder-options.ts';

/**
 * Transactional survey about one interaction: CSAT on 1–5, CES on 1–7, expectations
 * (failed/met/exceeded) and an open comment.
 */
export function transactionalCsatSurvey(opts: SurveyBuilderOptions): SurveyDefinition {
  return frame(opts, 'transactional', 'Transactional CSAT, CES and expectations', [
    {
      id: 'csat',
      type: 'score',
      metric: 'csat',
      scope: 'transactional',
      scale: {
        min: 1,
        max: 5,
        minLabel: t('very dissatisfied', 'muy insatisfecho'),
        maxLabel: t('very satisfied', 'muy satisfecho'),
      },
      text: t(
        'How satisfied were you with the help you got from {agentName|us} today?',
        '¿Qué tan satisfecho quedaste con la ayuda que recibiste hoy de {agentName|nosotros}?',
      ),
      rated: t(
        'the help you got from {agentName|us}',
        'la ayuda que recibiste de {agentName|nosotros}',
      ),
    },
    {
      id: 'ces',
      type: 'score',
      metric: 'ces',
      scope: 'transactional',
      scale: {
        min: 1,
        max: 7,
        minLabel: t('strongly disagree', 'totalmente en desacuerdo'),
        maxLabel: t('strongly agree', 'totalmente de acuerdo'),
      },
      text: t(
        'How much do you agree that {companyName|we} made it easy to handle your issue?',
        '¿En qué medida estás de acuerdo en que te lo pusimos fácil para resolver tu asunto?',
      ),
      rated: t('how easy we made it to handle your issue', 'lo fácil que te lo pusimos'),
    },
    {
      id: 'expectations',
      type: 'expectation',
      scope: 'transactional',
      text: t(
        'Compared with what you expected, how did we do?',
        'Comparado con lo que esperabas, ¿cómo lo hicimos?',
      ),
    },
    {
      id: 'comment',
      type: 'text',
      scope: 'transactional',
      text: t(
        'Is there anything else you would like to tell us about it?',
        '¿Hay algo más que quieras contarnos?',
      ),
    },
  ]);
}
