import { spawn } from 'node:child_process';
import { AppError } from '@sigmacode/core';

/**
 * Runs a PostgreSQL client program (pg_dump, psql) to completion; its errors go to our stderr. Rejects when it
 * cannot start (not installed) or exits with a non-zero status.
 *
 * @example
 * await runClientTool({ program: 'pg_dump', args: ['--file', out], env: postgresClientEnv(url) })
 */
export function runClientTool({
  program,
  args,
  env,
}: {
  program: string;
  args: string[];
  env: Record<string, string>;
}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
    child.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        new AppError('NOT_CONFIGURED', {
          message:
            error.code === 'ENOENT'
              ? `${program} was not found: install the PostgreSQL client tools (Debian: postgresql-client).`
              : `${program} could not start: ${error.message}`,
        }),
      ),
    );
    child.once('exit', (code, signal) => {
      if (code === 0) resolve();
      else reject(new AppError('INTERNAL', { message: `${program} failed (${signal ?? `exit status ${code}`}).` }));
    });
  });
}
