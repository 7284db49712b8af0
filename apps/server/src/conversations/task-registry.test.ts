import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { createTaskRegistry } from './task-registry.js';

const owner = { organizationId: 'org_1', endUser: 'dify:alice' };

describe('createTaskRegistry in one process', () => {
  it('stops a running task for its own organization and end user only', async () => {
    const tasks = createTaskRegistry();
    const controller = tasks.start({ taskId: 't1', ...owner });
    expect(tasks.stop({ taskId: 't1', organizationId: 'org_2', endUser: owner.endUser })).toBe(false);
    expect(tasks.stop({ taskId: 't1', organizationId: owner.organizationId, endUser: 'dify:eve' })).toBe(false);
    expect(controller.signal.aborted).toBe(false);
    expect(tasks.stop({ taskId: 't1', ...owner })).toBe(true);
    expect(controller.signal.aborted).toBe(true);
    tasks.finish('t1');
    expect(tasks.stop({ taskId: 't1', ...owner })).toBe(false);
    await tasks.close();
  });
});

describe.runIf(process.env.TEST_REDIS_URL)('createTaskRegistry across instances (Redis)', () => {
  const connections: Redis[] = [];
  const connect = () => {
    const redis = new Redis(process.env.TEST_REDIS_URL ?? '', { maxRetriesPerRequest: 1 });
    connections.push(redis);
    return redis;
  };
  afterAll(async () => {
    await Promise.all(connections.map((redis) => redis.quit()));
  });

  it('a stop sent to another instance reaches the one running the task, for its owner only', async () => {
    const a = createTaskRegistry({ redis: connect() });
    const b = createTaskRegistry({ redis: connect() });
    // Let both subscriptions be in place before publishing.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const taskId = `t-${Date.now()}`;
    const controller = a.start({ taskId, ...owner });
    expect(b.stop({ taskId, organizationId: 'org_2', endUser: owner.endUser })).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(controller.signal.aborted).toBe(false);
    expect(b.stop({ taskId, ...owner })).toBe(false);
    await expect.poll(() => controller.signal.aborted, { timeout: 2_000 }).toBe(true);
    await Promise.all([a.close(), b.close()]);
  });
});
