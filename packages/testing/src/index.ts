// @rapport/testing — the test harness: per-dialect databases, factories, fake clock and ids.
export * from './dialects.ts';
export * from './fakes.ts';
export * from './factories.ts';
export * from './text-analyzer.ts';
