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

/** Binds every repository to one connection or transaction. Repositories are built lazily. */
export function createRepos(ctx: RepoContext): Repos {
  const cache = new Map<keyof Repos, unknown>();
  const lazy = <K extends keyof Repos>(key: K, make: (c: RepoContext) => Repos[K]) => ({
    get(): Repos[K] {
      let v = cache.get(key) as Repos[K] | undefined;
      if (!v) {
        v = make(ctx);
        cache.set(key, v);
      }
      return v;
    },
    enumerable: true,
  });
  return Object.defineProperties({} as Repos, {
    workspaces: lazy('workspaces', workspaceRepository),
    apiKeys: lazy('apiKeys', apiKeyRepository),
    users: lazy('users', userRepository),
    sessions: lazy('sessions', sessionRepository),
    teams: lazy('teams', teamRepository),
    customers: lazy('customers', customerRepository),
    employees: lazy('employees', employeeRepository),
    interactions: lazy('interactions', interactionRepository),
    idempotency: lazy('idempotency', idempotencyRepository),
    jobs: lazy('jobs', jobRepository),
    audit: lazy('audit', auditRepository),
    surveys: lazy('surveys', surveyRepository),
    invitations: lazy('invitations', invitationRepository),
    responses: lazy('responses', responseRepository),
    pulse: lazy('pulse', pulseRepository),
    teamOutcomes: lazy('teamOutcomes', teamOutcomeRepository),
    conversations: lazy('conversations', conversationRepository),
    signals: lazy('signals', signalRepository),
    rules: lazy('rules', ruleRepository),
    cases: lazy('cases', caseRepository),
    praise: lazy('praise', praiseRepository),
    tasks: lazy('tasks', taskRepository),
    webhooks: lazy('webhooks', webhookRepository),
    rateLimits: lazy('rateLimits', rateLimitRepository),
    privacy: lazy('privacy', privacyRepository),
    engagement: lazy('engagement', engagementRepository),
    journey: lazy('journey', journeyRepository),
  });
}

export type { RepoContext } from './db.ts';
