import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BenchConfigSchema, MODES } from './bench-config.js';
import { createChatCompletionSender } from './chat-completion-sender.js';
import { type BenchStack, startBenchStack } from './start-bench-stack.js';

/** The real processes of the benchmark: fake upstream, SIGMACODE (PGlite) and Portkey with its streaming shim. */
describe('startBenchStack', () => {
  const answer = 'Check the connection pool first.';
  let stack: BenchStack;

  beforeAll(async () => {
    stack = await startBenchStack({ config: BenchConfigSchema.parse({ BENCH_GATEWAY_DELAY_MS: '5' }), answer });
  }, 120_000);
  afterAll(() => stack?.stop(), 30_000);

  it('offers the three targets', () => {
    expect([...stack.targets.keys()]).toEqual(['direct', 'sigmacode', 'portkey']);
    expect(stack.sigmacode?.ready).toMatchObject({ engine: 'pglite', redis: false });
  });

  it.each(MODES)('answers %s through every target with the upstream answer', async (mode) => {
    for (const target of stack.targets.values()) {
      const sender = createChatCompletionSender({
        target,
        stream: mode === 'stream',
        prompt: 'Why?',
        expectedText: answer,
      });
      const result = await sender.send();
      sender.close();
      expect({ target: target.name, result }).toMatchObject({ target: target.name, result: { ok: true } });
      expect(result.ms).toBeGreaterThanOrEqual(5);
    }
  });

  it('charged SIGMACODE calls in the ledger and counted every upstream call', async () => {
    expect(await stack.sigmacode?.command({ type: 'stats' })).toEqual({ spent: 2, reserved: 0 });
    expect(await stack.upstream.command({ type: 'stats' })).toEqual({ requests: 6 });
  });
});
