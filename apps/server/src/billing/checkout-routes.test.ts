import { ConsoleErrorBodySchema } from '@sigmacode/core';
import { type Database, schema } from '@sigmacode/db';
import { testEngines } from '@sigmacode/db/testing';
import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeStripe } from '../testing/billing-harness.js';
import { buildTestApp } from '../testing/build-test-app.js';
import { asUser, jsonBody, signUp, type TestUser } from '../testing/identity-harness.js';
import { CheckoutSessionSchema, PortalSessionSchema, TokenPackageListSchema } from './billing-schemas.js';

const CHECKOUT_URL = 'https://checkout.stripe.com/c/pay/cs_test_1';
const PORTAL_URL = 'https://billing.stripe.com/p/session/test_1';

describe.each(testEngines())('checkout and portal on $name', (engine) => {
  let database: Database;
  let fake: Awaited<ReturnType<typeof startFakeStripe>>;
  let owner: TestUser;
  let organizationId: string;

  beforeAll(async () => {
    fake = await startFakeStripe({
      routes: {
        'POST /v1/customers': { id: 'cus_test_1', object: 'customer' },
        'POST /v1/checkout/sessions': { id: 'cs_test_1', object: 'checkout.session', url: CHECKOUT_URL },
        'POST /v1/billing_portal/sessions': { id: 'bps_1', object: 'billing_portal.session', url: PORTAL_URL },
      },
    });
  });
  afterAll(async () => {
    await fake.close();
  });
  beforeEach(async () => {
    database = await engine.create();
    fake.requests.length = 0;
  });
  afterEach(async () => {
    await database.close();
  });

  /** The app with the Stripe client pointed at the local fake, and the owner of a personal organization. */
  async function appWithStripe(priceIds: Record<string, { payment?: string; subscription?: string }> = {}) {
    const app = buildTestApp({
      database,
      stripe: fake.stripe,
      config: { billing: { stripeSecretKey: 'sk_test_fake', stripePriceIds: priceIds } },
    });
    owner = await signUp({ app, email: 'owner@billing.test' });
    const me = (await (await app.request('/api/me', { headers: asUser(owner) })).json()) as {
      organization: { id: string };
    };
    organizationId = me.organization.id;
    return app;
  }
  const checkout = (app: ReturnType<typeof buildTestApp>, user: TestUser, body: unknown) =>
    app.request('/api/billing/checkout', jsonBody(body, asUser(user)));

  it('lists the four packages, each one-time and monthly, without Stripe and without signing in', async () => {
    const res = await buildTestApp({ database }).request('/api/billing/packages');
    expect(res.status).toBe(200);
    const { data } = TokenPackageListSchema.parse(await res.json());
    expect(data.map(({ id, tokens, amountCents, currency }) => [id, tokens, amountCents, currency])).toEqual([
      ['starter', 1_000, 999, 'usd'],
      ['pro', 10_000, 7_999, 'usd'],
      ['business', 50_000, 29_999, 'usd'],
      ['enterprise', 200_000, 99_999, 'usd'],
    ]);
    expect(data.every((pkg) => pkg.modes.join() === 'payment,subscription')).toBe(true);
  });

  it('answers 503 NOT_CONFIGURED, naming STRIPE_SECRET_KEY, when payments are not configured', async () => {
    const app = buildTestApp({ database });
    const user = await signUp({ app, email: 'owner@billing.test' });
    const res = await checkout(app, user, { packageId: 'pro', mode: 'payment' });
    expect(res.status).toBe(503);
    const { error } = ConsoleErrorBodySchema.parse(await res.json());
    expect(error.code).toBe('NOT_CONFIGURED');
    expect(error.message).toMatch(/Payments are not configured on this server: set STRIPE_SECRET_KEY/);
    expect((await app.request('/api/billing/portal', { method: 'POST', headers: asUser(user) })).status).toBe(503);
  });

  it('starts a subscription checkout naming the organization, package and tokens, with an inline monthly price', async () => {
    const app = await appWithStripe();
    const res = await checkout(app, owner, { packageId: 'pro', mode: 'subscription' });
    expect(res.status).toBe(200);
    expect(CheckoutSessionSchema.parse(await res.json())).toEqual({ id: 'cs_test_1', url: CHECKOUT_URL });

    const [customer, session] = fake.requests;
    expect(customer?.path).toBe('/v1/customers');
    expect(customer?.form.get('metadata[organizationId]')).toBe(organizationId);
    expect(session?.path).toBe('/v1/checkout/sessions');
    const form = Object.fromEntries(session?.form ?? []);
    expect(form).toMatchObject({
      mode: 'subscription',
      customer: 'cus_test_1',
      client_reference_id: organizationId,
      'metadata[organizationId]': organizationId,
      'metadata[packageId]': 'pro',
      'metadata[mode]': 'subscription',
      'metadata[tokens]': '10000',
      'subscription_data[metadata][organizationId]': organizationId,
      'subscription_data[metadata][packageId]': 'pro',
      'subscription_data[metadata][tokens]': '10000',
      'line_items[0][quantity]': '1',
      'line_items[0][price_data][currency]': 'usd',
      'line_items[0][price_data][unit_amount]': '7999',
      'line_items[0][price_data][recurring][interval]': 'month',
      success_url: 'http://localhost:3000/dashboard/settings?billing=success',
      cancel_url: 'http://localhost:3000/dashboard/settings?billing=cancel',
    });
    const [row] = await database.db
      .select()
      .from(schema.billingCustomers)
      .where(eq(schema.billingCustomers.organizationId, organizationId));
    expect(row?.stripeCustomerId).toBe('cus_test_1');
  });

  it('uses a configured price id and reuses the customer on the next checkout', async () => {
    const app = await appWithStripe({ starter: { payment: 'price_starter_once' } });
    expect((await checkout(app, owner, { packageId: 'pro', mode: 'payment' })).status).toBe(200);
    expect((await checkout(app, owner, { packageId: 'starter', mode: 'payment' })).status).toBe(200);
    expect(fake.requests.map((request) => request.path)).toEqual([
      '/v1/customers',
      '/v1/checkout/sessions',
      '/v1/checkout/sessions',
    ]);
    const once = Object.fromEntries(fake.requests[1]?.form ?? []);
    expect(once).toMatchObject({ mode: 'payment', 'payment_intent_data[metadata][packageId]': 'pro' });
    expect(once['line_items[0][price_data][recurring][interval]']).toBeUndefined();
    const configured = Object.fromEntries(fake.requests[2]?.form ?? []);
    expect(configured).toMatchObject({ customer: 'cus_test_1', 'line_items[0][price]': 'price_starter_once' });
    expect(configured['line_items[0][price_data][unit_amount]']).toBeUndefined();
  });

  it('refuses an unknown package and lets viewers see but not buy', async () => {
    const app = await appWithStripe();
    expect((await checkout(app, owner, { packageId: 'platinum', mode: 'payment' })).status).toBe(400);
    expect((await checkout(app, owner, { packageId: 'pro', mode: 'forever' })).status).toBe(400);

    const viewer = await signUp({ app, email: 'viewer@billing.test' });
    await database.db
      .insert(schema.members)
      .values({ id: 'mem_viewer', organizationId, userId: viewer.userId, role: 'viewer' });
    await database.db
      .update(schema.sessions)
      .set({ activeOrganizationId: organizationId })
      .where(eq(schema.sessions.userId, viewer.userId));
    const denied = await checkout(app, viewer, { packageId: 'pro', mode: 'payment' });
    expect(denied.status).toBe(403);
    expect((await app.request('/api/billing/balance', { headers: asUser(viewer) })).status).toBe(200);
    expect(fake.requests).toEqual([]);
  });

  it('opens the customer portal once the organization has a Stripe customer', async () => {
    const app = await appWithStripe();
    const portal = () => app.request('/api/billing/portal', { method: 'POST', headers: asUser(owner) });
    const before = await portal();
    expect(before.status).toBe(409);
    expect(ConsoleErrorBodySchema.parse(await before.json()).error.message).toMatch(/buy a token package first/);

    await checkout(app, owner, { packageId: 'starter', mode: 'subscription' });
    const after = await portal();
    expect(after.status).toBe(200);
    expect(PortalSessionSchema.parse(await after.json())).toEqual({ url: PORTAL_URL });
    const request = fake.requests.at(-1);
    expect(request?.path).toBe('/v1/billing_portal/sessions');
    expect(Object.fromEntries(request?.form ?? [])).toEqual({
      customer: 'cus_test_1',
      return_url: 'http://localhost:3000/dashboard/settings',
    });
  });
});
