import type { AuditEntry } from '@sigmacode/audit';
import { toAuditEntryBody } from './to-audit-entry-body.js';

const COLUMNS = [
  'id',
  'seq',
  'occurredAt',
  'action',
  'actorId',
  'actorEmail',
  'organizationId',
  'targetType',
  'targetId',
  'ip',
  'requestId',
  'details',
] as const;

/**
 * Audit entries as CSV, one page read from `nextPage` at a time as the response is consumed, so an export of a
 * long log never sits in memory. `details` is one JSON cell. A cell a spreadsheet would run as a formula (`=`, `+`,
 * `-`, `@`) is prefixed with `'`: e-mail addresses and details come from users.
 *
 * @example
 * return c.body(renderAuditCsv({ nextPage: (cursor) => audit.list({ chain, limit: 500, cursor }) }), 200, headers)
 */
export function renderAuditCsv({
  nextPage,
}: {
  nextPage(cursor: string | null): Promise<{ entries: AuditEntry[]; nextCursor: string | null }>;
}): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let cursor: string | null = null;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(`${COLUMNS.join(',')}\r\n`));
    },
    async pull(controller) {
      const page = await nextPage(cursor);
      const lines = page.entries.map((entry) => {
        const body = toAuditEntryBody(entry);
        return `${COLUMNS.map((column) => csvField(column === 'details' ? JSON.stringify(body.details) : body[column])).join(',')}\r\n`;
      });
      if (lines.length > 0) controller.enqueue(encoder.encode(lines.join('')));
      cursor = page.nextCursor;
      if (cursor === null) controller.close();
    },
  });
}

function csvField(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
