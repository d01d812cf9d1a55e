// @rapport/server — the HTTP API, survey pages and channel adapters.
export { buildApp, API_VERSION } from './app.ts';
export type { AppDeps } from './deps.ts';
export { depsFor } from './deps.ts';
export * from './auth/auth.service.ts';
export * from './auth/credentials.ts';
export { checkPasswordPolicy, hashPassword, PASSWORD_MAX, PASSWORD_MIN } from './auth/passwords.ts';
export { insertUser } from './auth/users.service.ts';
export { sha256 } from './lib/hash.ts';
export { bootstrapWorkspace } from './auth/bootstrap.ts';
export { startServer, createLogger, type RunningServer } from './listen.ts';
export { channelRegistry, startMailListener } from './channels/runtime.ts';
