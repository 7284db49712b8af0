import { type Db, rowsOf } from '@sigmacode/db';
import { sql } from 'drizzle-orm';
import type { FirewallStats } from './firewall-schemas.js';

type Count = { key: string; count: number };

function counts(rows: Record<string, unknown>[]): Count[] {
  return rows
    .map((row) => ({ key: String(row.key), count: Number(row.count) }))
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

/**
 * Threat-event counts of an organization in [from, to): by action, mode, direction, category, detector and UTC day,
 * plus the firewall's average and worst latency on those texts.
 *
 * @example const stats = await firewallStats({ db, organizationId, from, to })
 */
export async function firewallStats({
  db,
  organizationId,
  from,
  to,
  appId,
}: {
  db: Db;
  organizationId: string;
  from: Date;
  to: Date;
  appId?: string | undefined;
}): Promise<FirewallStats> {
  const scope = sql`organization_id = ${organizationId} and created_at >= ${from.toISOString()}::timestamptz
    and created_at < ${to.toISOString()}::timestamptz ${appId ? sql`and app_id = ${appId}` : sql``}`;
  const by = async (column: string) =>
    counts(
      rowsOf(
        await db.execute(
          sql`select ${sql.raw(column)} as key, count(*)::int as count from threat_events where ${scope} group by 1`,
        ),
      ),
    );
  const byArray = async (column: string) =>
    counts(
      rowsOf(
        await db.execute(
          sql`select unnest(${sql.raw(column)}) as key, count(*)::int as count from threat_events where ${scope} group by 1`,
        ),
      ),
    );
  const [totals] = rowsOf(
    await db.execute(
      sql`select count(*)::int as total, avg(latency_ms)::float8 as avg, max(latency_ms)::float8 as max
          from threat_events where ${scope}`,
    ),
  );
  const byDay = rowsOf(
    await db.execute(
      sql`select to_char(created_at at time zone 'UTC', 'YYYY-MM-DD') as key, count(*)::int as count
          from threat_events where ${scope} group by 1 order by 1`,
    ),
  ).map((row) => ({ key: String(row.key), count: Number(row.count) }));
  return {
    from: from.toISOString(),
    to: to.toISOString(),
    total: Number(totals?.total ?? 0),
    byAction: await by('action'),
    byMode: await by('mode'),
    byDirection: await by('direction'),
    byCategory: await byArray('categories'),
    byDetector: await byArray('detectors'),
    byDay,
    latencyMs: {
      avg: totals?.avg === null || totals?.avg === undefined ? null : Number(totals.avg),
      max: totals?.max === null || totals?.max === undefined ? null : Number(totals.max),
    },
  };
}
