// Linkage statistics of the unbroken chain (issue 7): leadership → employee engagement → customers.
export * from './correlation.ts';
export * from './prng.ts';
export * from './interval.ts';
export * from './fit.ts';
export * from './describe.ts';
export * from './link-teams.ts';
export * from './chain.ts';
export * from './lag.ts';
