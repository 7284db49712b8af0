import { AppError } from '@sigmacode/core';
import type { Context } from 'hono';
import type { z } from 'zod';

/** Dify's answer to a missing `user`, checked before the rest of the payload. */
const USER_REQUIRED = 'Arg user must be provided.';

function parseWith<T extends z.ZodObject>(schema: T, value: Record<string, unknown>): z.infer<T> {
  const user = (schema.shape as Record<string, z.ZodType | undefined>).user;
  if (user && !value.user && !user.safeParse(undefined).success) {
    throw new AppError('VALIDATION_FAILED', { message: USER_REQUIRED });
  }
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = issue?.path.map(String).join('.') ?? '';
  const message = issue?.message.startsWith(path) || !path ? issue?.message : `${path}: ${issue?.message}`;
  throw new AppError('VALIDATION_FAILED', { message: message ?? 'Invalid request.' });
}

/**
 * The JSON body validated against a zod object schema; failures are Dify's 400 `invalid_param` (with
 * "Arg user must be provided." for a missing required `user`), a non-JSON body a 400 as Dify says.
 *
 * @example const body = await readDifyBody(c, ChatMessageBodySchema)
 */
export async function readDifyBody<T extends z.ZodObject>(c: Context, schema: T): Promise<z.infer<T>> {
  let value: unknown;
  try {
    value = await c.req.json();
  } catch {
    throw new AppError('BAD_REQUEST', { message: 'Invalid JSON payload received or JSON payload is empty.' });
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw new AppError('BAD_REQUEST', { message: 'Invalid JSON payload received or JSON payload is empty.' });
  }
  return parseWith(schema, value as Record<string, unknown>);
}

/**
 * The query string validated against a zod object schema, with the same errors as {@link readDifyBody}.
 *
 * @example const query = readDifyQuery(c, MessagesQuerySchema)
 */
export function readDifyQuery<T extends z.ZodObject>(c: Context, schema: T): z.infer<T> {
  return parseWith(schema, c.req.query());
}
