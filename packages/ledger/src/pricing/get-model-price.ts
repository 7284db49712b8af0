import { type Db, schema } from '@sigmacode/db';
import { eq } from 'drizzle-orm';

/** A model's price in platform tokens per 1,000 prompt and per 1,000 completion tokens. */
export interface ModelPrice {
  model: string;
  promptPer1k: bigint;
  completionPer1k: bigint;
  updatedAt: Date;
}

/**
 * The price of a model, or null when none is set (the caller decides whether an unpriced model may be used).
 *
 * @example
 * const price = await getModelPrice({ db, model: 'gpt-4o-mini' })
 * if (price) cost = costOfUsage({ promptTokens, completionTokens, price })
 */
export async function getModelPrice({ db, model }: { db: Db; model: string }): Promise<ModelPrice | null> {
  const [row] = await db.select().from(schema.modelPrices).where(eq(schema.modelPrices.model, model));
  return row ?? null;
}
