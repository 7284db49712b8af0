import type { z } from 'zod';

/** Thrown when the environment does not parse; `message` is one line naming the variable. */
export class EnvError extends Error {
  override readonly name = 'EnvError';
  readonly variable: string;
  constructor(variable: string, problem: string) {
    super(`Invalid environment variable ${variable}: ${problem}`);
    this.variable = variable;
  }
}

/**
 * Parses an environment object with a zod object schema. Empty strings count as unset, so
 * `PORT=` behaves like no PORT at all. On failure it throws an {@link EnvError} naming the first bad variable.
 *
 * @example
 * const env = parseEnv({ schema: z.object({ PORT: z.coerce.number().int().default(3000) }), source: process.env })
 */
export function parseEnv<S extends z.ZodObject>({
  schema,
  source,
}: {
  schema: S;
  source: Record<string, string | undefined>;
}): z.infer<S> {
  const cleaned: Record<string, string> = {};
  for (const [key, value] of Object.entries(source)) {
    if (value !== undefined && value.trim() !== '') cleaned[key] = value;
  }
  const result = schema.safeParse(cleaned);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const variable = issue ? String(issue.path[0] ?? 'environment') : 'environment';
  const received = cleaned[variable];
  const problem = issue?.message ?? 'invalid value';
  // Values of secrets and URLs (which may carry passwords) are never echoed into logs.
  const showValue = received !== undefined && !SENSITIVE.test(variable);
  throw new EnvError(variable, showValue ? `${problem} (got "${truncate(received)}")` : problem);
}

const SENSITIVE = /SECRET|KEY|TOKEN|PASSWORD|URL|DSN/i;

function truncate(value: string): string {
  return value.length > 40 ? `${value.slice(0, 37)}...` : value;
}
