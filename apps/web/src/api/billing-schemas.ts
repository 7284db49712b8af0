import { z } from 'zod';

export const BalanceSchema = z.object({
  balance: z.number(),
  reserved: z.number(),
  available: z.number(),
  lowBalanceThreshold: z.number().nullable(),
});
export type Balance = z.infer<typeof BalanceSchema>;

export const TokenPackageSchema = z.object({
  id: z.string(),
  name: z.string(),
  tokens: z.number(),
  amountCents: z.number(),
  currency: z.string(),
  modes: z.array(z.enum(['payment', 'subscription'])),
});
export type TokenPackageOffer = z.infer<typeof TokenPackageSchema>;
export const TokenPackageListSchema = z.object({ data: z.array(TokenPackageSchema) });

export const LedgerEntrySchema = z.object({
  id: z.string(),
  kind: z.string(),
  balanceDelta: z.number(),
  balanceAfter: z.number(),
  action: z.string().nullable(),
  model: z.string().nullable(),
  reason: z.string().nullable(),
  createdAt: z.string(),
});
export type LedgerEntry = z.infer<typeof LedgerEntrySchema>;
export const LedgerPageSchema = z.object({ data: z.array(LedgerEntrySchema), nextCursor: z.string().nullable() });

export const UsageRowSchema = z.object({ key: z.string().nullable(), tokens: z.number(), calls: z.number() });
export const UsageReportSchema = z.object({
  from: z.string(),
  to: z.string(),
  groupBy: z.string(),
  data: z.array(UsageRowSchema),
  totals: z.object({ tokens: z.number(), calls: z.number() }),
});
export type UsageReport = z.infer<typeof UsageReportSchema>;

export const CheckoutSchema = z.object({ id: z.string(), url: z.string() });
