import type { AuditEntry } from '@sigmacode/audit';
import { type AuditEntryBody, AuditEntryBodySchema } from './audit-schemas.js';

/**
 * An audit entry as the console API shows it: without the chain's hashes (verification is `audit verify`'s job).
 *
 * @example
 * const body = toAuditEntryBody(entry)
 */
export function toAuditEntryBody(entry: AuditEntry): AuditEntryBody {
  return AuditEntryBodySchema.parse({
    id: entry.id,
    seq: entry.seq,
    occurredAt: entry.occurredAt.toISOString(),
    action: entry.action,
    actorId: entry.actorId,
    actorEmail: entry.actorEmail,
    organizationId: entry.organizationId,
    targetType: entry.targetType,
    targetId: entry.targetId,
    ip: entry.ip,
    requestId: entry.requestId,
    details: entry.details,
  });
}
