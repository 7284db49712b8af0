import type { AuditLog } from '@sigmacode/audit';
import type { Logger } from '../infra/create-logger.js';

export interface AuditCheckpointer {
  /** Stops the timer and waits for a run in progress. */
  stop(): Promise<void>;
}

/**
 * Signs checkpoints of chains that went quiet: appends sign when N entries have passed or M minutes since the last
 * checkpoint, but a chain that gets no more entries would otherwise keep its last ones unsigned. Every instance may
 * run it: each chain is decided under its head's row lock, so a second instance finds nothing due. The timer is
 * unref'd and runs never overlap. Started by start-server, not createApp, so tests decide when time passes.
 *
 * @example
 * const checkpointer = startAuditCheckpoints({ audit, logger })
 * await checkpointer.stop() // on shutdown
 */
export function startAuditCheckpoints({
  audit,
  logger,
  intervalMs = 60_000,
}: {
  audit: Pick<AuditLog, 'checkpoint'>;
  logger: Logger;
  intervalMs?: number;
}): AuditCheckpointer {
  let running: Promise<void> | null = null;
  const run = () => {
    if (running) return;
    running = audit
      .checkpoint()
      .then(({ signed }) => {
        if (signed > 0) logger.info({ signed }, 'audit checkpoints signed');
      })
      .catch((error: unknown) => logger.error({ err: error }, 'signing audit checkpoints failed'))
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(run, intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
