#!/usr/bin/env node
// `npm start`: builds the dashboard when it is missing or stale, then runs the server from its TypeScript sources.
// The server process gets the signals, so Ctrl+C and SIGTERM shut it down gracefully.
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { webBuildIsStale } from './web-build-state.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

if (process.env.SIGMACODE_SKIP_WEB_BUILD !== '1' && webBuildIsStale()) {
  console.log('Building the dashboard (apps/web)...');
  const build = spawnSync('npm', ['run', 'build', '--workspace', '@sigmacode/web'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) {
    console.error('The dashboard build failed; starting the API without it.');
  }
}

const server = spawn(
  process.execPath,
  ['--import', 'tsx', '--conditions=source', 'apps/server/src/serve.ts', ...process.argv.slice(2)],
  { cwd: root, stdio: 'inherit' },
);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => server.kill(signal));
}
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
