import { queryOptions } from '@tanstack/react-query';
import {
  BalanceSchema,
  CheckoutSchema,
  LedgerPageSchema,
  TokenPackageListSchema,
  UsageReportSchema,
} from './billing-schemas';
import { fetchJson, fetchOk } from './fetch-json';
import { sendJson } from './send-json';

/** The organization's token balance; refreshed after every chat answer (key prefix `billing`). */
export function balanceQueryOptions() {
  return queryOptions({
    queryKey: ['billing', 'balance'],
    queryFn: ({ signal }) => fetchJson({ path: '/api/billing/balance', schema: BalanceSchema, init: { signal } }),
  });
}

/** The token packages for sale. */
export function packagesQueryOptions() {
  return queryOptions({
    queryKey: ['billing', 'packages'],
    queryFn: ({ signal }) =>
      fetchJson({ path: '/api/billing/packages', schema: TokenPackageListSchema, init: { signal } }),
    staleTime: 300_000,
  });
}

/** The newest ledger entries; `cursor` pages further back. */
export function ledgerQueryOptions({ cursor }: { cursor?: string } = {}) {
  const query = new URLSearchParams({ limit: '25', ...(cursor ? { cursor } : {}) });
  return queryOptions({
    queryKey: ['billing', 'ledger', cursor ?? null],
    queryFn: ({ signal }) =>
      fetchJson({ path: `/api/billing/ledger?${query}`, schema: LedgerPageSchema, init: { signal } }),
  });
}

/** Token usage over a period, grouped by day, action, model, user, app or key. */
export function usageQueryOptions({ from, groupBy }: { from: string; groupBy: 'day' | 'action' | 'model' }) {
  const query = new URLSearchParams({ from, groupBy });
  return queryOptions({
    queryKey: ['billing', 'usage', from, groupBy],
    queryFn: ({ signal }) => fetchJson({ path: `/api/usage?${query}`, schema: UsageReportSchema, init: { signal } }),
  });
}

/**
 * Starts a Stripe Checkout for a package and answers the payment page's URL.
 *
 * @example
 * window.location.assign((await startCheckout({ packageId: 'pro', mode: 'payment' })).url);
 */
export function startCheckout({ packageId, mode }: { packageId: string; mode: 'payment' | 'subscription' }) {
  return sendJson({ method: 'POST', path: '/api/billing/checkout', body: { packageId, mode }, schema: CheckoutSchema });
}

/**
 * Downloads the usage report as CSV (the browser saves it as a file).
 *
 * @example
 * await downloadUsageCsv({ from: '2025-01-01T00:00:00Z', groupBy: 'day' });
 */
export async function downloadUsageCsv({ from, groupBy }: { from: string; groupBy: string }): Promise<void> {
  const response = await fetchOk({ path: `/api/usage.csv?${new URLSearchParams({ from, groupBy })}` });
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = `sigmacode-usage-${groupBy}.csv`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}
