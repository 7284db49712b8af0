import { z } from '@hono/zod-openapi';
import { ACTIONS } from '@sigmacode/ledger';

const TokenAmountSchema = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);

/** Far above any real price; keeps a typo from making one message cost a fortune. */
const MAX_PRICE = 1_000_000_000;

export const ActionParamsSchema = z.object({
  action: z.enum(ACTIONS).openapi({ description: 'A metered action.', example: 'chat_message' }),
});

export const OrganizationActionParamsSchema = ActionParamsSchema.extend({ id: z.string().min(1).max(64) });

export const SetActionPriceBodySchema = z
  .object({
    cost: z
      .number()
      .int()
      .min(0)
      .max(MAX_PRICE)
      .nullable()
      .openapi({ description: 'Tokens per action; null removes the override so the next level applies again.' }),
  })
  .strict()
  .openapi('SetActionPriceBody');

export const ActionCostSchema = z
  .object({
    action: z.enum(ACTIONS),
    cost: TokenAmountSchema,
    source: z.enum(['organization', 'platform', 'default']).openapi({
      description:
        'Which level set the price: an override for the organization, the platform, or the built-in default.',
    }),
  })
  .openapi('ActionCost');

export const ModelPriceSchema = z
  .object({
    model: z.string().openapi({ example: 'openai/gpt-4o-mini' }),
    promptPer1k: TokenAmountSchema.openapi({ description: 'Platform tokens per 1,000 prompt tokens.' }),
    completionPer1k: TokenAmountSchema.openapi({ description: 'Platform tokens per 1,000 completion tokens.' }),
    updatedAt: z.iso.datetime(),
  })
  .openapi('ModelPrice');

export const SetModelPriceBodySchema = z
  .object({
    model: z.string().trim().min(1).max(200),
    promptPer1k: z.number().int().min(0).max(MAX_PRICE),
    completionPer1k: z.number().int().min(0).max(MAX_PRICE),
  })
  .strict()
  .openapi('SetModelPriceBody');

export const PriceListSchema = z
  .object({ actions: z.array(ActionCostSchema), models: z.array(ModelPriceSchema) })
  .openapi('PriceList');
export type PriceList = z.infer<typeof PriceListSchema>;

export const MemberParamsSchema = z.object({ memberId: z.string().min(1).max(64) });

export const SetSpendingCapBodySchema = z
  .object({
    monthlyCap: z
      .number()
      .int()
      .min(0)
      .max(Number.MAX_SAFE_INTEGER)
      .nullable()
      .openapi({ description: 'Tokens the member may spend per UTC calendar month; null removes the cap.' }),
  })
  .strict()
  .openapi('SetSpendingCapBody');

export const MemberSpendingSchema = z
  .object({
    memberId: z.string(),
    userId: z.string(),
    monthlyCap: TokenAmountSchema.nullable(),
    used: TokenAmountSchema.openapi({ description: 'Active holds plus charges settled this UTC calendar month.' }),
    remaining: TokenAmountSchema.nullable(),
  })
  .openapi('MemberSpending');
export type MemberSpendingBody = z.infer<typeof MemberSpendingSchema>;
