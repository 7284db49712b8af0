import { AppError } from '@sigmacode/core';
import { schema } from '@sigmacode/db';
import { eq } from 'drizzle-orm';
import { auditLedgerWrites } from '../audit/audit-ledger-writes.js';
import { recordAudit } from '../audit/record-audit.js';
import type { WebhookAck } from './billing-schemas.js';
import type { StripeEventContext } from './stripe-event-handler.js';
import { STRIPE_EVENT_HANDLERS } from './stripe-event-handlers.js';
import { verifyStripeEvent } from './verify-stripe-event.js';

/**
 * Verifies, de-duplicates and handles one Stripe webhook delivery.
 *
 * The event id is recorded in stripe_events only AFTER its handler succeeded: a crash half-way leaves it
 * unrecorded, Stripe retries, and the idempotent handler finishes the work. A delivery of an id already recorded is
 * acknowledged as a duplicate without work. Deliveries that race past that check all run the handler, which is
 * safe because each credit or debit is keyed by the Stripe object (session, invoice, charge), not the delivery;
 * the one whose insert wins reports the event as processed, the others as duplicates.
 *
 * @example
 * const ack = await processStripeWebhook({ context, secret, payload: await c.req.text(), signature })
 */
export async function processStripeWebhook({
  context,
  secret,
  payload,
  signature,
}: {
  context: StripeEventContext;
  secret: string | undefined;
  payload: string;
  signature: string | undefined;
}): Promise<WebhookAck> {
  if (!secret) {
    throw new AppError('NOT_CONFIGURED', {
      message: 'The Stripe webhook is not configured on this server: set STRIPE_WEBHOOK_SECRET (whsec_…).',
    });
  }
  const event = await verifyStripeEvent({ payload, signature, secret });
  const { db, logger } = context;
  const [seen] = await db
    .select({ id: schema.stripeEvents.id })
    .from(schema.stripeEvents)
    .where(eq(schema.stripeEvents.id, event.id))
    .limit(1);
  if (seen) return { received: true, duplicate: true };

  const handler = Object.hasOwn(STRIPE_EVENT_HANDLERS, event.type)
    ? STRIPE_EVENT_HANDLERS[event.type as keyof typeof STRIPE_EVENT_HANDLERS]
    : undefined;
  // Every credit and debit a handler makes (purchases, subscription allowances, refunds) goes into the audit log.
  const ledger = auditLedgerWrites({
    ledger: context.ledger,
    record: (write) =>
      recordAudit({
        db,
        event: {
          action: write.direction === 'credit' ? 'billing.purchase' : 'billing.refund',
          organizationId: write.organizationId,
          targetType: 'ledger_entry',
          targetId: write.entryId,
          details: {
            source: 'stripe',
            stripeEventId: event.id,
            stripeEventType: event.type,
            kind: write.kind,
            amount: write.amount,
            idempotencyKey: write.idempotencyKey,
          },
        },
      }),
  });
  const outcome = handler ? await handler({ context: { ...context, ledger }, event }) : 'ignored';
  const recorded = await db
    .insert(schema.stripeEvents)
    .values({ id: event.id, type: event.type })
    .onConflictDoNothing()
    .returning({ id: schema.stripeEvents.id });
  logger.info({ stripeEvent: event.id, type: event.type, outcome }, 'Stripe event handled');
  return {
    received: true,
    ...(recorded.length === 0 ? { duplicate: true } : {}),
    ...(outcome === 'ignored' ? { ignored: true } : {}),
  };
}
