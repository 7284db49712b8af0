import { OpenAPIHono } from '@hono/zod-openapi';
import { createAuditLog } from '@sigmacode/audit';
import { createSecretBox } from '@sigmacode/engine';
import { providerRoutes } from './ai/provider-routes.js';
import type { AppDeps } from './app-deps.js';
import { appRoutes } from './apps/app-routes.js';
import { bindAuditRecorder } from './audit/audit-recorder.js';
import { auditRoutes } from './audit/audit-routes.js';
import { adminBillingRoutes } from './billing/admin-billing-routes.js';
import { billingRoutes } from './billing/billing-routes.js';
import { createBillingLedger } from './billing/create-billing-ledger.js';
import { createStripeClient } from './billing/create-stripe-client.js';
import { adminPricingRoutes } from './billing/pricing/admin-pricing-routes.js';
import { pricingRoutes } from './billing/pricing/pricing-routes.js';
import { stripeWebhookRoutes } from './billing/stripe-webhook-routes.js';
import { usageRoutes } from './billing/usage-routes.js';
import { consoleChatRoutes } from './conversations/console-chat-routes.js';
import { createTaskRegistry } from './conversations/task-registry.js';
import { difyApiRoutes } from './dify-api/dify-api-routes.js';
import { createFirewallGateway } from './firewall/firewall-gateway.js';
import { firewallRoutes } from './firewall/firewall-routes.js';
import type { AppEnv } from './http/app-env.js';
import { handleError, handleNotFound } from './http/errors/handle-errors.js';
import { validationHook } from './http/errors/validation-hook.js';
import { bodySizeLimit } from './http/middleware/body-size-limit.js';
import { corsPolicy } from './http/middleware/cors-policy.js';
import { csrfProtection } from './http/middleware/csrf-protection.js';
import { requestContext } from './http/middleware/request-context.js';
import { securityHeaders } from './http/middleware/security-headers.js';
import { serveWebApp } from './http/static/serve-web-app.js';
import { apiKeyRoutes } from './identity/api-keys/api-key-routes.js';
import { documentAuthEndpoints } from './identity/auth/auth-openapi.js';
import { authRoutes } from './identity/auth/auth-routes.js';
import { createAuth } from './identity/auth/create-auth.js';
import { quietAuthContext } from './identity/auth/quiet-auth-context.js';
import { signInMethodsRoutes } from './identity/auth/sign-in-methods-routes.js';
import { authenticate } from './identity/authenticate.js';
import { meRoutes } from './identity/me/me-routes.js';
import { organizationRoutes } from './identity/organizations/organization-routes.js';
import { signInGuard } from './identity/security/sign-in-guard.js';
import { createMailer } from './infra/mailer/index.js';
import { createWindowCounter } from './infra/window-counter.js';
import { countLowBalanceAccounts } from './observability/count-low-balance-accounts.js';
import { createMetrics } from './observability/create-metrics.js';
import { httpMetrics } from './observability/http-metrics.js';
import { instrumentLedger } from './observability/instrument-ledger.js';
import { instrumentRateLimiter } from './observability/instrument-rate-limiter.js';
import { metricsRoute } from './observability/metrics-route.js';
import { chatCompletionsRoute } from './openai-api/chat-completions-route.js';
import { embeddingsRoute } from './openai-api/embeddings-route.js';
import { openAiModelsRoute } from './openai-api/models-route.js';
import { createHoldAhead } from './pipeline/hold-ahead.js';
import type { PipelineDeps } from './pipeline/pipeline-deps.js';
import { createRateLimiter } from './pipeline/rate-limiter.js';
import { registerDocsRoutes } from './routes/docs/docs-routes.js';
import { healthRoutes } from './routes/health/health-routes.js';
import { toolRoutes } from './tools/tool-routes.js';

/**
 * Builds the whole HTTP application from its dependencies. No port, no process environment: tests call
 * `app.request(...)` on the result.
 *
 * @example
 * const app = createApp({ database, redis: null, logger, version: '0.1.0', config })
 * const res = await app.request('/api/health')
 */
export function createApp(deps: AppDeps): OpenAPIHono<AppEnv> {
  const startedAt = deps.startedAt ?? Date.now();
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.onError(handleError);
  app.notFound(handleNotFound);

  const metrics = deps.metrics ?? createMetrics();
  app.use('*', httpMetrics({ metrics }));
  app.use('*', requestContext({ logger: deps.logger }));
  app.use('*', quietAuthContext());
  app.use('*', securityHeaders());

  const cors = corsPolicy({ consoleOrigins: [deps.config.publicUrl, ...deps.config.corsOrigins] });
  app.use('/v1/*', cors.publicApi);
  app.use('/api/dify/*', cors.publicApi);
  app.use('/api/*', async (c, next) => (c.req.path.startsWith('/api/dify/') ? next() : cors.consoleApi(c, next)));

  const limit = bodySizeLimit({ maxBytes: deps.config.maxBodyBytes });
  app.use('/api/*', limit);
  app.use('/v1/*', limit);

  const trustedOrigins = [deps.config.publicUrl, ...deps.config.corsOrigins];
  const csrf = csrfProtection({ trustedOrigins });
  app.use('/api/*', async (c, next) => (c.req.path.startsWith('/api/dify/') ? next() : csrf(c, next)));

  app.route('/', healthRoutes({ ...deps, startedAt }));
  registerDocsRoutes({ app, version: deps.version });

  // Identity: Better Auth's endpoints first (they authenticate themselves), then every other API route learns
  // who is calling. Authorization happens per route (consoleRoute's access level).
  const db = deps.database.db;
  // The audit log, bound to the database so every use-case on it records into the same hash chains.
  const audit = createAuditLog({ db, secret: deps.config.secret });
  bindAuditRecorder({ db, recorder: { log: audit, logger: deps.logger, trustProxy: deps.config.trustProxy } });
  const mailer =
    deps.mailer ??
    createMailer({
      ...(deps.config.smtpUrl ? { smtpUrl: deps.config.smtpUrl } : {}),
      from: deps.config.mailFrom,
      logger: deps.logger,
    });
  const authSettings = {
    publicUrl: deps.config.publicUrl,
    secret: deps.config.secret,
    trustedOrigins,
    trustProxy: deps.config.trustProxy,
    oauth: deps.config.oauth,
    emailDelivery: Boolean(deps.config.smtpUrl),
  };
  // Billing: one ledger for every route (it groups concurrent writes per account), Stripe only when configured.
  const billing = deps.config.billing;
  const ledger = instrumentLedger({
    metrics,
    ledger:
      deps.ledger ??
      createBillingLedger({
        db,
        mailer,
        logger: deps.logger,
        publicUrl: deps.config.publicUrl,
        lowBalanceWebhookUrl: billing.lowBalanceWebhookUrl,
      }),
  });
  const signupCredit = BigInt(billing.signupCredit ?? 0);
  const auth = createAuth({
    db,
    logger: deps.logger,
    mailer,
    settings: authSettings,
    // The welcome credit: once per organization (idempotency key), so a retried hook never grants twice.
    ...(signupCredit > 0n
      ? {
          onUserCreated: async ({ organizationId }: { organizationId: string }) => {
            await ledger.credit({
              organizationId,
              amount: signupCredit,
              idempotencyKey: 'signup-credit',
              kind: 'credit',
              reason: 'Welcome credit',
            });
          },
        }
      : {}),
  });
  const failures = createWindowCounter({ redis: deps.redis, prefix: 'sigmacode:signin-failures:' });
  documentAuthEndpoints(app.openAPIRegistry);
  app.route(
    '/',
    authRoutes({ auth, db, signInGuard: signInGuard({ counter: failures, trustProxy: deps.config.trustProxy }) }),
  );
  const identify = authenticate({ auth, db });
  app.use('/api/*', async (c, next) => (isPublicApiPath(c.req.path) ? next() : identify(c, next)));
  app.use('/v1/*', identify);

  app.route('/', signInMethodsRoutes({ settings: authSettings }));
  app.route('/', meRoutes({ db }));
  app.route('/', apiKeyRoutes({ db }));
  app.route('/', organizationRoutes({ db, mailer, publicUrl: deps.config.publicUrl }));
  app.route('/', auditRoutes({ audit }));

  const stripe =
    deps.stripe !== undefined
      ? deps.stripe
      : createStripeClient({ secretKey: billing.stripeSecretKey, version: deps.version });
  app.route('/', billingRoutes({ db, ledger, stripe, publicUrl: deps.config.publicUrl, billing }));
  app.route('/', stripeWebhookRoutes({ db, ledger, webhookSecret: billing.stripeWebhookSecret, stripe }));
  app.route('/', usageRoutes({ db, ledger }));
  app.route('/', adminBillingRoutes({ db, ledger }));
  app.route('/', pricingRoutes({ db, ledger }));
  app.route('/', adminPricingRoutes({ db }));
  metrics.countLowBalanceAccountsWith(countLowBalanceAccounts({ db }));
  app.route('/', metricsRoute({ metrics, token: deps.config.metricsToken }));
  const firewall = createFirewallGateway(deps.config.ai);
  app.route('/', firewallRoutes({ db, firewall }));

  // The AI pipeline: every API that calls a model goes through runChat with these.
  const pipeline: PipelineDeps = {
    db,
    ledger,
    logger: deps.logger,
    firewall,
    limiter: instrumentRateLimiter({
      metrics,
      limiter: createRateLimiter({ redis: deps.redis, prefix: 'sigmacode:rate' }),
    }),
    ai: deps.config.ai,
    box: createSecretBox(deps.config.secret),
    metrics,
    holdAhead: createHoldAhead({ ledger }),
  };
  app.route('/', appRoutes({ db, upstream: { box: pipeline.box, defaultBaseUrl: deps.config.ai.difyApiUrl } }));
  app.route('/', providerRoutes({ db, box: pipeline.box, ai: deps.config.ai }));
  app.route(
    '/',
    toolRoutes({
      db,
      box: pipeline.box,
      policy: deps.mcp?.policy ?? { allowHosts: deps.config.ai.mcpAllowHosts ?? [] },
      ...(deps.mcp?.listTimeoutMs ? { listTimeoutMs: deps.mcp.listTimeoutMs } : {}),
    }),
  );
  app.route('/', chatCompletionsRoute(pipeline));
  app.route('/', embeddingsRoute(pipeline));
  const tasks = deps.tasks ?? createTaskRegistry();
  app.route('/', consoleChatRoutes({ deps: pipeline, tasks }));
  app.route('/', difyApiRoutes({ deps: pipeline, tasks }));
  app.route('/', openAiModelsRoute({ db, ai: deps.config.ai }));

  if (deps.config.webDistDir) app.use('*', serveWebApp({ distDir: deps.config.webDistDir }));

  return app;
}

/** API paths that never need to know the caller (and must not fail when a stale cookie is sent). */
function isPublicApiPath(path: string): boolean {
  return (
    path.startsWith('/api/auth/') ||
    path === '/api/health' ||
    path === '/api/sign-in-methods' ||
    // Stripe calls the webhook with a signature, never a session; the package list is for everyone.
    path === '/api/billing/webhook' ||
    path === '/api/billing/packages' ||
    path.startsWith('/api/docs') ||
    path === '/api/openapi.json'
  );
}
