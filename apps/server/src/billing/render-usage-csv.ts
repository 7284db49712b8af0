import type { UsageReport } from './usage-schemas.js';

const ROWS_PER_CHUNK = 1000;

/**
 * A usage report as CSV (`<groupBy>,tokens,calls`, then one line per group), produced chunk by chunk as the
 * response is read. Keys are quoted when needed, and a key that a spreadsheet would run as a formula (`=`, `+`,
 * `-`, `@`) is prefixed with `'`: model and action names can come from API callers.
 *
 * @example
 * return new Response(renderUsageCsv(report), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } })
 */
export function renderUsageCsv(report: UsageReport): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let next = 0;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(`${report.groupBy},tokens,calls\r\n`));
    },
    pull(controller) {
      const chunk = report.data.slice(next, next + ROWS_PER_CHUNK);
      next += chunk.length;
      if (chunk.length > 0) {
        controller.enqueue(
          encoder.encode(chunk.map((row) => `${csvField(row.key ?? '')},${row.tokens},${row.calls}\r\n`).join('')),
        );
      }
      if (next >= report.data.length) controller.close();
    },
  });
}

function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
