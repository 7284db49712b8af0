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
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('token_purchases_organization_idx').on(table.organizationId),
    index('token_purchases_payment_intent_idx').on(table.paymentIntentId),
  ],
);
