export * from './privacy.ts';
export * from './privacy.service.ts';
