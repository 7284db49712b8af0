import { type Database, schema } from '@sigmacode/db';
import { testEngines } from '@sigmacode/db/testing';
import { createLedger, type Ledger } from '@sigmacode/ledger';
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  deliverStripeEvent,
  insertOrganization,
  stripeEvent,
  TEST_WEBHOOK_SECRET,
} from '../testing/billing-harness.js';
import { buildTestApp } from '../testing/build-test-app.js';
import { WebhookAckSchema } from './billing-schemas.js';

describe.each(testEngines())('Stripe webhook on $name', (engine) => {
  let database: Database;
  let ledger: Ledger;
  let app: ReturnType<typeof buildTestApp>;
  let organizationId: string;

  beforeEach(async () => {
    database = await engine.create();
    ledger = createLedger({ db: database.db });
    app = buildTestApp({
      database,
      ledger,
      config: { billing: { stripeWebhookSecret: TEST_WEBHOOK_SECRET, stripePriceIds: {} } },
    });
    organizationId = await insertOrganization({ db: database.db });
  });
  afterEach(async () => {
    await ledger.close();
    await database.close();
  });

  const balanceOf = async (id = organizationId) => (await ledger.getBalance({ organizationId: id })).balance;
  const ackOf = async (res: Response) => {
    expect(res.status).toBe(200);
    return WebhookAckSchema.parse(await res.json());
  };
  const purchases = () => database.db.select().from(schema.tokenPurchases);

  /** A one-time checkout of the Pro package (10,000 tokens for 79.99 USD). */
  const proSession = (overrides: Record<string, unknown> = {}) => ({
    id: 'cs_test_pro',
    object: 'checkout.session',
    mode: 'payment',
    payment_status: 'paid',
    client_reference_id: organizationId,
    customer: 'cus_test_1',
    payment_intent: 'pi_test_pro',
    amount_total: 7999,
    currency: 'usd',
    metadata: { organizationId, packageId: 'pro', mode: 'payment', tokens: '10000' },
    ...overrides,
  });
  /** A paid invoice of the Starter subscription, metadata as API versions from 2025-03-31 carry it. */
  const starterInvoice = (id: string, billingReason = 'subscription_cycle') => ({
    id,
    object: 'invoice',
    customer: 'cus_test_1',
    billing_reason: billingReason,
    amount_paid: 999,
    currency: 'usd',
    parent: {
      type: 'subscription_details',
      subscription_details: {
        subscription: 'sub_test_1',
        metadata: { organizationId, packageId: 'starter', mode: 'subscription', tokens: '1000' },
      },
    },
    lines: { object: 'list', data: [] },
  });

  describe('checkout', () => {
    it('credits a paid checkout exactly once when the event is delivered 10 times at once', async () => {
      const event = stripeEvent({ type: 'checkout.session.completed', object: proSession() });
      const responses = await Promise.all(Array.from({ length: 10 }, () => deliverStripeEvent({ app, event })));
      const acks = await Promise.all(responses.map(ackOf));
      expect(acks.filter((ack) => !ack.duplicate)).toHaveLength(1);
      expect(await balanceOf()).toBe(10_000n);
      expect(await purchases()).toMatchObject([
        { id: 'pur_cs_test_pro', organizationId, packageId: 'pro', tokens: 10_000n, paymentIntentId: 'pi_test_pro' },
      ]);

      expect(await ackOf(await deliverStripeEvent({ app, event }))).toEqual({ received: true, duplicate: true });
      expect(await balanceOf()).toBe(10_000n);
    });

    it('credits a session once when it arrives both as completed and as async_payment_succeeded', async () => {
      await deliverStripeEvent({
        app,
        event: stripeEvent({ type: 'checkout.session.completed', object: proSession() }),
      });
      const again = stripeEvent({ type: 'checkout.session.async_payment_succeeded', object: proSession() });
      expect(await ackOf(await deliverStripeEvent({ app, event: again }))).toEqual({ received: true });
      expect(await balanceOf()).toBe(10_000n);
      expect(await purchases()).toHaveLength(1);
      const { entries } = await ledger.listEntries({ organizationId, limit: 10 });
      expect(entries.map((entry) => entry.idempotencyKey)).toEqual(['stripe:checkout:cs_test_pro']);
    });

    it('waits for an asynchronous payment before crediting', async () => {
      const pending = proSession({ payment_status: 'unpaid' });
      const ack = await ackOf(
        await deliverStripeEvent({ app, event: stripeEvent({ type: 'checkout.session.completed', object: pending }) }),
      );
      expect(ack).toEqual({ received: true, ignored: true });
      expect(await balanceOf()).toBe(0n);
      await deliverStripeEvent({
        app,
        event: stripeEvent({ type: 'checkout.session.async_payment_succeeded', object: proSession() }),
      });
      expect(await balanceOf()).toBe(10_000n);
    });

    it('records a subscription checkout without crediting (the paid invoice does)', async () => {
      const session = proSession({
        id: 'cs_test_sub',
        mode: 'subscription',
        payment_intent: null,
        subscription: 'sub_test_1',
        metadata: { organizationId, packageId: 'starter', mode: 'subscription', tokens: '1000' },
      });
      await deliverStripeEvent({ app, event: stripeEvent({ type: 'checkout.session.completed', object: session }) });
      expect(await balanceOf()).toBe(0n);
      expect(await database.db.select().from(schema.billingSubscriptions)).toMatchObject([
        { id: 'sub_test_1', organizationId, packageId: 'starter', status: 'active' },
      ]);
    });
  });

  describe('signatures', () => {
    it('refuses a bad or missing signature with 400 and changes nothing', async () => {
      const event = stripeEvent({ type: 'checkout.session.completed', object: proSession() });
      const forged = await deliverStripeEvent({ app, event, secret: 'whsec_someone_else' });
      expect(forged.status).toBe(400);
      const missing = await deliverStripeEvent({ app, event, signature: null });
      expect(missing.status).toBe(400);
      const garbage = await deliverStripeEvent({ app, event, signature: 't=1,v1=deadbeef' });
      expect(garbage.status).toBe(400);
      expect(await balanceOf()).toBe(0n);
      expect(await database.db.select().from(schema.stripeEvents)).toEqual([]);
    });

    it('answers 503 NOT_CONFIGURED when no webhook secret is set', async () => {
      const unconfigured = buildTestApp({ database, ledger });
      const res = await deliverStripeEvent({
        app: unconfigured,
        event: stripeEvent({ type: 'checkout.session.completed', object: proSession() }),
      });
      expect(res.status).toBe(503);
      expect(await res.json()).toMatchObject({ error: { code: 'NOT_CONFIGURED' } });
      expect(await balanceOf()).toBe(0n);
    });

    it('acknowledges and ignores event types it does not handle', async () => {
      const event = stripeEvent({ type: 'customer.created', object: { id: 'cus_x', object: 'customer' } });
      expect(await ackOf(await deliverStripeEvent({ app, event }))).toEqual({ received: true, ignored: true });
    });
  });

  describe('subscriptions', () => {
    it('credits the monthly allowance once per paid invoice', async () => {
      const first = stripeEvent({ type: 'invoice.paid', object: starterInvoice('in_1', 'subscription_create') });
      await Promise.all([deliverStripeEvent({ app, event: first }), deliverStripeEvent({ app, event: first })]);
      const firstAgain = stripeEvent({ type: 'invoice.paid', object: starterInvoice('in_1', 'subscription_create') });
      await deliverStripeEvent({ app, event: firstAgain });
      expect(await balanceOf()).toBe(1_000n);

      await deliverStripeEvent({ app, event: stripeEvent({ type: 'invoice.paid', object: starterInvoice('in_2') }) });
      expect(await balanceOf()).toBe(2_000n);
      expect((await purchases()).map((purchase) => purchase.id).sort()).toEqual(['pur_in_1', 'pur_in_2']);
    });

    it('reads the package from line metadata on older API versions, and grants nothing for prorations', async () => {
      const legacy = {
        id: 'in_legacy',
        object: 'invoice',
        customer: 'cus_test_1',
        billing_reason: 'subscription_cycle',
        amount_paid: 7999,
        currency: 'usd',
        subscription: 'sub_legacy',
        payment_intent: 'pi_legacy',
        lines: { data: [{ metadata: { organizationId, packageId: 'pro', mode: 'subscription', tokens: '10000' } }] },
      };
      await deliverStripeEvent({ app, event: stripeEvent({ type: 'invoice.paid', object: legacy }) });
      expect(await balanceOf()).toBe(10_000n);
      const proration = starterInvoice('in_proration', 'subscription_update');
      const ack = await ackOf(
        await deliverStripeEvent({ app, event: stripeEvent({ type: 'invoice.paid', object: proration }) }),
      );
      expect(ack.ignored).toBe(true);
      expect(await balanceOf()).toBe(10_000n);
    });

    it('mirrors status, period end and cancellation, ignoring updates older than what it stored', async () => {
      const subscription = (status: string, canceledAt: number | null) => ({
        id: 'sub_test_1',
        object: 'subscription',
        status,
        customer: 'cus_test_1',
        canceled_at: canceledAt,
        metadata: { organizationId, packageId: 'starter', mode: 'subscription', tokens: '1000' },
        items: { data: [{ current_period_end: 1_900_000_000 }] },
      });
      const now = Math.floor(Date.now() / 1000);
      await deliverStripeEvent({
        app,
        event: stripeEvent({
          type: 'customer.subscription.deleted',
          object: subscription('canceled', now),
          created: now,
        }),
      });
      await deliverStripeEvent({
        app,
        event: stripeEvent({
          type: 'customer.subscription.updated',
          object: subscription('active', null),
          created: now - 60,
        }),
      });
      const [row] = await database.db
        .select()
        .from(schema.billingSubscriptions)
        .where(eq(schema.billingSubscriptions.id, 'sub_test_1'));
      expect(row).toMatchObject({ organizationId, packageId: 'starter', status: 'canceled' });
      expect(row?.canceledAt?.getTime()).toBe(now * 1000);
      expect(row?.currentPeriodEnd?.getTime()).toBe(1_900_000_000_000);
    });
  });

  describe('refunds', () => {
    const charge = (amountRefunded: number) => ({
      id: 'ch_test_pro',
      object: 'charge',
      amount: 8000,
      amount_refunded: amountRefunded,
      payment_intent: 'pi_test_pro',
    });
    const refundEvent = (amountRefunded: number) =>
      stripeEvent({ type: 'charge.refunded', object: charge(amountRefunded) });
    const purchase = async () => (await purchases())[0];

    beforeEach(async () => {
      await deliverStripeEvent({
        app,
        event: stripeEvent({ type: 'checkout.session.completed', object: proSession({ amount_total: 8000 }) }),
      });
      // 7,000 of the 10,000 tokens are spent before the refund.
      const hold = await ledger.hold({ organizationId, amount: 7_000n, ttlMs: 60_000, idempotencyKey: 'call-1' });
      await ledger.settle({ holdId: hold.id, amount: 7_000n });
    });

    it('takes back the unspent tokens, never below zero, and records what was already spent', async () => {
      await deliverStripeEvent({ app, event: refundEvent(8000) });
      expect(await ledger.getBalance({ organizationId })).toMatchObject({ balance: 0n, available: 0n });
      expect(await purchase()).toMatchObject({ tokensReclaimed: 3_000n, tokensUnrecovered: 7_000n });
    });

    it('takes only the difference when a larger cumulative refund follows, and each refund once', async () => {
      // A quarter refunded: a quarter of the tokens (2,500 of the 3,000 left).
      const quarter = refundEvent(2000);
      await Promise.all(Array.from({ length: 5 }, () => deliverStripeEvent({ app, event: quarter })));
      await deliverStripeEvent({ app, event: refundEvent(2000) });
      expect(await balanceOf()).toBe(500n);
      expect(await purchase()).toMatchObject({ tokensReclaimed: 2_500n, tokensUnrecovered: 0n });

      // Then the rest: 7,500 more are due, only 500 are left.
      await deliverStripeEvent({ app, event: refundEvent(8000) });
      expect(await balanceOf()).toBe(0n);
      expect(await purchase()).toMatchObject({ tokensReclaimed: 3_000n, tokensUnrecovered: 7_000n });
      const { entries } = await ledger.listEntries({ organizationId, limit: 10 });
      expect(entries.filter((entry) => entry.kind === 'refund').map((entry) => entry.idempotencyKey)).toEqual([
        'stripe:refund:ch_test_pro:8000',
        'stripe:refund:ch_test_pro:2000',
      ]);
    });

    it('ignores refunds of charges that bought no tokens', async () => {
      const other = { ...charge(100), id: 'ch_other', payment_intent: 'pi_other' };
      const ack = await ackOf(
        await deliverStripeEvent({ app, event: stripeEvent({ type: 'charge.refunded', object: other }) }),
      );
      expect(ack.ignored).toBe(true);
      expect(await balanceOf()).toBe(3_000n);
    });
  });
});
