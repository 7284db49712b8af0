import { Readable } from 'node:stream';
import type { Context } from 'hono';
import type { AppKeyCaller } from '../dify-api/app-key-caller.js';
import type { AppEnv } from '../http/app-env.js';
import type { PipelineDeps } from '../pipeline/pipeline-deps.js';
import { difyResponseHeaders, openDifyRequest } from './open-dify-request.js';

/** Request headers of the client's that Dify gets (never its Authorization: Dify gets the app's own key). */
const SENT_HEADERS = ['content-type', 'accept', 'accept-language'];

/**
 * Forwards a Dify Service API request that runs no model (messages, conversations, feedback, parameters, meta, info,
 * site, file upload, audio, stop, workflow logs) to the Dify app behind the caller's app, with the app's Dify key, and
 * streams Dify's answer back unchanged — status, body and content type. The client's own key never leaves SIGMACODE.
 *
 * @example return forwardDifyRequest({ c, deps, caller, path: '/parameters' })
 */
export async function forwardDifyRequest({
  c,
  deps,
  caller,
  path,
}: {
  c: Context<AppEnv>;
  deps: Pick<PipelineDeps, 'ai' | 'box'>;
  caller: AppKeyCaller;
  /** Path and query below Dify's `/v1`. */
  path: string;
}): Promise<Response> {
  const method = c.req.method;
  const headers: Record<string, string> = {};
  for (const name of SENT_HEADERS) {
    const value = c.req.header(name);
    if (value) headers[name] = value;
  }
  const body = method === 'GET' || method === 'HEAD' ? undefined : new Uint8Array(await c.req.arrayBuffer());
  const response = await openDifyRequest({
    app: caller.app,
    ai: deps.ai,
    box: deps.box,
    request: { method, path, headers, ...(body ? { body } : {}), signal: c.req.raw.signal },
  });
  const passed = difyResponseHeaders(response, { keepLength: true });
  const status = response.statusCode ?? 502;
  // 204 and 304 carry no body.
  if (status === 204 || status === 304) {
    response.resume();
    return new Response(null, { status, headers: passed });
  }
  return new Response(Readable.toWeb(response) as ReadableStream<Uint8Array>, { status, headers: passed });
}
