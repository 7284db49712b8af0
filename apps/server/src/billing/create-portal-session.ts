import { AppError } from '@sigmacode/core';
import type { Db } from '@sigmacode/db';
import type Stripe from 'stripe';
import type { Logger } from '../infra/create-logger.js';
import { callStripe } from './call-stripe.js';
import { findStripeCustomer } from './find-stripe-customer.js';
import { requireStripe } from './require-stripe.js';

/**
 * A Stripe customer-portal session (invoices, payment methods, cancelling the subscription) for the organization.
 * An organization that never checked out has no Stripe customer yet: CONFLICT (409) says so.
 *
 * @example
 * const { url } = await createPortalSession({ db, stripe, logger, organizationId, publicUrl })
 */
export async function createPortalSession({
  db,
  stripe,
  logger,
  organizationId,
  publicUrl,
}: {
  db: Db;
  stripe: Stripe | null;
  logger: Logger;
  organizationId: string;
  publicUrl: string;
}): Promise<{ url: string }> {
  const client = requireStripe(stripe);
  const customer = await findStripeCustomer({ db, organizationId });
  if (!customer) {
    throw new AppError('CONFLICT', {
      message: 'This organization has no billing account yet: buy a token package first, then manage it here.',
    });
  }
  const session = await callStripe({
    logger,
    what: 'open the customer portal',
    call: () => client.billingPortal.sessions.create({ customer, return_url: `${publicUrl}/dashboard/settings` }),
  });
  return { url: session.url };
}
