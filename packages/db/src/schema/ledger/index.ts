export { actionPrices, modelPrices } from './action-prices.js';
export { billingCustomers, billingSubscriptions, refundClaims, stripeEvents, tokenPurchases } from './billing.js';
export { type HoldRow, holds } from './holds.js';
export { type LedgerEntryRow, ledgerEntries } from './ledger-entries.js';
export { HOLD_STATUSES, type HoldStatus, LEDGER_ENTRY_KINDS, type LedgerEntryKind } from './ledger-entry-kind.js';
export { memberSpendingCaps } from './member-spending-caps.js';
export { type TokenAccountRow, tokenAccounts } from './token-accounts.js';
