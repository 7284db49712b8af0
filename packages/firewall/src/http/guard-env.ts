import { z } from 'zod';

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

/**
 * The service's environment (read by serve.ts only):
 *
 * - `FIREWALL_PORT` (default 8000; 0 lets the OS pick)
 * - `FIREWALL_HOST` (default 127.0.0.1: only this machine can call it. Set 0.0.0.0 in a container or to serve a
 *   network — then FIREWALL_API_KEY is required, so the service is never open to a network by accident)
 * - `FIREWALL_API_KEY` (at least 16 characters): callers send `Authorization: Bearer <key>`
 * - `FIREWALL_POLICY_FILE`: a JSON policy (PolicySchema) for requests that send none; default DEFAULT_POLICY
 * - `FIREWALL_SHUTDOWN_TIMEOUT_MS` (default 10000): how long in-flight requests get after SIGTERM
 *
 * @example parseEnv({ schema: GuardEnvSchema, source: process.env })
 */
export const GuardEnvSchema = z
  .object({
    FIREWALL_PORT: z.coerce.number().int().min(0).max(65535).default(8000),
    FIREWALL_HOST: z.string().default('127.0.0.1'),
    FIREWALL_API_KEY: z.string().min(16, { message: 'must be at least 16 characters' }).optional(),
    FIREWALL_POLICY_FILE: z.string().optional(),
    FIREWALL_SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).max(600_000).default(10_000),
  })
  .superRefine((env, ctx) => {
    if (!LOOPBACK.has(env.FIREWALL_HOST) && env.FIREWALL_API_KEY === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['FIREWALL_API_KEY'],
        message: `is required when FIREWALL_HOST (${env.FIREWALL_HOST}) is reachable from other machines`,
      });
    }
  });
export type GuardEnv = z.output<typeof GuardEnvSchema>;
