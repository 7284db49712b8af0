import { EnvError } from '@sigmacode/core';
import { loadEnv } from '../config/env.js';
import { createLogger } from '../infra/create-logger.js';
import { COMMANDS } from './commands.js';

/** `npm run cli -- <command> [args]`: operator commands that run against the configured database. */
async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (!command) {
    const list = COMMANDS.map((c) => `  ${c.usage.padEnd(40)} ${c.summary}`).join('\n');
    process.stdout.write(`Usage: npm run cli -- <command>\n\nCommands:\n${list}\n`);
    return name === undefined || name === 'help' || name === '--help' ? 0 : 64;
  }
  try {
    const env = loadEnv(process.env);
    const logger = createLogger({ level: process.env.LOG_LEVEL ?? 'warn', format: 'json' });
    return await command.run({ args, env, logger });
  } catch (error) {
    if (error instanceof EnvError) {
      process.stderr.write(`${error.message}\n`);
      return 78;
    }
    process.stderr.write(`${command.name} failed: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
