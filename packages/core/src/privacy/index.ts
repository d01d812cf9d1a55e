export * from './privacy.ts';
export * from './privacy.service.ts';
export * from './conversation-text.ts';
