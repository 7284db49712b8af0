import { AppError } from '@sigmacode/core';
import { type Policy, PolicySchema } from './policy-schema.js';

/**
 * Validates a policy from outside (an operator's JSON, a database row) and fills in defaults; an invalid one throws
 * `AppError('VALIDATION_FAILED')` with `details.issues: [{ path, message }]`.
 *
 * @example const policy = parsePolicy(JSON.parse(row.policyJson));
 */
export function parsePolicy(input: unknown): Policy {
  const result = PolicySchema.safeParse(input);
  if (result.success) return result.data;
  throw new AppError('VALIDATION_FAILED', {
    message: 'The firewall policy is invalid.',
    details: { issues: result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })) },
  });
}
