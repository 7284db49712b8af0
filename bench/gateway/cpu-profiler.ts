// A V8 CPU profiler a process can start and stop around the part of a run worth looking at (here: SIGMACODE under
// load, without its start-up), through the inspector protocol of the process itself.
import { writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import { AppError } from '@sigmacode/core';

export interface CpuProfiler {
  start(): Promise<void>;
  /** Stops and writes the profile (Chrome DevTools `.cpuprofile` JSON) to `file`. */
  stop(file: string): Promise<void>;
}

/**
 * A profiler of the current process, sampling every `intervalUs` microseconds.
 *
 * @example
 * const profiler = createCpuProfiler()
 * await profiler.start()
 * // ... load ...
 * await profiler.stop('/tmp/app.cpuprofile')
 */
export function createCpuProfiler({ intervalUs = 250 }: { intervalUs?: number } = {}): CpuProfiler {
  let session: Session | undefined;
  return {
    async start() {
      session ??= new Session();
      session.connect();
      await session.post('Profiler.enable');
      await session.post('Profiler.setSamplingInterval', { interval: intervalUs });
      await session.post('Profiler.start');
    },
    async stop(file) {
      if (!session) throw new AppError('INTERNAL', { message: 'The profiler was not started.' });
      const { profile } = await session.post('Profiler.stop');
      await writeFile(file, JSON.stringify(profile));
      await session.post('Profiler.disable');
      session.disconnect();
      session = undefined;
    },
  };
}
