import type { Repos } from '@rapport/core';
import { auditRepository } from './audit.repository.ts';
import type { RepoContext } from './db.ts';
import { customerRepository } from './customer.repository.ts';
import { employeeRepository, teamRepository } from './employee.repository.ts';
import { apiKeyRepository, sessionRepository, userRepository } from './identity.repository.ts';
import { idempotencyRepository } from './idempotency.repository.ts';
import { interactionRepository } from './interaction.repository.ts';
import { jobRepository } from './job.repository.ts';
import { workspaceRepository } from './workspace.repository.ts';
import { surveyRepository } from './survey.repository.ts';
import { invitationRepository } from './invitation.repository.ts';
import { responseRepository } from './response.repository.ts';
import { pulseRepository, teamOutcomeRepository } from './chain.repository.ts';
import { conversationRepository } from './conversation.repository.ts';
import { signalRepository } from './signal.repository.ts';
import { ruleRepository } from './rule.repository.ts';
import { caseRepository } from './case.repository.ts';
import { praiseRepository } from './praise.repository.ts';
import { taskRepository } from './task.repository.ts';
import { webhookRepository } from './webhook.repository.ts';
import { rateLimitRepository } from './rate-limit.repository.ts';
import { privacyRepository } from './privacy.repository.ts';
import { engagementRepository } from './engagement.repository.ts';
import { journeyRepository } from './journey.repository.ts';

/** How each repository is built on a connection. */
const MAKERS: { [K in keyof Repos]: (c: RepoContext) => Repos[K] } = {
  workspaces: workspaceRepository,
  apiKeys: apiKeyRepository,
  users: userRepository,
  sessions: sessionRepository,
  teams: teamRepository,
  customers: customerRepository,
  employees: employeeRepository,
  interactions: interactionRepository,
  idempotency: idempotencyRepository,
  jobs: jobRepository,
  audit: auditRepository,
  surveys: surveyRepository,
  invitations: invitationRepository,
  responses: responseRepository,
  pulse: pulseRepository,
  teamOutcomes: teamOutcomeRepository,
  conversations: conversationRepository,
  signals: signalRepository,
  rules: ruleRepository,
  cases: caseRepository,
  praise: praiseRepository,
  tasks: taskRepository,
  webhooks: webhookRepository,
  rateLimits: rateLimitRepository,
  privacy: privacyRepository,
  engagement: engagementRepository,
  journey: journeyRepository,
};

/**
 * One prototype holds a lazy getter per repository: the first read builds the repository and
 * keeps it on the instance, so binding a connection costs one small object, not one property
 * definition per repository (it runs for every request and every imported row).
 */
class BoundRepos {
  constructor(readonly ctx: RepoContext) {}
}
for (const [key, make] of Object.entries(MAKERS)) {
  Object.defineProperty(BoundRepos.prototype, key, {
    enumerable: true,
    get(this: BoundRepos) {
      const value = (make as (c: RepoContext) => unknown)(this.ctx);
      Object.defineProperty(this, key, { value, enumerable: true });
      return value;
    },
  });
}

/** Binds every repository to one connection or transaction. Repositories are built lazily. */
export function createRepos(ctx: RepoContext): Repos {
  return new BoundRepos(ctx) as unknown as Repos;
}

export type { RepoContext } from './db.ts';
