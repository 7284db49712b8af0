import { creditSubscriptionInvoice } from './credit-subscription-invoice.js';
import { fulfillCheckoutSession } from './fulfill-checkout-session.js';
import { reclaimRefundedTokens } from './reclaim-refunded-tokens.js';
import type { StripeEventHandler } from './stripe-event-handler.js';
import { syncSubscription } from './sync-subscription.js';

/**
 * The Stripe events SIGMACODE acts on (README lists them for the webhook endpoint's configuration). Any other type
 * is acknowledged and ignored.
 *
 * @example
 * const handler = STRIPE_EVENT_HANDLERS['invoice.paid']
 */
export const STRIPE_EVENT_HANDLERS = {
  'checkout.session.completed': fulfillCheckoutSession,
  'checkout.session.async_payment_succeeded': fulfillCheckoutSession,
  'invoice.paid': creditSubscriptionInvoice,
  'charge.refunded': reclaimRefundedTokens,
  'customer.subscription.updated': syncSubscription,
  'customer.subscription.deleted': syncSubscription,
} as const satisfies Record<string, StripeEventHandler>;

export type HandledStripeEventType = keyof typeof STRIPE_EVENT_HANDLERS;
