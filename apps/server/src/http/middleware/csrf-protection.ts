import { AppError } from '@sigmacode/core';
import type { MiddlewareHandler } from 'hono';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const BEARER = /^bearer\s/i;

function rejected(): AppError {
  return new AppError('CSRF_REJECTED', {
    message: 'Cross-site request refused: this request must come from the SIGMACODE web app.',
  });
}

/** The origin of value ("https://app.example.com"), or undefined when it is not a URL. */
function originOf(value: string): string | undefined {
  try {
    return new URL(value).origin;
  } catch {
    return undefined;
  }
}

/**
 * Cross-site request forgery protection for the console API, whose session lives in a cookie the browser attaches
 * to any request. A state-changing request that carries cookies must prove it comes from the platform's own pages:
 * an Origin in trustedOrigins or, from browsers that send no Origin, `Sec-Fetch-Site: same-origin`. Requests with
 * a bearer key or without cookies carry no ambient authority a forger could borrow, so they pass. This complements
 * SameSite=Lax cookies, which still allow top-level cross-site form POSTs in some browsers and sibling subdomains.
 *
 * @example
 * app.use('/api/*', csrfProtection({ trustedOrigins: [config.publicUrl, ...config.corsOrigins] }))
 */
export function csrfProtection({ trustedOrigins }: { trustedOrigins: string[] }): MiddlewareHandler {
  const trusted = new Set(trustedOrigins.map((origin) => originOf(origin)).filter((origin) => origin !== undefined));

  return async (c, next) => {
    if (SAFE_METHODS.has(c.req.method)) return next();
    if (BEARER.test(c.req.header('authorization') ?? '')) return next();
    if (!c.req.header('cookie')) return next();

    const origin = c.req.header('origin');
    if (origin !== undefined) {
      // "null" (sandboxed frames, file: pages, some redirects) names no origin we could trust.
      const parsed = origin === 'null' ? undefined : originOf(origin);
      if (parsed === undefined || !trusted.has(parsed)) throw rejected();
      return next();
    }
    if (c.req.header('sec-fetch-site') === 'same-origin') return next();
    throw rejected();
  };
}
