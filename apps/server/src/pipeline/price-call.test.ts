import type { Database } from '@sigmacode/db';
import { testEngines } from '@sigmacode/db/testing';
import { findCatalogEntry } from '@sigmacode/engine';
import { setModelPrice } from '@sigmacode/ledger';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertOrganization } from '../testing/billing-harness.js';
import { chargeOf, holdAmountOf, priceCall } from './price-call.js';

describe.each(testEngines())('pricing a call on $name', (engine) => {
  let database: Database;
  let organizationId: string;
  beforeAll(async () => {
    database = await engine.create();
    organizationId = await insertOrganization({ db: database.db });
  });
  afterAll(async () => {
    await database.close();
  });

  it('meters a catalog model at its default price, an operator price first, and development models not at all', async () => {
    const catalog = findCatalogEntry('openai/gpt-4o-mini');
    if (!catalog) throw new Error('the catalog should know openai/gpt-4o-mini');
    const byCatalog = await priceCall({
      db: database.db,
      organizationId,
      action: 'chat_message',
      model: 'openai/gpt-4o-mini',
    });
    expect(byCatalog).toEqual({
      action: 'chat_message',
      actionCost: 1n,
      modelPrice: {
        promptPer1k: BigInt(catalog.prices.promptPer1K),
        completionPer1k: BigInt(catalog.prices.completionPer1K),
      },
    });

    await setModelPrice({ db: database.db, model: 'openai/gpt-4o', promptPer1k: 7n, completionPer1k: 9n });
    const byOperator = await priceCall({
      db: database.db,
      organizationId,
      action: 'chat_message',
      model: 'openai/gpt-4o',
    });
    expect(byOperator.modelPrice).toEqual({ promptPer1k: 7n, completionPer1k: 9n });

    const echo = await priceCall({ db: database.db, organizationId, action: 'chat_message', model: 'sigmacode/echo' });
    expect(echo.modelPrice).toBeNull();
    const unknown = await priceCall({
      db: database.db,
      organizationId,
      action: 'agent_execution',
      model: 'my-azure/x',
    });
    expect(unknown).toEqual({ action: 'agent_execution', actionCost: 10n, modelPrice: null });
  });

  it('holds the worst case and charges the reported usage, never more than held', () => {
    const price = {
      action: 'chat_message' as const,
      actionCost: 1n,
      modelPrice: { promptPer1k: 2n, completionPer1k: 4n },
    };
    // 1 + ceil((1,000 × 2 + 2,000 × 4) / 1,000) = 1 + 10
    expect(holdAmountOf({ price, promptTokens: 1_000, maxTokens: 2_000 })).toBe(11n);
    expect(chargeOf({ price, usage: { promptTokens: 1_000, completionTokens: 250 }, held: 11n })).toBe(4n);
    expect(chargeOf({ price, usage: { promptTokens: 9_000, completionTokens: 9_000 }, held: 11n })).toBe(11n);
    const flat = { action: 'chat_message' as const, actionCost: 1n, modelPrice: null };
    expect(holdAmountOf({ price: flat, promptTokens: 5_000, maxTokens: 5_000 })).toBe(1n);
  });
});
