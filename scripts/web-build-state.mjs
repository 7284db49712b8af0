// Decides whether the dashboard build (apps/web/dist) is missing or older than its sources.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const WEB = new URL('../apps/web/', import.meta.url).pathname;
const SOURCES = ['src', 'index.html', 'vite.config.ts', 'package.json', 'public'];

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** True when apps/web/dist/index.html is missing or any source file changed after it was built. */
export function webBuildIsStale() {
  const built = join(WEB, 'dist', 'index.html');
  if (!existsSync(built)) return true;
  const builtAt = statSync(built).mtimeMs;
  return SOURCES.some((source) => newestMtime(join(WEB, source)) > builtAt);
}
