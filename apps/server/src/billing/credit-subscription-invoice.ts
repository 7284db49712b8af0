import { findInvoicePayment } from './find-invoice-payment.js';
import { recordTokenPurchase } from './record-token-purchase.js';
import { resolvePurchase } from './resolve-purchase.js';
import { saveSubscription } from './save-subscription.js';
import type { StripeEventHandler } from './stripe-event-handler.js';
import { type InvoiceObject, InvoiceObjectSchema } from './stripe-object-schemas.js';

/**
 * Invoices that grant the monthly allowance: the first one and each renewal. Invoices for mid-period changes
 * (prorations) or one-off items grant nothing, or a plan change would hand out a second month's tokens.
 */
const ALLOWANCE_REASONS = new Set(['subscription_create', 'subscription_cycle']);

/**
 * `invoice.paid`: credits a subscription's monthly tokens once per invoice (`stripe:invoice:<invoice id>`), with
 * the package named by the subscription's metadata (set at checkout) — on the invoice's subscription details or its
 * lines, depending on the API version.
 *
 * @example
 * await creditSubscriptionInvoice({ context, event }) // 'processed' | 'ignored'
 */
export const creditSubscriptionInvoice: StripeEventHandler = async ({ context, event }) => {
  const { db, ledger, logger, stripe } = context;
  const invoice = InvoiceObjectSchema.parse(event.data.object);
  if (invoice.billing_reason && !ALLOWANCE_REASONS.has(invoice.billing_reason)) return 'ignored';
  const subscriptionId = invoice.parent?.subscription_details?.subscription ?? invoice.subscription ?? null;
  if (!subscriptionId) return 'ignored';
  const purchase = await resolvePurchase({ db, metadata: metadataOf(invoice), customerId: invoice.customer });
  if (!purchase) {
    logger.warn({ stripeEvent: event.id, invoice: invoice.id }, 'paid invoice without a known organization or package');
    return 'ignored';
  }

  await saveSubscription({
    db,
    id: subscriptionId,
    organizationId: purchase.organizationId,
    packageId: purchase.packageId,
    status: 'active',
    observedAt: new Date(event.created * 1000),
  });
  await recordTokenPurchase({
    db,
    stripeObjectId: invoice.id,
    purchase,
    mode: 'subscription',
    source: 'invoice',
    amountCents: invoice.amount_paid,
    currency: invoice.currency,
    paymentIntentId:
      invoice.payment_intent ??
      invoice.payments?.data[0]?.payment?.payment_intent ??
      (await findInvoicePayment({ stripe, logger, by: { invoiceId: invoice.id } }))?.paymentIntentId ??
      null,
  });
  await ledger.credit({
    organizationId: purchase.organizationId,
    amount: purchase.tokens,
    idempotencyKey: `stripe:invoice:${invoice.id}`,
    kind: 'credit',
    reason: `Monthly tokens of the "${purchase.packageId}" subscription`,
    metadata: { stripeInvoice: invoice.id, stripeSubscription: subscriptionId, packageId: purchase.packageId },
  });
  logger.info(
    { organizationId: purchase.organizationId, invoice: invoice.id, tokens: String(purchase.tokens) },
    'monthly tokens credited for a paid invoice',
  );
  return 'processed';
};

/** The subscription's metadata as this API version carries it on the invoice. */
function metadataOf(invoice: InvoiceObject): Record<string, string> | null {
  const candidates = [
    invoice.parent?.subscription_details?.metadata,
    invoice.subscription_details?.metadata,
    ...(invoice.lines?.data.map((line) => line.metadata) ?? []),
  ];
  return candidates.find((metadata) => metadata?.packageId) ?? null;
}
