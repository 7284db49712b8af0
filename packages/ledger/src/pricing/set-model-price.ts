import { AppError } from '@sigmacode/core';
import { type Db, schema } from '@sigmacode/db';
import { assertAmount } from '../validate-input.js';

/**
 * Sets what a model costs in platform tokens per 1,000 prompt and per 1,000 completion tokens.
 *
 * @example
 * await setModelPrice({ db, model: 'gpt-4o-mini', promptPer1k: 1n, completionPer1k: 4n })
 */
export async function setModelPrice({
  db,
  model,
  promptPer1k,
  completionPer1k,
  now = new Date(),
}: {
  db: Db;
  model: string;
  promptPer1k: bigint;
  completionPer1k: bigint;
  now?: Date;
}): Promise<void> {
  if (typeof model !== 'string' || model.length === 0 || model.length > 200) {
    throw new AppError('VALIDATION_FAILED', { message: 'model must be a name of 1 to 200 characters.' });
  }
  assertAmount({ value: promptPer1k, name: 'promptPer1k', min: 0n });
  assertAmount({ value: completionPer1k, name: 'completionPer1k', min: 0n });
  await db
    .insert(schema.modelPrices)
    .values({ model, promptPer1k, completionPer1k, updatedAt: now })
    .onConflictDoUpdate({ target: schema.modelPrices.model, set: { promptPer1k, completionPer1k, updatedAt: now } });
}
