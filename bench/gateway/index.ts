// Gateway overhead: the latency SIGMACODE's OpenAI-compatible API adds to a chat completion over calling the upstream
// directly, next to the Portkey gateway proxying the same upstream, and each one's maximum throughput.
//
// Four processes: this one (the load generator), a fake OpenAI upstream with a fixed delay, SIGMACODE with the whole
// pipeline on (API key, rate limits raised out of the way, hold and settle in the ledger, the default firewall policy
// on input and on the streamed output, access log), and Portkey (`@portkey-ai/gateway`, headless). Per mode (JSON;
// SSE read to its end) and target (direct, SIGMACODE, Portkey): a warm-up, a closed loop with N connections (maximum
// requests per second), an open loop at a light rate below every target's saturation, and an open loop at the goal
// rate (added latency = target minus direct at the same rate and percentile).
//
// Run with `npm run bench -- gateway`. Settings (environment): BENCH_GATEWAY_RATE (1000), BENCH_GATEWAY_LIGHT_RATE
// (default half the lowest maximum throughput; 0 skips), BENCH_GATEWAY_SECONDS (8), BENCH_GATEWAY_WARMUP_SECONDS (2),
// BENCH_GATEWAY_CONCURRENCY (64), BENCH_GATEWAY_DELAY_MS (20), BENCH_GATEWAY_TARGETS (direct,sigmacode,portkey),
// BENCH_GATEWAY_MODES (json,stream), BENCH_GATEWAY_PROFILE=1 (CPU profile of SIGMACODE during its closed loops,
// summarized), BENCH_DATABASE_URL (PostgreSQL; default in-memory PGlite), BENCH_REDIS_URL (rate limits in Redis).
import { mkdtemp, readFile } from 'node:fs/promises';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { BenchConfigSchema, type Mode, type TargetName } from './bench-config.js';
import { type ChatCompletionSender, type ChatTarget, createChatCompletionSender } from './chat-completion-sender.js';
import { formatGatewayTables, formatGoals, type GatewayReport } from './format-gateway-report.js';
import { type BenchStack, startBenchStack } from './start-bench-stack.js';
import { CpuProfileSchema, type ProfileShare, summarizeCpuProfile } from './summarize-cpu-profile.js';
import { measureAtRate, measureMaximum, waitUntilIdle, warmUp } from './target-phases.js';

const PROMPT =
  'Our nightly export failed again and the health check went red around 02:00. What is the most likely cause, ' +
  'and what should we check first?';
/** About 500 characters (~125 tokens), streamed by the upstream in 8-character deltas: a short, realistic answer. */
const ANSWER =
  'The most likely cause is the database pool running out of connections while the nightly export runs: the ' +
  'export opens one connection per tenant and keeps it until the whole batch is written, so the health check ' +
  'cannot get a connection and reports the service as down. Check the pool metrics around 02:00 first, then the ' +
  'export logs for long transactions. Releasing each connection as soon as its tenant is done, and running the ' +
  'export in smaller batches, usually fixes it without raising the pool size.';

const config = BenchConfigSchema.parse(process.env);
/** Successful requests per target over the whole run (warm-ups too): what the ledger should have charged. */
const answered = new Map<TargetName, number>();

/** A sender for one phase (fresh keep-alive connections), counting successful requests per target. */
function senderFor({ target, mode }: { target: ChatTarget; mode: Mode }): ChatCompletionSender {
  const sender = createChatCompletionSender({
    target,
    stream: mode === 'stream',
    prompt: PROMPT,
    expectedText: ANSWER,
  });
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

async function withSender<T>(
  { target, mode }: { target: ChatTarget; mode: Mode },
  work: (sender: ChatCompletionSender) => Promise<T>,
): Promise<T> {
  const sender = senderFor({ target, mode });
  try {
    return await work(sender);
  } finally {
    sender.close();
  }
}

async function measureMode({
  stack,
  mode,
  report,
  profileDir,
}: {
  stack: BenchStack;
  mode: Mode;
  report: GatewayReport;
  profileDir: string | undefined;
}): Promise<string[]> {
  const profiles: string[] = [];
  const idle = new Map<TargetName, number>();
  for (const [name, target] of stack.targets) {
    await withSender({ target, mode }, async (sender) => {
      const first = await sender.send();
      if (!first.ok) return void report.failed.push({ mode, target: name, reason: first.error });
      idle.set(name, await warmUp({ sender, concurrency: config.concurrency, seconds: config.warmupSeconds }));
      const profileFile = profileDir && name === 'sigmacode' ? join(profileDir, `sigmacode-${mode}.cpuprofile`) : null;
      if (profileFile) await stack.sigmacode?.command({ type: 'profile-start' });
      const maximum = await measureMaximum({ sender, concurrency: config.concurrency, seconds: config.seconds });
      if (profileFile) {
        await stack.sigmacode?.command({ type: 'profile-stop', file: profileFile });
        profiles.push(profileFile);
      }
      report.closed.push({ mode, target: name, concurrency: config.concurrency, ...maximum });
      console.log(`  ${mode} ${name}: ${maximum.perSecond.toFixed(0)} req/s with ${config.concurrency} connections`);
    });
  }

  const maxima = report.closed.filter((row) => row.mode === mode).map((row) => row.perSecond);
  const lightRate = config.lightRate ?? Math.floor(Math.min(...maxima) / 2);
  const rates = [...(lightRate > 0 && lightRate < config.rate ? [lightRate] : []), config.rate];
  for (const rate of rates) {
    const seconds = rate === config.rate ? config.seconds : Math.max(2, config.seconds / 2);
    for (const [name, target] of stack.targets) {
      const idleMs = idle.get(name);
      if (idleMs === undefined) continue;
      await withSender({ target, mode }, async (sender) => {
        await waitUntilIdle({ sender, idleMs });
        const measured = await measureAtRate({ sender, rate, seconds });
        report.open.push({ mode, target: name, rate, ...measured });
        console.log(`  ${mode} ${name}: p50 ${measured.summary.p50.toFixed(2)} ms at ${rate} req/s`);
        await waitUntilIdle({ sender, idleMs });
      });
    }
  }
  return profiles;
}

function describeRun(stack: BenchStack): string {
  const engine = stack.sigmacode?.ready.engine ?? '-';
  const limits = stack.sigmacode?.ready.redis ? 'Redis' : 'in process';
  return [
    `gateway bench: upstream delay ${config.delayMs} ms; prompt ${PROMPT.length} chars; answer ${ANSWER.length} chars ` +
      `(${Math.ceil(ANSWER.length / 8)} deltas of 8 chars from the upstream); ${config.warmupSeconds} s warm-up, ` +
      `closed loop ${config.concurrency} connections ${config.seconds} s, open loop ${config.rate} req/s ` +
      `${config.seconds} s (and a light rate) per target and mode`,
    `SIGMACODE: database ${engine}, rate limits ${limits} (raised out of the way), default firewall policy, access log ` +
      'on (to /dev/null); Portkey 1.15.2 headless with the streaming fetch shim (bench/gateway/portkey-fetch-shim.mjs)',
    `machine: ${availableParallelism()} CPUs (${cpus()[0]?.model ?? 'unknown'}) shared by the generator, the upstream, ` +
      `SIGMACODE and Portkey; load average ${loadavg()
        .map((value) => value.toFixed(1))
        .join(' ')} at start; node ${process.version}`,
  ].join('\n');
}

function formatShares(title: string, shares: ProfileShare[]): string {
  return [`  ${title}`, ...shares.map((share) => `    ${share.percent.toFixed(1).padStart(5)} %  ${share.name}`)].join(
    '\n',
  );
}

async function printProfile(file: string): Promise<void> {
  const profile = CpuProfileSchema.parse(JSON.parse(await readFile(file, 'utf8')));
  const summary = summarizeCpuProfile({ profile, top: 12 });
  console.log(
    [
      `\nSIGMACODE CPU profile ${file}: ${summary.seconds.toFixed(1)} s, busy ${summary.busyPercent.toFixed(0)} % of samples`,
      formatShares('by component (nearest to the running function)', summary.byComponent),
      formatShares('by running function', summary.selfByFunction),
    ].join('\n'),
  );
}

async function printChecks(stack: BenchStack, report: GatewayReport): Promise<void> {
  for (const direct of report.open.filter((row) => row.target === 'direct' && row.rate === config.rate)) {
    const keptUp = direct.sentPerSecond >= config.rate * 0.98 && direct.lagP99 < 10;
    console.log(
      `generator (${direct.mode}, direct at ${config.rate} req/s): ${direct.sentPerSecond.toFixed(0)} req/s sent, ` +
        `lag p99 ${direct.lagP99.toFixed(2)} ms — ${keptUp ? 'kept up' : 'DID NOT keep up: the figures are not valid'}`,
    );
  }
  const upstream = await stack.upstream.command({ type: 'stats' });
  console.log(`upstream: ${String(upstream?.requests)} requests received in all`);
  if (stack.sigmacode) {
    const ledger = await stack.sigmacode.command({ type: 'stats' });
    console.log(
      `SIGMACODE ledger: ${String(ledger?.spent)} tokens charged for ${answered.get('sigmacode') ?? 0} answered ` +
        `requests (1 token each; requests the client gave up on are charged too), ${String(ledger?.reserved)} still reserved`,
    );
  }
  if (stack.portkey && stack.portkey.errorLines.count > 0) {
    console.log(`Portkey wrote ${stack.portkey.errorLines.count} lines to stderr; the last:`);
    console.log(stack.portkey.errorLines.last.slice(-5).join('\n'));
  }
}

async function main(): Promise<void> {
  const startedAt = performance.now();
  const stack = await startBenchStack({ config, answer: ANSWER });
  const report: GatewayReport = { open: [], closed: [], failed: [] };
  const profiles: string[] = [];
  try {
    console.log(describeRun(stack));
    const profileDir = config.profile ? await mkdtemp(join(tmpdir(), 'sigmacode-gateway-profile-')) : undefined;
    for (const mode of config.modes) profiles.push(...(await measureMode({ stack, mode, report, profileDir })));
    console.log(`\n${formatGatewayTables(report)}`);
    console.log(`\ngoals (SIGMACODE):\n${formatGoals({ report, rate: config.rate }).join('\n')}\n`);
    await printChecks(stack, report);
    for (const file of profiles) await printProfile(file);
  } finally {
    await stack.stop();
  }
  console.log(`\ntotal ${((performance.now() - startedAt) / 1000).toFixed(0)} s`);
  if (report.failed.length > 0) process.exitCode = 1;
}

await main();
