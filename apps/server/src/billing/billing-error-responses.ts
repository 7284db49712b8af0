import { ConsoleErrorBodySchema } from '@sigmacode/core';
import { consoleErrorResponses } from '../routes/console-error-responses.js';

const errorBody = { content: { 'application/json': { schema: ConsoleErrorBodySchema } } };

/**
 * The console error responses plus those of billing: too few tokens, no billing account, Stripe down or off.
 *
 * @example
 * consoleRoute({ access: 'billing:read', ..., responses: { 200: ..., ...billingErrorResponses } })
 */
export const billingErrorResponses = {
  ...consoleErrorResponses,
  402: { description: 'Not enough tokens available (`INSUFFICIENT_TOKENS`).', ...errorBody },
  409: { description: 'The organization has no billing account yet (`CONFLICT`).', ...errorBody },
  502: { description: 'Stripe refused or failed the request (`UPSTREAM_FAILED`).', ...errorBody },
  503: { description: 'Payments are not configured on this server (`NOT_CONFIGURED`).', ...errorBody },
} as const;
