import { OpenAPIHono } from '@hono/zod-openapi';
import { AppError } from '@sigmacode/core';
import type { Db } from '@sigmacode/db';
import type { Ledger } from '@sigmacode/ledger';
import { recordAudit } from '../audit/record-audit.js';
import type { AppEnv } from '../http/app-env.js';
import { validationHook } from '../http/errors/validation-hook.js';
import { consoleRoute, principalOf } from '../identity/access/index.js';
import { jsonContent } from '../routes/json-content.js';
import {
  GrantTokensBodySchema,
  IdempotencyHeadersSchema,
  OrganizationIdParamsSchema,
  RefundTokensBodySchema,
  TokenGrantSchema,
} from './admin-billing-schemas.js';
import { billingErrorResponses } from './billing-error-responses.js';
import { grantTokens } from './grant-tokens.js';
import { refundTokens } from './refund-tokens.js';

const tags = ['Platform administration'];

const grantRoute = consoleRoute({
  access: 'platform-admin',
  method: 'post',
  path: '/api/admin/organizations/{id}/credits',
  tags,
  summary: 'Grant an organization tokens (negative: take tokens away, never more than are available)',
  request: {
    params: OrganizationIdParamsSchema,
    headers: IdempotencyHeadersSchema,
    body: { required: true, ...jsonContent(GrantTokensBodySchema) },
  },
  responses: {
    201: { description: 'The ledger entry and the new balance.', ...jsonContent(TokenGrantSchema) },
    ...billingErrorResponses,
  },
});

const refundRoute = consoleRoute({
  access: 'platform-admin',
  method: 'post',
  path: '/api/admin/organizations/{id}/refunds',
  tags,
  summary: 'Give an organization tokens back by hand (recorded as a refund)',
  request: {
    params: OrganizationIdParamsSchema,
    headers: IdempotencyHeadersSchema,
    body: { required: true, ...jsonContent(RefundTokensBodySchema) },
  },
  responses: {
    201: { description: 'The ledger entry and the new balance.', ...jsonContent(TokenGrantSchema) },
    ...billingErrorResponses,
  },
});

/**
 * Platform operators' token grants and manual refunds, for any organization.
 *
 * @example
 * app.route('/', adminBillingRoutes({ db, ledger }))
 */
export function adminBillingRoutes({ db, ledger }: { db: Db; ledger: Ledger }): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.openapi(grantRoute, async (c) => {
    const input = c.req.valid('json');
    const organizationId = c.req.valid('param').id;
    const grant = await grantTokens({
      db,
      ledger,
      operatorId: operatorOf(c),
      organizationId,
      input,
      idempotencyKey: c.req.valid('header')['idempotency-key'],
    });
    await recordAudit({
      c,
      db,
      event: {
        action: input.amount > 0 ? 'billing.credit' : 'billing.adjustment',
        organizationId,
        targetType: 'ledger_entry',
        targetId: grant.entry?.id ?? null,
        details: { amount: input.amount, reason: input.reason ?? null, operator: true },
      },
    });
    return c.json(grant, 201);
  });
  app.openapi(refundRoute, async (c) => {
    const input = c.req.valid('json');
    const organizationId = c.req.valid('param').id;
    const refund = await refundTokens({
      db,
      ledger,
      operatorId: operatorOf(c),
      organizationId,
      input,
      idempotencyKey: c.req.valid('header')['idempotency-key'],
    });
    await recordAudit({
      c,
      db,
      event: {
        action: 'billing.refund',
        organizationId,
        targetType: 'ledger_entry',
        targetId: refund.entry?.id ?? null,
        details: { amount: input.amount, reason: input.reason ?? null, operator: true },
      },
    });
    return c.json(refund, 201);
  });
  return app;
}

/** The operator's user id: platform-admin routes admit signed-in operators only, never API keys. */
function operatorOf(c: Parameters<typeof principalOf>[0]): string {
  const principal = principalOf(c);
  if (principal.kind !== 'user') throw new AppError('FORBIDDEN', { message: 'Only platform operators may do this.' });
  return principal.userId;
}
