export { adminBillingRoutes } from './admin-billing-routes.js';
export type { BillingConfig, CheckoutMode } from './billing-config.js';
export { billingRoutes } from './billing-routes.js';
export { createBillingLedger } from './create-billing-ledger.js';
export { type HoldSweeper, startHoldSweeper } from './start-hold-sweeper.js';
export { stripeWebhookRoutes } from './stripe-webhook-routes.js';
export { usageRoutes } from './usage-routes.js';
