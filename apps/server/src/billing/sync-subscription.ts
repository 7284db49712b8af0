import { type Db, schema } from '@sigmacode/db';
import { eq } from 'drizzle-orm';
import { resolvePurchase } from './resolve-purchase.js';
import { saveSubscription } from './save-subscription.js';
import type { StripeEventHandler } from './stripe-event-handler.js';
import { type SubscriptionObject, SubscriptionObjectSchema } from './stripe-object-schemas.js';

/**
 * `customer.subscription.updated` and `customer.subscription.deleted`: mirrors the subscription's status, period
 * end and cancellation into billing_subscriptions. Tokens are not touched: they come with paid invoices, and what
 * was paid for stays after a cancellation.
 *
 * @example
 * await syncSubscription({ context, event }) // 'processed' | 'ignored'
 */
export const syncSubscription: StripeEventHandler = async ({ context, event }) => {
  const { db, logger } = context;
  const subscription = SubscriptionObjectSchema.parse(event.data.object);
  const owner = await ownerOf({ db, subscription });
  if (!owner) {
    logger.warn({ stripeEvent: event.id, subscription: subscription.id }, 'subscription of no known organization');
    return 'ignored';
  }
  const periodEnd = subscription.current_period_end ?? subscription.items?.data[0]?.current_period_end ?? null;
  await saveSubscription({
    db,
    id: subscription.id,
    organizationId: owner.organizationId,
    packageId: owner.packageId,
    status: subscription.status,
    currentPeriodEnd: periodEnd === null ? null : new Date(periodEnd * 1000),
    canceledAt: subscription.canceled_at ? new Date(subscription.canceled_at * 1000) : null,
    observedAt: new Date(event.created * 1000),
  });
  return 'processed';
};

/** The stored row's organization and package, else the subscription's own metadata (set at checkout). */
async function ownerOf({
  db,
  subscription,
}: {
  db: Db;
  subscription: SubscriptionObject;
}): Promise<{ organizationId: string; packageId: string } | null> {
  const [stored] = await db
    .select({
      organizationId: schema.billingSubscriptions.organizationId,
      packageId: schema.billingSubscriptions.packageId,
    })
    .from(schema.billingSubscriptions)
    .where(eq(schema.billingSubscriptions.id, subscription.id))
    .limit(1);
  if (stored) return stored;
  return resolvePurchase({ db, metadata: subscription.metadata, customerId: subscription.customer });
}
