import { type Db, schema } from '@sigmacode/db';
import type { Ledger } from '@sigmacode/ledger';
import { and, eq, isNull } from 'drizzle-orm';
import type Stripe from 'stripe';
import type { Logger } from '../infra/create-logger.js';
import { claimRefundedTokens, completeRefundClaim, pendingRefundClaims } from './claim-refunded-tokens.js';
import { findInvoicePayment } from './find-invoice-payment.js';
import type { StripeEventHandler } from './stripe-event-handler.js';
import { ChargeObjectSchema } from './stripe-object-schemas.js';

/**
 * `charge.refunded`: takes back the refunded share of the purchase's tokens. Stripe reports the cumulative
 * `amount_refunded`, so the share is computed from it and only the part not yet taken back is debited. The debit
 * is partial: tokens already spent cannot be taken back, the balance never goes below zero, and what could not be
 * recovered is recorded on the purchase (`tokensUnrecovered`) for the operator.
 *
 * Each refund level first claims its tokens atomically (claim-refunded-tokens.ts: the purchase row's lock orders
 * concurrent refunds, also across instances, so no tokens are claimed twice), then debits the claim under the key
 * `stripe:refund:<charge>:<amount_refunded>` — a redelivery, or a retry after a crash between claim and debit, finds
 * the pending claim and the first debit instead of taking tokens twice. Within a process, refunds of one purchase
 * also run one at a time (less contention).
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
  const [purchase] = await db.select({ tokens: table.tokens }).from(table).where(eq(table.id, purchaseId)).limit(1);
  if (!purchase) return;
  const share = (purchase.tokens * BigInt(Math.min(refunded, amount))) / BigInt(amount);
  await claimRefundedTokens({ db, purchaseId, chargeId, amountRefunded: refunded, share });

  // Debit every claim not yet recorded — this one, or one a crash left behind. The key makes a repeated debit
  // return the first one's result, and completing a claim adds to the totals only once.
  for (const claim of await pendingRefundClaims({ db, purchaseId })) {
    const { debited, shortfall } =
      claim.tokensDue === 0n
        ? { debited: 0n, shortfall: 0n }
        : await ledger.debit({
            organizationId: claim.organizationId,
            amount: claim.tokensDue,
            allowPartial: true,
            kind: 'refund',
            idempotencyKey: `stripe:refund:${claim.chargeId}:${claim.amountRefunded}`,
            reason: 'Payment refunded through Stripe',
            metadata: { stripeCharge: claim.chargeId, amountRefunded: claim.amountRefunded, purchaseId },
          });
    await completeRefundClaim({ db, claimId: claim.id, reclaimed: debited, unrecovered: shortfall });
    if (claim.tokensDue > 0n) {
      logger.info(
        {
          organizationId: claim.organizationId,
          purchaseId,
          chargeId: claim.chargeId,
          reclaimed: String(debited),
          unrecovered: String(shortfall),
        },
        'tokens taken back for a refund',
      );
    }
  }
}
