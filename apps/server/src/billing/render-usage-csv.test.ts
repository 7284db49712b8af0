import { describe, expect, it } from 'vitest';
import { renderUsageCsv } from './render-usage-csv.js';
import type { UsageReport } from './usage-schemas.js';

const report = (data: UsageReport['data']): UsageReport => ({
  from: '2026-01-01T00:00:00.000Z',
  to: '2026-02-01T00:00:00.000Z',
  groupBy: 'action',
  data,
  totals: { tokens: 0, calls: 0 },
  truncated: false,
});

describe('renderUsageCsv', () => {
  it('writes a header, quotes what needs quoting and defuses spreadsheet formulas', async () => {
    const csv = await new Response(
      renderUsageCsv(
        report([
          { key: 'chat', tokens: 10, calls: 1 },
          { key: 'a,"b"', tokens: 5, calls: 2 },
          { key: '=HYPERLINK("x")', tokens: 1, calls: 1 },
          { key: null, tokens: 3, calls: 4 },
        ]),
      ),
    ).text();
    expect(csv).toBe('action,tokens,calls\r\nchat,10,1\r\n"a,""b""",5,2\r\n"\'=HYPERLINK(""x"")",1,1\r\n,3,4\r\n');
  });

  it('streams many rows in chunks', async () => {
    const rows = Array.from({ length: 2500 }, (_, index) => ({ key: `k${index}`, tokens: index, calls: 1 }));
    const text = await new Response(renderUsageCsv(report(rows))).text();
    expect(text.split('\r\n')).toHaveLength(2502);
  });
});
