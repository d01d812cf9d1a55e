// Praise that travels up the management chain, recognition, and thank-you follow-ups.
export * from './praise.ts';
export * from './task.ts';
export * from './name-match.ts';
export * from './praise-subjects.ts';
export * from './praise.service.ts';
export * from './follow-up.ts';
