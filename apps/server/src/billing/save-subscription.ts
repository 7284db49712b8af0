import { type Db, schema } from '@sigmacode/db';
import { lte, sql } from 'drizzle-orm';

/**
 * Upserts an organization's subscription as Stripe last described it. `observedAt` is the Stripe event's creation
 * time: an update older than the stored one is skipped, so events arriving out of order (an `updated` after the
 * `deleted`) cannot bring a cancelled subscription back. Fields left undefined keep their stored value (a checkout
 * or invoice event does not describe the period or a cancellation).
 *
 * @example
 * await saveSubscription({ db, id: 'sub_1', organizationId, packageId: 'pro', status: 'active', observedAt })
 */
export async function saveSubscription({
  db,
  id,
  organizationId,
  packageId,
  status,
  currentPeriodEnd,
  canceledAt,
  observedAt,
}: {
  db: Db;
  id: string;
  organizationId: string;
  packageId: string;
  status: string;
  currentPeriodEnd?: Date | null;
  canceledAt?: Date | null;
  observedAt: Date;
}): Promise<void> {
  const table = schema.billingSubscriptions;
  await db
    .insert(table)
    .values({
      id,
      organizationId,
      packageId,
      status,
      currentPeriodEnd: currentPeriodEnd ?? null,
      canceledAt: canceledAt ?? null,
      updatedAt: observedAt,
    })
    .onConflictDoUpdate({
      target: table.id,
      set: {
        status: sql`excluded.status`,
        ...(currentPeriodEnd !== undefined ? { currentPeriodEnd: sql`excluded.current_period_end` } : {}),
        ...(canceledAt !== undefined ? { canceledAt: sql`excluded.canceled_at` } : {}),
        updatedAt: sql`excluded.updated_at`,
      },
      setWhere: lte(table.updatedAt, sql`excluded.updated_at`),
    });
}
