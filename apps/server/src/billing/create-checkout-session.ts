import { AppError } from '@sigmacode/core';
import type { Db } from '@sigmacode/db';
import { findTokenPackage, type TokenPackage } from '@sigmacode/ledger';
import type Stripe from 'stripe';
import type { Logger } from '../infra/create-logger.js';
import type { BillingConfig, CheckoutMode } from './billing-config.js';
import type { CheckoutBody } from './billing-schemas.js';
import { callStripe } from './call-stripe.js';
import { ensureStripeCustomer } from './ensure-stripe-customer.js';
import { requireStripe } from './require-stripe.js';

/**
 * What every Checkout Session (and the subscription it starts) carries, so the webhook knows whom to credit with
 * what even without a database lookup. Stripe metadata values are strings.
 */
export interface PurchaseMetadata {
  organizationId: string;
  packageId: string;
  mode: CheckoutMode;
  tokens: string;
  [key: string]: string;
}

/**
 * Starts a Stripe Checkout for a token package, bought once (`payment`) or monthly (`subscription`), and returns
 * the hosted payment page. The organization is named twice (client_reference_id and metadata) and the Stripe
 * customer is reused, so its invoices and portal stay in one place. Tokens are credited by the webhook, never here.
 *
 * @example
 * const { url } = await createCheckoutSession({ db, stripe, logger, billing, publicUrl, organizationId,
 *   email, input: { packageId: 'pro', mode: 'payment' } })
 */
export async function createCheckoutSession({
  db,
  stripe,
  logger,
  billing,
  publicUrl,
  organizationId,
  email,
  input,
}: {
  db: Db;
  stripe: Stripe | null;
  logger: Logger;
  billing: Pick<BillingConfig, 'stripePriceIds'>;
  publicUrl: string;
  organizationId: string;
  email?: string | undefined;
  input: CheckoutBody;
}): Promise<{ id: string; url: string }> {
  const client = requireStripe(stripe);
  const tokenPackage = findTokenPackage(input.packageId);
  if (!tokenPackage?.modes.includes(input.mode)) {
    throw new AppError('VALIDATION_FAILED', {
      message: `Unknown token package "${input.packageId}" for ${input.mode}.`,
      details: { issues: [{ path: 'packageId', message: 'unknown package' }] },
    });
  }
  const customer = await ensureStripeCustomer({ db, stripe: client, logger, organizationId, email });
  const metadata: PurchaseMetadata = {
    organizationId,
    packageId: tokenPackage.id,
    mode: input.mode,
    tokens: String(tokenPackage.tokens),
  };
  const params: Stripe.Checkout.SessionCreateParams = {
    mode: input.mode,
    customer,
    client_reference_id: organizationId,
    metadata,
    line_items: [
      lineItemOf({ tokenPackage, mode: input.mode, priceId: billing.stripePriceIds[tokenPackage.id]?.[input.mode] }),
    ],
    success_url: `${publicUrl}/dashboard/settings?billing=success`,
    cancel_url: `${publicUrl}/dashboard/settings?billing=cancel`,
    // The subscription's metadata reaches every invoice.paid of it (whom to credit, monthly); on the payment
    // intent it tells an operator in Stripe's dashboard whose payment it is.
    ...(input.mode === 'subscription' ? { subscription_data: { metadata } } : { payment_intent_data: { metadata } }),
  };
  const session = await callStripe({
    logger,
    what: 'start a checkout',
    call: () => client.checkout.sessions.create(params),
  });
  if (!session.url)
    throw new AppError('UPSTREAM_FAILED', { message: 'The payment provider returned no checkout page.' });
  return { id: session.id, url: session.url };
}

/** A configured Stripe price when there is one; otherwise the package's amount inline, monthly for subscriptions. */
function lineItemOf({
  tokenPackage,
  mode,
  priceId,
}: {
  tokenPackage: TokenPackage;
  mode: CheckoutMode;
  priceId: string | undefined;
}): Stripe.Checkout.SessionCreateParams.LineItem {
  if (priceId) return { price: priceId, quantity: 1 };
  return {
    quantity: 1,
    price_data: {
      currency: tokenPackage.currency,
      unit_amount: tokenPackage.amountCents,
      product_data: {
        name: `SIGMACODE ${tokenPackage.name}: ${tokenPackage.tokens.toLocaleString('en-US')} tokens${mode === 'subscription' ? ' per month' : ''}`,
      },
      ...(mode === 'subscription' ? { recurring: { interval: 'month' as const } } : {}),
    },
  };
}
