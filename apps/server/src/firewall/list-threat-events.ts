import { AppError } from '@sigmacode/core';
import { type Db, schema } from '@sigmacode/db';
import { and, arrayContains, desc, eq, gte, lt, or, type SQL } from 'drizzle-orm';
import type { EventsQuery, ThreatEventBody } from './firewall-schemas.js';

type Row = typeof schema.threatEvents.$inferSelect;

/** @example toThreatEventBody(row).createdAt // '2026-11-22T05:00:00.000Z' */
export function toThreatEventBody(row: Row): ThreatEventBody {
  return {
    id: row.id,
    appId: row.appId,
    requestId: row.requestId,
    api: row.api,
    direction: row.direction,
    mode: row.mode,
    action: row.action,
    detectors: row.detectors,
    categories: row.categories,
    findings: row.findings,
    score: row.score,
    excerpt: row.excerpt,
    latencyMs: row.latencyMs,
    createdAt: row.createdAt.toISOString(),
  };
}

function encodeCursor(row: Row): string {
  return Buffer.from(`${row.createdAt.toISOString()}|${row.id}`).toString('base64url');
}

function decodeCursor(cursor: string): { createdAt: Date; id: string } {
  const [at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const createdAt = new Date(at ?? '');
  if (!id || Number.isNaN(createdAt.getTime())) {
    throw new AppError('VALIDATION_FAILED', {
      message: 'Invalid cursor: pass the nextCursor of a previous page.',
      details: { issues: [{ path: 'cursor', message: 'not a cursor of this list' }], target: 'query' },
    });
  }
  return { createdAt, id };
}

/**
 * The organization's threat events, newest first, filtered; keyset-paginated by (createdAt, id).
 *
 * @example const page = await listThreatEvents({ db, organizationId, query: { limit: 50, action: 'block' } })
 */
export async function listThreatEvents({
  db,
  organizationId,
  query,
}: {
  db: Db;
  organizationId: string;
  query: EventsQuery;
}): Promise<{ data: ThreatEventBody[]; nextCursor: string | null }> {
  const table = schema.threatEvents;
  const conditions: (SQL | undefined)[] = [eq(table.organizationId, organizationId)];
  if (query.from) conditions.push(gte(table.createdAt, new Date(query.from)));
  if (query.to) conditions.push(lt(table.createdAt, new Date(query.to)));
  if (query.direction) conditions.push(eq(table.direction, query.direction));
  if (query.action) conditions.push(eq(table.action, query.action));
  if (query.mode) conditions.push(eq(table.mode, query.mode));
  if (query.appId) conditions.push(eq(table.appId, query.appId));
  if (query.detector) conditions.push(arrayContains(table.detectors, [query.detector]));
  if (query.category) conditions.push(arrayContains(table.categories, [query.category]));
  if (query.cursor) {
    const cursor = decodeCursor(query.cursor);
    conditions.push(
      or(lt(table.createdAt, cursor.createdAt), and(eq(table.createdAt, cursor.createdAt), lt(table.id, cursor.id))),
    );
  }
  const rows = await db
    .select()
    .from(table)
    .where(and(...conditions))
    .orderBy(desc(table.createdAt), desc(table.id))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    data: page.map(toThreatEventBody),
    nextCursor: rows.length > query.limit && last ? encodeCursor(last) : null,
  };
}
