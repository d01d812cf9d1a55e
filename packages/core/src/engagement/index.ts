// The engagement score: each customer's 0–100 score that every touchpoint moves (docs/ENGAGEMENT.md).
export * from './engagement-params.ts';
export * from './touchpoint.ts';
export * from './engagement-model.ts';
export * from './engagement-event.ts';
export * from './engagement.service.ts';
