import type Stripe from 'stripe';
import type { Logger } from '../infra/create-logger.js';

/**
 * Links an invoice and the PaymentIntent that paid it through Stripe's InvoicePayments API. API versions from
 * 2025-03-31 no longer put `payment_intent` on invoices or `invoice` on charges, and webhook payloads do not include
 * the invoice's `payments` list, so a refunded subscription charge can only be matched to its invoice this way.
 * Returns null when Stripe is not configured, nothing matches, or Stripe fails (logged; the caller goes on with
 * what it has — the webhook must not fail a credit because the lookup failed).
 *
 * @example
 * const link = await findInvoicePayment({ stripe, logger, by: { invoiceId: 'in_1' } })
 * link?.paymentIntentId // 'pi_1'
 */
export async function findInvoicePayment({
  stripe,
  logger,
  by,
}: {
  stripe: Stripe | null;
  logger: Logger;
  by: { invoiceId: string } | { paymentIntentId: string };
}): Promise<{ invoiceId: string; paymentIntentId: string } | null> {
  if (!stripe) return null;
  try {
    const page = await stripe.invoicePayments.list(
      'invoiceId' in by
        ? { invoice: by.invoiceId, limit: 10 }
        : { payment: { type: 'payment_intent', payment_intent: by.paymentIntentId }, limit: 10 },
    );
    for (const payment of page.data) {
      const intent = payment.payment.payment_intent;
      const paymentIntentId = typeof intent === 'string' ? intent : (intent?.id ?? null);
      const invoiceId = typeof payment.invoice === 'string' ? payment.invoice : (payment.invoice?.id ?? null);
      if (paymentIntentId && invoiceId && payment.status !== 'canceled') return { invoiceId, paymentIntentId };
    }
    return null;
  } catch (error) {
    logger.warn({ err: error, lookup: by }, 'could not look up the invoice payment at Stripe');
    return null;
  }
}
