import type { Database } from '@sigmacode/db';
import { testEngines } from '@sigmacode/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestOrganization } from '../testing/create-test-organization.js';
import { DEFAULT_ACTION_COSTS } from './default-action-costs.js';
import { getActionCost } from './get-action-cost.js';
import { getModelPrice } from './get-model-price.js';
import { listActionCosts } from './list-action-costs.js';
import { listActionPrices } from './list-action-prices.js';
import { listModelPrices } from './list-model-prices.js';
import { setActionPrice } from './set-action-price.js';
import { setModelPrice } from './set-model-price.js';

describe.each(testEngines())('pricing on $name', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await engine.create();
  });
  afterAll(() => database.close());

  it('an organization override beats the platform override, which beats the default', async () => {
    const db = database.db;
    const [organizationId, otherId] = [await createTestOrganization({ db }), await createTestOrganization({ db })];
    expect(await getActionCost({ db, organizationId, action: 'workflow_run' })).toBe(5n);

    await setActionPrice({ db, organizationId: null, action: 'workflow_run', cost: 7n });
    expect(await getActionCost({ db, organizationId, action: 'workflow_run' })).toBe(7n);
    expect(await getActionCost({ db, organizationId: null, action: 'workflow_run' })).toBe(7n);

    await setActionPrice({ db, organizationId, action: 'workflow_run', cost: 3n });
    await setActionPrice({ db, organizationId, action: 'workflow_run', cost: 2n });
    expect(await getActionCost({ db, organizationId, action: 'workflow_run' })).toBe(2n);
    expect(await getActionCost({ db, organizationId: otherId, action: 'workflow_run' })).toBe(7n);
    expect(await getActionCost({ db, organizationId: null, action: 'workflow_run' })).toBe(7n);

    const costs = await listActionCosts({ db, organizationId });
    expect(costs.find((cost) => cost.action === 'workflow_run')).toEqual({
      action: 'workflow_run',
      cost: 2n,
      source: 'organization',
    });
    expect(costs.find((cost) => cost.action === 'embedding')).toEqual({
      action: 'embedding',
      cost: 2n,
      source: 'default',
    });
    expect(
      (await listActionCosts({ db, organizationId: otherId })).find((c) => c.action === 'workflow_run')?.source,
    ).toBe('platform');
    expect((await listActionPrices({ db, organizationId })).map((row) => [row.action, row.cost])).toEqual([
      ['workflow_run', 2n],
    ]);
    expect((await listActionPrices({ db, organizationId: null })).map((row) => [row.action, row.cost])).toEqual([
      ['workflow_run', 7n],
    ]);

    await setActionPrice({ db, organizationId, action: 'workflow_run', cost: null });
    expect(await getActionCost({ db, organizationId, action: 'workflow_run' })).toBe(7n);
    await setActionPrice({ db, organizationId: null, action: 'workflow_run', cost: null });
    expect(await getActionCost({ db, organizationId, action: 'workflow_run' })).toBe(DEFAULT_ACTION_COSTS.workflow_run);
  });

  it('refuses unknown actions, negative costs and unknown organizations', async () => {
    const db = database.db;
    await expect(getActionCost({ db, organizationId: null, action: 'teleport' })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    await expect(setActionPrice({ db, organizationId: null, action: 'chat_message', cost: -1n })).rejects.toMatchObject(
      {
        code: 'VALIDATION_FAILED',
      },
    );
    await expect(
      setActionPrice({ db, organizationId: 'org_missing', action: 'chat_message', cost: 1n }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('stores, updates and lists model prices', async () => {
    const db = database.db;
    expect(await getModelPrice({ db, model: 'gpt-test' })).toBeNull();
    await setModelPrice({ db, model: 'gpt-test', promptPer1k: 1n, completionPer1k: 4n });
    await setModelPrice({ db, model: 'gpt-test', promptPer1k: 2n, completionPer1k: 8n });
    await setModelPrice({ db, model: 'another', promptPer1k: 0n, completionPer1k: 1n });
    expect(await getModelPrice({ db, model: 'gpt-test' })).toMatchObject({ promptPer1k: 2n, completionPer1k: 8n });
    expect((await listModelPrices({ db })).map((price) => price.model)).toEqual(['another', 'gpt-test']);
  });
});
