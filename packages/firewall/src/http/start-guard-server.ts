import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';
import type { GuardLogger } from './guard-logger.js';

/** A listening service. */
export interface GuardServer {
  readonly server: Server;
  readonly port: number;
  /** `http://host:port` (IPv6 hosts in brackets). */
  readonly url: string;
  /** Stops accepting connections, lets in-flight requests finish until the shutdown timeout, then cuts the rest. */
  close(): Promise<void>;
}

/**
 * Listens with the app and returns once the port is bound.
 *
 * @example const guard = await startGuardServer({ app: createGuardApp(), port: 0, hostname: '127.0.0.1' });
 */
export async function startGuardServer({
  app,
  port,
  hostname,
  shutdownTimeoutMs = 10_000,
  logger,
}: {
  app: Hono;
  port: number;
  hostname: string;
  shutdownTimeoutMs?: number;
  logger?: GuardLogger;
}): Promise<GuardServer> {
  const server = await new Promise<Server>((resolve, reject) => {
    const created = serve({ fetch: app.fetch, port, hostname }, () => resolve(created as Server)) as Server;
    created.once('error', reject);
  });
  const bound = (server.address() as AddressInfo).port;
  const host = hostname.includes(':') ? `[${hostname}]` : hostname;
  let closing: Promise<void> | undefined;
  return {
    server,
    port: bound,
    url: `http://${host}:${bound}`,
    close() {
      closing ??= new Promise<void>((resolve) => {
        const sweeper = setInterval(() => server.closeIdleConnections(), 100);
        const deadline = setTimeout(() => {
          logger?.warn({ shutdownTimeoutMs }, 'shutdown timeout reached: closing the remaining connections');
          server.closeAllConnections();
        }, shutdownTimeoutMs);
        server.close(() => {
          clearInterval(sweeper);
          clearTimeout(deadline);
          resolve();
        });
        server.closeIdleConnections();
      });
      return closing;
    },
  };
}
