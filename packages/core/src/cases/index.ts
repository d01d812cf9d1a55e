// Cases: the closed loop — owners by attribution, SLAs in business hours, escalation, metrics.
export * from './case.ts';
export * from './case-settings.ts';
export * from './business-hours.ts';
export * from './sla.ts';
export * from './case-status.ts';
export * from './case-owner.ts';
export * from './evidence.ts';
export * from './case-effects.ts';
export * from './case-open.ts';
export * from './case.service.ts';
export * from './case-escalation.ts';
export * from './case-metrics.ts';
export * from './case-metrics.service.ts';
