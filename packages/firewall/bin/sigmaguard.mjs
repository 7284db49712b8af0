#!/usr/bin/env node
// `sigmaguard` / `npm run guard`: runs the SigmaGuard service (src/http/serve.ts) from source, as the platform runs
// everything: node --import tsx --conditions=source. Configuration comes from the environment (see README.md).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const serve = fileURLToPath(new URL('../src/http/serve.ts', import.meta.url));
// Resolved from this file, so the launcher works from any working directory.
const tsx = import.meta.resolve('tsx');
const child = spawn(process.execPath, ['--import', tsx, '--conditions=source', serve, ...process.argv.slice(2)], {
  stdio: 'inherit',
});
for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP']) {
  process.on(signal, () => child.kill(signal));
}
child.on('exit', (code, signal) => {
  process.exit(code ?? (signal ? 1 : 0));
});
