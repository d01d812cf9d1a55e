// The unbroken chain (issue 7): pulse surveys for people, team scores, and their linkage.
export * from './periods.ts';
export * from './pulse-respondents.ts';
export * from './pulse-visibility.ts';
export * from './pulse-tables.ts';
export * from './rate.ts';
export * from './team-outcomes.ts';
export * from './team-scores.service.ts';
export * from './linkage.service.ts';
export * from './pulse.service.ts';
export * from './pulse-invitation.service.ts';
export * from './pulse-schedule.ts';
export * from './pulse-privacy.ts';
