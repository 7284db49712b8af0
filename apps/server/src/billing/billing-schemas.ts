import { z } from '@hono/zod-openapi';
import { LEDGER_ENTRY_KINDS } from '@sigmacode/db';
import { CHECKOUT_MODES } from './billing-config.js';

const tokens = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
const signedTokens = z.number().int().min(Number.MIN_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER);

export const CheckoutModeSchema = z
  .enum(CHECKOUT_MODES)
  .openapi('CheckoutMode', { description: '`payment`: buy once. `subscription`: the same tokens every month.' });

export const TokenPackageSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    tokens,
    amountCents: z.number().int().nonnegative().openapi({ description: 'Price in the smallest currency unit.' }),
    currency: z.string().openapi({ example: 'usd' }),
    modes: z.array(CheckoutModeSchema),
  })
  .openapi('TokenPackage');
export type TokenPackage = z.infer<typeof TokenPackageSchema>;

export const TokenPackageListSchema = z.object({ data: z.array(TokenPackageSchema) }).openapi('TokenPackageList');

export const CheckoutBodySchema = z
  .object({ packageId: z.string().min(1).max(64), mode: CheckoutModeSchema })
  .openapi('CheckoutBody');
export type CheckoutBody = z.infer<typeof CheckoutBodySchema>;

export const CheckoutSessionSchema = z
  .object({
    id: z.string().openapi({ description: 'The Stripe Checkout Session id.' }),
    url: z.url().openapi({ description: "Stripe's hosted payment page; send the browser there." }),
  })
  .openapi('CheckoutSession');

export const PortalSessionSchema = z
  .object({ url: z.url().openapi({ description: "Stripe's customer portal for this organization." }) })
  .openapi('PortalSession');

export const BalanceSchema = z
  .object({
    balance: tokens.openapi({ description: 'Tokens the organization owns.' }),
    reserved: tokens.openapi({ description: 'Tokens held for calls in progress.' }),
    available: tokens.openapi({ description: 'balance − reserved: what new calls can use.' }),
    lowBalanceThreshold: tokens.nullable(),
  })
  .openapi('Balance');
export type BalanceBody = z.infer<typeof BalanceSchema>;

export const LedgerEntrySchema = z
  .object({
    id: z.string(),
    kind: z.enum(LEDGER_ENTRY_KINDS),
    balanceDelta: signedTokens,
    reservedDelta: signedTokens,
    balanceAfter: tokens,
    reservedAfter: tokens,
    holdId: z.string().nullable(),
    userId: z.string().nullable(),
    apiKeyId: z.string().nullable(),
    appId: z.string().nullable(),
    action: z.string().nullable(),
    model: z.string().nullable(),
    reason: z.string().nullable(),
    createdAt: z.iso.datetime(),
  })
  .openapi('LedgerEntry');
export type LedgerEntryBody = z.infer<typeof LedgerEntrySchema>;

export const LedgerPageSchema = z
  .object({
    data: z.array(LedgerEntrySchema),
    nextCursor: z.string().nullable().openapi({ description: 'Pass as `cursor` for the next (older) page.' }),
  })
  .openapi('LedgerPage');

export const LedgerQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().min(1).max(200).optional(),
});

export const LowBalanceBodySchema = z
  .object({
    threshold: tokens.nullable().openapi({ description: 'Warn when available tokens fall below this; null: off.' }),
  })
  .openapi('LowBalanceBody');

export const LowBalanceSchema = z.object({ threshold: tokens.nullable() }).openapi('LowBalance');

export const WebhookAckSchema = z
  .object({
    received: z.literal(true),
    duplicate: z.boolean().optional().openapi({ description: 'The event was already processed.' }),
    ignored: z.boolean().optional().openapi({ description: 'The event type (or this object) needs no action.' }),
  })
  .openapi('StripeWebhookAck');
export type WebhookAck = z.infer<typeof WebhookAckSchema>;
