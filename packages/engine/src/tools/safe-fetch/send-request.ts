import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import type { ResolvedAddress } from './resolve-host.js';

/**
 * Sends one HTTP request to an already checked address and resolves with the response head (the body is left
 * unread). The URL's host still names the server (Host header, TLS server name and certificate check), but the
 * socket connects to `target` — Node's lookup is replaced, so nothing is resolved a second time. No connection
 * pooling: a socket opened for one checked address is never reused for another request.
 *
 * @example
 * const response = await sendRequest({ url, target, method: 'GET', headers: {}, signal })
 */
export function sendRequest({
  url,
  target,
  method,
  headers,
  body,
  signal,
}: {
  url: URL;
  target: ResolvedAddress;
  method: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
  signal: AbortSignal;
}): Promise<IncomingMessage> {
  const lookup: LookupFunction = (_hostname, options, callback) => {
    if (options.all) callback(null, [{ address: target.address, family: target.family }]);
    else callback(null, target.address, target.family);
  };
  const hostname = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const request = send({
      protocol: url.protocol,
      hostname,
      port: url.port || undefined,
      path: `${url.pathname}${url.search}`,
      method,
      headers: body === undefined ? headers : { ...headers, 'content-length': String(Buffer.byteLength(body)) },
      lookup,
      agent: false,
      signal,
      ...(url.protocol === 'https:' && isIP(hostname) === 0 ? { servername: hostname } : {}),
    });
    request.once('response', resolve);
    request.once('error', reject);
    request.end(body);
  });
}
