// Rules: conditions on responses, signals, low scores and interactions, and their actions.
export * from './rule.ts';
export * from './rule-facts.ts';
export * from './mentions.ts';
export * from './rule-condition.ts';
export * from './rule-validate.ts';
export * from './load-facts.ts';
export * from './rule-actions.ts';
export * from './rule-evaluation.ts';
export * from './rule.service.ts';
export * from './rule-dry-run.ts';
export * from './default-rules.ts';
