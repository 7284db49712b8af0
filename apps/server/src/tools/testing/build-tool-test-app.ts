import type { Database } from '@sigmacode/db';
import { createSecretBox, type SecretBox } from '@sigmacode/engine';
import { buildTestApp } from '../../testing/build-test-app.js';
import type { McpNetworkPolicy } from '../check-mcp-url.js';

const SECRET = 'tool-test-secret-tool-test-secret-0123456';

/**
 * The real test app with the MCP network policy and list timeout of the test, and the secret box its routes seal
 * with (the app's secret is set to match).
 *
 * @example
 * const { app, box } = buildToolTestApp({ database, policy: { allowHosts: ['127.0.0.1'] } })
 */
export function buildToolTestApp({
  database,
  policy,
  listTimeoutMs,
}: {
  database: Database;
  policy?: McpNetworkPolicy;
  listTimeoutMs?: number;
}): { app: ReturnType<typeof buildTestApp>; box: SecretBox } {
  const app = buildTestApp({
    database,
    config: { secret: SECRET },
    mcp: { ...(policy ? { policy } : {}), ...(listTimeoutMs ? { listTimeoutMs } : {}) },
  });
  return { app, box: createSecretBox(SECRET) };
}
