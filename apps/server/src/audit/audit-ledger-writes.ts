import type { Ledger } from '@sigmacode/ledger';

/** One credit or debit that went through the ledger. */
export interface LedgerWrite {
  direction: 'credit' | 'debit';
  organizationId: string;
  kind: string;
  /** Tokens moved (a partial debit: what was actually taken). */
  amount: number;
  idempotencyKey: string;
  entryId: string | null;
  reason: string | null;
}

/**
 * The ledger with every successful credit and debit reported to `record` after it committed, for code paths that
 * move money through handlers of their own (Stripe's webhook): one wrapper instead of a call in every handler.
 * A retried operation reports again with the same idempotency key, so a reader can tell the two apart.
 *
 * @example
 * const ledger = auditLedgerWrites({ ledger: context.ledger, record: (write) => recordAudit({ db, event: … }) })
 */
export function auditLedgerWrites({
  ledger,
  record,
}: {
  ledger: Ledger;
  record: (write: LedgerWrite) => Promise<void>;
}): Ledger {
  return {
    ...ledger,
    async credit(input) {
      const entry = await ledger.credit(input);
      await record({
        direction: 'credit',
        organizationId: input.organizationId,
        kind: input.kind ?? 'credit',
        amount: Number(input.amount),
        idempotencyKey: input.idempotencyKey,
        entryId: entry.id,
        reason: input.reason ?? null,
      });
      return entry;
    },
    async debit(input) {
      const result = await ledger.debit(input);
      await record({
        direction: 'debit',
        organizationId: input.organizationId,
        kind: input.kind ?? 'adjustment',
        amount: Number(result.debited),
        idempotencyKey: input.idempotencyKey,
        entryId: result.entry?.id ?? null,
        reason: input.reason ?? null,
      });
      return result;
    },
  };
}
