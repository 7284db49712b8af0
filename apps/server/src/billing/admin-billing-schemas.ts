import { z } from '@hono/zod-openapi';
import { BalanceSchema, LedgerEntrySchema } from './billing-schemas.js';

/** Far above any real grant; keeps a typo (or an overflow) from minting absurd amounts. */
const MAX_GRANT = 1_000_000_000_000;

const reason = z
  .string()
  .trim()
  .min(3, { message: 'say why (at least 3 characters): it is stored with the entry' })
  .max(500);

export const GrantTokensBodySchema = z
  .object({
    amount: z
      .number()
      .int()
      .min(-MAX_GRANT)
      .max(MAX_GRANT)
      .refine((value) => value !== 0, { message: 'must not be 0' })
      .openapi({ description: 'Tokens to add; negative takes tokens away (never more than are available).' }),
    reason,
  })
  .openapi('GrantTokensBody');
export type GrantTokensBody = z.infer<typeof GrantTokensBodySchema>;

export const RefundTokensBodySchema = z
  .object({
    amount: z.number().int().min(1).max(MAX_GRANT).openapi({ description: 'Tokens to give back.' }),
    reason,
  })
  .openapi('RefundTokensBody');
export type RefundTokensBody = z.infer<typeof RefundTokensBodySchema>;

export const OrganizationIdParamsSchema = z.object({ id: z.string().min(1).max(64) });

export const IdempotencyHeadersSchema = z.object({
  'idempotency-key': z
    .string()
    .min(1)
    .max(200)
    .optional()
    .openapi({ description: 'Repeat a request with the same key and it is applied once.' }),
});

export const TokenGrantSchema = z
  .object({ entry: LedgerEntrySchema.nullable(), balance: BalanceSchema })
  .openapi('TokenGrant');
export type TokenGrant = z.infer<typeof TokenGrantSchema>;
