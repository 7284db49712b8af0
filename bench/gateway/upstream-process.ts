// Child process of bench/gateway: the scripted OpenAI upstream (apps/server's fake) with a fixed delay, in a process
// of its own so it does not share an event loop with the load generator or the gateways.
// Environment: BENCH_UPSTREAM_DELAY_MS (default 20), BENCH_UPSTREAM_TEXT (the answer), BENCH_UPSTREAM_CHUNK (chars).
import { z } from 'zod';
import { startFakeOpenAiUpstream } from '../../apps/server/src/testing/fake-openai-upstream/index.js';
import { serveCommands } from './child-protocol.js';

const env = z
  .object({
    BENCH_UPSTREAM_DELAY_MS: z.coerce.number().int().min(0).default(20),
    BENCH_UPSTREAM_TEXT: z.string().min(1),
    BENCH_UPSTREAM_CHUNK: z.coerce.number().int().positive().default(8),
  })
  .parse(process.env);

const upstream = await startFakeOpenAiUpstream({
  delayMs: env.BENCH_UPSTREAM_DELAY_MS,
  script: { text: env.BENCH_UPSTREAM_TEXT, chunkSize: env.BENCH_UPSTREAM_CHUNK },
  models: ['bench-model'],
  // Nothing recorded: the count is all the benchmark needs.
  maxRecordedRequests: 0,
});

let stopping: Promise<void> | undefined;
serveCommands({
  handle: async () => ({ requests: upstream.requestCount }),
  stop: () => {
    stopping ??= upstream.close();
    return stopping;
  },
});
process.send?.({ type: 'ready', url: upstream.url });
