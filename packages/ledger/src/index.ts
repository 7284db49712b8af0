export type { HoldStatus, LedgerEntryKind } from '@sigmacode/db';
export type { BatchOptions } from './batch/create-batch-runner.js';
export { type CreateLedgerOptions, createLedger } from './create-ledger.js';
export type * from './ledger.js';
export { costOfUsage, type UsagePrice } from './pricing/cost-of-usage.js';
export { ACTIONS, type Action, DEFAULT_ACTION_COSTS, isAction } from './pricing/default-action-costs.js';
export { getActionCost } from './pricing/get-action-cost.js';
export { getModelPrice, type ModelPrice } from './pricing/get-model-price.js';
export { type ActionCost, listActionCosts } from './pricing/list-action-costs.js';
export { type ActionPriceOverride, listActionPrices } from './pricing/list-action-prices.js';
export { listModelPrices } from './pricing/list-model-prices.js';
export { setActionPrice } from './pricing/set-action-price.js';
export { setModelPrice } from './pricing/set-model-price.js';
export {
  findTokenPackage,
  type PurchaseMode,
  TOKEN_PACKAGES,
  type TokenPackage,
  type TokenPackageId,
} from './pricing/token-packages.js';
