// The SigmaGuard service process: `npm run guard` or the `sigmaguard` bin. The only place the service reads env.
import { readFileSync } from 'node:fs';
import { EnvError, parseEnv } from '@sigmacode/core';
import { analyzeText } from '../analyze.js';
import { DEFAULT_RESOURCES } from '../resources.js';
import { createGuardApp } from './create-guard-app.js';
import { type GuardEnv, GuardEnvSchema } from './guard-env.js';
import { createJsonLogger } from './guard-logger.js';
import { startGuardServer } from './start-guard-server.js';

/** Exit code for a configuration error (EX_CONFIG from sysexits.h). */
const EXIT_CONFIG = 78;

const logger = createJsonLogger();

function configError(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(EXIT_CONFIG);
}

let env: GuardEnv;
try {
  env = parseEnv({ schema: GuardEnvSchema, source: process.env });
} catch (error) {
  if (error instanceof EnvError) configError(error.message);
  throw error;
}

let policy: unknown;
if (env.FIREWALL_POLICY_FILE) {
  try {
    policy = JSON.parse(readFileSync(env.FIREWALL_POLICY_FILE, 'utf8'));
  } catch (error) {
    configError(`FIREWALL_POLICY_FILE could not be read as JSON: ${(error as Error).message}`);
  }
}

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

let app: ReturnType<typeof createGuardApp>;
try {
  app = createGuardApp({ apiKey: env.FIREWALL_API_KEY, policy, logger, version });
} catch (error) {
  const details = (error as { details?: unknown }).details;
  configError(`FIREWALL_POLICY_FILE is not a valid policy: ${JSON.stringify(details ?? (error as Error).message)}`);
}
// Load the blocklists and compile the rules now rather than on the first request.
DEFAULT_RESOURCES.maliciousDomains();
DEFAULT_RESOURCES.suspiciousDomains();
analyzeText({ text: 'warm-up: mail jane@example.org, see https://docs.example.com/a?b=c', direction: 'output' });

const guard = await startGuardServer({
  app,
  port: env.FIREWALL_PORT,
  hostname: env.FIREWALL_HOST,
  shutdownTimeoutMs: env.FIREWALL_SHUTDOWN_TIMEOUT_MS,
  logger,
});
logger.info(
  { url: guard.url, version, auth: env.FIREWALL_API_KEY ? 'api-key' : 'none (loopback only)' },
  'SigmaGuard is listening',
);

let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  // `on`, not `once`: a second signal (a terminal sends SIGINT to the launcher and to us) must not kill the drain.
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: draining in-flight requests');
    void guard.close().then(() => {
      logger.info({}, 'shutdown complete');
      process.exit(0);
    });
  });
}
