export type { SurveyBuilderOptions } from './builder-options.ts';
export { relationshipNpsSurvey } from './relationship-nps.ts';
export { transactionalCsatSurvey } from './transactional-csat.ts';
export { carrierStyleSurvey } from './carrier-mixed.ts';
export { employeePulseSurvey } from './employee-pulse.ts';
export { leadershipPulseSurvey } from './leadership-pulse.ts';
