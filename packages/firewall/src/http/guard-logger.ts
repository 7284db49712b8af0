/**
 * What the service logs through: pino-compatible (`logger.error({ err }, 'message')`), so the platform can pass its
 * own logger; serve.ts uses createJsonLogger.
 */
export interface GuardLogger {
  info(fields: Record<string, unknown>, message: string): void;
  warn(fields: Record<string, unknown>, message: string): void;
  error(fields: Record<string, unknown>, message: string): void;
}

function serialize(value: unknown): unknown {
  if (value instanceof Error) return { type: value.name, message: value.message, stack: value.stack };
  return value;
}

/**
 * One JSON object per line (`{"level":"info","time":…,"msg":…,…}`): info to stdout, warnings and errors to stderr.
 *
 * @example const logger = createJsonLogger(); logger.info({ port: 8000 }, 'SigmaGuard is listening');
 */
export function createJsonLogger({
  out = process.stdout,
  err = process.stderr,
}: {
  out?: { write(line: string): unknown };
  err?: { write(line: string): unknown };
} = {}): GuardLogger {
  const write = (level: string, target: { write(line: string): unknown }) => {
    return (fields: Record<string, unknown>, message: string): void => {
      const entry: Record<string, unknown> = { level, time: new Date().toISOString(), msg: message };
      for (const [key, value] of Object.entries(fields)) entry[key] = serialize(value);
      target.write(`${JSON.stringify(entry)}\n`);
    };
  };
  return { info: write('info', out), warn: write('warn', err), error: write('error', err) };
}
