#!/usr/bin/env node
// `npm run dev`: the server restarting on change (tsx watch) and the dashboard's Vite dev server with hot reload
// on http://localhost:5173 (it proxies the APIs to the server on :3000).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const children = [
  spawn(process.execPath, ['--import', 'tsx', '--conditions=source', '--watch', 'apps/server/src/serve.ts'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, LOG_FORMAT: process.env.LOG_FORMAT ?? 'pretty' },
  }),
  spawn('npm', ['run', 'dev', '--workspace', '@sigmacode/web'], { cwd: root, stdio: 'inherit' }),
];
const stop = (signal) => {
  for (const child of children) child.kill(signal);
};
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stop(signal));
for (const child of children) {
  child.on('exit', (code) => {
    stop('SIGTERM');
    process.exitCode = code ?? 0;
  });
}
