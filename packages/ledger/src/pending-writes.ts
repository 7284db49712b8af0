/**
 * This process's ledger writes that have been called but not yet committed, per account. Reads of an account wait
 * for them, so a caller that learned a write was made (a response sent after a settle was submitted) reads its
 * effect: read-your-writes within the process, without making the writer wait for the commit.
 */
export interface PendingWrites {
  /** Registers a write on an account until it settles (fulfilled or rejected); returns it unchanged. */
  track<T>(accountId: string, write: Promise<T>): Promise<T>;
  /** Resolves once every write on the account registered before this call has settled. Never rejects. */
  settled(accountId: string): Promise<void>;
}

/** @example const pending = createPendingWrites(); await pending.settled(accountId) */
export function createPendingWrites(): PendingWrites {
  const byAccount = new Map<string, Set<Promise<unknown>>>();
  return {
    track(accountId, write) {
      let writes = byAccount.get(accountId);
      if (!writes) {
        writes = new Set();
        byAccount.set(accountId, writes);
      }
      const own = writes;
      own.add(write);
      const forget = () => {
        own.delete(write);
        if (own.size === 0 && byAccount.get(accountId) === own) byAccount.delete(accountId);
      };
      write.then(forget, forget);
      return write;
    },
    async settled(accountId) {
      const writes = byAccount.get(accountId);
      if (writes) await Promise.allSettled([...writes]);
    },
  };
}
