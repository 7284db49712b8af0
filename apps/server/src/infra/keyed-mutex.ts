/** Runs functions one at a time per key; different keys run concurrently. */
export interface KeyedMutex {
  run<T>(key: string, fn: () => Promise<T>): Promise<T>;
}

/**
 * An in-process mutex per key, for read-compute-write sequences that must not interleave within one process
 * (across processes, the database's own guards apply). Keys are forgotten once idle, so the map does not grow.
 *
 * @example
 * const mutex = createKeyedMutex()
 * await mutex.run(`purchase:${id}`, async () => { ... })
 */
export function createKeyedMutex(): KeyedMutex {
  const tails = new Map<string, Promise<unknown>>();
  return {
    async run(key, fn) {
      const previous = tails.get(key) ?? Promise.resolve();
      const current = previous.catch(() => undefined).then(fn);
      tails.set(key, current);
      try {
        return await current;
      } finally {
        if (tails.get(key) === current) tails.delete(key);
      }
    },
  };
}
