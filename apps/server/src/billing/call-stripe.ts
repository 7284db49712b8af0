import { AppError } from '@sigmacode/core';
import Stripe from 'stripe';
import type { Logger } from '../infra/create-logger.js';

/**
 * Runs a Stripe API call, turning Stripe's failures into UPSTREAM_FAILED (502). Stripe's own message is logged
 * for the operator, not shown to the customer: it can name configuration (price ids, a masked key).
 *
 * @example
 * const session = await callStripe({ logger, what: 'create a checkout session', call: () => stripe.checkout.sessions.create(params) })
 */
export async function callStripe<T>({
  logger,
  what,
  call,
}: {
  logger: Logger;
  what: string;
  call: () => Promise<T>;
}): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (!(error instanceof Stripe.errors.StripeError)) throw error;
    logger.error(
      { err: { type: error.type, code: error.code, message: error.message, requestId: error.requestId } },
      `Stripe refused to ${what}`,
    );
    throw new AppError('UPSTREAM_FAILED', {
      message: `The payment provider could not ${what}. Try again later or contact the operator.`,
      details: { provider: 'stripe', ...(error.requestId ? { requestId: error.requestId } : {}) },
      cause: error,
    });
  }
}
