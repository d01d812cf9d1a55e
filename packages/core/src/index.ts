// @rapport/core — the domain: types, rules and pure functions. No I/O, no framework.
export * from './errors/domain-error.ts';
export * from './common/ids.ts';
export * from './common/clock.ts';
export * from './common/page.ts';
export * from './common/deps.ts';
export * from './auth/actor.ts';
export * from './workspace/workspace.ts';
export * from './identity/identity.ts';
export * from './jobs/job.ts';
export * from './audit/audit.ts';
export * from './ports/repos.ts';
export * from './customers/customer.ts';
export * from './customers/customer.service.ts';
export * from './employees/employee.ts';
export * from './employees/employee.service.ts';
export * from './interactions/interaction.ts';
export * from './interactions/interaction.service.ts';
