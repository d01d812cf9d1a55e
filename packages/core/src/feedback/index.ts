// Feedback programs: surveys, invitations with contact rules, responses, and the metrics API.
export * from './survey.ts';
export * from './invitation.ts';
export * from './response.ts';
export * from './metric-query.ts';
export * from './contact-rules.ts';
export * from './answers.ts';
export * from './survey.service.ts';
export * from './invitation.service.ts';
export * from './response.service.ts';
export * from './response-intake.service.ts';
export * from './response-read.service.ts';
export * from './invitation-read.service.ts';
export * from './survey-funnel.service.ts';
export * from './metrics.service.ts';
export * from './web-survey.service.ts';
export * from './schedule.service.ts';
