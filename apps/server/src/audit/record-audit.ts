import type { AuditAction } from '@sigmacode/audit';
import type { Db } from '@sigmacode/db';
import type { Context } from 'hono';
import type { AppEnv } from '../http/app-env.js';
import { clientIpOf } from '../http/client-ip.js';
import { auditRecorderOf } from './audit-recorder.js';

/** What a call site knows about the action; the actor, IP and request id come from the request. */
export interface AuditEvent {
  action: AuditAction;
  /** Default: the caller's active organization; null for the platform chain. */
  organizationId?: string | null;
  targetType?: string | null;
  targetId?: string | null;
  details?: Record<string, unknown>;
  /** Default: the signed-in user or the API key of the request. */
  actorId?: string | null;
  actorEmail?: string | null;
  /** Default: the request's id (when there is a request). */
  requestId?: string | null;
}

/**
 * Records one audit entry for a request. The policy, so an audit write never fails an action silently:
 * - with `tx` (the action's own transaction) the entry is written in it, and an audit failure throws, rolling the
 *   action back — the caller sees the error and nothing happened;
 * - without `tx` (the action has already committed) it is awaited, and a failure is logged at error level
 *   (`audit entry could not be written`, with the action, organization and target) — the action stands, and the
 *   gap is visible to operators rather than hidden.
 * Nothing is recorded when no audit log is bound to `db` (see bindAuditRecorder).
 *
 * @example
 * await recordAudit({ c, db, event: { action: 'api_key.created', targetType: 'api_key', targetId: key.id } })
 */
export async function recordAudit({
  c,
  db,
  tx,
  event,
}: {
  c?: Context<AppEnv>;
  db: Db;
  tx?: Db;
  event: AuditEvent;
}): Promise<void> {
  const recorder = auditRecorderOf(db);
  if (!recorder) return;
  const principal = c?.get('principal') ?? null;
  const ip = c ? clientIpOf({ c, trustProxy: recorder.trustProxy }) : 'unknown';
  const entry = {
    action: event.action,
    organizationId: event.organizationId !== undefined ? event.organizationId : (principal?.organizationId ?? null),
    actorId:
      event.actorId !== undefined
        ? event.actorId
        : principal
          ? principal.kind === 'user'
            ? principal.userId
            : principal.keyId
          : null,
    actorEmail: event.actorEmail !== undefined ? event.actorEmail : principal?.kind === 'user' ? principal.email : null,
    targetType: event.targetType ?? null,
    targetId: event.targetId ?? null,
    ip: ip === 'unknown' ? null : ip,
    requestId: event.requestId !== undefined ? event.requestId : (c?.get('requestId') ?? null),
    details: event.details ?? {},
  };
  if (tx) {
    await recorder.log.record(entry, { tx });
    return;
  }
  try {
    await recorder.log.record(entry);
  } catch (error) {
    (c?.get('log') ?? recorder.logger).error(
      {
        err: error,
        audit: {
          action: entry.action,
          organizationId: entry.organizationId,
          targetType: entry.targetType,
          targetId: entry.targetId,
        },
      },
      'audit entry could not be written',
    );
  }
}
