import { describe, expect, it } from 'vitest';
import { createPendingWrites } from './pending-writes.js';

function deferred() {
  let resolve: () => void = () => {};
  let reject: (error: Error) => void = () => {};
  const promise = new Promise<void>((ok, fail) => {
    resolve = ok;
    reject = fail;
  });
  return { promise, resolve, reject };
}

describe('createPendingWrites', () => {
  it('waits for the writes registered on an account before the call, failed ones too, and no others', async () => {
    const pending = createPendingWrites();
    const first = deferred();
    const second = deferred();
    const elsewhere = deferred();
    pending.track('a', first.promise);
    pending.track('a', second.promise).catch(() => {});
    pending.track('b', elsewhere.promise);
    let done = false;
    const waiting = pending.settled('a').then(() => {
      done = true;
    });
    first.resolve();
    await first.promise;
    await Promise.resolve();
    expect(done).toBe(false);
    second.reject(new Error('refused'));
    await waiting;
    expect(done).toBe(true);
    // Account b's write is still open, and an account without writes resolves at once.
    await pending.settled('c');
    elsewhere.resolve();
    await pending.settled('b');
  });

  it('returns the write itself, its value or its error unchanged', async () => {
    const pending = createPendingWrites();
    await expect(pending.track('a', Promise.resolve(42))).resolves.toBe(42);
    await expect(pending.track('a', Promise.reject(new Error('no')))).rejects.toThrow('no');
    await pending.settled('a');
  });
});
