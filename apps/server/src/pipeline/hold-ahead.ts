import type { Ledger } from '@sigmacode/ledger';

/** Admission of calls whose model call may start while their hold is still being written. */
export interface HoldAhead {
  /**
   * A ticket when the organization's balance, as this process last committed it, covers this hold `margin` times
   * over after the holds it already let ahead; null otherwise (then the hold is placed first, as always). Release
   * the ticket once the hold is placed or refused (`refused`: the organization then waits `cooldownMs` before any of
   * its calls is let ahead again).
   */
  admit(input: { organizationId: string; amount: bigint }): HoldAheadTicket | null;
}

export interface HoldAheadTicket {
  release(outcome: { refused: boolean }): void;
}

/** How many times over the last known balance must cover a hold (and those already ahead) to start early. */
const DEFAULT_MARGIN = 4n;
/** After a refused hold that was let ahead (a member cap, another instance's spending), how long holds go first. */
const DEFAULT_COOLDOWN_MS = 60_000;

/**
 * Lets a call start its model call in parallel with its hold when that hold is all but certain to succeed: the
 * answer is still released only after the hold is committed, so nothing is ever served unpaid or below zero; a hold
 * refused after all (another instance spent the balance in between) aborts the upstream call and answers 402, and
 * the platform bears that one partial upstream call. An organization near its limit — or one this process has not
 * written for — always gets the hold first, so a drained account never reaches the model. The holds let ahead are
 * counted, so a burst cannot all lean on the same stale balance, and after a refusal (which the balance cannot
 * predict, e.g. a member's monthly cap) the organization's holds go first for a while: at most one upstream call
 * per organization and cooldown is ever started for a hold that is then refused.
 *
 * @example
 * const ticket = holdAhead.admit({ organizationId, amount: held }) // null → await the hold first
 */
export function createHoldAhead({
  ledger,
  margin = DEFAULT_MARGIN,
  cooldownMs = DEFAULT_COOLDOWN_MS,
  now = Date.now,
}: {
  ledger: Ledger;
  margin?: bigint;
  cooldownMs?: number;
  now?: () => number;
}): HoldAhead {
  const ahead = new Map<string, bigint>();
  const coolingUntil = new Map<string, number>();
  return {
    admit({ organizationId, amount }) {
      const cooling = coolingUntil.get(organizationId);
      if (cooling !== undefined) {
        if (now() < cooling) return null;
        coolingUntil.delete(organizationId);
      }
      const known = ledger.lastKnownAvailable({ organizationId });
      if (known === null) return null;
      const already = ahead.get(organizationId) ?? 0n;
      if (known - already < amount * margin) return null;
      ahead.set(organizationId, already + amount);
      let released = false;
      return {
        release({ refused }) {
          if (released) return;
          released = true;
          if (refused) coolingUntil.set(organizationId, now() + cooldownMs);
          const left = (ahead.get(organizationId) ?? amount) - amount;
          if (left > 0n) ahead.set(organizationId, left);
          else ahead.delete(organizationId);
        },
      };
    },
  };
}
