import type { z } from '@hono/zod-openapi';
import { AppError } from '@sigmacode/core';
import { issuesOf } from '../../http/errors/validation-hook.js';

/**
 * Parses a request body with one of the wire schemas, outside a declared route (routes get the same result from
 * the app's validation hook): a failure is VALIDATION_FAILED with the issues, so the OpenAI error body names the
 * first issue's path as `param`.
 *
 * @example
 * const request = parseWireBody({ schema: ChatCompletionRequestSchema, body: await c.req.json() })
 */
export function parseWireBody<Schema extends z.ZodType>({
  schema,
  body,
}: {
  schema: Schema;
  body: unknown;
}): z.output<Schema> {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const issues = issuesOf(result.error);
  const first = issues[0];
  throw new AppError('VALIDATION_FAILED', {
    message: first ? `Invalid ${first.path || 'request'}: ${first.message}` : undefined,
    details: { issues, target: 'json' },
  });
}
