import { AppError } from '@sigmacode/core';
import type Stripe from 'stripe';

/**
 * The Stripe client, or 503 NOT_CONFIGURED naming what the operator must set. Everything else (balances, usage,
 * operator grants) works without Stripe.
 *
 * @example
 * const client = requireStripe(stripe)
 */
export function requireStripe(stripe: Stripe | null): Stripe {
  if (!stripe) {
    throw new AppError('NOT_CONFIGURED', {
      message:
        'Payments are not configured on this server: set STRIPE_SECRET_KEY (and STRIPE_WEBHOOK_SECRET for the ' +
        'webhook) and restart it.',
    });
  }
  return stripe;
}
