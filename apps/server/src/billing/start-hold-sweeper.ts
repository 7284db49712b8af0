import type { Ledger } from '@sigmacode/ledger';
import type { Logger } from '../infra/create-logger.js';
import type { JobLock } from '../infra/job-lock.js';

export interface HoldSweeper {
  /** Stops the timer and waits for a sweep in progress. */
  stop(): Promise<void>;
}

/**
 * Voids holds whose calls never settled (a crashed process, a lost stream) every `intervalMs`, so their tokens
 * become available again. The timer is unref'd (it never keeps the process alive) and sweeps never overlap; with a
 * job lock on Redis, one instance of several sweeps per period.
 * Started by start-server, not createApp, so tests decide when time passes.
 *
 * @example
 * const sweeper = startHoldSweeper({ ledger, logger })
 * // on shutdown
 * await sweeper.stop()
 */
export function startHoldSweeper({
  ledger,
  logger,
  intervalMs = 30_000,
  jobs,
}: {
  ledger: Pick<Ledger, 'expireHolds'>;
  logger: Logger;
  intervalMs?: number;
  jobs?: JobLock;
}): HoldSweeper {
  let running: Promise<void> | null = null;
  const sweep = () => {
    if (running) return;
    running = (jobs ? jobs.claim('hold-sweep', intervalMs * 0.9) : Promise.resolve(true))
      .then((mine) => (mine ? ledger.expireHolds() : 0))
      .then((expired) => {
        if (expired > 0) logger.info({ expired }, 'expired holds released');
      })
      .catch((error: unknown) => logger.error({ err: error }, 'hold sweep failed'))
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(sweep, intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
