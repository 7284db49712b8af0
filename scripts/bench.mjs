#!/usr/bin/env node
// `npm run bench [name]`: runs every benchmark under bench/<name>/index.ts (or the named ones) one after another,
// each in its own process so they do not disturb each other's memory and JIT state.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const benchDir = join(root, 'bench');
const wanted = process.argv.slice(2);
const all = readdirSync(benchDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(benchDir, entry.name, 'index.ts')))
  .map((entry) => entry.name);
const selected = wanted.length > 0 ? all.filter((name) => wanted.includes(name)) : all;

if (selected.length === 0) {
  console.log(wanted.length > 0 ? `No benchmark named ${wanted.join(', ')}.` : 'No benchmarks yet under bench/.');
  process.exit(wanted.length > 0 ? 1 : 0);
}
let failed = false;
for (const name of selected) {
  console.log(`\n=== bench/${name}`);
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--conditions=source', '--expose-gc', join(benchDir, name, 'index.ts')],
    { cwd: root, stdio: 'inherit' },
  );
  if (run.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
