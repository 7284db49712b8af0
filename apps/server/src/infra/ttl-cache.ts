/**
 * A small in-process cache of promised values for a few seconds: concurrent callers of a missing key share one load,
 * a failed load is forgotten at once, and beyond `maxEntries` the oldest key goes first. For hot-path lookups
 * (prices, credentials, policies) whose changes may take the TTL to reach other instances; the instance making a
 * change calls `delete`/`deleteWhere` so it sees the change at once.
 *
 * @example
 * const prices = createTtlCache<Price>({ ttlMs: 5_000 })
 * const price = await prices.get(key, () => loadPrice())
 */
export interface TtlCache<T> {
  get(key: string, load: () => Promise<T>, now?: number): Promise<T>;
  delete(key: string): void;
  deleteWhere(matches: (key: string) => boolean): void;
}

/** @example createTtlCache<number>({ ttlMs: 2_000, maxEntries: 1_000 }) */
export function createTtlCache<T>({ ttlMs, maxEntries = 10_000 }: { ttlMs: number; maxEntries?: number }): TtlCache<T> {
  const entries = new Map<string, { at: number; value: Promise<T> }>();
  return {
    get(key, load, now = Date.now()) {
      const hit = entries.get(key);
      if (hit && now - hit.at < ttlMs) return hit.value;
      const value = load();
      if (!hit && entries.size >= maxEntries) entries.delete(entries.keys().next().value as string);
      entries.set(key, { at: now, value });
      value.catch(() => {
        if (entries.get(key)?.value === value) entries.delete(key);
      });
      return value;
    },
    delete(key) {
      entries.delete(key);
    },
    deleteWhere(matches) {
      for (const key of entries.keys()) if (matches(key)) entries.delete(key);
    },
  };
}
