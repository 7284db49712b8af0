import { ConsoleErrorBodySchema } from '@sigmacode/core';

const errorBody = { content: { 'application/json': { schema: ConsoleErrorBodySchema } } };

/** The error responses every console route can give, documented once. */
export const consoleErrorResponses = {
  400: { description: 'Invalid request (`VALIDATION_FAILED` names the fields).', ...errorBody },
  401: { description: 'Not signed in, or the API key is invalid.', ...errorBody },
  403: { description: 'The role or key scopes do not allow this.', ...errorBody },
  404: { description: 'Not found in the active organization.', ...errorBody },
  429: { description: 'Rate limited; see Retry-After.', ...errorBody },
} as const;
