import Stripe from 'stripe';

/**
 * The Stripe client for a secret key, or null when payments are not configured. Network failures are retried
 * (Stripe's idempotency keys make that safe); the API version is the one this SDK release is built for.
 *
 * @example
 * const stripe = createStripeClient({ secretKey: config.billing.stripeSecretKey })
 */
export function createStripeClient({
  secretKey,
  version,
}: {
  secretKey: string | undefined;
  version?: string;
}): Stripe | null {
  if (!secretKey) return null;
  return new Stripe(secretKey, {
    maxNetworkRetries: 2,
    timeout: 20_000,
    appInfo: { name: 'SIGMACODE', ...(version ? { version } : {}) },
  });
}
