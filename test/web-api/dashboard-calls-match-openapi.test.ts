import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createDb } from '@sigmacode/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../apps/server/src/testing/build-test-app.js';

const WEB_SRC = join(import.meta.dirname, '../../apps/web/src');
/** Paths the console API serves outside the OpenAPI document: Better Auth's own endpoints. */
const OUTSIDE_OPENAPI = [/^\/api\/auth\//];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/**
 * Every console path the dashboard calls, as a pattern: template expressions become a parameter, the query string
 * is dropped. Plain strings are only taken when they look like a whole path (no spaces), so messages are skipped.
 */
function dashboardPaths(): string[] {
  const found = new Set<string>();
  for (const file of sourceFiles(WEB_SRC)) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/['"`](\/api\/[^'"`\s]*)['"`]/g)) {
      const path = (match[1] as string).replace(/\$\{[^}]*\}/g, '{param}').replace(/\?.*$/, '');
      if (path.includes('{param}') && path.endsWith('{param}') && !/\/\{param\}$/.test(path)) {
        // `/api/firewall/policy${query}`: the expression is a query string.
        found.add(path.replace(/\{param\}$/, ''));
      } else found.add(path);
    }
  }
  return [...found].filter((path) => path !== '/api/x' && !OUTSIDE_OPENAPI.some((pattern) => pattern.test(path)));
}

/**
 * The dashboard's typed API calls are written by hand; this keeps them honest against the server: every console path
 * the web app calls must exist in `/api/openapi.json` (with `{param}` standing for any path parameter).
 */
describe('the dashboard calls only console API paths the OpenAPI document declares', () => {
  let documented: RegExp[] = [];
  let close: () => Promise<void> = async () => {};

  beforeAll(async () => {
    const database = await createDb({});
    close = () => database.close();
    const app = buildTestApp({ database });
    const spec = (await (await app.request('/api/openapi.json')).json()) as { paths: Record<string, unknown> };
    documented = Object.keys(spec.paths).map(
      (path) => new RegExp(`^${path.replace(/[.]/g, '\\.').replace(/\{[^}]+\}/g, '[^/]+')}$`),
    );
  });
  afterAll(async () => {
    await close();
  });

  it('finds the calls', () => {
    expect(dashboardPaths().length).toBeGreaterThan(30);
  });

  it.each(dashboardPaths())('%s is documented', (path) => {
    expect(documented.some((pattern) => pattern.test(path))).toBe(true);
  });
});
