import { type Db, schema } from '@sigmacode/db';
import { eq } from 'drizzle-orm';

/**
 * The organization's Stripe customer id, or null before its first checkout.
 *
 * @example
 * const customerId = await findStripeCustomer({ db, organizationId }) // 'cus_…' or null
 */
export async function findStripeCustomer({
  db,
  organizationId,
}: {
  db: Db;
  organizationId: string;
}): Promise<string | null> {
  const [row] = await db
    .select({ id: schema.billingCustomers.stripeCustomerId })
    .from(schema.billingCustomers)
    .where(eq(schema.billingCustomers.organizationId, organizationId))
    .limit(1);
  return row?.id ?? null;
}
