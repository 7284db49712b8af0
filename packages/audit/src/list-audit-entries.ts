import { AppError } from '@sigmacode/core';
import { type Db, schema } from '@sigmacode/db';
import { and, desc, eq, gte, lt, type SQL } from 'drizzle-orm';
import type { AuditEntry } from './audit-entry.js';

export const MAX_AUDIT_PAGE = 500;

/** Which entries of a chain to list; every filter is optional. `to` is exclusive. */
export interface AuditEntryFilter {
  action?: string;
  actorId?: string;
  targetType?: string;
  from?: Date;
  to?: Date;
}

/**
 * One page of a chain's entries, newest first (by seq), with the cursor of the next page (null at the end). The
 * cursor is opaque to callers: it names the seq to continue below.
 *
 * @example
 * const { entries, nextCursor } = await listAuditEntries({ db, chain: orgId, filter: { action: 'api_key.created' }, limit: 100 })
 */
export async function listAuditEntries({
  db,
  chain,
  filter = {},
  limit,
  cursor,
}: {
  db: Db;
  chain: string;
  filter?: AuditEntryFilter;
  limit: number;
  cursor?: string | null;
}): Promise<{ entries: AuditEntry[]; nextCursor: string | null }> {
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_AUDIT_PAGE) {
    throw new AppError('VALIDATION_FAILED', { message: `limit must be between 1 and ${MAX_AUDIT_PAGE}` });
  }
  const table = schema.auditEntries;
  const conditions: SQL[] = [eq(table.chain, chain)];
  if (cursor) conditions.push(lt(table.seq, decodeCursor(cursor)));
  if (filter.action) conditions.push(eq(table.action, filter.action));
  if (filter.actorId) conditions.push(eq(table.actorId, filter.actorId));
  if (filter.targetType) conditions.push(eq(table.targetType, filter.targetType));
  if (filter.from) conditions.push(gte(table.occurredAt, filter.from));
  if (filter.to) conditions.push(lt(table.occurredAt, filter.to));
  const rows = await db
    .select()
    .from(table)
    .where(and(...conditions))
    .orderBy(desc(table.seq))
    .limit(limit + 1);
  const entries = rows.slice(0, limit);
  const last = entries.at(-1);
  return { entries, nextCursor: rows.length > limit && last ? encodeCursor(last.seq) : null };
}

function encodeCursor(seq: number): string {
  return Buffer.from(`v1:${seq}`, 'utf8').toString('base64url');
}

function decodeCursor(cursor: string): number {
  const match = /^v1:(\d{1,15})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match?.[1]) throw new AppError('VALIDATION_FAILED', { message: 'The cursor is not valid.' });
  return Number(match[1]);
}
