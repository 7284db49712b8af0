import { createHash } from 'node:crypto';
import { ENTRY_ENCODING_VERSION } from './audit-constants.js';
import type { AuditEntry } from './audit-entry.js';
import { canonicalJson } from './canonical-json.js';

/** The fields of an entry that its hash covers: everything but the hashes themselves. */
export type HashedAuditFields = Omit<AuditEntry, 'prevHash' | 'hash'>;

/**
 * The canonical encoding of an entry (version 1): the canonical JSON (see canonicalJson) of an object with every
 * field — `action, actorEmail, actorId, chain, details, id, ip, occurredAt, organizationId, requestId, seq,
 * targetId, targetType, v` — absent values as null, `occurredAt` as ISO 8601 in UTC with milliseconds
 * (`2025-01-31T12:00:00.000Z`), `v` = 1. `seq` and `chain` are inside, so moving an entry changes its hash.
 *
 * @example
 * canonicalAuditEntry(entry) // '{"action":"api_key.created","actorEmail":"a@b.c",…,"v":1}'
 */
export function canonicalAuditEntry(entry: HashedAuditFields): string {
  return canonicalJson({
    v: ENTRY_ENCODING_VERSION,
    id: entry.id,
    chain: entry.chain,
    seq: entry.seq,
    organizationId: entry.organizationId,
    occurredAt: entry.occurredAt.toISOString(),
    action: entry.action,
    actorId: entry.actorId,
    actorEmail: entry.actorEmail,
    targetType: entry.targetType,
    targetId: entry.targetId,
    ip: entry.ip,
    requestId: entry.requestId,
    details: entry.details,
  });
}

/**
 * The hash of an entry: lower-case hex SHA-256 over the UTF-8 bytes of `prevHash` (64 hex digits; the first entry
 * of a chain uses GENESIS_HASH) immediately followed by the canonical encoding of the entry.
 *
 * @example
 * const hash = hashAuditEntry({ prevHash: GENESIS_HASH, entry })
 */
export function hashAuditEntry({ prevHash, entry }: { prevHash: string; entry: HashedAuditFields }): string {
  return createHash('sha256').update(prevHash, 'utf8').update(canonicalAuditEntry(entry), 'utf8').digest('hex');
}
