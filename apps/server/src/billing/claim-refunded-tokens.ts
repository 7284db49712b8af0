import { type Db, rowsOf } from '@sigmacode/db';
import { sql } from 'drizzle-orm';

/**
 * Claims the tokens a refund level makes due, in one statement: the purchase's `tokens_claimed` rises to the
 * refunded share (never falls — a late, smaller refund event claims nothing) and the difference is recorded as a
 * claim keyed by charge and cumulative refunded amount. PostgreSQL's row lock on the purchase serializes concurrent
 * claims across instances, so two refund events can never claim the same tokens. A redelivered event finds its claim
 * already there and changes nothing.
 *
 * @example await claimRefundedTokens({ db, purchaseId, chargeId, amountRefunded: 2000, share: 2500n })
 */
export async function claimRefundedTokens({
  db,
  purchaseId,
  chargeId,
  amountRefunded,
  share,
}: {
  db: Db;
  purchaseId: string;
  chargeId: string;
  amountRefunded: number;
  share: bigint;
}): Promise<void> {
  const claimId = `rc_${chargeId}_${amountRefunded}`;
  await db.execute(sql`
    with existing as (
      select id from refund_claims where id = ${claimId}
    ), locked as (
      select id, tokens_claimed from token_purchases
      where id = ${purchaseId} and not exists (select 1 from existing)
      for update
    ), raised as (
      update token_purchases p
      set tokens_claimed = greatest(locked.tokens_claimed, ${share}::bigint)
      from locked where p.id = locked.id
      returning locked.tokens_claimed as before, p.tokens_claimed as after
    )
    insert into refund_claims (id, purchase_id, charge_id, amount_refunded, tokens_due)
    select ${claimId}, ${purchaseId}, ${chargeId}, ${amountRefunded}, after - before from raised
    on conflict (id) do nothing`);
}

/** A claim whose debit is not recorded yet. */
export interface PendingRefundClaim {
  id: string;
  organizationId: string;
  chargeId: string;
  amountRefunded: number;
  tokensDue: bigint;
}

/**
 * The claims of a purchase whose debit is not recorded yet (new, or left by a crash), oldest first.
 *
 * @example for (const claim of await pendingRefundClaims({ db, purchaseId })) ...
 */
export async function pendingRefundClaims({
  db,
  purchaseId,
}: {
  db: Db;
  purchaseId: string;
}): Promise<PendingRefundClaim[]> {
  const rows = rowsOf(
    await db.execute(sql`
      select c.id, p.organization_id, c.charge_id, c.amount_refunded, c.tokens_due
      from refund_claims c join token_purchases p on p.id = c.purchase_id
      where c.purchase_id = ${purchaseId} and c.tokens_reclaimed is null
      order by c.amount_refunded, c.id`),
  );
  return rows.map((row) => ({
    id: String(row.id),
    organizationId: String(row.organization_id),
    chargeId: String(row.charge_id),
    amountRefunded: Number(row.amount_refunded),
    tokensDue: BigInt(String(row.tokens_due)),
  }));
}

/**
 * Records a claim's debit and adds it to the purchase's totals in one statement, once: only the first caller to
 * complete the claim adds to the totals.
 *
 * @example await completeRefundClaim({ db, claimId, reclaimed: 2500n, unrecovered: 0n })
 */
export async function completeRefundClaim({
  db,
  claimId,
  reclaimed,
  unrecovered,
}: {
  db: Db;
  claimId: string;
  reclaimed: bigint;
  unrecovered: bigint;
}): Promise<void> {
  await db.execute(sql`
    with done as (
      update refund_claims set tokens_reclaimed = ${reclaimed}::bigint, tokens_unrecovered = ${unrecovered}::bigint
      where id = ${claimId} and tokens_reclaimed is null
      returning purchase_id
    )
    update token_purchases p
    set tokens_reclaimed = p.tokens_reclaimed + ${reclaimed}::bigint,
        tokens_unrecovered = p.tokens_unrecovered + ${unrecovered}::bigint
    from done where p.id = done.purchase_id`);
}
