import { OpenAPIHono } from '@hono/zod-openapi';
import type { Db } from '@sigmacode/db';
import type { Ledger } from '@sigmacode/ledger';
import type Stripe from 'stripe';
import type { AppEnv } from '../http/app-env.js';
import { validationHook } from '../http/errors/validation-hook.js';
import { consoleRoute } from '../identity/access/index.js';
import { createKeyedMutex } from '../infra/keyed-mutex.js';
import { jsonContent } from '../routes/json-content.js';
import { billingErrorResponses } from './billing-error-responses.js';
import { WebhookAckSchema } from './billing-schemas.js';
import { processStripeWebhook } from './process-stripe-webhook.js';
import { STRIPE_EVENT_HANDLERS } from './stripe-event-handlers.js';

const webhookRoute = consoleRoute({
  access: 'public',
  method: 'post',
  path: '/api/billing/webhook',
  tags: ['Billing'],
  summary: "Stripe's webhook endpoint (signed with STRIPE_WEBHOOK_SECRET)",
  description:
    'Called by Stripe, authenticated by the `Stripe-Signature` header over the raw body. ' +
    `Handled events: ${Object.keys(STRIPE_EVENT_HANDLERS).join(', ')}; others are acknowledged and ignored.`,
  responses: {
    200: { description: 'Received (possibly a duplicate, or ignored).', ...jsonContent(WebhookAckSchema) },
    ...billingErrorResponses,
  },
});

/**
 * The Stripe webhook. It declares no body schema on purpose: the signature covers the exact bytes sent, so the raw
 * text is read before anything parses it.
 *
 * @example
 * app.route('/', stripeWebhookRoutes({ db, ledger, webhookSecret: config.billing.stripeWebhookSecret }))
 */
export function stripeWebhookRoutes({
  db,
  ledger,
  webhookSecret,
  stripe = null,
}: {
  db: Db;
  ledger: Ledger;
  webhookSecret: string | undefined;
  stripe?: Stripe | null;
}): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  const mutex = createKeyedMutex();
  app.openapi(webhookRoute, async (c) => {
    const ack = await processStripeWebhook({
      context: { db, ledger, logger: c.get('log'), mutex, stripe },
      secret: webhookSecret,
      payload: await c.req.text(),
      signature: c.req.header('stripe-signature'),
    });
    return c.json(ack, 200);
  });
  return app;
}
