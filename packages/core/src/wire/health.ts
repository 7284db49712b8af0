import { z } from 'zod';

export const DependencyStatusSchema = z.enum(['ok', 'error', 'disabled']);

export const HealthResponseSchema = z.object({
  status: z.enum(['ok', 'error']),
  version: z.string(),
  db: z.enum(['ok', 'error']),
  redis: DependencyStatusSchema,
  uptimeS: z.number().int().nonnegative(),
  /** Present on 503: the dependencies that failed. */
  failing: z.array(z.string()).optional(),
});
export type HealthResponse = z.infer<typeof HealthResponseSchema>;
