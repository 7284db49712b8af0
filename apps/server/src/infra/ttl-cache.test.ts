import { describe, expect, it } from 'vitest';
import { createTtlCache } from './ttl-cache.js';

describe('createTtlCache', () => {
  it('shares one load per key within the TTL, reloads after it, and forgets failures', async () => {
    const cache = createTtlCache<number>({ ttlMs: 1_000 });
    let loads = 0;
    const load = async () => ++loads;
    expect(await Promise.all([cache.get('a', load, 0), cache.get('a', load, 10)])).toEqual([1, 1]);
    expect(await cache.get('a', load, 999)).toBe(1);
    expect(await cache.get('a', load, 1_000)).toBe(2);
    await expect(cache.get('b', () => Promise.reject(new Error('down')), 0)).rejects.toThrow('down');
    expect(await cache.get('b', load, 1)).toBe(3);
  });

  it('drops keys on request and the oldest beyond its size', async () => {
    const cache = createTtlCache<string>({ ttlMs: 60_000, maxEntries: 2 });
    await cache.get('org1\u0000x', async () => 'x', 0);
    await cache.get('org2\u0000y', async () => 'y', 0);
    cache.deleteWhere((key) => key.startsWith('org1\u0000'));
    expect(await cache.get('org1\u0000x', async () => 'x2', 1)).toBe('x2');
    await cache.get('org3\u0000z', async () => 'z', 2); // evicts org2
    expect(await cache.get('org2\u0000y', async () => 'y2', 3)).toBe('y2');
    cache.delete('org3\u0000z');
    expect(await cache.get('org3\u0000z', async () => 'z2', 4)).toBe('z2');
  });
});
