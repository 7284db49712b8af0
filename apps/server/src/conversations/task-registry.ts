/** A running answer that can be stopped by its task id. */
interface RunningTask {
  organizationId: string;
  endUser: string;
  controller: AbortController;
}

/**
 * The answers running in this process, by task id, so `stop` can end one. Only the organization and end user that
 * started a task can stop it. (With several instances, a stop reaches only the instance running the task.)
 *
 * @example
 * const controller = tasks.start({ taskId, organizationId, endUser })
 * tasks.stop({ taskId, organizationId, endUser }) // aborts controller.signal
 */
export interface TaskRegistry {
  start(task: { taskId: string; organizationId: string; endUser: string }): AbortController;
  stop(task: { taskId: string; organizationId: string; endUser: string }): boolean;
  finish(taskId: string): void;
}

/** @example const tasks = createTaskRegistry() */
export function createTaskRegistry(): TaskRegistry {
  const running = new Map<string, RunningTask>();
  return {
    start({ taskId, organizationId, endUser }) {
      const controller = new AbortController();
      running.set(taskId, { organizationId, endUser, controller });
      return controller;
    },
    stop({ taskId, organizationId, endUser }) {
      const task = running.get(taskId);
      if (!task || task.organizationId !== organizationId || task.endUser !== endUser) return false;
      task.controller.abort(new Error('Stopped by user.'));
      return true;
    },
    finish(taskId) {
      running.delete(taskId);
    },
  };
}
