import { recordTokenPurchase } from './record-token-purchase.js';
import { resolvePurchase } from './resolve-purchase.js';
import { saveSubscription } from './save-subscription.js';
import type { StripeEventHandler } from './stripe-event-handler.js';
import { CheckoutSessionObjectSchema } from './stripe-object-schemas.js';

/**
 * `checkout.session.completed` and `checkout.session.async_payment_succeeded`. A paid one-time purchase is credited
 * under the key `stripe:checkout:<session id>`, so the session is credited once whichever of the two events (and
 * however many deliveries of each) arrive. A subscription checkout only records the subscription: its tokens come
 * with each paid invoice. A session still awaiting an asynchronous payment (bank debits) is credited when
 * `async_payment_succeeded` arrives.
 *
 * @example
 * await fulfillCheckoutSession({ context, event }) // 'processed' | 'ignored'
 */
export const fulfillCheckoutSession: StripeEventHandler = async ({ context, event }) => {
  const { db, ledger, logger } = context;
  const session = CheckoutSessionObjectSchema.parse(event.data.object);
  const purchase = await resolvePurchase({
    db,
    metadata: session.metadata,
    organizationId: session.client_reference_id,
    customerId: session.customer,
  });
  if (!purchase) {
    logger.warn(
      { stripeEvent: event.id, session: session.id },
      'checkout session without a known organization or package',
    );
    return 'ignored';
  }

  if (session.mode === 'subscription') {
    if (!session.subscription) return 'ignored';
    await saveSubscription({
      db,
      id: session.subscription,
      organizationId: purchase.organizationId,
      packageId: purchase.packageId,
      status: 'active',
      observedAt: new Date(event.created * 1000),
    });
    return 'processed';
  }
  if (session.mode !== 'payment' || session.payment_status !== 'paid') return 'ignored';

  await recordTokenPurchase({
    db,
    stripeObjectId: session.id,
    purchase,
    mode: 'payment',
    source: 'checkout',
    amountCents: session.amount_total ?? 0,
    currency: session.currency ?? 'usd',
    paymentIntentId: session.payment_intent ?? null,
  });
  await ledger.credit({
    organizationId: purchase.organizationId,
    amount: purchase.tokens,
    idempotencyKey: `stripe:checkout:${session.id}`,
    kind: 'credit',
    reason: `Token package "${purchase.packageId}" bought`,
    metadata: { stripeCheckoutSession: session.id, packageId: purchase.packageId },
  });
  logger.info(
    { organizationId: purchase.organizationId, session: session.id, tokens: String(purchase.tokens) },
    'tokens credited for a checkout',
  );
  return 'processed';
};
