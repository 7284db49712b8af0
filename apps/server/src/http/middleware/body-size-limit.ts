import { AppError } from '@sigmacode/core';
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';

/**
 * Refuses request bodies above maxBytes with PAYLOAD_TOO_LARGE (in the caller's API shape). A body with a
 * Content-Length is judged by it (Node's HTTP parser never reads past it, so it cannot lie upwards) without touching
 * the body; a chunked one is counted while it streams in. Not touching the body keeps the request lightweight:
 * reading it as a web stream makes @hono/node-server build a full WHATWG Request for every call.
 */
export function bodySizeLimit({ maxBytes }: { maxBytes: number }): MiddlewareHandler {
  const tooLarge = () => {
    throw new AppError('PAYLOAD_TOO_LARGE', {
      message: `The request body is larger than ${maxBytes} bytes.`,
      details: { maxBytes },
    });
  };
  const streamed = bodyLimit({ maxSize: maxBytes, onError: tooLarge });
  return async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    const length = c.req.header('content-length');
    if (length !== undefined && c.req.header('transfer-encoding') === undefined) {
      const bytes = Number(length);
      if (!Number.isSafeInteger(bytes) || bytes < 0) {
        throw new AppError('VALIDATION_FAILED', { message: 'The Content-Length header is not a number of bytes.' });
      }
      if (bytes > maxBytes) tooLarge();
      return next();
    }
    return streamed(c, next);
  };
}
