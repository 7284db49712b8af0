import { fork } from 'node:child_process';
import { AppError } from '@sigmacode/core';
import { type Answer, AnswerSchema, type Command, type ReadyMessage, ReadyMessageSchema } from './child-protocol.js';

/** A command without its id (the id is added when it is sent). */
export type CommandInput = Command extends infer Each ? (Each extends Command ? Omit<Each, 'id'> : never) : never;

/** A running child of the benchmark, ready to be called. */
export interface BenchChild {
  ready: ReadyMessage;
  pid: number;
  /** Sends a command and resolves with the child's answer data. */
  command(command: CommandInput): Promise<Answer['data']>;
  /** Asks the child to stop and waits for it to exit (kills it after 10 s). */
  stop(): Promise<void>;
}

/**
 * Starts a TypeScript child (`node --import tsx --conditions=source`) with `env` added to this process's
 * environment, and waits until it reports `ready` (or exits, or `readyTimeoutMs` passes). Its stdout is discarded
 * (SIGMACODE's access log goes there); stderr is passed through.
 *
 * @example
 * const upstream = await spawnBenchChild({ file: 'bench/gateway/upstream-process.ts', env: { BENCH_UPSTREAM_DELAY_MS: '20' } })
 * console.log(upstream.ready.url)
 */
export async function spawnBenchChild({
  file,
  env,
  execArgv = [],
  readyTimeoutMs = 180_000,
}: {
  file: string;
  env: Record<string, string>;
  execArgv?: string[];
  readyTimeoutMs?: number;
}): Promise<BenchChild> {
  const child = fork(file, {
    execArgv: ['--import', 'tsx', '--conditions=source', ...execArgv],
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const ready = await new Promise<ReadyMessage>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill();
      reject(new AppError('INTERNAL', { message: `${file} was not ready within ${readyTimeoutMs} ms.` }));
    }, readyTimeoutMs);
    child.once('message', (message) => {
      clearTimeout(timer);
      const parsed = ReadyMessageSchema.safeParse(message);
      if (parsed.success) resolve(parsed.data);
      else
        reject(
          new AppError('INTERNAL', { message: `${file} sent an unexpected first message.`, details: { message } }),
        );
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new AppError('INTERNAL', { message: `${file} exited with ${code} before it was ready.` }));
    });
  });

  let nextId = 1;
  const command = (input: CommandInput) =>
    new Promise<Answer['data']>((resolve, reject) => {
      const id = nextId++;
      const onMessage = (message: unknown) => {
        const parsed = AnswerSchema.safeParse(message);
        if (!parsed.success || parsed.data.id !== id) return;
        child.off('message', onMessage);
        if (parsed.data.error) reject(new AppError('INTERNAL', { message: parsed.data.error }));
        else resolve(parsed.data.data);
      };
      child.on('message', onMessage);
      child.send({ ...input, id });
    });

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      if (child.connected) child.send({ type: 'stop', id: 0 });
      else child.kill();
      await exited;
      clearTimeout(timer);
    })();
    return stopping;
  };
  return { ready, pid: child.pid ?? -1, command, stop };
}
