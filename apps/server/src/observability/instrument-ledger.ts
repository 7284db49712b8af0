import { isAppError } from '@sigmacode/core';
import type { Ledger } from '@sigmacode/ledger';
import type { Metrics } from './create-metrics.js';

type Operation = 'hold' | 'settle' | 'void' | 'credit' | 'debit' | 'expire';

/**
 * The ledger with its writes counted: operations by kind and outcome (`ok`; `insufficient` for a 402; `rejected` for
 * another refusal the ledger decided, such as a conflicting retry; `error` for anything unexpected, which the
 * ledger-errors alert watches), their latency, and the tokens held, settled, released, credited and debited. A retry
 * the ledger answers from its first result counts again (the ledger does not tell them apart); token amounts are
 * exact for every first call. Reads pass through untouched.
 *
 * @example const ledger = instrumentLedger({ ledger: createLedger({ db }), metrics })
 */
export function instrumentLedger({ ledger, metrics }: { ledger: Ledger; metrics: Metrics }): Ledger {
  async function measure<T>(operation: Operation, run: () => Promise<T>): Promise<T> {
    const started = performance.now();
    try {
      const result = await run();
      metrics.ledgerOperations.inc({ operation, outcome: 'ok' });
      return result;
    } catch (error) {
      metrics.ledgerOperations.inc({ operation, outcome: outcomeOf(error) });
      throw error;
    } finally {
      metrics.ledgerSeconds.observe({ operation }, (performance.now() - started) / 1000);
    }
  }

  return {
    ensureAccount: (input) => ledger.ensureAccount(input),
    getBalance: (input) => ledger.getBalance(input),
    settledWrites: (input) => ledger.settledWrites(input),
    lastKnownAvailable: (input) => ledger.lastKnownAvailable(input),
    listEntries: (input) => ledger.listEntries(input),
    getHold: (input) => ledger.getHold(input),
    getMemberSpending: (input) => ledger.getMemberSpending(input),
    setMemberCap: (input) => ledger.setMemberCap(input),
    setLowBalanceThreshold: (input) => ledger.setLowBalanceThreshold(input),
    close: () => ledger.close(),
    hold: (input) =>
      measure('hold', async () => {
        const hold = await ledger.hold(input);
        metrics.tokensHeld.inc(Number(hold.amount));
        return hold;
      }),
    settle: (input) =>
      measure('settle', async () => {
        const result = await ledger.settle(input);
        metrics.tokensSettled.inc(Number(result.charged));
        metrics.tokensReleased.inc({ reason: 'settle' }, Number(result.released));
        return result;
      }),
    void: (input) =>
      measure('void', async () => {
        const hold = await ledger.void(input);
        metrics.tokensReleased.inc({ reason: 'void' }, Number(hold.amount));
        return hold;
      }),
    credit: (input) =>
      measure('credit', async () => {
        const entry = await ledger.credit(input);
        metrics.tokensCredited.inc({ kind: entry.kind }, Number(entry.balanceDelta));
        return entry;
      }),
    debit: (input) =>
      measure('debit', async () => {
        const result = await ledger.debit(input);
        metrics.tokensDebited.inc({ kind: input.kind ?? 'adjustment' }, Number(result.debited));
        return result;
      }),
    expireHolds: (input) => measure('expire', () => ledger.expireHolds(input)),
  };
}

function outcomeOf(error: unknown): 'insufficient' | 'rejected' | 'error' {
  if (!isAppError(error)) return 'error';
  if (error.code === 'INSUFFICIENT_TOKENS') return 'insufficient';
  return error.code === 'INTERNAL' ? 'error' : 'rejected';
}
