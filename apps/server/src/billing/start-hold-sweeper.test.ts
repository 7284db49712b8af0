import { describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../testing/build-test-app.js';
import { startHoldSweeper } from './start-hold-sweeper.js';

describe('startHoldSweeper', () => {
  it('expires holds on every tick, never two sweeps at once, and stops cleanly', async () => {
    let running = 0;
    let overlapped = false;
    const expireHolds = vi.fn(async () => {
      running += 1;
      overlapped ||= running > 1;
      await new Promise((resolve) => setTimeout(resolve, 15));
      running -= 1;
      return 2;
    });
    const sweeper = startHoldSweeper({ ledger: { expireHolds }, logger: silentLogger(), intervalMs: 5 });
    await vi.waitFor(() => expect(expireHolds.mock.calls.length).toBeGreaterThanOrEqual(2));
    await sweeper.stop();
    const calls = expireHolds.mock.calls.length;
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(expireHolds.mock.calls.length).toBe(calls);
    expect(overlapped).toBe(false);
    expect(running).toBe(0);
  });

  it('logs a failed sweep and keeps sweeping', async () => {
    const expireHolds = vi.fn().mockRejectedValueOnce(new Error('database down')).mockResolvedValue(0);
    const error = vi.fn();
    const logger = Object.assign(silentLogger(), { error });
    const sweeper = startHoldSweeper({ ledger: { expireHolds }, logger, intervalMs: 5 });
    await vi.waitFor(() => expect(expireHolds.mock.calls.length).toBeGreaterThanOrEqual(2));
    await sweeper.stop();
    expect(error).toHaveBeenCalledWith(expect.objectContaining({ err: expect.any(Error) }), 'hold sweep failed');
  });
});
