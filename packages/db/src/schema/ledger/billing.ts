import { sql } from 'drizzle-orm';
import { bigint, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { organizations } from '../organizations/organizations.js';

/** Stripe events already handled: a redelivered event id is acknowledged and ignored. */
export const stripeEvents = pgTable('stripe_events', {
  id: text('id').primaryKey(),
  type: text('type').notNull(),
  receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
});

/** The Stripe customer of an organization (created at its first checkout). */
export const billingCustomers = pgTable('billing_customers', {
  organizationId: text('organization_id')
    .primaryKey()
    .references(() => organizations.id, { onDelete: 'cascade' }),
  stripeCustomerId: text('stripe_customer_id').notNull().unique(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Monthly token subscriptions; `status` mirrors Stripe's. */
export const billingSubscriptions = pgTable(
  'billing_subscriptions',
  {
    id: text('id').primaryKey(),
    organizationId: text('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    packageId: text('package_id').notNull(),
    status: text('status').notNull(),
    currentPeriodEnd: timestamp('current_period_end', { withTimezone: true }),
    canceledAt: timestamp('canceled_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('billing_subscriptions_organization_idx').on(table.organizationId)],
);

/**
 * Tokens bought: one row per paid checkout session or subscription invoice, with what was credited and what was
 * taken back on refunds (`tokensReclaimed`) or could not be, because it was already spent (`tokensUnrecovered`).
 */
export const tokenPurchases = pgTable(
  'token_purchases',
  {
    id: text('id').primaryKey(),
    organizationId: text('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    packageId: text('package_id').notNull(),
    mode: text('mode', { enum: ['payment', 'subscription'] }).notNull(),
    source: text('source', { enum: ['checkout', 'invoice'] }).notNull(),
    tokens: bigint('tokens', { mode: 'bigint' }).notNull(),
    amountCents: integer('amount_cents').notNull(),
    currency: text('currency').notNull(),
    paymentIntentId: text('payment_intent_id'),
    tokensReclaimed: bigint('tokens_reclaimed', { mode: 'bigint' }).notNull().default(sql`0`),
    tokensUnrecovered: bigint('tokens_unrecovered', { mode: 'bigint' }).notNull().default(sql`0`),
    /** The largest refunded share seen so far: refunds claim the difference atomically, so none is taken twice. */
    tokensClaimed: bigint('tokens_claimed', { mode: 'bigint' }).notNull().default(sql`0`),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('token_purchases_organization_idx').on(table.organizationId),
    index('token_purchases_payment_intent_idx').on(table.paymentIntentId),
  ],
);

/**
 * One refund level of a charge (`amount_refunded` is cumulative) and the tokens it claimed from its purchase. The
 * claim is made in one statement with the purchase's `tokens_claimed`, so concurrent refunds on several instances
 * never claim the same tokens twice; `tokens_reclaimed`/`tokens_unrecovered` are filled once its debit is done
 * (null: pending — a retry redoes the debit under the same idempotency key).
 */
export const refundClaims = pgTable(
  'refund_claims',
  {
    id: text('id').primaryKey(),
    purchaseId: text('purchase_id')
      .notNull()
      .references(() => tokenPurchases.id, { onDelete: 'cascade' }),
    chargeId: text('charge_id').notNull(),
    amountRefunded: integer('amount_refunded').notNull(),
    tokensDue: bigint('tokens_due', { mode: 'bigint' }).notNull(),
    tokensReclaimed: bigint('tokens_reclaimed', { mode: 'bigint' }),
    tokensUnrecovered: bigint('tokens_unrecovered', { mode: 'bigint' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('refund_claims_purchase_idx').on(table.purchaseId)],
);
