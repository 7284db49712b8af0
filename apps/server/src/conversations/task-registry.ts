import type { Redis } from 'ioredis';

/** A running answer that can be stopped by its task id. */
interface RunningTask {
  organizationId: string;
  endUser: string;
  controller: AbortController;
}

/** Who asks to stop which task. */
interface StopRequest {
  taskId: string;
  organizationId: string;
  endUser: string;
}

/** The Redis channel on which instances pass on stop requests for tasks they do not run. */
export const TASK_STOP_CHANNEL = 'sigmacode:tasks:stop';

/**
 * The answers running in this process, by task id, so `stop` can end one. Only the organization and end user that
 * started a task can stop it. With Redis, a stop for a task this instance does not run is published to every
 * instance, and the one running it stops it — so a stop button works behind a load balancer.
 *
 * @example
 * const controller = tasks.start({ taskId, organizationId, endUser })
 * tasks.stop({ taskId, organizationId, endUser }) // aborts controller.signal (here or on another instance)
 */
export interface TaskRegistry {
  start(task: StopRequest): AbortController;
  /** True when the task ran here and was stopped; otherwise the request goes to the other instances (with Redis). */
  stop(task: StopRequest): boolean;
  finish(taskId: string): void;
  /** Ends the subscription to other instances' stop requests. */
  close(): Promise<void>;
}

function isStopRequest(value: unknown): value is StopRequest {
  const request = value as Partial<StopRequest> | null;
  return (
    typeof request?.taskId === 'string' &&
    typeof request.organizationId === 'string' &&
    typeof request.endUser === 'string'
  );
}

/**
 * @example const tasks = createTaskRegistry({ redis }) // redis: null → this process only
 */
export function createTaskRegistry({ redis = null }: { redis?: Redis | null } = {}): TaskRegistry {
  const running = new Map<string, RunningTask>();
  const stopHere = ({ taskId, organizationId, endUser }: StopRequest): boolean => {
    const task = running.get(taskId);
    if (!task || task.organizationId !== organizationId || task.endUser !== endUser) return false;
    task.controller.abort(new Error('Stopped by user.'));
    return true;
  };
  // A connection in subscriber mode can do nothing else, so it is a second one; it queues the subscription until
  // it is connected and subscribes again after a reconnect.
  const subscriber = redis?.duplicate({ enableOfflineQueue: true }) ?? null;
  if (subscriber) {
    subscriber.on('error', () => {});
    subscriber.on('message', (_channel: string, message: string) => {
      try {
        const request: unknown = JSON.parse(message);
        if (isStopRequest(request)) stopHere(request);
      } catch {
        // Not ours: ignored.
      }
    });
    subscriber.subscribe(TASK_STOP_CHANNEL).catch(() => {});
  }
  return {
    start({ taskId, organizationId, endUser }) {
      const controller = new AbortController();
      running.set(taskId, { organizationId, endUser, controller });
      return controller;
    },
    stop(request) {
      if (stopHere(request)) return true;
      redis?.publish(TASK_STOP_CHANNEL, JSON.stringify(request)).catch(() => {});
      return false;
    },
    finish(taskId) {
      running.delete(taskId);
    },
    async close() {
      await subscriber?.quit().catch(() => subscriber.disconnect());
    },
  };
}
