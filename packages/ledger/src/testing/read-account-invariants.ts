import { type Db, schema } from '@sigmacode/db';
import { eq, sql } from 'drizzle-orm';

/** An account next to what its journal and its holds say it must be. */
export interface AccountInvariants {
  balance: bigint;
  reserved: bigint;
  /** Sums of the entry deltas: must equal balance and reserved. */
  balanceFromEntries: bigint;
  reservedFromEntries: bigint;
  /** Sum of the active holds: must equal reserved. */
  activeHolds: bigint;
  /** Most resolution entries (settle, void, expiry) any one hold has: at most 1. */
  maxResolutionsPerHold: number;
}

/**
 * Reads everything the ledger's invariants are stated over, for one organization's account. Test-only.
 *
 * @example
 * const facts = await readAccountInvariants({ db, organizationId })
 * expect(facts.balanceFromEntries).toBe(facts.balance)
 */
export async function readAccountInvariants({
  db,
  organizationId,
}: {
  db: Db;
  organizationId: string;
}): Promise<AccountInvariants> {
  const { tokenAccounts, ledgerEntries, holds } = schema;
  const [account] = await db.select().from(tokenAccounts).where(eq(tokenAccounts.organizationId, organizationId));
  if (!account) throw new Error(`no token account for ${organizationId}`);
  const [sums] = await db
    .select({
      balance: sql<string>`coalesce(sum(${ledgerEntries.balanceDelta}), 0)::text`,
      reserved: sql<string>`coalesce(sum(${ledgerEntries.reservedDelta}), 0)::text`,
    })
    .from(ledgerEntries)
    .where(eq(ledgerEntries.accountId, account.id));
  const [active] = await db
    .select({ total: sql<string>`coalesce(sum(${holds.amount}), 0)::text` })
    .from(holds)
    .where(sql`${holds.accountId} = ${account.id} and ${holds.status} = 'active'`);
  const [resolutions] = await db.select({ most: sql<number>`coalesce(max(n), 0)::int` }).from(
    db
      .select({ n: sql<number>`count(*)`.as('n') })
      .from(ledgerEntries)
      .where(sql`${ledgerEntries.accountId} = ${account.id} and ${ledgerEntries.kind} in ('settle', 'void', 'expiry')`)
      .groupBy(ledgerEntries.holdId)
      .as('per_hold'),
  );
  return {
    balance: account.balance,
    reserved: account.reserved,
    balanceFromEntries: BigInt(sums?.balance ?? '0'),
    reservedFromEntries: BigInt(sums?.reserved ?? '0'),
    activeHolds: BigInt(active?.total ?? '0'),
    maxResolutionsPerHold: Number(resolutions?.most ?? 0),
  };
}
