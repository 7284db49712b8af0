import type { Hold, Ledger } from '@sigmacode/ledger';
import type { Logger } from '../infra/create-logger.js';

/** A call's hold and the one way it ends: settled for what was produced, or voided. */
export interface MeteredCall {
  readonly hold: Hold;
  /** Charges `amount` (≤ held) and releases the rest. Only the first settle or void counts. */
  settle(amount: bigint): Promise<void>;
  /** Releases everything (the call failed before any output, or the firewall blocked it). */
  void(reason: string): Promise<void>;
  readonly finished: boolean;
}

/**
 * Places a hold for a call and returns the handle that ends it exactly once. Settle and void failures are logged,
 * not thrown: the answer has already been decided, and a hold that could not be ended expires through the sweeper
 * (charging nothing), so money is never taken twice.
 *
 * @example
 * const call = await openMeteredCall({ ledger, logger, organizationId, amount: 1n, idempotencyKey: requestId, ... })
 * try { ...; await call.settle(1n) } catch (error) { await call.void('upstream failed'); throw error }
 */
export async function openMeteredCall({
  ledger,
  logger,
  organizationId,
  amount,
  ttlMs,
  idempotencyKey,
  userId,
  apiKeyId,
  appId,
  action,
  model,
}: {
  ledger: Ledger;
  logger: Logger;
  organizationId: string;
  amount: bigint;
  ttlMs: number;
  idempotencyKey: string;
  userId: string | null;
  apiKeyId: string | null;
  appId: string | null;
  action: string;
  model: string;
}): Promise<MeteredCall> {
  const hold = await ledger.hold({
    organizationId,
    amount,
    ttlMs,
    idempotencyKey,
    userId,
    apiKeyId,
    appId,
    action,
    model,
  });
  let finished = false;
  return {
    hold,
    get finished() {
      return finished;
    },
    async settle(charge) {
      if (finished) return;
      finished = true;
      try {
        await ledger.settle({ holdId: hold.id, amount: charge > hold.amount ? hold.amount : charge });
      } catch (error) {
        logger.error({ err: error, holdId: hold.id }, 'could not settle a hold; it will expire unused');
      }
    },
    async void(reason) {
      if (finished) return;
      finished = true;
      try {
        await ledger.void({ holdId: hold.id, reason });
      } catch (error) {
        logger.error({ err: error, holdId: hold.id }, 'could not void a hold; it will expire unused');
      }
    },
  };
}
