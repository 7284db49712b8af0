import { AppError } from '@sigmacode/core';
import Stripe from 'stripe';
import type { StripeEventEnvelope } from './stripe-event-handler.js';

/**
 * Checks the `Stripe-Signature` header against the raw body with the endpoint's signing secret (HMAC-SHA256,
 * five minutes' tolerance against replays) and returns the event. The body must be the exact bytes received:
 * anything that re-serializes it breaks the signature. BAD_REQUEST (400) when the header is missing or wrong.
 *
 * @example
 * const event = await verifyStripeEvent({ payload: await c.req.text(), signature: c.req.header('stripe-signature'), secret })
 */
export async function verifyStripeEvent({
  payload,
  signature,
  secret,
}: {
  payload: string;
  signature: string | undefined;
  secret: string;
}): Promise<StripeEventEnvelope> {
  if (!signature) throw new AppError('BAD_REQUEST', { message: 'Missing Stripe-Signature header.' });
  try {
    const event = await Stripe.webhooks.constructEventAsync(payload, signature, secret);
    return { id: event.id, type: event.type, created: event.created, data: event.data };
  } catch (error) {
    if (error instanceof Stripe.errors.StripeSignatureVerificationError) {
      throw new AppError('BAD_REQUEST', { message: 'Invalid Stripe-Signature: the event was not signed by Stripe.' });
    }
    throw new AppError('BAD_REQUEST', { message: 'The webhook body is not a Stripe event.', cause: error });
  }
}
