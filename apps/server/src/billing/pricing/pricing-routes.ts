import { OpenAPIHono } from '@hono/zod-openapi';
import type { Db } from '@sigmacode/db';
import type { Ledger } from '@sigmacode/ledger';
import type { AppEnv } from '../../http/app-env.js';
import { validationHook } from '../../http/errors/validation-hook.js';
import { consoleRoute, principalOf } from '../../identity/access/index.js';
import { consoleErrorResponses } from '../../routes/console-error-responses.js';
import { jsonContent } from '../../routes/json-content.js';
import { loadPriceList } from './load-price-list.js';
import { getMemberSpendingOf, setMemberSpendingCap } from './member-spending.js';
import {
  MemberParamsSchema,
  MemberSpendingSchema,
  PriceListSchema,
  SetSpendingCapBodySchema,
} from './pricing-schemas.js';

const pricesRoute = consoleRoute({
  access: 'billing:read',
  method: 'get',
  path: '/api/billing/prices',
  tags: ['Billing'],
  summary: 'What each action and model costs the organization, and which level set each price',
  responses: {
    200: { description: 'The effective price list.', ...jsonContent(PriceListSchema) },
    ...consoleErrorResponses,
  },
});

const getSpendingRoute = consoleRoute({
  access: 'billing:read',
  method: 'get',
  path: '/api/organizations/current/members/{memberId}/spending',
  tags: ['Billing'],
  summary: "A member's monthly spending cap and what they spent this month",
  request: { params: MemberParamsSchema },
  responses: {
    200: { description: 'Cap and spending.', ...jsonContent(MemberSpendingSchema) },
    ...consoleErrorResponses,
  },
});

const setCapRoute = consoleRoute({
  access: 'billing:manage',
  method: 'put',
  path: '/api/organizations/current/members/{memberId}/spending-cap',
  tags: ['Billing'],
  summary: "Set or remove a member's monthly spending cap (their AI calls are refused with 402 beyond it)",
  request: { params: MemberParamsSchema, body: { required: true, ...jsonContent(SetSpendingCapBodySchema) } },
  responses: {
    200: { description: 'Cap and spending after the change.', ...jsonContent(MemberSpendingSchema) },
    ...consoleErrorResponses,
  },
});

/**
 * The organization's view of prices and its admins' member spending caps.
 *
 * @example app.route('/', pricingRoutes({ db, ledger }))
 */
export function pricingRoutes({ db, ledger }: { db: Db; ledger: Ledger }): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.openapi(pricesRoute, async (c) =>
    c.json(await loadPriceList({ db, organizationId: principalOf(c).organizationId }), 200),
  );
  app.openapi(getSpendingRoute, async (c) => {
    const spending = await getMemberSpendingOf({
      db,
      ledger,
      organizationId: principalOf(c).organizationId,
      memberId: c.req.valid('param').memberId,
    });
    return c.json(spending, 200);
  });
  app.openapi(setCapRoute, async (c) => {
    const spending = await setMemberSpendingCap({
      db,
      ledger,
      organizationId: principalOf(c).organizationId,
      memberId: c.req.valid('param').memberId,
      monthlyCap: c.req.valid('json').monthlyCap,
    });
    return c.json(spending, 200);
  });
  return app;
}
