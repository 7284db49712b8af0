import { AppError } from '@sigmacode/core';
import { type Db, schema } from '@sigmacode/db';
import { eq } from 'drizzle-orm';
import type Stripe from 'stripe';
import type { Logger } from '../infra/create-logger.js';
import { callStripe } from './call-stripe.js';
import { findStripeCustomer } from './find-stripe-customer.js';

/**
 * The organization's Stripe customer id, creating the customer at its first checkout. One customer per
 * organization, even when two first checkouts race: Stripe's idempotency key makes both calls create the same
 * customer, and the row's primary key keeps one mapping.
 *
 * @example
 * const customerId = await ensureStripeCustomer({ db, stripe, logger, organizationId, email: 'owner@acme.test' })
 */
export async function ensureStripeCustomer({
  db,
  stripe,
  logger,
  organizationId,
  email,
}: {
  db: Db;
  stripe: Stripe;
  logger: Logger;
  organizationId: string;
  email?: string | undefined;
}): Promise<string> {
  const existing = await findStripeCustomer({ db, organizationId });
  if (existing) return existing;
  const [organization] = await db
    .select({ name: schema.organizations.name })
    .from(schema.organizations)
    .where(eq(schema.organizations.id, organizationId))
    .limit(1);
  if (!organization) throw new AppError('NOT_FOUND', { message: 'No such organization.' });
  const customer = await callStripe({
    logger,
    what: 'create a customer',
    call: () =>
      stripe.customers.create(
        { name: organization.name, ...(email ? { email } : {}), metadata: { organizationId } },
        { idempotencyKey: `sigmacode:customer:${organizationId}` },
      ),
  });
  await db
    .insert(schema.billingCustomers)
    .values({ organizationId, stripeCustomerId: customer.id })
    .onConflictDoNothing();
  const stored = await findStripeCustomer({ db, organizationId });
  if (!stored) throw new AppError('INTERNAL', { message: 'The Stripe customer was not stored.' });
  return stored;
}
