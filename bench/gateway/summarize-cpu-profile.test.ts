import { describe, expect, it } from 'vitest';
import { type CpuProfile, summarizeCpuProfile } from './summarize-cpu-profile.js';

const frame = (functionName: string, url = '') => ({ functionName, url, lineNumber: 0 });

/**
 * (root) → handler (server pipeline) → query (drizzle) → exec (wasm)
 *        → (idle)
 *        → runMicrotasks → pull (node:internal/webstreams/readablestream)
 */
const profile: CpuProfile = {
  nodes: [
    { id: 1, callFrame: frame('(root)'), children: [2, 5, 6] },
    { id: 2, callFrame: frame('handler', 'file:///repo/apps/server/src/pipeline/run-chat.ts'), children: [3] },
    { id: 3, callFrame: frame('query', 'file:///repo/node_modules/drizzle-orm/session.js'), children: [4] },
    { id: 4, callFrame: frame('wasm-function[1]', 'wasm://wasm/abc') },
    { id: 5, callFrame: frame('(idle)') },
    { id: 6, callFrame: frame('runMicrotasks'), children: [7] },
    { id: 7, callFrame: frame('pull', 'node:internal/webstreams/readablestream') },
  ],
  // 4 samples in the database, 2 in the handler itself, 2 in an unowned stream continuation, 2 idle.
  samples: [4, 4, 3, 4, 2, 2, 7, 7, 5, 5],
  startTime: 0,
  endTime: 2_000_000,
};

describe('summarizeCpuProfile', () => {
  const summary = summarizeCpuProfile({ profile });

  it('measures the busy share and the duration', () => {
    expect(summary.seconds).toBe(2);
    expect(summary.busyPercent).toBe(80);
  });

  it('charges library time to the component nearest the running function', () => {
    expect(summary.byComponent).toEqual([
      { name: 'database (PGlite, pg, drizzle)', percent: 50 },
      { name: 'server: pipeline', percent: 25 },
      { name: '(unowned) node:internal/webstreams/readablestream', percent: 25 },
    ]);
  });

  it('ranks running functions with short file names', () => {
    expect(summary.selfByFunction[0]).toEqual({ name: 'wasm-function[1] (wasm://wasm/abc:1)', percent: 37.5 });
    expect(summary.selfByFunction.map((share) => share.name)).toContain(
      'handler (apps/server/src/pipeline/run-chat.ts:1)',
    );
    expect(summary.selfByFunction.map((share) => share.name)).toContain('query (drizzle-orm/session.js:1)');
  });

  it('keeps only the top entries', () => {
    expect(summarizeCpuProfile({ profile, top: 1 }).selfByFunction).toHaveLength(1);
  });
});
