import { AppError } from '@sigmacode/core';

/**
 * What each metered action costs, in tokens, unless an operator overrides it for the platform or an organization
 * (see `getActionCost`).
 *
 * @example
 * DEFAULT_ACTION_COSTS.workflow_run // 5n
 */
export const DEFAULT_ACTION_COSTS = {
  chat_message: 1n,
  workflow_run: 5n,
  agent_execution: 10n,
  document_upload: 20n,
  image_generation: 50n,
  embedding: 2n,
} as const satisfies Record<string, bigint>;

/** A metered action. */
export type Action = keyof typeof DEFAULT_ACTION_COSTS;

/** Every action, in the order of {@link DEFAULT_ACTION_COSTS}. */
export const ACTIONS = Object.keys(DEFAULT_ACTION_COSTS) as Action[];

/**
 * @example
 * if (!isAction(body.action)) throw new AppError('VALIDATION_FAILED')
 */
export function isAction(value: unknown): value is Action {
  return typeof value === 'string' && Object.hasOwn(DEFAULT_ACTION_COSTS, value);
}

/** VALIDATION_FAILED unless `value` is a known action. */
export function assertAction(value: unknown): asserts value is Action {
  if (!isAction(value)) {
    throw new AppError('VALIDATION_FAILED', {
      message: `Unknown action. Known actions: ${ACTIONS.join(', ')}.`,
      details: { action: typeof value === 'string' ? value : null },
    });
  }
}
