/** Every kind of change to a token account. Entries are appended, never changed. */
export const LEDGER_ENTRY_KINDS = ['credit', 'hold', 'settle', 'void', 'refund', 'adjustment', 'expiry'] as const;
export type LedgerEntryKind = (typeof LEDGER_ENTRY_KINDS)[number];

export const HOLD_STATUSES = ['active', 'settled', 'voided', 'expired'] as const;
export type HoldStatus = (typeof HOLD_STATUSES)[number];
