import { type Db, schema } from '@sigmacode/db';
import { findTokenPackage } from '@sigmacode/ledger';
import { eq } from 'drizzle-orm';

/** Whom to credit with how many tokens of which package. */
export interface ResolvedPurchase {
  organizationId: string;
  packageId: string;
  tokens: bigint;
}

/**
 * Reads a purchase from the metadata checkout put on the session or subscription. The organization falls back to
 * the Stripe customer's (billing_customers) and must still exist; the tokens are those sold at checkout time
 * (metadata), else the package's current amount. Null when the object is not one of ours.
 *
 * @example
 * const purchase = await resolvePurchase({ db, metadata: session.metadata, customerId: session.customer })
 */
export async function resolvePurchase({
  db,
  metadata,
  organizationId: fallbackOrganizationId,
  customerId,
}: {
  db: Db;
  metadata: Record<string, string> | null | undefined;
  organizationId?: string | null | undefined;
  customerId?: string | null | undefined;
}): Promise<ResolvedPurchase | null> {
  const packageId = metadata?.packageId;
  if (!packageId) return null;
  const fromMetadata = metadata?.tokens && /^[1-9]\d{0,15}$/.test(metadata.tokens) ? BigInt(metadata.tokens) : null;
  const known = findTokenPackage(packageId);
  const tokens = fromMetadata ?? known?.tokens ?? null;
  if (tokens === null) return null;

  let organizationId = metadata?.organizationId || fallbackOrganizationId || null;
  if (!organizationId && customerId) {
    const [customer] = await db
      .select({ organizationId: schema.billingCustomers.organizationId })
      .from(schema.billingCustomers)
      .where(eq(schema.billingCustomers.stripeCustomerId, customerId))
      .limit(1);
    organizationId = customer?.organizationId ?? null;
  }
  if (!organizationId) return null;
  const [organization] = await db
    .select({ id: schema.organizations.id })
    .from(schema.organizations)
    .where(eq(schema.organizations.id, organizationId))
    .limit(1);
  return organization ? { organizationId, packageId, tokens } : null;
}
