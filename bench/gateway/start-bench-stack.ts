import { fileURLToPath } from 'node:url';
import type { BenchConfig, TargetName } from './bench-config.js';
import type { ChatTarget } from './chat-completion-sender.js';
import { type BenchChild, spawnBenchChild } from './spawn-bench-child.js';
import { type PortkeyGateway, startPortkey } from './start-portkey.js';

/** The processes of a gateway benchmark and the targets they offer. */
export interface BenchStack {
  upstream: BenchChild;
  sigmacode?: BenchChild;
  portkey?: PortkeyGateway;
  targets: Map<TargetName, ChatTarget>;
  stop(): Promise<void>;
}

/** What the direct and Portkey targets send as the upstream's key (the fake upstream accepts any). */
const UPSTREAM_KEY = 'sk-bench-upstream';
const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));

/**
 * Starts the fake upstream (answering `answer` after `config.delayMs`), then SIGMACODE and Portkey in parallel (those
 * of `config.targets`), and describes the targets: `direct` (the upstream itself), `sigmacode`
 * (`openai-compatible/bench-model` with its API key) and `portkey` (`x-portkey-provider: openai` with the upstream
 * as custom host).
 *
 * @example
 * const stack = await startBenchStack({ config, answer: 'Hello.' })
 * try { ... stack.targets.get('sigmacode') ... } finally { await stack.stop() }
 */
export async function startBenchStack({
  config,
  answer,
}: {
  config: BenchConfig;
  answer: string;
}): Promise<BenchStack> {
  const upstream = await spawnBenchChild({
    file: here('./upstream-process.ts'),
    env: { BENCH_UPSTREAM_DELAY_MS: String(config.delayMs), BENCH_UPSTREAM_TEXT: answer, BENCH_UPSTREAM_CHUNK: '8' },
  });
  const [sigmacode, portkey] = await Promise.allSettled([
    config.targets.includes('sigmacode')
      ? spawnBenchChild({
          file: here('./sigmacode-process.ts'),
          env: {
            BENCH_UPSTREAM_URL: upstream.ready.url,
            ...(config.databaseUrl ? { BENCH_DATABASE_URL: config.databaseUrl } : {}),
            ...(config.redisUrl ? { BENCH_REDIS_URL: config.redisUrl } : {}),
          },
        })
      : undefined,
    config.targets.includes('portkey') ? startPortkey() : undefined,
  ]);
  const stack: BenchStack = {
    upstream,
    targets: new Map(),
    async stop() {
      await Promise.allSettled([stack.sigmacode?.stop(), stack.portkey?.stop()]);
      await upstream.stop();
    },
  };
  if (sigmacode.status === 'fulfilled' && sigmacode.value) stack.sigmacode = sigmacode.value;
  if (portkey.status === 'fulfilled' && portkey.value) stack.portkey = portkey.value;
  const failed = [sigmacode, portkey].find((result) => result.status === 'rejected');
  if (failed) {
    await stack.stop();
    throw failed.reason;
  }

  if (config.targets.includes('direct')) {
    stack.targets.set('direct', {
      name: 'direct',
      url: `${upstream.ready.url}/chat/completions`,
      headers: { authorization: `Bearer ${UPSTREAM_KEY}` },
      model: 'bench-model',
    });
  }
  if (stack.sigmacode) {
    stack.targets.set('sigmacode', {
      name: 'sigmacode',
      url: `${stack.sigmacode.ready.url}/chat/completions`,
      headers: { authorization: `Bearer ${stack.sigmacode.ready.apiKey}` },
      model: 'openai-compatible/bench-model',
    });
  }
  if (stack.portkey) {
    stack.targets.set('portkey', {
      name: 'portkey',
      url: `${stack.portkey.url}/chat/completions`,
      headers: {
        authorization: `Bearer ${UPSTREAM_KEY}`,
        'x-portkey-provider': 'openai',
        'x-portkey-custom-host': upstream.ready.url,
      },
      model: 'bench-model',
    });
  }
  return stack;
}
