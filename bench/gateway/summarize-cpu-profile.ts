import { z } from 'zod';

/** The parts of a V8 `.cpuprofile` this reads. */
export const CpuProfileSchema = z.object({
  nodes: z.array(
    z.object({
      id: z.number(),
      callFrame: z.object({
        functionName: z.string(),
        url: z.string(),
        lineNumber: z.number(),
      }),
      children: z.array(z.number()).optional(),
    }),
  ),
  samples: z.array(z.number()),
  startTime: z.number(),
  endTime: z.number(),
});
export type CpuProfile = z.infer<typeof CpuProfileSchema>;

/** One row of a summary: a function or an area and its share of the busy samples (percent). */
export interface ProfileShare {
  name: string;
  percent: number;
}

export interface ProfileSummary {
  seconds: number;
  /** Share of all samples in which the process was doing something (not idle), percent. */
  busyPercent: number;
  /** Where the busy time was spent itself, by function and by area (package, server folder, node internals). */
  selfByFunction: ProfileShare[];
  selfByArea: ProfileShare[];
  /** Busy samples with the function anywhere on the stack (async stacks end at their last await). */
  inclusiveByFunction: ProfileShare[];
}

const SPECIAL = new Set(['(idle)', '(program)', '(garbage collector)', '(root)']);

/**
 * Where a CPU profile's busy time went: self time by function and by area, and inclusive time by function.
 *
 * @example
 * const summary = summarizeCpuProfile({ profile: CpuProfileSchema.parse(JSON.parse(text)), top: 15 })
 * summary.selfByArea[0] // { name: '@sigmacode/firewall', percent: 31.2 }
 */
export function summarizeCpuProfile({ profile, top = 15 }: { profile: CpuProfile; top?: number }): ProfileSummary {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);

  const self = new Map<string, number>();
  const area = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let busy = 0;
  for (const id of profile.samples) {
    const node = byId.get(id);
    if (!node || node.callFrame.functionName === '(idle)') continue;
    busy += 1;
    const name = functionNameOf(node.callFrame);
    self.set(name, (self.get(name) ?? 0) + 1);
    const where = areaOf(node.callFrame);
    area.set(where, (area.get(where) ?? 0) + 1);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
      const frame = byId.get(at)?.callFrame;
      if (!frame || SPECIAL.has(frame.functionName)) continue;
      const key = functionNameOf(frame);
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + 1);
    }
  }
  const rank = (counts: Map<string, number>): ProfileShare[] =>
    [...counts]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, count]) => ({ name, percent: busy > 0 ? (100 * count) / busy : 0 }));
  return {
    seconds: (profile.endTime - profile.startTime) / 1e6,
    busyPercent: profile.samples.length > 0 ? (100 * busy) / profile.samples.length : 0,
    selfByFunction: rank(self),
    selfByArea: rank(area),
    inclusiveByFunction: rank(inclusive),
  };
}

/** `name (file:line)` with the file shortened to what identifies it. */
function functionNameOf(frame: CpuProfile['nodes'][number]['callFrame']): string {
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

/**
 * The area a frame belongs to: an npm package, a workspace package (`@sigmacode/firewall`), a folder of the
 * server (`server/pipeline`), a Node internal module (`node:internal/streams`), or V8's own (`(garbage collector)`).
 */
function areaOf(frame: CpuProfile['nodes'][number]['callFrame']): string {
  const { url, functionName } = frame;
  if (!url) return SPECIAL.has(functionName) ? functionName : '(native)';
  if (url.startsWith('node:')) return url.split('/').slice(0, 3).join('/');
  const path = url.replace(/^file:\/\//, '');
  const inModules = path.lastIndexOf('/node_modules/');
  if (inModules >= 0) {
    const [scope = '', name = ''] = path.slice(inModules + '/node_modules/'.length).split('/');
    return scope.startsWith('@') ? `${scope}/${name}` : scope;
  }
  const workspace = /\/packages\/([^/]+)\//.exec(path);
  if (workspace) return `@sigmacode/${workspace[1]}`;
  const server = /\/apps\/server\/src\/([^/]+)/.exec(path);
  if (server) return `server/${server[1]?.replace(/\.ts$/, '')}`;
  return shortFileOf(url);
}
