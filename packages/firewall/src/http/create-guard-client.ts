import { AppError, type ErrorCode, isErrorCode } from '@sigmacode/core';
import { z } from 'zod';
import { type AnalyzeInput, AnalyzeInputSchema } from '../analyze.js';
import { type Verdict, VerdictSchema } from '../verdict.js';

/** @example { url: process.env.FIREWALL_URL, apiKey: process.env.FIREWALL_API_KEY, timeoutMs: 2000 } */
export interface GuardClientOptions {
  /** Where the service listens, e.g. `http://127.0.0.1:8000`. */
  readonly url: string;
  readonly apiKey?: string;
  /** Default the global fetch (tests pass `app.request`-backed ones). */
  readonly fetch?: typeof fetch;
  /** Per request (default 5000 ms). */
  readonly timeoutMs?: number;
}

/** The service seen from the platform: the same answers as analyze(), over HTTP. */
export interface GuardClient {
  analyze(input: AnalyzeInput): Promise<Verdict>;
  analyzeBatch(items: readonly AnalyzeInput[]): Promise<Verdict[]>;
}

const OptionsSchema = z.object({
  url: z.url({ protocol: /^https?$/ }),
  apiKey: z.string().min(1).optional(),
  timeoutMs: z.number().int().positive().max(600_000).default(5000),
});
const ErrorBodySchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.record(z.string(), z.unknown()).optional() }),
});
const BatchResultSchema = z.object({ results: z.array(VerdictSchema) });
/** Errors that are the caller's, not the service's: passed on as they are. */
const CALLER_ERRORS = new Set<ErrorCode>(['VALIDATION_FAILED', 'BAD_REQUEST', 'PAYLOAD_TOO_LARGE']);

/**
 * A client for the SigmaGuard service (createGuardApp), for a platform that runs the firewall out of process (e.g.
 * when `FIREWALL_URL` is set). Inputs are validated before sending and answers with VerdictSchema. The service
 * being down, slow (over `timeoutMs`), refusing the key or answering nonsense is `AppError('UNAVAILABLE')` with
 * `details.status`/`details.code`; invalid inputs are the caller's own VALIDATION_FAILED.
 *
 * @example
 * const guard = createGuardClient({ url: 'http://127.0.0.1:8000', apiKey });
 * const verdict = await guard.analyze({ text: prompt, direction: 'input' });
 */
export function createGuardClient(options: GuardClientOptions): GuardClient {
  const parsed = OptionsSchema.safeParse(options);
  if (!parsed.success) {
    throw new AppError('VALIDATION_FAILED', {
      message: 'The guard client options are invalid.',
      details: { issues: parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })) },
    });
  }
  const { apiKey, timeoutMs } = parsed.data;
  const base = parsed.data.url.replace(/\/+$/, '');
  const send = options.fetch ?? fetch;

  const post = async <T>(path: string, body: unknown, schema: z.ZodType<T>): Promise<T> => {
    let response: Response;
    let payload: unknown;
    try {
      response = await send(`${base}${path}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(apiKey === undefined ? {} : { authorization: `Bearer ${apiKey}` }),
        },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
      });
      payload = await response.json();
    } catch (error) {
      const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
      throw new AppError('UNAVAILABLE', {
        message: timedOut
          ? `The firewall service did not answer within ${timeoutMs} ms.`
          : 'The firewall service could not be reached.',
        cause: error,
      });
    }
    if (!response.ok) {
      const failure = ErrorBodySchema.safeParse(payload);
      const code = failure.success ? failure.data.error.code : undefined;
      if (failure.success && isErrorCode(code) && CALLER_ERRORS.has(code)) {
        throw new AppError(code, { message: failure.data.error.message, details: failure.data.error.details });
      }
      throw new AppError('UNAVAILABLE', {
        message: `The firewall service failed (HTTP ${response.status}${code ? ` ${code}` : ''}).`,
        details: { status: response.status, ...(code ? { code } : {}) },
      });
    }
    const result = schema.safeParse(payload);
    if (!result.success) {
      throw new AppError('UNAVAILABLE', { message: 'The firewall service answered with an unexpected body.' });
    }
    return result.data;
  };

  const checked = (input: AnalyzeInput, path: string): AnalyzeInput => {
    const result = AnalyzeInputSchema.safeParse(input);
    if (result.success) return input;
    throw new AppError('VALIDATION_FAILED', {
      details: {
        issues: result.error.issues.map((issue) => ({
          path: [...(path ? [path] : []), ...issue.path].join('.'),
          message: issue.message,
        })),
      },
    });
  };

  return {
    async analyze(input) {
      return post('/v1/analyze', checked(input, ''), VerdictSchema);
    },
    async analyzeBatch(items) {
      const body = { items: items.map((item, index) => checked(item, `items.${index}`)) };
      return (await post('/v1/analyze/batch', body, BatchResultSchema)).results;
    },
  };
}
