import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { fetchJson, fetchOk } from './fetch-json';

export const AuditEntrySchema = z.object({
  id: z.string(),
  seq: z.union([z.number(), z.string()]),
  occurredAt: z.string(),
  action: z.string(),
  actorId: z.string().nullable(),
  actorEmail: z.string().nullable(),
  targetType: z.string().nullable(),
  targetId: z.string().nullable(),
  ip: z.string().nullable(),
  requestId: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;
export const AuditPageSchema = z.object({ data: z.array(AuditEntrySchema), nextCursor: z.string().nullable() });

export interface AuditFilter {
  action?: string;
  from?: string;
  to?: string;
  cursor?: string;
}

function auditQuery(filter: AuditFilter, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams({ limit: '50', ...extra });
  for (const [key, value] of Object.entries(filter)) if (value) params.set(key, value);
  return params.toString();
}

/** `GET /api/audit`: the organization's audit log, newest first (admins). */
export function auditQueryOptions(filter: AuditFilter) {
  return queryOptions({
    queryKey: ['audit', filter],
    queryFn: ({ signal }) =>
      fetchJson({ path: `/api/audit?${auditQuery(filter)}`, schema: AuditPageSchema, init: { signal } }),
  });
}

/**
 * Downloads the filtered audit log as CSV.
 *
 * @example
 * await downloadAuditCsv({ action: 'keys.create' });
 */
export async function downloadAuditCsv(filter: AuditFilter): Promise<void> {
  const response = await fetchOk({ path: `/api/audit?${auditQuery(filter, { format: 'csv' })}` });
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = 'sigmacode-audit.csv';
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}
