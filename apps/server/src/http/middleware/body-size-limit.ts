import { AppError } from '@sigmacode/core';
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';

/**
 * Refuses request bodies above maxBytes with PAYLOAD_TOO_LARGE (in the caller's API shape). The limit is enforced
 * while the body streams in, so a lying Content-Length cannot get past it.
 */
export function bodySizeLimit({ maxBytes }: { maxBytes: number }): MiddlewareHandler {
  return bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw new AppError('PAYLOAD_TOO_LARGE', {
        message: `The request body is larger than ${maxBytes} bytes.`,
        details: { maxBytes },
      });
    },
  });
}
