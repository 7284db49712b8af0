import { type Db, schema } from '@sigmacode/db';
import type { Ledger } from '@sigmacode/ledger';
import { and, eq, isNull } from 'drizzle-orm';
import type Stripe from 'stripe';
import type { Logger } from '../infra/create-logger.js';
import { findInvoicePayment } from './find-invoice-payment.js';
import type { StripeEventHandler } from './stripe-event-handler.js';
import { ChargeObjectSchema } from './stripe-object-schemas.js';

/**
 * `charge.refunded`: takes back the refunded share of the purchase's tokens. Stripe reports the cumulative
 * `amount_refunded`, so the share is computed from it and only the part not yet taken back is debited. The debit
 * is partial: tokens already spent cannot be taken back, the balance never goes below zero, and what could not be
 * recovered is recorded on the purchase (`tokensUnrecovered`) for the operator.
 *
 * The debit's key (`stripe:refund:<charge>:<amount_refunded>`) makes a redelivery — or a retry after a crash
 * between the debit and the purchase update — find the first debit instead of taking tokens twice. Within a process,
 * refunds of one purchase run one at a time; across processes, a compare-and-set on the purchase's totals keeps one
 * debit from being counted twice.
 *
 * @example
 * await reclaimRefundedTokens({ context, event }) // 'processed' | 'ignored'
 */
export const reclaimRefundedTokens: StripeEventHandler = async ({ context, event }) => {
  const { db, ledger, logger, mutex, stripe } = context;
  const charge = ChargeObjectSchema.parse(event.data.object);
  if (!charge.payment_intent || charge.amount === 0) return 'ignored';
  const purchase = await findPurchaseOfPayment({ db, stripe, logger, paymentIntentId: charge.payment_intent });
  if (!purchase) {
    logger.warn({ stripeEvent: event.id, charge: charge.id }, 'refund of a charge that bought no tokens');
    return 'ignored';
  }
  await mutex.run(`purchase:${purchase.id}`, () =>
    reclaim({
      db,
      ledger,
      logger,
      purchaseId: purchase.id,
      chargeId: charge.id,
      amount: charge.amount,
      refunded: charge.amount_refunded,
    }),
  );
  return 'processed';
};

/**
 * The purchase a PaymentIntent paid for: by the id recorded at purchase time, else — for a subscription invoice whose
 * PaymentIntent was not known when it was credited — through Stripe's invoice payments, recording the id for next time.
 */
async function findPurchaseOfPayment({
  db,
  stripe,
  logger,
  paymentIntentId,
}: {
  db: Db;
  stripe: Stripe | null;
  logger: Logger;
  paymentIntentId: string;
}): Promise<{ id: string } | undefined> {
  const table = schema.tokenPurchases;
  const [byIntent] = await db
    .select({ id: table.id })
    .from(table)
    .where(eq(table.paymentIntentId, paymentIntentId))
    .limit(1);
  if (byIntent) return byIntent;
  const link = await findInvoicePayment({ stripe, logger, by: { paymentIntentId } });
  if (!link) return undefined;
  const [byInvoice] = await db
    .update(table)
    .set({ paymentIntentId })
    .where(and(eq(table.id, `pur_${link.invoiceId}`), isNull(table.paymentIntentId)))
    .returning({ id: table.id });
  if (byInvoice) return byInvoice;
  const [already] = await db
    .select({ id: table.id })
    .from(table)
    .where(eq(table.id, `pur_${link.invoiceId}`))
    .limit(1);
  return already;
}

async function reclaim({
  db,
  ledger,
  logger,
  purchaseId,
  chargeId,
  amount,
  refunded,
}: {
  db: Db;
  ledger: Ledger;
  logger: Logger;
  purchaseId: string;
  chargeId: string;
  amount: number;
  refunded: number;
}): Promise<void> {
  const table = schema.tokenPurchases;
  const [purchase] = await db.select().from(table).where(eq(table.id, purchaseId)).limit(1);
  if (!purchase) return;
  const share = (purchase.tokens * BigInt(Math.min(refunded, amount))) / BigInt(amount);
  const accounted = purchase.tokensReclaimed + purchase.tokensUnrecovered;
  const due = share - accounted;
  if (due <= 0n) return;

  const { debited, shortfall } = await ledger.debit({
    organizationId: purchase.organizationId,
    amount: due,
    allowPartial: true,
    kind: 'refund',
    idempotencyKey: `stripe:refund:${chargeId}:${refunded}`,
    reason: 'Payment refunded through Stripe',
    metadata: { stripeCharge: chargeId, amountRefunded: refunded, purchaseId },
  });
  // Compare-and-set on the totals read above: another process applying the same debit (same key, same result)
  // finds them changed and adds nothing, so a debit is never counted twice.
  const updated = await db
    .update(table)
    .set({
      tokensReclaimed: purchase.tokensReclaimed + debited,
      tokensUnrecovered: purchase.tokensUnrecovered + shortfall,
    })
    .where(
      and(
        eq(table.id, purchaseId),
        eq(table.tokensReclaimed, purchase.tokensReclaimed),
        eq(table.tokensUnrecovered, purchase.tokensUnrecovered),
      ),
    )
    .returning({ id: table.id });
  if (updated.length === 0) {
    logger.warn({ purchaseId, chargeId }, 'refund totals changed concurrently; check the purchase against the ledger');
  }
  logger.info(
    {
      organizationId: purchase.organizationId,
      purchaseId,
      chargeId,
      reclaimed: String(debited),
      unrecovered: String(shortfall),
    },
    'tokens taken back for a refund',
  );
}
