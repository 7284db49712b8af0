/** How a package is bought: once (`payment`) or every month (`subscription`); Stripe Checkout's own mode names. */
export const CHECKOUT_MODES = ['payment', 'subscription'] as const;
export type CheckoutMode = (typeof CHECKOUT_MODES)[number];

/** Billing settings, from the environment (see `billingOf` in config/env.ts). */
export interface BillingConfig {
  /** STRIPE_SECRET_KEY; without it checkout and the customer portal answer 503 NOT_CONFIGURED. */
  stripeSecretKey?: string;
  /** STRIPE_WEBHOOK_SECRET; without it the webhook answers 503 NOT_CONFIGURED. */
  stripeWebhookSecret?: string;
  /** Configured Stripe price ids by package id and mode; a missing one is sent inline as price_data. */
  stripePriceIds: Partial<Record<string, Partial<Record<CheckoutMode, string>>>>;
  /** LOW_BALANCE_WEBHOOK_URL: receives a JSON POST when an organization's balance falls below its threshold. */
  lowBalanceWebhookUrl?: string;
  /** SIGNUP_CREDIT_TOKENS: tokens credited once to each new user's personal organization (0: none). */
  signupCredit?: number;
}
