import { type Database, schema } from '@sigmacode/db';
import { testEngines } from '@sigmacode/db/testing';
import { createLedger, type Ledger } from '@sigmacode/ledger';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  deliverStripeEvent,
  insertOrganization,
  stripeEvent,
  TEST_WEBHOOK_SECRET,
} from '../testing/billing-harness.js';
import { buildTestApp } from '../testing/build-test-app.js';

/**
 * Two server instances (two apps with their own ledger and in-process mutex on one database) receive refund events
 * of one charge at the same time. Stripe's `amount_refunded` is cumulative, so the tokens taken back must equal the
 * share of the largest refund — never the sum of the levels.
 */
describe.each(testEngines())('concurrent refunds across instances on $name', (engine) => {
  let database: Database;
  let ledgers: Ledger[];
  let apps: ReturnType<typeof buildTestApp>[];
  let organizationId: string;

  beforeEach(async () => {
    database = await engine.create();
    ledgers = [createLedger({ db: database.db }), createLedger({ db: database.db })];
    apps = ledgers.map((ledger) =>
      buildTestApp({
        database,
        ledger,
        config: { billing: { stripeWebhookSecret: TEST_WEBHOOK_SECRET, stripePriceIds: {} } },
      }),
    );
    organizationId = await insertOrganization({ db: database.db });
    const session = {
      id: 'cs_refund_race',
      object: 'checkout.session',
      mode: 'payment',
      payment_status: 'paid',
      client_reference_id: organizationId,
      customer: 'cus_race',
      payment_intent: 'pi_race',
      amount_total: 8000,
      currency: 'usd',
      metadata: { organizationId, packageId: 'pro', mode: 'payment', tokens: '10000' },
    };
    await deliverStripeEvent({
      app: apps[0] as (typeof apps)[number],
      event: stripeEvent({ type: 'checkout.session.completed', object: session }),
    });
  });
  afterEach(async () => {
    for (const ledger of ledgers) await ledger.close();
    await database.close();
  });

  const refund = (amountRefunded: number) =>
    stripeEvent({
      type: 'charge.refunded',
      object: {
        id: 'ch_race',
        object: 'charge',
        amount: 8000,
        amount_refunded: amountRefunded,
        payment_intent: 'pi_race',
      },
    });

  it('takes back exactly the largest refunded share, whatever the order and duplication of events', async () => {
    const events = [refund(2000), refund(4000), refund(3000)];
    await Promise.all(
      Array.from({ length: 12 }, (_, index) =>
        deliverStripeEvent({
          app: apps[index % 2] as (typeof apps)[number],
          event: events[index % 3] as (typeof events)[number],
        }),
      ),
    );
    const [purchase] = await database.db.select().from(schema.tokenPurchases);
    expect(purchase).toMatchObject({ tokensClaimed: 5_000n, tokensReclaimed: 5_000n, tokensUnrecovered: 0n });
    expect((await ledgers[0]?.getBalance({ organizationId }))?.balance).toBe(5_000n);

    // The full refund later takes the rest, once.
    await Promise.all([
      deliverStripeEvent({ app: apps[0] as (typeof apps)[number], event: refund(8000) }),
      deliverStripeEvent({ app: apps[1] as (typeof apps)[number], event: refund(8000) }),
    ]);
    expect((await ledgers[1]?.getBalance({ organizationId }))?.balance).toBe(0n);
    const [after] = await database.db.select().from(schema.tokenPurchases);
    expect(after).toMatchObject({ tokensReclaimed: 10_000n, tokensUnrecovered: 0n });
  });
});
