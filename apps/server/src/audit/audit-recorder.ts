import type { AuditLog } from '@sigmacode/audit';
import type { Db } from '@sigmacode/db';
import type { Logger } from '../infra/create-logger.js';

/** The audit log as the server uses it: where entries go, and what recordAudit needs to fill them in. */
export interface AuditRecorder {
  log: AuditLog;
  logger: Logger;
  /** Whether X-Forwarded-For names the client (config.trustProxy), as for rate limits. */
  trustProxy: boolean;
}

// Keyed by the Drizzle instance, like @sigmacode/db's driver registry: use-cases that only hold `db` (the threat
// recorder the pipeline calls, the operator CLI) reach the app's audit log without every caller passing it along.
const recorders = new WeakMap<Db, AuditRecorder>();

/**
 * Makes `recorder` the audit log of everything that runs on `db`. createApp does this once per app.
 *
 * @example
 * bindAuditRecorder({ db, recorder: { log: createAuditLog({ db, secret }), logger, trustProxy } })
 */
export function bindAuditRecorder({ db, recorder }: { db: Db; recorder: AuditRecorder }): void {
  recorders.set(db, recorder);
}

/** The audit recorder bound to `db`, or undefined when none was (then nothing is recorded). */
export function auditRecorderOf(db: Db): AuditRecorder | undefined {
  return recorders.get(db);
}
