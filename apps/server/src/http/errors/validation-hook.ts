import { AppError } from '@sigmacode/core';
import type { ZodError } from 'zod';

/** One entry per problem: where (dotted path) and what. */
export interface ValidationIssue {
  path: string;
  message: string;
}

export function issuesOf(error: ZodError): ValidationIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}

/**
 * The default hook of every OpenAPI route: a failed zod validation becomes VALIDATION_FAILED with the issues,
 * rendered by the one error handler in the caller's API shape.
 */
export function validationHook(result: { success: true } | { success: false; error: ZodError; target?: string }): void {
  if (result.success) return;
  const issues = issuesOf(result.error);
  const first = issues[0];
  throw new AppError('VALIDATION_FAILED', {
    message: first ? `Invalid ${first.path || 'request'}: ${first.message}` : undefined,
    details: { issues, ...(result.target ? { target: result.target } : {}) },
  });
}
