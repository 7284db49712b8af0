import { AppError, isAppError } from '@sigmacode/core';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { z } from 'zod';
import { type AnalyzeInput, AnalyzeInputSchema, analyzeText } from '../analyze.js';
import { compilePolicy } from '../policy/compile-policy.js';
import { DEFAULT_POLICY } from '../policy/default-policy.js';
import { parsePolicy } from '../policy/parse-policy.js';
import type { Policy } from '../policy/policy-schema.js';
import type { Verdict } from '../verdict.js';
import type { GuardLogger } from './guard-logger.js';
import { renderGuardError } from './render-guard-error.js';
import { requireApiKey } from './require-api-key.js';

/** @example { apiKey: process.env.FIREWALL_API_KEY, policy: JSON.parse(policyJson), logger } */
export interface CreateGuardAppOptions {
  /** When set, every `/v1/*` request needs `Authorization: Bearer <apiKey>`; `/health` stays open. */
  readonly apiKey?: string;
  /** The policy for requests that send none (validated here: invalid → AppError VALIDATION_FAILED); default DEFAULT_POLICY. */
  readonly policy?: unknown;
  readonly logger?: GuardLogger;
  /** Largest request body (default 4 MiB). */
  readonly maxBodyBytes?: number;
  /** Most items in one batch (default 100). */
  readonly maxBatchItems?: number;
  /** Reported by `/health`. */
  readonly version?: string;
}

const POLICY_CACHE_SIZE = 64;

async function readJson(request: { json(): Promise<unknown> }): Promise<unknown> {
  try {
    return await request.json();
  } catch (error) {
    if (isAppError(error) || error instanceof HTTPException) throw error;
    throw new AppError('BAD_REQUEST', { message: 'The request body is not valid JSON.' });
  }
}

function validate<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  throw new AppError('VALIDATION_FAILED', {
    details: { issues: parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })) },
  });
}

/**
 * The standalone SigmaGuard service as a Hono app (no port, no env — serve.ts listens; tests call `app.request`):
 *
 * - `GET /health` → `{ status: 'ok', version, uptimeS }`
 * - `POST /v1/analyze` with an AnalyzeInputSchema body (`text`, `direction`, optional `policy`, `systemPrompt`,
 *   `canary`, `conversationTerms`) → the Verdict
 * - `POST /v1/analyze/batch` with `{ items: [...] }` (up to `maxBatchItems`) → `{ results: [...] }` in order
 *
 * Errors are `{ error: { code, message, details? } }` with the code's status (a failed validation is 400
 * VALIDATION_FAILED with `details.issues`). A request's own policy is validated and compiled once per distinct
 * policy (the last 64 are kept).
 *
 * @example
 * const app = createGuardApp({ apiKey: 'k', policy: { version: 1, mode: 'shadow' } });
 * const res = await app.request('/v1/analyze', { method: 'POST', headers: { authorization: 'Bearer k' },
 *   body: JSON.stringify({ text: 'hi', direction: 'input' }) });
 */
export function createGuardApp(options: CreateGuardAppOptions = {}): Hono {
  const { logger } = options;
  const maxBodyBytes = options.maxBodyBytes ?? 4 * 1024 * 1024;
  const maxBatchItems = options.maxBatchItems ?? 100;
  const defaultPolicy = options.policy === undefined ? DEFAULT_POLICY : parsePolicy(options.policy);
  compilePolicy(defaultPolicy);
  const startedAt = Date.now();
  const policies = new Map<string, Policy>();
  const BatchSchema = z.object({ items: z.array(AnalyzeInputSchema).min(1).max(maxBatchItems) }).strict();

  /** The request's policy, parsed once per distinct JSON (so it is compiled once too), or the service default. */
  const policyOf = (raw: unknown, parsed: Policy | undefined): Policy => {
    if (parsed === undefined) return defaultPolicy;
    const key = JSON.stringify(raw);
    const known = policies.get(key);
    if (known) return known;
    if (policies.size >= POLICY_CACHE_SIZE) {
      const oldest = policies.keys().next().value;
      if (oldest !== undefined) policies.delete(oldest);
    }
    policies.set(key, parsed);
    return parsed;
  };
  /** Checks one parsed item; `rawPolicy` is the policy as sent (the cache key). */
  const check = (input: z.output<typeof AnalyzeInputSchema>, rawPolicy: unknown): Verdict =>
    analyzeText({ ...input, policy: policyOf(rawPolicy, input.policy) });

  const app = new Hono();
  app.onError((error, c) => renderGuardError({ error, c, logger }));
  app.notFound(() => {
    throw new AppError('NOT_FOUND', { message: 'No such endpoint. See GET /health, POST /v1/analyze(/batch).' });
  });
  app.use('*', async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
    c.header('X-Content-Type-Options', 'nosniff');
  });

  app.get('/health', (c) =>
    c.json({
      status: 'ok',
      ...(options.version === undefined ? {} : { version: options.version }),
      uptimeS: Math.floor((Date.now() - startedAt) / 1000),
    }),
  );

  if (options.apiKey) app.use('/v1/*', requireApiKey({ apiKey: options.apiKey }));
  app.use(
    '/v1/*',
    bodyLimit({
      maxSize: maxBodyBytes,
      onError: () => {
        throw new AppError('PAYLOAD_TOO_LARGE', {
          message: `The request body is larger than ${maxBodyBytes} bytes.`,
          details: { maxBytes: maxBodyBytes },
        });
      },
    }),
  );

  app.post('/v1/analyze', async (c) => {
    const body = await readJson(c.req);
    const input = validate(AnalyzeInputSchema, body);
    return c.json(check(input, (body as AnalyzeInput).policy));
  });

  app.post('/v1/analyze/batch', async (c) => {
    const body = await readJson(c.req);
    const { items } = validate(BatchSchema, body);
    const sent = (body as { items: AnalyzeInput[] }).items;
    const results: Verdict[] = [];
    for (const [index, item] of items.entries()) {
      // Let other requests (health checks) in between items: each check runs synchronously.
      if (index > 0) await new Promise((resolve) => setImmediate(resolve));
      results.push(check(item, sent[index]?.policy));
    }
    return c.json({ results });
  });

  return app;
}
