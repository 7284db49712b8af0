import { randomUUID } from 'node:crypto';
import type { Db } from '@sigmacode/db';
import type { Ledger } from '@sigmacode/ledger';
import type { GrantTokensBody, TokenGrant } from './admin-billing-schemas.js';
import { getBalance } from './get-balance.js';
import { requireOrganization } from './require-organization.js';
import { toLedgerEntryBody } from './to-ledger-entry-body.js';

/**
 * An operator grants an organization tokens (goodwill, trials, corrections). A negative amount takes tokens away
 * as an `adjustment`, but never more than are available: the ledger refuses with INSUFFICIENT_TOKENS (402) rather
 * than taking part of it or touching tokens held for calls in progress. The same idempotency key applies once.
 *
 * @example
 * await grantTokens({ db, ledger, operatorId, organizationId, input: { amount: 5000, reason: 'Pilot' }, idempotencyKey })
 */
export async function grantTokens({
  db,
  ledger,
  operatorId,
  organizationId,
  input,
  idempotencyKey,
}: {
  db: Db;
  ledger: Ledger;
  operatorId: string;
  organizationId: string;
  input: GrantTokensBody;
  idempotencyKey?: string | undefined;
}): Promise<TokenGrant> {
  await requireOrganization({ db, organizationId });
  const key = `admin:grant:${idempotencyKey ?? randomUUID()}`;
  const metadata = { grantedBy: operatorId };
  const entry =
    input.amount > 0
      ? await ledger.credit({
          organizationId,
          amount: BigInt(input.amount),
          idempotencyKey: key,
          kind: 'credit',
          reason: input.reason,
          userId: operatorId,
          metadata,
        })
      : (
          await ledger.debit({
            organizationId,
            amount: BigInt(-input.amount),
            idempotencyKey: key,
            kind: 'adjustment',
            reason: input.reason,
            userId: operatorId,
            metadata,
          })
        ).entry;
  return {
    entry: entry ? toLedgerEntryBody(entry) : null,
    balance: await getBalance({ ledger, organizationId }),
  };
}
