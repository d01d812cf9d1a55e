/** Where a new survey starts: blank, or one of Rapport's ready-made programs (core's builders). */
import {
  carrierStyleSurvey,
  employeePulseSurvey,
  leadershipPulseSurvey,
  relationshipNpsSurvey,
  transactionalCsatSurvey,
} from '@rapport/core/surveys';
import { blankSurvey, type Draft } from './builder/draft.ts';

export interface SurveyTemplate {
  id: string;
  label: string;
  description: string;
  build(): Draft;
}

const opts = { id: 'draft' };

export const SURVEY_TEMPLATES: readonly SurveyTemplate[] = [
  {
    id: 'transactional',
    label: 'After an interaction',
    description:
      'CSAT on 1–5, effort (CES) on 1–7, expectations and a comment; English and Spanish.',
    build: () => transactionalCsatSurvey(opts),
  },
  {
    id: 'relationship',
    label: 'Relationship NPS',
    description: 'Likely to recommend on 0–10, then one follow-up chosen by the score (branching).',
    build: () => relationshipNpsSurvey(opts),
  },
  {
    id: 'carrier',
    label: 'After a call: NPS and agent CSAT',
    description:
      'Recommend on 1–10 for the company, two 1–10 satisfaction questions for the agent.',
    build: () => carrierStyleSurvey(opts),
  },
  {
    id: 'employee',
    label: 'Employee pulse',
    description: 'eNPS and seven engagement items; anonymous, results for teams only.',
    build: () => employeePulseSurvey(opts),
  },
  {
    id: 'leadership',
    label: 'Leadership pulse',
    description: 'Six upward-feedback items about a manager; anonymous.',
    build: () => leadershipPulseSurvey(opts),
  },
  {
    id: 'blank',
    label: 'Blank',
    description: 'One score question to start from.',
    build: () => blankSurvey('transactional', 'New survey'),
  },
];
