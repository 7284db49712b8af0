import { afterEach, describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../testing/build-test-app.js';
import { startAuditCheckpoints } from './start-audit-checkpoints.js';

describe('startAuditCheckpoints', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('signs due checkpoints every interval, never two runs at once, and stops', async () => {
    vi.useFakeTimers();
    let calls = 0;
    let release: () => void = () => {};
    const audit = {
      checkpoint: () => {
        calls += 1;
        return new Promise<{ signed: number }>((resolve) => {
          release = () => resolve({ signed: 1 });
        });
      },
    };
    const checkpointer = startAuditCheckpoints({ audit, logger: silentLogger(), intervalMs: 1000 });
    await vi.advanceTimersByTimeAsync(1000);
    await vi.advanceTimersByTimeAsync(1000);
    expect(calls).toBe(1);
    release();
    await vi.advanceTimersByTimeAsync(1000);
    expect(calls).toBe(2);
    release();
    await checkpointer.stop();
    await vi.advanceTimersByTimeAsync(5000);
    expect(calls).toBe(2);
  });
});
