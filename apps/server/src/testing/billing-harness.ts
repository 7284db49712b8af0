import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { newId } from '@sigmacode/core';
import { type Db, schema } from '@sigmacode/db';
import Stripe from 'stripe';
import type { AppEnv } from '../http/app-env.js';

type App = OpenAPIHono<AppEnv>;

/** The webhook signing secret tests configure. */
export const TEST_WEBHOOK_SECRET = 'whsec_test_secret';

/**
 * A Stripe event envelope around `object`, as Stripe posts it.
 *
 * @example
 * const event = stripeEvent({ type: 'invoice.paid', object: { id: 'in_1', ... } })
 */
export function stripeEvent({
  type,
  object,
  id = newId('evt'),
  created = Math.floor(Date.now() / 1000),
  previousAttributes,
}: {
  type: string;
  object: Record<string, unknown>;
  id?: string;
  created?: number;
  previousAttributes?: Record<string, unknown>;
}): Record<string, unknown> {
  return {
    id,
    object: 'event',
    api_version: Stripe.API_VERSION,
    created,
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    type,
    data: { object, ...(previousAttributes ? { previous_attributes: previousAttributes } : {}) },
  };
}

/**
 * Posts an event to the webhook as Stripe would: the JSON body signed with the secret in `Stripe-Signature`.
 *
 * @example
 * const res = await deliverStripeEvent({ app, event })
 */
export function deliverStripeEvent({
  app,
  event,
  secret = TEST_WEBHOOK_SECRET,
  signature,
}: {
  app: App;
  event: Record<string, unknown>;
  secret?: string;
  /** Overrides the computed header (bad signatures). */
  signature?: string | null;
}): Promise<Response> {
  const payload = JSON.stringify(event);
  const header = signature === undefined ? Stripe.webhooks.generateTestHeaderString({ payload, secret }) : signature;
  return Promise.resolve(
    app.request('/api/billing/webhook', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(header === null ? {} : { 'Stripe-Signature': header }) },
      body: payload,
    }),
  );
}

/** An organization inserted directly (webhook tests need no signed-in people). */
export async function insertOrganization({ db, name = 'Acme' }: { db: Db; name?: string }): Promise<string> {
  const id = newId('org');
  await db.insert(schema.organizations).values({ id, name, slug: id });
  return id;
}

export interface RecordedStripeRequest {
  method: string;
  path: string;
  form: URLSearchParams;
}

/**
 * A tiny local stand-in for api.stripe.com: records each form-encoded request and answers from `routes`
 * (`'POST /v1/customers'` → JSON body). The returned client talks to it over plain HTTP.
 *
 * @example
 * const fake = await startFakeStripe({ routes: { 'POST /v1/customers': { id: 'cus_1', object: 'customer' } } })
 * const app = buildTestApp({ database, stripe: fake.stripe })
 * await fake.close()
 */
export async function startFakeStripe({
  routes,
}: {
  routes: Record<string, Record<string, unknown>>;
}): Promise<{ stripe: Stripe; requests: RecordedStripeRequest[]; close(): Promise<void> }> {
  const requests: RecordedStripeRequest[] = [];
  const server = createServer(async (req, res) => {
    const body = await readBody(req);
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    requests.push({ method: req.method ?? 'GET', path, form: new URLSearchParams(body) });
    const answer = routes[`${req.method} ${path}`];
    res.setHeader('Content-Type', 'application/json');
    if (!answer) {
      res.statusCode = 404;
      res.end(JSON.stringify({ error: { type: 'invalid_request_error', message: `No route ${req.method} ${path}` } }));
      return;
    }
    res.end(JSON.stringify(answer));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const stripe = new Stripe('sk_test_fake', { host: '127.0.0.1', port, protocol: 'http', maxNetworkRetries: 0 });
  return {
    stripe,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function readBody(req: IncomingMessage): Promise<string> {
  let body = '';
  for await (const chunk of req) body += String(chunk);
  return body;
}
