import { OpenAPIHono } from '@hono/zod-openapi';
import type { Db } from '@sigmacode/db';
import { parsePolicy } from '@sigmacode/firewall';
import { findApp } from '../apps/find-app.js';
import { recordAudit } from '../audit/record-audit.js';
import { resolveUsageRange } from '../billing/resolve-usage-range.js';
import type { AppEnv } from '../http/app-env.js';
import { validationHook } from '../http/errors/validation-hook.js';
import { consoleRoute, principalOf } from '../identity/access/index.js';
import { consoleErrorResponses } from '../routes/console-error-responses.js';
import { jsonContent } from '../routes/json-content.js';
import type { FirewallGateway } from './firewall-gateway.js';
import {
  AnalyzeBodySchema,
  EventsPageSchema,
  EventsQuerySchema,
  FirewallStatsSchema,
  PolicyQuerySchema,
  PutPolicyBodySchema,
  StatsQuerySchema,
  StoredPolicySchema,
  VerdictBodySchema,
} from './firewall-schemas.js';
import { firewallStats } from './firewall-stats.js';
import { listThreatEvents } from './list-threat-events.js';
import { type EffectivePolicy, loadEffectivePolicy, savePolicy, validatePolicyInput } from './policy-store.js';

const tags = ['Firewall'];
const errors = consoleErrorResponses;
const policyResponse = { description: 'The effective policy.', ...jsonContent(StoredPolicySchema) };

const getPolicyRoute = consoleRoute({
  access: 'firewall:read',
  method: 'get',
  path: '/api/firewall/policy',
  tags,
  summary: 'The firewall policy in force for the organization (or an app) and where it comes from',
  request: { query: PolicyQuerySchema },
  responses: { 200: policyResponse, ...errors },
});
const putPolicyRoute = consoleRoute({
  access: 'firewall:manage',
  method: 'put',
  path: '/api/firewall/policy',
  tags,
  summary: "Store a new version of the organization's (or an app's) policy; null removes it",
  request: { body: { required: true, ...jsonContent(PutPolicyBodySchema) } },
  responses: { 200: policyResponse, ...errors },
});
const analyzeRoute = consoleRoute({
  access: 'firewall:read',
  method: 'post',
  path: '/api/firewall/analyze',
  tags,
  summary: 'Check a text against the policy, for the test console (costs nothing, stores nothing)',
  request: { body: { required: true, ...jsonContent(AnalyzeBodySchema) } },
  responses: { 200: { description: 'The verdict.', ...jsonContent(VerdictBodySchema) }, ...errors },
});
const eventsRoute = consoleRoute({
  access: 'firewall:read',
  method: 'get',
  path: '/api/firewall/events',
  tags,
  summary: 'Blocks, redactions and shadow hits, newest first, with filters',
  request: { query: EventsQuerySchema },
  responses: { 200: { description: 'One page of events.', ...jsonContent(EventsPageSchema) }, ...errors },
});
const statsRoute = consoleRoute({
  access: 'firewall:read',
  method: 'get',
  path: '/api/firewall/stats',
  tags,
  summary: 'Threat-event counts by action, mode, direction, category, detector and day',
  request: { query: StatsQuerySchema },
  responses: { 200: { description: 'Counts in [from, to).', ...jsonContent(FirewallStatsSchema) }, ...errors },
});

function toPolicyBody(effective: EffectivePolicy) {
  return {
    source: effective.source,
    version: effective.version,
    appId: effective.appId,
    policy: effective.policy as unknown as Record<string, unknown>,
    updatedAt: effective.updatedAt?.toISOString() ?? null,
    updatedBy: effective.updatedBy,
  };
}

/**
 * The console's firewall API: policy, test console, threat events and statistics.
 *
 * @example app.route('/', firewallRoutes({ db, firewall: inProcessFirewall() }))
 */
export function firewallRoutes({ db, firewall }: { db: Db; firewall: FirewallGateway }): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.openapi(getPolicyRoute, async (c) => {
    const organizationId = principalOf(c).organizationId;
    const { appId } = c.req.valid('query');
    if (appId) await findApp({ db, organizationId, appId });
    return c.json(toPolicyBody(await loadEffectivePolicy({ db, organizationId, appId: appId ?? null })), 200);
  });
  app.openapi(putPolicyRoute, async (c) => {
    const principal = principalOf(c);
    const { appId, policy } = c.req.valid('json');
    if (appId) await findApp({ db, organizationId: principal.organizationId, appId });
    await savePolicy({
      db,
      organizationId: principal.organizationId,
      appId: appId ?? null,
      policy,
      userId: principal.kind === 'user' ? principal.userId : principal.createdByUserId,
    });
    await recordAudit({
      c,
      db,
      event: {
        action: 'firewall.policy_changed',
        targetType: appId ? 'app' : 'organization',
        targetId: appId ?? principal.organizationId,
        details: { policy: policy ?? null },
      },
    });
    const effective = await loadEffectivePolicy({ db, organizationId: principal.organizationId, appId: appId ?? null });
    return c.json(toPolicyBody(effective), 200);
  });
  app.openapi(analyzeRoute, async (c) => {
    const organizationId = principalOf(c).organizationId;
    const body = c.req.valid('json');
    if (body.appId) await findApp({ db, organizationId, appId: body.appId });
    const policy = body.policy
      ? parsePolicy(validatePolicyInput(body.policy))
      : (await loadEffectivePolicy({ db, organizationId, appId: body.appId ?? null })).policy;
    const verdict = await firewall.analyze({
      text: body.text,
      direction: body.direction,
      policy,
      ...(body.systemPrompt !== undefined ? { systemPrompt: body.systemPrompt } : {}),
    });
    return c.json(verdict, 200);
  });
  app.openapi(eventsRoute, async (c) => {
    const page = await listThreatEvents({
      db,
      organizationId: principalOf(c).organizationId,
      query: c.req.valid('query'),
    });
    return c.json(page, 200);
  });
  app.openapi(statsRoute, async (c) => {
    const { from, to, appId } = c.req.valid('query');
    const range = resolveUsageRange({ from, to });
    return c.json(await firewallStats({ db, organizationId: principalOf(c).organizationId, ...range, appId }), 200);
  });
  return app;
}
