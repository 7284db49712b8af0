import { z } from 'zod';

/**
 * The parts of Stripe's objects the webhook reads, parsed with zod rather than trusted as Stripe's TypeScript types:
 * the account's API version decides the payload shape, so fields that moved between versions (an invoice's
 * subscription and payment intent, a subscription's period end) are accepted in both places.
 */
const metadata = z.record(z.string(), z.string()).nullish();
const idOf = z.union([z.string(), z.object({ id: z.string() }).transform((object) => object.id)]).nullish();

export const CheckoutSessionObjectSchema = z.object({
  id: z.string(),
  mode: z.enum(['payment', 'subscription', 'setup']),
  payment_status: z.string(),
  client_reference_id: z.string().nullish(),
  metadata,
  customer: idOf,
  payment_intent: idOf,
  subscription: idOf,
  amount_total: z.number().int().nullish(),
  currency: z.string().nullish(),
});
export type CheckoutSessionObject = z.infer<typeof CheckoutSessionObjectSchema>;

export const InvoiceObjectSchema = z.object({
  id: z.string(),
  customer: idOf,
  billing_reason: z.string().nullish(),
  amount_paid: z.number().int(),
  currency: z.string(),
  /** API versions before 2025-03-31. */
  subscription: idOf,
  payment_intent: idOf,
  subscription_details: z.object({ metadata }).nullish(),
  /** API versions from 2025-03-31. */
  parent: z
    .object({
      subscription_details: z.object({ subscription: idOf, metadata }).nullish(),
    })
    .nullish(),
  payments: z.object({ data: z.array(z.object({ payment: z.object({ payment_intent: idOf }).nullish() })) }).nullish(),
  lines: z.object({ data: z.array(z.object({ metadata })) }).nullish(),
});
export type InvoiceObject = z.infer<typeof InvoiceObjectSchema>;

export const ChargeObjectSchema = z.object({
  id: z.string(),
  amount: z.number().int().nonnegative(),
  amount_refunded: z.number().int().nonnegative(),
  payment_intent: idOf,
});
export type ChargeObject = z.infer<typeof ChargeObjectSchema>;

export const SubscriptionObjectSchema = z.object({
  id: z.string(),
  status: z.string(),
  customer: idOf,
  metadata,
  canceled_at: z.number().int().nullish(),
  /** API versions before 2025-03-31; later ones keep it on each item. */
  current_period_end: z.number().int().nullish(),
  items: z.object({ data: z.array(z.object({ current_period_end: z.number().int().nullish() })) }).nullish(),
});
export type SubscriptionObject = z.infer<typeof SubscriptionObjectSchema>;
