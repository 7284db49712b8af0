import { type Db, schema } from '@sigmacode/db';
import { asc } from 'drizzle-orm';
import type { ModelPrice } from './get-model-price.js';

/**
 * Every priced model, by name.
 *
 * @example
 * const prices = await listModelPrices({ db })
 */
export function listModelPrices({ db }: { db: Db }): Promise<ModelPrice[]> {
  return db.select().from(schema.modelPrices).orderBy(asc(schema.modelPrices.model));
}
