import type { Ledger } from '@sigmacode/ledger';
import { describe, expect, it } from 'vitest';
import { createHoldAhead } from './hold-ahead.js';

/** A ledger whose only answer is the last known available balance of organization `org`. */
function ledgerKnowing(available: () => bigint | null): Ledger {
  return { lastKnownAvailable: () => available() } as unknown as Ledger;
}

describe('createHoldAhead', () => {
  it('lets a hold ahead only when the last known balance covers it and those already ahead margin times over', () => {
    const holdAhead = createHoldAhead({ ledger: ledgerKnowing(() => 100n), margin: 4n });
    const first = holdAhead.admit({ organizationId: 'org', amount: 10n });
    const second = holdAhead.admit({ organizationId: 'org', amount: 10n });
    expect(first).not.toBeNull();
    expect(second).not.toBeNull();
    // 100 - 20 ahead = 80 covers 10 four times over; 100 - 70 = 30 does not cover 10 four times.
    const third = holdAhead.admit({ organizationId: 'org', amount: 50n });
    expect(third).toBeNull();
    expect(holdAhead.admit({ organizationId: 'org', amount: 26n })).toBeNull();
    first?.release({ refused: false });
    second?.release({ refused: false });
    expect(holdAhead.admit({ organizationId: 'org', amount: 25n })).not.toBeNull();
  });

  it('never lets ahead an organization this process has not written for, or one near its limit', () => {
    expect(
      createHoldAhead({ ledger: ledgerKnowing(() => null) }).admit({ organizationId: 'o', amount: 1n }),
    ).toBeNull();
    expect(createHoldAhead({ ledger: ledgerKnowing(() => 3n) }).admit({ organizationId: 'o', amount: 1n })).toBeNull();
    expect(
      createHoldAhead({ ledger: ledgerKnowing(() => 4n) }).admit({ organizationId: 'o', amount: 1n }),
    ).not.toBeNull();
  });

  it('after a refused hold, the organization’s holds go first until the cooldown has passed', () => {
    let time = 1_000;
    const holdAhead = createHoldAhead({ ledger: ledgerKnowing(() => 1_000n), cooldownMs: 60_000, now: () => time });
    holdAhead.admit({ organizationId: 'org', amount: 1n })?.release({ refused: true });
    expect(holdAhead.admit({ organizationId: 'org', amount: 1n })).toBeNull();
    expect(holdAhead.admit({ organizationId: 'other', amount: 1n })).not.toBeNull();
    time += 60_000;
    expect(holdAhead.admit({ organizationId: 'org', amount: 1n })).not.toBeNull();
  });

  it('counts a ticket once however often it is released', () => {
    const holdAhead = createHoldAhead({ ledger: ledgerKnowing(() => 8n), margin: 4n });
    const ticket = holdAhead.admit({ organizationId: 'org', amount: 1n });
    const other = holdAhead.admit({ organizationId: 'org', amount: 1n });
    ticket?.release({ refused: false });
    ticket?.release({ refused: false });
    // Still 1 ahead (other): 8 - 1 = 7 does not cover 2 four times.
    expect(holdAhead.admit({ organizationId: 'org', amount: 2n })).toBeNull();
    other?.release({ refused: false });
    expect(holdAhead.admit({ organizationId: 'org', amount: 2n })).not.toBeNull();
  });
});
