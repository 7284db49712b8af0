import type { Server } from 'node:http';
import type { Logger } from '../infra/create-logger.js';

export interface GracefulShutdown {
  isShuttingDown(): boolean;
  /** Stops accepting connections, lets in-flight requests and streams finish until the deadline, then cleans up. */
  shutdown(reason: string): Promise<void>;
}

/**
 * Graceful shutdown for an HTTP server: new connections are refused at once, idle keep-alive connections are
 * closed as they become idle, in-flight responses (streams included) get until `deadlineMs`, then whatever is left
 * is cut. `cleanup` (close the database, Redis) runs after the last connection is gone.
 */
export function gracefulShutdown({
  server,
  deadlineMs,
  cleanup,
  logger,
}: {
  server: Server;
  deadlineMs: number;
  cleanup: () => Promise<void>;
  logger: Logger;
}): GracefulShutdown {
  let shuttingDown = false;
  let done: Promise<void> | undefined;

  const shutdown = (reason: string): Promise<void> => {
    if (done) return done;
    shuttingDown = true;
    logger.info({ reason, deadlineMs }, 'shutting down: no new connections, draining in-flight requests');
    done = new Promise<void>((resolve) => {
      const closed = new Promise<void>((closedResolve) => server.close(() => closedResolve()));
      // Keep-alive connections become idle one by one as their responses end; close each as soon as it is.
      const sweeper = setInterval(() => server.closeIdleConnections(), 100);
      server.closeIdleConnections();
      const deadline = setTimeout(() => {
        logger.warn('shutdown deadline reached: closing the remaining connections');
        server.closeAllConnections();
      }, deadlineMs);
      closed
        .then(async () => {
          clearInterval(sweeper);
          clearTimeout(deadline);
          await cleanup();
          logger.info('shutdown complete');
        })
        .catch((error: unknown) => logger.error({ err: error }, 'error during shutdown'))
        .finally(resolve);
    });
    return done;
  };

  return { isShuttingDown: () => shuttingDown, shutdown };
}
