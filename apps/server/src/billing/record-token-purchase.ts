import { type Db, schema } from '@sigmacode/db';
import type { CheckoutMode } from './billing-config.js';
import type { ResolvedPurchase } from './resolve-purchase.js';

/**
 * Records a paid purchase once: the id is derived from the Stripe object (`pur_<session or invoice id>`), so
 * redeliveries and racing deliveries insert one row. Written before the credit, so a refund that arrives right
 * after finds the purchase it refunds.
 *
 * @example
 * await recordTokenPurchase({ db, stripeObjectId: session.id, purchase, mode: 'payment', source: 'checkout', ... })
 */
export async function recordTokenPurchase({
  db,
  stripeObjectId,
  purchase,
  mode,
  source,
  amountCents,
  currency,
  paymentIntentId,
}: {
  db: Db;
  stripeObjectId: string;
  purchase: ResolvedPurchase;
  mode: CheckoutMode;
  source: 'checkout' | 'invoice';
  amountCents: number;
  currency: string;
  paymentIntentId: string | null;
}): Promise<void> {
  await db
    .insert(schema.tokenPurchases)
    .values({
      id: `pur_${stripeObjectId}`,
      organizationId: purchase.organizationId,
      packageId: purchase.packageId,
      mode,
      source,
      tokens: purchase.tokens,
      amountCents,
      currency,
      paymentIntentId,
    })
    .onConflictDoNothing();
}
