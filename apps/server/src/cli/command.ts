import type { Env } from '../config/env.js';
import type { Logger } from '../infra/create-logger.js';

/** One CLI command: a plain object in the registry of commands.ts. */
export interface CliCommand {
  name: string;
  summary: string;
  usage: string;
  run(context: { args: string[]; env: Env; logger: Logger }): Promise<number>;
}
