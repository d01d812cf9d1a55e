/**
 * Builds the HTTP application: API, OpenAPI document, web app and survey pages on one port.
 * It never listens (see listen.ts); tests drive it with inject().
 */
import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { AppDeps } from './deps.ts';
import { registerAuth } from './plugins/auth.ts';
import { frameworkErrors, registerErrorHandling } from './plugins/errors.ts';
import { registerOpenApi } from './plugins/openapi.ts';
import { registerSecurityHeaders } from './plugins/security-headers.ts';
import { registerWeb } from './plugins/web.ts';
import { registerTokenGuard } from './plugins/token-guard.ts';
import { registerDenialAudit } from './plugins/denial-audit.ts';
import { registerInputHygiene } from './plugins/input-hygiene.ts';
import { registerQueryParameterCheck } from './plugins/query-params.ts';
import { REQUEST_ID_HEADER, RequestLog, requestIdFrom } from './observability/logging.ts';
import { userRoutes } from './routes/users/users.routes.ts';
import { privacyRoutes } from './routes/privacy/privacy.routes.ts';
import { authRoutes } from './routes/auth/auth.routes.ts';
import { customerRoutes } from './routes/customers/customers.routes.ts';
import { employeeRoutes } from './routes/employees/employees.routes.ts';
import { healthRoutes } from './routes/health/health.routes.ts';
import { interactionRoutes } from './routes/interactions/interactions.routes.ts';
import { settingsRoutes } from './routes/workspace/settings.routes.ts';
import { surveyRoutes } from './routes/surveys/surveys.routes.ts';
import { responseRoutes } from './routes/responses/responses.routes.ts';
import { metricRoutes } from './routes/metrics/metrics.routes.ts';
import { chainRoutes } from './routes/chain/chain.routes.ts';
import { pulseRoutes } from './routes/chain/pulse.routes.ts';
import { surveyPageRoutes } from './routes/survey-page/survey-page.routes.ts';
import { prometheusRoutes } from './routes/ops/prometheus.routes.ts';
import { twilioHookRoutes } from './routes/hooks/twilio.routes.ts';
import { emailHookRoutes } from './routes/hooks/email.routes.ts';
import { chatRoutes } from './routes/chat/chat.routes.ts';
import { ruleRoutes } from './routes/rules/rules.routes.ts';
import { caseRoutes } from './routes/cases/cases.routes.ts';
import { caseSettingsRoutes } from './routes/cases/case-settings.routes.ts';
import { praiseRoutes } from './routes/praise/praise.routes.ts';
import { taskRoutes } from './routes/praise/tasks.routes.ts';
import { webhookRoutes } from './routes/webhooks/webhooks.routes.ts';
import { channelSettingsRoutes } from './routes/channels/channel-settings.routes.ts';
import { journeyRoutes } from './routes/journey/journey.routes.ts';
import { engagementSettingsRoutes } from './routes/journey/engagement-settings.routes.ts';
import { demoRoutes } from './routes/demo/demo.routes.ts';

export const API_VERSION = '1.0.0';

export interface RouteSummary {
  method: string;
  url: string;
  hidden: boolean;
}

declare module 'fastify' {
  interface FastifyInstance {
    routeList: RouteSummary[];
  }
}

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: deps.logger || undefined,
    logger: deps.logger ? undefined : false,
    bodyLimit: deps.settings.bodyLimit,
    trustProxy: deps.settings.trustProxy,
    // The caller's X-Request-Id when sane (observability/logging.ts), else a fresh id.
    requestIdHeader: false,
    genReqId: (req: { headers: Record<string, unknown> }) =>
      requestIdFrom(req.headers[REQUEST_ID_HEADER], () => deps.ids.id('evt').slice(4)),
    logController: new RequestLog(),
    routerOptions: { maxParamLength: 500 },
    frameworkErrors,
  } as Parameters<typeof Fastify>[0]) as unknown as FastifyInstance;

  // Every route registered, for the OpenAPI coverage and tenant-isolation tests.
  const routes: RouteSummary[] = [];
  app.decorate('routeList', routes);
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods)
      if (method !== 'HEAD')
        routes.push({ method, url: route.url, hidden: Boolean(route.schema?.hide) });
  });

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  await app.register(cookie);
  await app.register(formbody, { bodyLimit: deps.settings.bodyLimit });
  app.addContentTypeParser(
    ['application/x-ndjson', 'application/jsonl', 'application/x-jsonlines'],
    { parseAs: 'string', bodyLimit: deps.settings.bodyLimit * 64 },
    (_req, body, done) => done(null, body),
  );

  registerErrorHandling(app);
  registerSecurityHeaders(app);
  registerAuth(app, deps);
  registerTokenGuard(app, deps);
  registerDenialAudit(app, deps);
  registerInputHygiene(app);
  registerQueryParameterCheck(app);
  await registerOpenApi(app, API_VERSION);

  healthRoutes(app, deps);
  prometheusRoutes(app, deps);
  authRoutes(app, deps);
  settingsRoutes(app, deps);
  customerRoutes(app, deps);
  employeeRoutes(app, deps);
  interactionRoutes(app, deps);
  surveyRoutes(app, deps);
  responseRoutes(app, deps);
  metricRoutes(app, deps);
  ruleRoutes(app, deps);
  caseRoutes(app, deps);
  caseSettingsRoutes(app, deps);
  praiseRoutes(app, deps);
  taskRoutes(app, deps);
  webhookRoutes(app, deps);
  chainRoutes(app, deps);
  pulseRoutes(app, deps);
  surveyPageRoutes(app, deps);
  twilioHookRoutes(app, deps);
  emailHookRoutes(app, deps);
  chatRoutes(app, deps);
  channelSettingsRoutes(app, deps);
  userRoutes(app, deps);
  privacyRoutes(app, deps);
  journeyRoutes(app, deps);
  engagementSettingsRoutes(app, deps);
  demoRoutes(app, deps);

  await registerWeb(app, deps.settings.webDist);
  return app;
}
