import { EnvError } from '@sigmacode/core';
import { type Env, loadEnv } from './config/env.js';
import { createLogger } from './infra/create-logger.js';
import { startServer } from './start-server.js';

/** Exit code for a configuration error (EX_CONFIG from sysexits.h). */
const EXIT_CONFIG = 78;

let env: Env;
try {
  env = loadEnv(process.env);
} catch (error) {
  if (error instanceof EnvError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(EXIT_CONFIG);
  }
  throw error;
}

const logger = createLogger({
  level: env.LOG_LEVEL,
  format: env.LOG_FORMAT ?? (env.NODE_ENV === 'development' && process.stdout.isTTY ? 'pretty' : 'json'),
});

process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled promise rejection'));

try {
  const { lifecycle } = await startServer({ env, logger });
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      void lifecycle.shutdown(signal).then(() => {
        logger.flush();
        process.exit(0);
      });
    });
  }
} catch (error) {
  logger.fatal({ err: error }, 'SIGMACODE failed to start');
  logger.flush();
  process.exitCode = 1;
  setTimeout(() => process.exit(1), 100).unref();
}
