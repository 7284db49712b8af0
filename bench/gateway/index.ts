// Gateway overhead: the latency SIGMACODE's OpenAI-compatible API adds to a chat completion over calling the upstream
// directly, next to the Portkey gateway proxying the same upstream, and each one's maximum throughput.
//
// Four processes: this one (the load generator), a fake OpenAI upstream with a fixed delay, SIGMACODE with the whole
// pipeline on (API key, rate limits raised out of the way, hold and settle in the ledger, the default firewall policy
// on input and on the streamed output, access log), and Portkey (`@portkey-ai/gateway`, headless). For each mode
// (JSON, streamed SSE read to its end) and target (direct, SIGMACODE, Portkey): a warm-up, then an open loop at a
// fixed arrival rate (latency percentiles; added = target minus direct at the same percentile), then a closed loop
// with N connections (maximum requests per second).
//
// Run with `npm run bench -- gateway`. Settings (environment): BENCH_GATEWAY_RATE (1000), BENCH_GATEWAY_SECONDS (10),
// BENCH_GATEWAY_WARMUP_SECONDS (2), BENCH_GATEWAY_CONCURRENCY (64), BENCH_GATEWAY_DELAY_MS (20),
// BENCH_GATEWAY_TARGETS (direct,sigmacode,portkey), BENCH_GATEWAY_MODES (json,stream), BENCH_GATEWAY_PROFILE=1 (CPU
// profile of SIGMACODE during its closed loops, summarized), BENCH_DATABASE_URL (PostgreSQL; default in-memory
// PGlite), BENCH_REDIS_URL (rate limits in Redis; default in process).
import { mkdtemp, readFile } from 'node:fs/promises';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BenchConfig, BenchConfigSchema, type Mode, type TargetName } from './bench-config.js';
import { type ChatTarget, createChatCompletionSender } from './chat-completion-sender.js';
import { formatGatewayTable, formatGoals, type GatewayRow } from './format-gateway-report.js';
import { summarize } from './latency-stats.js';
import { runClosedLoop } from './run-closed-loop.js';
import { runOpenLoop } from './run-open-loop.js';
import { type BenchChild, spawnBenchChild } from './spawn-bench-child.js';
import { type PortkeyGateway, startPortkey } from './start-portkey.js';
import { CpuProfileSchema, type ProfileShare, summarizeCpuProfile } from './summarize-cpu-profile.js';

const PROMPT =
  'Our nightly export failed again and the health check went red around 02:00. What is the most likely cause, ' +
  'and what should we check first?';
/** About 500 characters (~125 tokens), streamed in 8-character deltas: a short, realistic answer. */
const ANSWER =
  'The most likely cause is the database pool running out of connections while the nightly export runs: the ' +
  'export opens one connection per tenant and keeps it until the whole batch is written, so the health check ' +
  'cannot get a connection and reports the service as down. Check the pool metrics around 02:00 first, then the ' +
  'export logs for long transactions. Releasing each connection as soon as its tenant is done, and running the ' +
  'export in smaller batches, usually fixes it without raising the pool size.';
const UPSTREAM_KEY = 'sk-bench-upstream';
const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));

const config = BenchConfigSchema.parse(process.env);

interface Running {
  upstream: BenchChild;
  sigmacode?: BenchChild;
  portkey?: PortkeyGateway;
}

async function startAll(): Promise<Running> {
  const upstream = await spawnBenchChild({
    file: here('./upstream-process.ts'),
    env: {
      BENCH_UPSTREAM_DELAY_MS: String(config.delayMs),
      BENCH_UPSTREAM_TEXT: ANSWER,
      BENCH_UPSTREAM_CHUNK: '8',
    },
  });
  const running: Running = { upstream };
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
      : Promise.resolve(undefined),
    config.targets.includes('portkey') ? startPortkey() : Promise.resolve(undefined),
  ]);
  if (sigmacode.status === 'fulfilled') running.sigmacode = sigmacode.value;
  if (portkey.status === 'fulfilled') running.portkey = portkey.value;
  const failed = [sigmacode, portkey].find((result) => result.status === 'rejected');
  if (failed) {
    await stopAll(running);
    throw failed.reason;
  }
  return running;
}

async function stopAll(running: Running): Promise<void> {
  await Promise.allSettled([running.sigmacode?.stop(), running.portkey?.stop()]);
  await running.upstream.stop();
}

function targetsOf(running: Running): Map<TargetName, ChatTarget> {
  const upstreamUrl = running.upstream.ready.url;
  const targets = new Map<TargetName, ChatTarget>();
  if (config.targets.includes('direct')) {
    targets.set('direct', {
      name: 'direct',
      url: `${upstreamUrl}/chat/completions`,
      headers: { authorization: `Bearer ${UPSTREAM_KEY}` },
      model: 'bench-model',
    });
  }
  if (running.sigmacode) {
    targets.set('sigmacode', {
      name: 'sigmacode',
      url: `${running.sigmacode.ready.url}/chat/completions`,
      headers: { authorization: `Bearer ${running.sigmacode.ready.apiKey}` },
      model: 'openai-compatible/bench-model',
    });
  }
  if (running.portkey) {
    targets.set('portkey', {
      name: 'portkey',
      url: `${running.portkey.url}/chat/completions`,
      headers: {
        authorization: `Bearer ${UPSTREAM_KEY}`,
        'x-portkey-provider': 'openai',
        'x-portkey-custom-host': upstreamUrl,
      },
      model: 'bench-model',
    });
  }
  return targets;
}

/** Successful requests per target over the whole run (warm-ups too): what the ledger should have charged. */
const answered = new Map<TargetName, number>();

function senderFor({ target, mode }: { target: ChatTarget; mode: Mode }) {
  const sender = createChatCompletionSender({ target, stream: mode === 'stream', prompt: PROMPT, expectedText: ANSWER });
  const name = target.name as TargetName;
  return {
    send: async () => {
      const result = await sender.send();
      if (result.ok) answered.set(name, (answered.get(name) ?? 0) + 1);
      return result;
    },
    close: () => sender.close(),
  };
}

async function measureOpenLoop({ target, mode }: { target: ChatTarget; mode: Mode }): Promise<GatewayRow> {
  const row: GatewayRow = { mode, target: target.name as TargetName };
  const sender = senderFor({ target, mode });
  try {
    const first = await sender.send();
    if (!first.ok) return { ...row, failure: first.error };
    const maxInFlight = Math.max(256, config.rate);
    if (config.warmupSeconds > 0) {
      await runOpenLoop({ rate: config.rate, durationMs: config.warmupSeconds * 1000, maxInFlight, send: sender.send });
    }
    globalThis.gc?.();
    const open = await runOpenLoop({ rate: config.rate, durationMs: config.seconds * 1000, maxInFlight, send: sender.send });
    return { ...row, open: { summary: summarize(open.results), sentPerSecond: open.sentPerSecond, lagP99: open.lagP99 } };
  } finally {
    sender.close();
  }
}

async function measureClosedLoop({
  target,
  mode,
  profileFile,
  sigmacode,
}: {
  target: ChatTarget;
  mode: Mode;
  profileFile?: string;
  sigmacode?: BenchChild;
}): Promise<GatewayRow['closed']> {
  const sender = senderFor({ target, mode });
  try {
    globalThis.gc?.();
    if (profileFile) await sigmacode?.command({ type: 'profile-start' });
    const closed = await runClosedLoop({
      concurrency: config.concurrency,
      durationMs: config.seconds * 1000,
      send: sender.send,
    });
    if (profileFile) await sigmacode?.command({ type: 'profile-stop', file: profileFile });
    return { summary: summarize(closed.results), perSecond: closed.perSecond };
  } finally {
    sender.close();
  }
}

function describeRun(running: Running, settings: BenchConfig): string {
  const engine = running.sigmacode?.ready.engine ?? '-';
  const limits = running.sigmacode?.ready.redis ? 'Redis' : 'in process';
  return [
    `gateway bench: upstream delay ${settings.delayMs} ms; prompt ${PROMPT.length} chars; answer ${ANSWER.length} chars ` +
      `(${Math.ceil(ANSWER.length / 8)} deltas of 8 chars when streamed); open loop ${settings.rate} req/s for ` +
      `${settings.seconds} s after ${settings.warmupSeconds} s warm-up; closed loop ${settings.concurrency} connections ` +
      `for ${settings.seconds} s`,
    `SIGMACODE: database ${engine}, rate limits ${limits} (raised out of the way), default firewall policy, access log ` +
      'on (to /dev/null); Portkey 1.15.2 headless with the streaming fetch shim (bench/gateway/portkey-fetch-shim.mjs)',
    `machine: ${availableParallelism()} CPUs (${cpus()[0]?.model ?? 'unknown'}) shared by the generator, the upstream, ` +
      `SIGMACODE and Portkey; load average ${loadavg()
        .map((value) => value.toFixed(1))
        .join(' ')} at start; node ${process.version}`,
  ].join('\n');
}

function formatShares(title: string, shares: ProfileShare[]): string {
  return [`  ${title}`, ...shares.map((share) => `    ${share.percent.toFixed(1).padStart(5)} %  ${share.name}`)].join('\n');
}

async function printProfile({ mode, file }: { mode: Mode; file: string }): Promise<void> {
  const profile = CpuProfileSchema.parse(JSON.parse(await readFile(file, 'utf8')));
  const summary = summarizeCpuProfile({ profile, top: 12 });
  console.log(
    [
      `\nSIGMACODE CPU profile, ${mode} closed loop: ${summary.seconds.toFixed(1)} s, busy ${summary.busyPercent.toFixed(0)} % of samples (${file})`,
      formatShares('self time by area', summary.selfByArea),
      formatShares('self time by function', summary.selfByFunction),
      formatShares('inclusive (on the stack) by function', summary.inclusiveByFunction),
    ].join('\n'),
  );
}

async function main(): Promise<void> {
  const startedAt = performance.now();
  const running = await startAll();
  const rows: GatewayRow[] = [];
  const profiles: { mode: Mode; file: string }[] = [];
  let failed = false;
  try {
    console.log(describeRun(running, config));
    const targets = targetsOf(running);
    const profileDir = config.profile ? await mkdtemp(join(tmpdir(), 'sigmacode-gateway-profile-')) : undefined;
    for (const mode of config.modes) {
      for (const target of targets.values()) {
        const row = await measureOpenLoop({ target, mode });
        rows.push(row);
        console.log(`  ${mode} ${target.name}: open loop done${row.failure ? ` (not measured: ${row.failure})` : ''}`);
      }
      for (const row of rows.filter((candidate) => candidate.mode === mode && !candidate.failure)) {
        const target = targets.get(row.target);
        if (!target) continue;
        const profileFile =
          profileDir && row.target === 'sigmacode' ? join(profileDir, `sigmacode-${mode}.cpuprofile`) : undefined;
        row.closed = await measureClosedLoop({
          target,
          mode,
          ...(profileFile ? { profileFile, ...(running.sigmacode ? { sigmacode: running.sigmacode } : {}) } : {}),
        });
        if (profileFile) profiles.push({ mode, file: profileFile });
        console.log(`  ${mode} ${target.name}: closed loop done`);
      }
    }

    console.log(`\n${formatGatewayTable({ rows, rate: config.rate, concurrency: config.concurrency })}`);
    console.log(`\ngoals (SIGMACODE):\n${formatGoals({ rows, rate: config.rate }).join('\n')}`);
    for (const direct of rows.filter((row) => row.target === 'direct' && row.open)) {
      const keptUp = (direct.open?.sentPerSecond ?? 0) >= config.rate * 0.98 && (direct.open?.lagP99 ?? 0) < 5;
      console.log(
        `generator (${direct.mode}, direct): ${direct.open?.sentPerSecond.toFixed(0)} req/s sent, lag p99 ` +
          `${direct.open?.lagP99.toFixed(2)} ms — ${keptUp ? 'kept up' : 'DID NOT keep up: the figures are not valid'}`,
      );
    }
    const upstreamStats = await running.upstream.command({ type: 'stats' });
    console.log(`upstream: ${String(upstreamStats?.requests)} requests received in all`);
    if (running.sigmacode) {
      const ledger = await running.sigmacode.command({ type: 'stats' });
      console.log(
        `SIGMACODE ledger: ${String(ledger?.spent)} tokens charged for ${answered.get('sigmacode') ?? 0} answered ` +
          `requests (1 token each), ${String(ledger?.reserved)} still reserved`,
      );
    }
    if (running.portkey && running.portkey.errorLines.count > 0) {
      console.log(`Portkey wrote ${running.portkey.errorLines.count} lines to stderr; the last:`);
      console.log(running.portkey.errorLines.last.slice(-5).join('\n'));
    }
    for (const profile of profiles) await printProfile(profile);
    failed = rows.some((row) => row.failure !== undefined);
  } finally {
    await stopAll(running);
  }
  console.log(`\ntotal ${((performance.now() - startedAt) / 1000).toFixed(0)} s`);
  if (failed) process.exitCode = 1;
}

await main();
