import { randomUUID } from 'node:crypto';
import type { Db } from '@sigmacode/db';
import type { Ledger } from '@sigmacode/ledger';
import type { RefundTokensBody, TokenGrant } from './admin-billing-schemas.js';
import { getBalance } from './get-balance.js';
import { requireOrganization } from './require-organization.js';
import { toLedgerEntryBody } from './to-ledger-entry-body.js';

/**
 * An operator gives tokens back by hand (a failed call that was charged, a service incident), recorded as a
 * `refund` entry so reports tell refunds from grants. The same idempotency key applies once.
 *
 * @example
 * await refundTokens({ db, ledger, operatorId, organizationId, input: { amount: 300, reason: 'Outage 12 May' } })
 */
export async function refundTokens({
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
  input: RefundTokensBody;
  idempotencyKey?: string | undefined;
}): Promise<TokenGrant> {
  await requireOrganization({ db, organizationId });
  const entry = await ledger.credit({
    organizationId,
    amount: BigInt(input.amount),
    idempotencyKey: `admin:refund:${idempotencyKey ?? randomUUID()}`,
    kind: 'refund',
    reason: input.reason,
    userId: operatorId,
    metadata: { refundedBy: operatorId },
  });
  return { entry: toLedgerEntryBody(entry), balance: await getBalance({ ledger, organizationId }) };
}
