import { OpenAPIHono } from '@hono/zod-openapi';
import type { Db } from '@sigmacode/db';
import type { Ledger } from '@sigmacode/ledger';
import type { AppEnv } from '../http/app-env.js';
import { validationHook } from '../http/errors/validation-hook.js';
import { consoleRoute, principalOf } from '../identity/access/index.js';
import { jsonContent } from '../routes/json-content.js';
import { aggregateUsage } from './aggregate-usage.js';
import { billingErrorResponses } from './billing-error-responses.js';
import { renderUsageCsv } from './render-usage-csv.js';
import { resolveUsageRange } from './resolve-usage-range.js';
import { UsageQuerySchema, UsageReportSchema } from './usage-schemas.js';

const tags = ['Usage'];
const description =
  'Tokens charged (settled calls) and the number of calls in [from, to), grouped by day (UTC), action, model, ' +
  'user, app or API key. The range defaults to the last 30 days and spans at most 366.';

const usageRoute = consoleRoute({
  access: 'usage:read',
  method: 'get',
  path: '/api/usage',
  tags,
  summary: "The organization's token usage",
  description,
  request: { query: UsageQuerySchema },
  responses: { 200: { description: 'Usage per group.', ...jsonContent(UsageReportSchema) }, ...billingErrorResponses },
});

const usageCsvRoute = consoleRoute({
  access: 'usage:read',
  method: 'get',
  path: '/api/usage.csv',
  tags,
  summary: "The organization's token usage as CSV",
  description,
  request: { query: UsageQuerySchema },
  responses: {
    200: { description: 'CSV: `<groupBy>,tokens,calls`, one line per group.', content: { 'text/csv': { schema: {} } } },
    ...billingErrorResponses,
  },
});

/**
 * Usage reports over the ledger (JSON and CSV).
 *
 * @example
 * app.route('/', usageRoutes({ db, ledger }))
 */
export function usageRoutes({ db, ledger }: { db: Db; ledger: Ledger }): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.openapi(usageRoute, async (c) => {
    const { from, to, groupBy } = c.req.valid('query');
    const range = resolveUsageRange({ from, to });
    const organizationId = principalOf(c).organizationId;
    // Calls this instance answered but whose settlement is still committing count too.
    await ledger.settledWrites({ organizationId });
    return c.json(await aggregateUsage({ db, organizationId, ...range, groupBy }), 200);
  });
  app.openapi(usageCsvRoute, async (c) => {
    const { from, to, groupBy } = c.req.valid('query');
    const range = resolveUsageRange({ from, to });
    const organizationId = principalOf(c).organizationId;
    await ledger.settledWrites({ organizationId });
    const usage = await aggregateUsage({ db, organizationId, ...range, groupBy });
    const day = (date: Date) => date.toISOString().slice(0, 10);
    return c.body(renderUsageCsv(usage), 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="usage-${groupBy}-${day(range.from)}-${day(range.to)}.csv"`,
      ...(usage.truncated ? { 'X-Truncated': 'true' } : {}),
    });
  });
  return app;
}
