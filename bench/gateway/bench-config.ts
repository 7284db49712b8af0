import { z } from 'zod';

const number = (fallback: number) => z.coerce.number().positive().default(fallback);
const list = <T extends string>(values: readonly [T, ...T[]], fallback: string) =>
  z
    .string()
    .default(fallback)
    .transform((text) => text.split(',').map((item) => item.trim()))
    .pipe(z.array(z.enum(values)).min(1));

export const TARGET_NAMES = ['direct', 'sigmacode', 'portkey'] as const;
export type TargetName = (typeof TARGET_NAMES)[number];
export const MODES = ['json', 'stream'] as const;
export type Mode = (typeof MODES)[number];

/** bench/gateway's settings, from the environment (every one optional). */
export const BenchConfigSchema = z
  .object({
    /** Open-loop arrival rate of the goals, requests per second. */
    BENCH_GATEWAY_RATE: number(1_000),
    /**
     * A second, light open-loop rate, below every target's saturation (so latency is the work, not a queue);
     * default: half the lowest maximum throughput measured in the mode. 0 skips it.
     */
    BENCH_GATEWAY_LIGHT_RATE: z.coerce.number().min(0).optional(),
    /** Measured seconds of the open loop at the goal rate and of the closed loop (the light rate runs half as long). */
    BENCH_GATEWAY_SECONDS: number(8),
    /** Warm-up seconds per target and mode (a closed loop with a quarter of the connections, not measured). */
    BENCH_GATEWAY_WARMUP_SECONDS: z.coerce.number().min(0).default(2),
    /** Connections of the closed-loop (maximum throughput) phase. */
    BENCH_GATEWAY_CONCURRENCY: number(64),
    /** The fake upstream's delay before every answer, ms. */
    BENCH_GATEWAY_DELAY_MS: z.coerce.number().int().min(0).default(20),
    BENCH_GATEWAY_TARGETS: list(TARGET_NAMES, TARGET_NAMES.join(',')),
    BENCH_GATEWAY_MODES: list(MODES, MODES.join(',')),
    /** 1: CPU-profile SIGMACODE during its closed-loop phases and print where the time goes (adds overhead). */
    BENCH_GATEWAY_PROFILE: z.enum(['0', '1']).default('0'),
    BENCH_DATABASE_URL: z.string().optional(),
    BENCH_REDIS_URL: z.string().optional(),
  })
  .transform((env) => ({
    rate: env.BENCH_GATEWAY_RATE,
    lightRate: env.BENCH_GATEWAY_LIGHT_RATE,
    seconds: env.BENCH_GATEWAY_SECONDS,
    warmupSeconds: env.BENCH_GATEWAY_WARMUP_SECONDS,
    concurrency: Math.round(env.BENCH_GATEWAY_CONCURRENCY),
    delayMs: env.BENCH_GATEWAY_DELAY_MS,
    targets: env.BENCH_GATEWAY_TARGETS,
    modes: env.BENCH_GATEWAY_MODES,
    profile: env.BENCH_GATEWAY_PROFILE === '1',
    databaseUrl: env.BENCH_DATABASE_URL,
    redisUrl: env.BENCH_REDIS_URL,
  }));
export type BenchConfig = z.infer<typeof BenchConfigSchema>;
