import type { Context } from 'hono';

/**
 * Sets a header on the response a handler produced, after `next()`. Doing it afterwards (rather than touching
 * `c.res` before the handler, which makes Hono merge a placeholder response into the real one) keeps
 * @hono/node-server's lightweight responses lightweight. A response with immutable headers (one passed through from
 * `fetch`) is copied first.
 *
 * @example await next(); setResponseHeader(c, 'X-Request-Id', id)
 */
export function setResponseHeader(c: Context, name: string, value: string): void {
  try {
    c.res.headers.set(name, value);
  } catch {
    const copy = new Response(c.res.body, c.res);
    copy.headers.set(name, value);
    c.res = copy;
  }
}
