import { OpenAPIHono } from '@hono/zod-openapi';
import type { Db } from '@sigmacode/db';
import { setActionPrice, setModelPrice } from '@sigmacode/ledger';
import { recordAudit } from '../../audit/record-audit.js';
import type { AppEnv } from '../../http/app-env.js';
import { validationHook } from '../../http/errors/validation-hook.js';
import { consoleRoute } from '../../identity/access/index.js';
import { consoleErrorResponses } from '../../routes/console-error-responses.js';
import { jsonContent } from '../../routes/json-content.js';
import { OrganizationIdParamsSchema } from '../admin-billing-schemas.js';
import { requireOrganization } from '../require-organization.js';
import { loadPriceList } from './load-price-list.js';
import {
  ActionParamsSchema,
  OrganizationActionParamsSchema,
  PriceListSchema,
  SetActionPriceBodySchema,
  SetModelPriceBodySchema,
} from './pricing-schemas.js';

const tags = ['Platform administration'];
const priceList = { description: 'The price list after the change.', ...jsonContent(PriceListSchema) };

const platformPricesRoute = consoleRoute({
  access: 'platform-admin',
  method: 'get',
  path: '/api/admin/prices',
  tags,
  summary: 'The platform price list: action costs (platform overrides or defaults) and model prices',
  responses: {
    200: { description: 'The platform price list.', ...jsonContent(PriceListSchema) },
    ...consoleErrorResponses,
  },
});

const setPlatformActionRoute = consoleRoute({
  access: 'platform-admin',
  method: 'put',
  path: '/api/admin/prices/actions/{action}',
  tags,
  summary: "Set an action's platform-wide price (null: back to the built-in default)",
  request: { params: ActionParamsSchema, body: { required: true, ...jsonContent(SetActionPriceBodySchema) } },
  responses: { 200: priceList, ...consoleErrorResponses },
});

const setModelRoute = consoleRoute({
  access: 'platform-admin',
  method: 'put',
  path: '/api/admin/prices/models',
  tags,
  summary: "Set a model's price in platform tokens per 1,000 prompt and completion tokens",
  request: { body: { required: true, ...jsonContent(SetModelPriceBodySchema) } },
  responses: { 200: priceList, ...consoleErrorResponses },
});

const organizationPricesRoute = consoleRoute({
  access: 'platform-admin',
  method: 'get',
  path: '/api/admin/organizations/{id}/prices',
  tags,
  summary: "An organization's effective prices",
  request: { params: OrganizationIdParamsSchema },
  responses: { 200: { description: 'The price list.', ...jsonContent(PriceListSchema) }, ...consoleErrorResponses },
});

const setOrganizationActionRoute = consoleRoute({
  access: 'platform-admin',
  method: 'put',
  path: '/api/admin/organizations/{id}/prices/actions/{action}',
  tags,
  summary: "Override an action's price for one organization (null: the platform price applies again)",
  request: {
    params: OrganizationActionParamsSchema,
    body: { required: true, ...jsonContent(SetActionPriceBodySchema) },
  },
  responses: { 200: priceList, ...consoleErrorResponses },
});

/**
 * Platform operators' price management: platform-wide action prices, per-organization overrides and model prices.
 * Organizations cannot change their own prices; they read them at `GET /api/billing/prices`.
 *
 * @example app.route('/', adminPricingRoutes({ db }))
 */
export function adminPricingRoutes({ db }: { db: Db }): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.openapi(platformPricesRoute, async (c) => c.json(await loadPriceList({ db, organizationId: null }), 200));
  app.openapi(setPlatformActionRoute, async (c) => {
    const { cost } = c.req.valid('json');
    const { action } = c.req.valid('param');
    await setActionPrice({ db, organizationId: null, action, cost: toCost(cost) });
    await recordAudit({
      c,
      db,
      event: {
        action: 'platform.price_changed',
        organizationId: null,
        targetType: 'action_price',
        targetId: action,
        details: { cost },
      },
    });
    return c.json(await loadPriceList({ db, organizationId: null }), 200);
  });
  app.openapi(setModelRoute, async (c) => {
    const body = c.req.valid('json');
    await setModelPrice({
      db,
      model: body.model,
      promptPer1k: BigInt(body.promptPer1k),
      completionPer1k: BigInt(body.completionPer1k),
    });
    await recordAudit({
      c,
      db,
      event: {
        action: 'platform.price_changed',
        organizationId: null,
        targetType: 'model_price',
        targetId: body.model,
        details: { promptPer1k: body.promptPer1k, completionPer1k: body.completionPer1k },
      },
    });
    return c.json(await loadPriceList({ db, organizationId: null }), 200);
  });
  app.openapi(organizationPricesRoute, async (c) => {
    const organizationId = c.req.valid('param').id;
    await requireOrganization({ db, organizationId });
    return c.json(await loadPriceList({ db, organizationId }), 200);
  });
  app.openapi(setOrganizationActionRoute, async (c) => {
    const { id: organizationId, action } = c.req.valid('param');
    const { cost } = c.req.valid('json');
    await setActionPrice({ db, organizationId, action, cost: toCost(cost) });
    await recordAudit({
      c,
      db,
      event: {
        action: 'platform.price_changed',
        organizationId,
        targetType: 'action_price',
        targetId: action,
        details: { cost },
      },
    });
    return c.json(await loadPriceList({ db, organizationId }), 200);
  });
  return app;
}

function toCost(cost: number | null): bigint | null {
  return cost === null ? null : BigInt(cost);
}
