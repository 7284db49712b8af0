/** A Map that forgets its oldest entries beyond `maxSize`: for immutable facts worth not asking the database twice. */
export interface BoundedCache<K, V> {
  get(key: K): V | undefined;
  set(key: K, value: V): void;
  /** Deletes every entry whose value matches. */
  deleteWhere(matches: (value: V) => boolean): void;
}

/**
 * @example
 * const accountOfHold = createBoundedCache<string, string>({ maxSize: 100_000 })
 * accountOfHold.set(hold.id, hold.accountId)
 */
export function createBoundedCache<K, V>({ maxSize }: { maxSize: number }): BoundedCache<K, V> {
  const entries = new Map<K, V>();
  return {
    get: (key) => entries.get(key),
    set(key, value) {
      entries.delete(key);
      entries.set(key, value);
      // Maps iterate in insertion order, so the first key is the oldest.
      while (entries.size > maxSize) {
        const oldest = entries.keys().next();
        if (oldest.done) break;
        entries.delete(oldest.value);
      }
    },
    deleteWhere(matches) {
      for (const [key, value] of entries) if (matches(value)) entries.delete(key);
    },
  };
}
