import { ConsoleErrorBodySchema } from '@sigmacode/core';
import { consoleErrorResponses } from '../../routes/console-error-responses.js';

/**
 * The console error responses plus 409: organization, member and invitation changes can conflict with the current
 * state (the last owner, a personal organization, a used invitation).
 */
export const organizationErrorResponses = {
  ...consoleErrorResponses,
  409: {
    description: 'Conflicts with the current state (last owner, personal organization, used invitation).',
    content: { 'application/json': { schema: ConsoleErrorBodySchema } },
  },
} as const;
