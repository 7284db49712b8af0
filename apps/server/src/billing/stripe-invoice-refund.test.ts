import { type Database, schema } from '@sigmacode/db';
import { testEngines } from '@sigmacode/db/testing';
import { createLedger, type Ledger } from '@sigmacode/ledger';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  deliverStripeEvent,
  insertOrganization,
  startFakeStripe,
  stripeEvent,
  TEST_WEBHOOK_SECRET,
} from '../testing/billing-harness.js';
import { buildTestApp } from '../testing/build-test-app.js';

/**
 * Since Stripe API 2025-03-31 a paid invoice no longer names its PaymentIntent and a charge no longer names its
 * invoice; the webhook links them through the InvoicePayments API so a refunded subscription charge still takes back
 * that month's tokens.
 */
describe.each(testEngines())('refunds of subscription invoices on $name', (engine) => {
  let database: Database;
  let ledger: Ledger;
  let fake: Awaited<ReturnType<typeof startFakeStripe>>;
  let routes: Record<string, Record<string, unknown>>;
  let app: ReturnType<typeof buildTestApp>;
  let organizationId: string;

  beforeEach(async () => {
    database = await engine.create();
    ledger = createLedger({ db: database.db });
    routes = {};
    fake = await startFakeStripe({ routes });
    app = buildTestApp({
      database,
      ledger,
      stripe: fake.stripe,
      config: { billing: { stripeWebhookSecret: TEST_WEBHOOK_SECRET, stripePriceIds: {} } },
    });
    organizationId = await insertOrganization({ db: database.db });
  });
  afterEach(async () => {
    await fake.close();
    await ledger.close();
    await database.close();
  });

  const invoicePayments = {
    object: 'list',
    has_more: false,
    url: '/v1/invoice_payments',
    data: [
      {
        id: 'inpay_1',
        object: 'invoice_payment',
        invoice: 'in_month_1',
        status: 'paid',
        payment: { type: 'payment_intent', payment_intent: 'pi_month_1' },
      },
    ],
  };
  const paidInvoice = () =>
    stripeEvent({
      type: 'invoice.paid',
      object: {
        id: 'in_month_1',
        object: 'invoice',
        customer: 'cus_1',
        billing_reason: 'subscription_create',
        amount_paid: 999,
        currency: 'usd',
        parent: {
          subscription_details: {
            subscription: 'sub_1',
            metadata: { organizationId, packageId: 'starter', mode: 'subscription', tokens: '1000' },
          },
        },
      },
    });
  const refund = (amountRefunded: number) =>
    stripeEvent({
      type: 'charge.refunded',
      object: {
        id: 'ch_month_1',
        object: 'charge',
        amount: 999,
        amount_refunded: amountRefunded,
        payment_intent: 'pi_month_1',
      },
    });
  const purchase = async () => (await database.db.select().from(schema.tokenPurchases))[0];

  it('records the PaymentIntent of a paid invoice and takes the tokens back on refund', async () => {
    routes['GET /v1/invoice_payments'] = invoicePayments;
    await deliverStripeEvent({ app, event: paidInvoice() });
    expect(await purchase()).toMatchObject({ paymentIntentId: 'pi_month_1', tokens: 1000n });
    expect(fake.requests.find((request) => request.path === '/v1/invoice_payments')).toBeDefined();

    await deliverStripeEvent({ app, event: refund(999) });
    expect((await ledger.getBalance({ organizationId })).balance).toBe(0n);
    expect(await purchase()).toMatchObject({ tokensReclaimed: 1000n, tokensUnrecovered: 0n });
  });

  it('credits the invoice even when the lookup fails, and links it when the refund arrives', async () => {
    // Stripe has no answer at first (404): the month is credited all the same, without a PaymentIntent.
    await deliverStripeEvent({ app, event: paidInvoice() });
    expect((await ledger.getBalance({ organizationId })).balance).toBe(1000n);
    expect((await purchase())?.paymentIntentId).toBeNull();

    routes['GET /v1/invoice_payments'] = invoicePayments;
    await deliverStripeEvent({ app, event: refund(500) });
    expect(await purchase()).toMatchObject({ paymentIntentId: 'pi_month_1', tokensReclaimed: 500n });
    expect((await ledger.getBalance({ organizationId })).balance).toBe(500n);
  });
});
