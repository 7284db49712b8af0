import { z } from 'zod';

/** The parts of a V8 `.cpuprofile` this reads. */
export const CpuProfileSchema = z.object({
  nodes: z.array(
    z.object({
      id: z.number(),
      callFrame: z.object({ functionName: z.string(), url: z.string(), lineNumber: z.number() }),
      children: z.array(z.number()).optional(),
    }),
  ),
  samples: z.array(z.number()),
  startTime: z.number(),
  endTime: z.number(),
});
export type CpuProfile = z.infer<typeof CpuProfileSchema>;
type CallFrame = CpuProfile['nodes'][number]['callFrame'];

/** One row of a summary: a component or a function and its share of the busy samples (percent). */
export interface ProfileShare {
  name: string;
  percent: number;
}

export interface ProfileSummary {
  seconds: number;
  /** Share of all samples in which the process was doing something (not idle), percent. */
  busyPercent: number;
  /**
   * Busy samples by the component nearest the top of their stack (the database driver a query runs in, the AI SDK a
   * chunk is parsed in, …): library time is charged to the first component that matches from the leaf upwards.
   * Samples whose stack has none (microtask continuations after an await) fall into `(unowned) <area>`.
   */
  byComponent: ProfileShare[];
  /** Busy samples by the function that was running. */
  selfByFunction: ProfileShare[];
}

/** Components of a SIGMACODE server process, matched against a frame's URL in this order. */
const COMPONENTS: { name: string; test: (url: string) => boolean }[] = [
  { name: 'database (PGlite, pg, drizzle)', test: (url) => /pglite|drizzle-orm|\/node_modules\/pg|^wasm:/.test(url) },
  { name: 'ledger', test: (url) => url.includes('/packages/ledger/') },
  { name: 'AI SDK (ai, @ai-sdk/*)', test: (url) => /\/node_modules\/(ai|@ai-sdk)\//.test(url) },
  { name: 'firewall', test: (url) => url.includes('/packages/firewall/') },
  { name: 'fetch (undici)', test: (url) => url.includes('undici') },
  { name: 'zod', test: (url) => url.includes('/node_modules/zod/') },
  { name: 'ioredis', test: (url) => url.includes('/node_modules/ioredis/') },
  { name: 'hono, @hono/node-server', test: (url) => /\/node_modules\/(hono|@hono)\//.test(url) },
  { name: 'pino', test: (url) => url.includes('/node_modules/pino') },
  { name: 'better-auth', test: (url) => url.includes('better-auth') },
  { name: 'server: pipeline', test: (url) => url.includes('/apps/server/src/pipeline/') },
  { name: 'server: openai-api', test: (url) => url.includes('/apps/server/src/openai-api/') },
  { name: 'server: other', test: (url) => url.includes('/apps/server/src/') },
  { name: 'engine', test: (url) => url.includes('/packages/engine/') },
];

/**
 * Where a CPU profile's busy time went, by component (see `byComponent`) and by running function.
 *
 * @example
 * const summary = summarizeCpuProfile({ profile: CpuProfileSchema.parse(JSON.parse(text)), top: 15 })
 * summary.byComponent[0] // { name: 'database (PGlite, pg, drizzle)', percent: 38.2 }
 */
export function summarizeCpuProfile({ profile, top = 15 }: { profile: CpuProfile; top?: number }): ProfileSummary {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);

  const components = new Map<string, number>();
  const functions = new Map<string, number>();
  let busy = 0;
  for (const id of profile.samples) {
    const frame = byId.get(id)?.callFrame;
    if (!frame || frame.functionName === '(idle)') continue;
    busy += 1;
    const name = functionNameOf(frame);
    functions.set(name, (functions.get(name) ?? 0) + 1);
    const component = componentOf({ id, byId, parentOf }) ?? `(unowned) ${areaOf(frame)}`;
    components.set(component, (components.get(component) ?? 0) + 1);
  }
  const rank = (counts: Map<string, number>): ProfileShare[] =>
    [...counts]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, count]) => ({ name, percent: busy > 0 ? (100 * count) / busy : 0 }));
  return {
    seconds: (profile.endTime - profile.startTime) / 1e6,
    busyPercent: profile.samples.length > 0 ? (100 * busy) / profile.samples.length : 0,
    byComponent: rank(components),
    selfByFunction: rank(functions),
  };
}

function componentOf({
  id,
  byId,
  parentOf,
}: {
  id: number;
  byId: Map<number, CpuProfile['nodes'][number]>;
  parentOf: Map<number, number>;
}): string | undefined {
  for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
    const url = byId.get(at)?.callFrame.url;
    if (!url) continue;
    const match = COMPONENTS.find((component) => component.test(url));
    if (match) return match.name;
  }
  return undefined;
}

/** `name (file:line)` with the file shortened to what identifies it. */
function functionNameOf(frame: CallFrame): string {
  if (!frame.url) return frame.functionName || '(anonymous)';
  return `${frame.functionName || '(anonymous)'} (${shortFileOf(frame.url)}:${frame.lineNumber + 1})`;
}

function shortFileOf(url: string): string {
  const path = url.replace(/^file:\/\//, '');
  const inModules = path.lastIndexOf('/node_modules/');
  if (inModules >= 0) return path.slice(inModules + '/node_modules/'.length);
  const inRepo = /\/(packages|apps|bench)\/.*$/.exec(path);
  return inRepo ? inRepo[0].slice(1) : path;
}

/** What an unowned frame is: a Node internal module (`node:internal/webstreams`), V8's own, or its file. */
function areaOf(frame: CallFrame): string {
  const { url, functionName } = frame;
  if (!url) return functionName || '(native)';
  if (url.startsWith('node:')) return url.split('/').slice(0, 3).join('/').replace(/\.js$/, '');
  return shortFileOf(url);
}
