import type { Ledger } from '@sigmacode/ledger';
import type { LedgerEntryBody } from './billing-schemas.js';
import { toLedgerEntryBody } from './to-ledger-entry-body.js';

/**
 * One page of the organization's ledger, newest first; `nextCursor` fetches the next (older) page.
 *
 * @example
 * const { data, nextCursor } = await listLedgerEntries({ ledger, organizationId, limit: 50 })
 */
export async function listLedgerEntries({
  ledger,
  organizationId,
  limit,
  cursor,
}: {
  ledger: Ledger;
  organizationId: string;
  limit: number;
  cursor?: string | undefined;
}): Promise<{ data: LedgerEntryBody[]; nextCursor: string | null }> {
  const page = await ledger.listEntries({ organizationId, limit, ...(cursor ? { cursor } : {}) });
  return { data: page.entries.map(toLedgerEntryBody), nextCursor: page.nextCursor };
}
