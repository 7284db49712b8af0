import { parseEnv } from '@sigmacode/core';
import { z } from 'zod';
import type { BillingConfig } from '../billing/billing-config.js';

const booleanString = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const postgresUrl = z
  .url({ message: 'must be a URL such as postgres://user:pass@host:5432/db' })
  .refine((value) => /^postgres(ql)?:\/\//.test(value), { message: 'must start with postgres:// or postgresql://' });

const redisUrl = z
  .url({ message: 'must be a URL such as redis://host:6379' })
  .refine((value) => /^rediss?:\/\//.test(value), { message: 'must start with redis:// or rediss://' });

/** A comma-separated list of host names (blanks dropped). */
const hostList = z.string().transform((value) =>
  value
    .split(',')
    .map((host) => host.trim())
    .filter(Boolean),
);

const httpUrl = z
  .url({ message: 'must be an absolute URL such as https://api.example.com/v1' })
  .refine((value) => /^https?:\/\//.test(value), { message: 'must start with http:// or https://' });

/** Token packages whose Stripe prices can be configured; the ledger's TOKEN_PACKAGES has the same ids. */
const PRICED_PACKAGES = ['STARTER', 'PRO', 'BUSINESS', 'ENTERPRISE'] as const;
type PricedPackage = (typeof PRICED_PACKAGES)[number];
type PriceVariable = `STRIPE_PRICE_${PricedPackage}_${'ONE_TIME' | 'MONTHLY'}`;

/**
 * STRIPE_PRICE_<PACKAGE>_ONE_TIME and STRIPE_PRICE_<PACKAGE>_MONTHLY: optional Stripe price ids. Without one,
 * checkout sends the package's amount inline (price_data), so payments work with no catalogue set up in Stripe.
 */
function stripePriceVariables(): Record<PriceVariable, z.ZodOptional<z.ZodString>> {
  const priceId = z
    .string()
    .regex(/^price_\w+$/, { message: 'must be a Stripe price id (price_…)' })
    .optional();
  return Object.fromEntries(
    PRICED_PACKAGES.flatMap((id) => [
      [`STRIPE_PRICE_${id}_ONE_TIME`, priceId],
      [`STRIPE_PRICE_${id}_MONTHLY`, priceId],
    ]),
  ) as Record<PriceVariable, z.ZodOptional<z.ZodString>>;
}

/**
 * Every environment variable the server reads. README.md's configuration table mirrors this schema.
 * Libraries never read env; they get their part of this object.
 */
export const EnvSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    HOST: z.string().default('0.0.0.0'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000), // 0 lets the OS pick a free port
    DATABASE_URL: postgresUrl.optional(),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(500).default(10),
    REDIS_URL: redisUrl.optional(),
    DATA_DIR: z.string().default('./data'),
    PUBLIC_URL: z.url({ message: 'must be an absolute URL such as https://sigmacode.example.com' }).optional(),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    LOG_FORMAT: z.enum(['json', 'pretty']).optional(),
    SIGMACODE_SECRET: z.string().min(32, { message: 'must be at least 32 characters' }).optional(),
    CORS_ORIGINS: z
      .string()
      .transform((value) => value.split(',').map((origin) => origin.trim()))
      .pipe(z.array(z.url({ message: 'must be a comma-separated list of origins' })))
      .optional(),
    TRUST_PROXY: booleanString.default(false),
    MAX_BODY_BYTES: z.coerce.number().int().min(1024).default(1_048_576),
    SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).default(10_000),
    SMTP_URL: z
      .url({ message: 'must be a URL such as smtps://user:pass@smtp.example.com:465' })
      .refine((value) => /^smtps?:\/\//.test(value), { message: 'must start with smtp:// or smtps://' })
      .optional(),
    MAIL_FROM: z.string().min(3).default('SIGMACODE <no-reply@localhost>'),
    GOOGLE_CLIENT_ID: z.string().optional(),
    GOOGLE_CLIENT_SECRET: z.string().optional(),
    GITHUB_CLIENT_ID: z.string().optional(),
    GITHUB_CLIENT_SECRET: z.string().optional(),
    STRIPE_SECRET_KEY: z
      .string()
      .regex(/^(sk|rk)_(test|live)_\w+$/, { message: 'must be a Stripe secret key (sk_test_…, sk_live_… or rk_…)' })
      .optional(),
    STRIPE_WEBHOOK_SECRET: z
      .string()
      .regex(/^whsec_\w+$/, { message: "must be the webhook endpoint's signing secret (whsec_…)" })
      .optional(),
    ...stripePriceVariables(),
    LOW_BALANCE_WEBHOOK_URL: z
      .url({ message: 'must be an absolute URL such as https://hooks.example.com/x' })
      .optional(),
    // Platform-wide model providers (organizations can add their own credentials in the console).
    OPENAI_API_KEY: z.string().min(1).optional(),
    OPENAI_BASE_URL: httpUrl.optional(),
    ANTHROPIC_API_KEY: z.string().min(1).optional(),
    GOOGLE_GENERATIVE_AI_API_KEY: z.string().min(1).optional(),
    MISTRAL_API_KEY: z.string().min(1).optional(),
    AZURE_OPENAI_API_KEY: z.string().min(1).optional(),
    AZURE_OPENAI_RESOURCE_NAME: z.string().min(1).optional(),
    AZURE_OPENAI_BASE_URL: httpUrl.optional(),
    AZURE_OPENAI_API_VERSION: z.string().min(1).optional(),
    OLLAMA_BASE_URL: httpUrl.optional(),
    OPENAI_COMPATIBLE_BASE_URL: httpUrl.optional(),
    OPENAI_COMPATIBLE_API_KEY: z.string().min(1).optional(),
    UPSTREAM_TIMEOUT_MS: z.coerce.number().int().min(1_000).max(3_600_000).default(120_000),
    RATE_LIMIT_REQUESTS_PER_MINUTE: z.coerce.number().int().min(1).default(600),
    RATE_LIMIT_ORG_REQUESTS_PER_MINUTE: z.coerce.number().int().min(1).default(6_000),
    RATE_LIMIT_TOKENS_PER_MINUTE: z.coerce.number().int().min(1).default(2_000_000),
    SIGNUP_CREDIT_TOKENS: z.coerce.number().int().min(0).max(1_000_000_000).optional(),
    MCP_ALLOW_HOSTS: hostList.optional(),
    /** The platform's default Dify Service API (e.g. http://dify-api:5001/v1) for Dify-backed apps; trusted. */
    DIFY_API_URL: httpUrl.optional(),
    /** Private or loopback hosts that Dify-backed apps may name as their base URL. */
    DIFY_ALLOW_HOSTS: hostList.optional(),
    METRICS_TOKEN: z.string().min(16, { message: 'must be at least 16 characters' }).optional(),
    FIREWALL_URL: httpUrl.optional(),
    FIREWALL_API_KEY: z.string().min(16, { message: 'must be at least 16 characters' }).optional(),
  })
  .superRefine((env, ctx) => {
    for (const provider of ['GOOGLE', 'GITHUB'] as const) {
      const id = env[`${provider}_CLIENT_ID`];
      const secret = env[`${provider}_CLIENT_SECRET`];
      if (Boolean(id) !== Boolean(secret)) {
        ctx.addIssue({
          code: 'custom',
          path: [id ? `${provider}_CLIENT_SECRET` : `${provider}_CLIENT_ID`],
          message: `is required when ${id ? `${provider}_CLIENT_ID` : `${provider}_CLIENT_SECRET`} is set`,
        });
      }
    }
    if (env.AZURE_OPENAI_API_KEY && !env.AZURE_OPENAI_RESOURCE_NAME && !env.AZURE_OPENAI_BASE_URL) {
      ctx.addIssue({
        code: 'custom',
        path: ['AZURE_OPENAI_RESOURCE_NAME'],
        message: 'or AZURE_OPENAI_BASE_URL is required when AZURE_OPENAI_API_KEY is set',
      });
    }
    if (env.NODE_ENV === 'production' && !env.SIGMACODE_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['SIGMACODE_SECRET'],
        message: 'is required in production (at least 32 random characters, e.g. `openssl rand -base64 48`)',
      });
    }
  });

export type Env = z.infer<typeof EnvSchema>;

/**
 * Parses the process environment.
 *
 * @example
 * const env = loadEnv(process.env) // throws EnvError naming the first bad variable
 */
export function loadEnv(source: Record<string, string | undefined>): Env {
  return parseEnv({ schema: EnvSchema, source });
}

/** The URL people reach the platform at; defaults to localhost on the configured port. */
export function publicUrlOf(env: Pick<Env, 'PUBLIC_URL' | 'PORT'>): string {
  return (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, '');
}

/** OAuth providers that are fully configured (client id and secret). */
export function oauthOf(env: Env): {
  google?: { clientId: string; clientSecret: string };
  github?: { clientId: string; clientSecret: string };
} {
  return {
    ...(env.GOOGLE_CLIENT_ID && env.GOOGLE_CLIENT_SECRET
      ? { google: { clientId: env.GOOGLE_CLIENT_ID, clientSecret: env.GOOGLE_CLIENT_SECRET } }
      : {}),
    ...(env.GITHUB_CLIENT_ID && env.GITHUB_CLIENT_SECRET
      ? { github: { clientId: env.GITHUB_CLIENT_ID, clientSecret: env.GITHUB_CLIENT_SECRET } }
      : {}),
  };
}

/**
 * The billing part of the configuration: Stripe keys, configured price ids per package and mode, and the
 * low-balance webhook.
 *
 * @example
 * billingOf(env) // { stripeSecretKey: 'sk_test_…', stripePriceIds: { pro: { subscription: 'price_…' } }, … }
 */
export function billingOf(env: Env): BillingConfig {
  const stripePriceIds: BillingConfig['stripePriceIds'] = {};
  for (const id of PRICED_PACKAGES) {
    const payment = env[`STRIPE_PRICE_${id}_ONE_TIME`];
    const subscription = env[`STRIPE_PRICE_${id}_MONTHLY`];
    if (payment || subscription) {
      stripePriceIds[id.toLowerCase()] = { ...(payment ? { payment } : {}), ...(subscription ? { subscription } : {}) };
    }
  }
  return {
    ...(env.STRIPE_SECRET_KEY ? { stripeSecretKey: env.STRIPE_SECRET_KEY } : {}),
    ...(env.STRIPE_WEBHOOK_SECRET ? { stripeWebhookSecret: env.STRIPE_WEBHOOK_SECRET } : {}),
    ...(env.LOW_BALANCE_WEBHOOK_URL ? { lowBalanceWebhookUrl: env.LOW_BALANCE_WEBHOOK_URL } : {}),
    stripePriceIds,
    // A welcome credit lets a new user try the platform at once; off by default in production (sign-up farming).
    signupCredit: env.SIGNUP_CREDIT_TOKENS ?? (env.NODE_ENV === 'production' ? 0 : 100),
  };
}
