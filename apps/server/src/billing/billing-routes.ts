import { OpenAPIHono } from '@hono/zod-openapi';
import type { Db } from '@sigmacode/db';
import type { Ledger } from '@sigmacode/ledger';
import type Stripe from 'stripe';
import type { AppEnv } from '../http/app-env.js';
import { validationHook } from '../http/errors/validation-hook.js';
import { consoleRoute, principalOf } from '../identity/access/index.js';
import { jsonContent } from '../routes/json-content.js';
import type { BillingConfig } from './billing-config.js';
import { billingErrorResponses } from './billing-error-responses.js';
import {
  BalanceSchema,
  CheckoutBodySchema,
  CheckoutSessionSchema,
  LedgerPageSchema,
  LedgerQuerySchema,
  LowBalanceBodySchema,
  LowBalanceSchema,
  PortalSessionSchema,
  TokenPackageListSchema,
} from './billing-schemas.js';
import { createCheckoutSession } from './create-checkout-session.js';
import { createPortalSession } from './create-portal-session.js';
import { getBalance } from './get-balance.js';
import { listLedgerEntries } from './list-ledger-entries.js';
import { listTokenPackages } from './list-token-packages.js';
import { setLowBalanceThreshold } from './set-low-balance-threshold.js';

const tags = ['Billing'];

const packagesRoute = consoleRoute({
  access: 'public',
  method: 'get',
  path: '/api/billing/packages',
  tags,
  summary: 'The token packages for sale, each one-time or monthly',
  responses: { 200: { description: 'Packages.', ...jsonContent(TokenPackageListSchema) }, ...billingErrorResponses },
});

const checkoutRoute = consoleRoute({
  access: 'billing:manage',
  method: 'post',
  path: '/api/billing/checkout',
  tags,
  summary: "Start a Stripe Checkout for a token package; answers the payment page's URL",
  description: 'Tokens are credited when Stripe confirms the payment (webhook), not when this answers.',
  request: { body: { required: true, ...jsonContent(CheckoutBodySchema) } },
  responses: {
    200: { description: 'The checkout session.', ...jsonContent(CheckoutSessionSchema) },
    ...billingErrorResponses,
  },
});

const portalRoute = consoleRoute({
  access: 'billing:manage',
  method: 'post',
  path: '/api/billing/portal',
  tags,
  summary: "Open Stripe's customer portal (invoices, payment method, cancel the subscription)",
  responses: {
    200: { description: 'The portal session.', ...jsonContent(PortalSessionSchema) },
    ...billingErrorResponses,
  },
});

const balanceRoute = consoleRoute({
  access: 'billing:read',
  method: 'get',
  path: '/api/billing/balance',
  tags,
  summary: "The organization's token balance",
  responses: { 200: { description: 'Balance.', ...jsonContent(BalanceSchema) }, ...billingErrorResponses },
});

const ledgerRoute = consoleRoute({
  access: 'billing:read',
  method: 'get',
  path: '/api/billing/ledger',
  tags,
  summary: "The organization's ledger entries, newest first",
  request: { query: LedgerQuerySchema },
  responses: {
    200: { description: 'One page of entries.', ...jsonContent(LedgerPageSchema) },
    ...billingErrorResponses,
  },
});

const lowBalanceRoute = consoleRoute({
  access: 'billing:manage',
  method: 'put',
  path: '/api/billing/low-balance',
  tags,
  summary: 'Set the low-balance warning (owners and admins are e-mailed when available tokens fall below it)',
  request: { body: { required: true, ...jsonContent(LowBalanceBodySchema) } },
  responses: { 200: { description: 'The threshold.', ...jsonContent(LowBalanceSchema) }, ...billingErrorResponses },
});

/**
 * The organization's side of billing: packages, Stripe Checkout and portal, balance, ledger, low-balance warning.
 *
 * @example
 * app.route('/', billingRoutes({ db, ledger, stripe, publicUrl, billing: config.billing }))
 */
export function billingRoutes({
  db,
  ledger,
  stripe,
  publicUrl,
  billing,
}: {
  db: Db;
  ledger: Ledger;
  stripe: Stripe | null;
  publicUrl: string;
  billing: Pick<BillingConfig, 'stripePriceIds'>;
}): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.openapi(packagesRoute, (c) => c.json({ data: listTokenPackages() }, 200));
  app.openapi(checkoutRoute, async (c) => {
    const principal = principalOf(c);
    const session = await createCheckoutSession({
      db,
      stripe,
      logger: c.get('log'),
      billing,
      publicUrl,
      organizationId: principal.organizationId,
      email: principal.kind === 'user' ? principal.email : undefined,
      input: c.req.valid('json'),
    });
    return c.json(session, 200);
  });
  app.openapi(portalRoute, async (c) => {
    const organizationId = principalOf(c).organizationId;
    return c.json(await createPortalSession({ db, stripe, logger: c.get('log'), organizationId, publicUrl }), 200);
  });
  app.openapi(balanceRoute, async (c) =>
    c.json(await getBalance({ ledger, organizationId: principalOf(c).organizationId }), 200),
  );
  app.openapi(ledgerRoute, async (c) => {
    const { limit, cursor } = c.req.valid('query');
    const organizationId = principalOf(c).organizationId;
    return c.json(await listLedgerEntries({ ledger, organizationId, limit, cursor }), 200);
  });
  app.openapi(lowBalanceRoute, async (c) => {
    const organizationId = principalOf(c).organizationId;
    const { threshold } = c.req.valid('json');
    return c.json(await setLowBalanceThreshold({ ledger, organizationId, threshold }), 200);
  });
  return app;
}
