import { type Db, schema } from '@sigmacode/db';
import { and, eq, gte, lt, type SQL, sql } from 'drizzle-orm';
import { toTokenNumber } from './to-token-number.js';
import { MAX_USAGE_GROUPS, type UsageGroup, type UsageReport, UsageReportSchema } from './usage-schemas.js';

const entries = schema.ledgerEntries;
const holds = schema.holds;

/**
 * What each group is keyed by. Settle entries carry the hold's attribution; the hold's own columns are the fallback,
 * so a report is complete whichever of the two the ledger filled in.
 */
const GROUP_KEYS: Record<UsageGroup, SQL<string | null>> = {
  day: sql<string>`to_char(${entries.createdAt} at time zone 'UTC', 'YYYY-MM-DD')`,
  action: sql<string | null>`coalesce(${entries.action}, ${holds.action})`,
  model: sql<string | null>`coalesce(${entries.model}, ${holds.model})`,
  user: sql<string | null>`coalesce(${entries.userId}, ${holds.userId})`,
  app: sql<string | null>`coalesce(${entries.appId}, ${holds.appId})`,
  key: sql<string | null>`coalesce(${entries.apiKeyId}, ${holds.apiKeyId})`,
};

/**
 * Tokens charged and calls made by an organization in [from, to), per day, action, model, user, app or API key.
 * A call is one settled hold; its tokens are what the settle took from the balance (−balanceDelta). Read-only SQL
 * over the ledger, grouped in the database, and capped at MAX_USAGE_GROUPS groups (`truncated` says so).
 *
 * @example
 * const report = await aggregateUsage({ db, organizationId, from, to, groupBy: 'model' })
 * // { data: [{ key: 'gpt-4o', tokens: 1200, calls: 3 }], totals: { tokens: 1200, calls: 3 }, ... }
 */
export async function aggregateUsage({
  db,
  organizationId,
  from,
  to,
  groupBy,
}: {
  db: Db;
  organizationId: string;
  from: Date;
  to: Date;
  groupBy: UsageGroup;
}): Promise<UsageReport> {
  const key = GROUP_KEYS[groupBy];
  const rows = await db
    .select({
      key,
      tokens: sql<string>`coalesce(sum(-${entries.balanceDelta}), 0)::text`,
      calls: sql<string>`count(*)::text`,
    })
    .from(entries)
    .innerJoin(schema.tokenAccounts, eq(schema.tokenAccounts.id, entries.accountId))
    .leftJoin(holds, eq(holds.id, entries.holdId))
    .where(
      and(
        eq(schema.tokenAccounts.organizationId, organizationId),
        eq(entries.kind, 'settle'),
        gte(entries.createdAt, from),
        lt(entries.createdAt, to),
      ),
    )
    .groupBy(key)
    .orderBy(sql`1 asc nulls last`)
    .limit(MAX_USAGE_GROUPS + 1);

  const data = rows.slice(0, MAX_USAGE_GROUPS).map((row) => ({
    key: row.key,
    tokens: toTokenNumber(BigInt(row.tokens)),
    calls: Number(row.calls),
  }));
  return UsageReportSchema.parse({
    from: from.toISOString(),
    to: to.toISOString(),
    groupBy,
    data,
    totals: {
      tokens: data.reduce((sum, row) => sum + row.tokens, 0),
      calls: data.reduce((sum, row) => sum + row.calls, 0),
    },
    truncated: rows.length > MAX_USAGE_GROUPS,
  });
}
