// Survey definitions: kinds, questions, scales, branching, reply templates, validation,
// versioning and ready-made programs. Pure data and functions.
export * from './survey-definition.ts';
export * from './condition.ts';
export * from './branching.ts';
export * from './scales.ts';
export * from './localize.ts';
export * from './attribution.ts';
export * from './reply-templates.ts';
export { TEMPLATES_EN } from './templates.en.ts';
export { TEMPLATES_ES } from './templates.es.ts';
export * from './template-lookup.ts';
export {
  surveyDefinitionIssues,
  validateSurveyDefinition,
  MAX_QUESTIONS,
} from './validate-definition.ts';
export * from './versioning.ts';
export * from './builders/index.ts';
