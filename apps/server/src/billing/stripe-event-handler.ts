import type { Db } from '@sigmacode/db';
import type { Ledger } from '@sigmacode/ledger';
import type Stripe from 'stripe';
import type { Logger } from '../infra/create-logger.js';
import type { KeyedMutex } from '../infra/keyed-mutex.js';

/** A verified Stripe event, as far as the handlers read it. */
export interface StripeEventEnvelope {
  id: string;
  type: string;
  /** Unix seconds: when Stripe created the event (orders updates that arrive out of order). */
  created: number;
  data: { object: unknown; previous_attributes?: unknown };
}

export interface StripeEventContext {
  db: Db;
  ledger: Ledger;
  logger: Logger;
  /** Serializes work on one purchase within this process (refunds read, compute and write its totals). */
  mutex: KeyedMutex;
  /** For lookups the event payload lacks (which PaymentIntent paid an invoice); null when Stripe is not configured. */
  stripe: Stripe | null;
}

/** `processed`: the event changed (or confirmed) state; `ignored`: nothing of ours to do. */
export type StripeEventOutcome = 'processed' | 'ignored';

/**
 * Handles one type of Stripe event. Handlers must be idempotent by the business object (session, invoice,
 * charge), not by the event: Stripe may deliver an event twice, concurrently, or two events about one object.
 */
export type StripeEventHandler = (input: {
  context: StripeEventContext;
  event: StripeEventEnvelope;
}) => Promise<StripeEventOutcome>;
