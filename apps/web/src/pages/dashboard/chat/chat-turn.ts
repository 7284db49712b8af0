import type { StoredMessage } from '../../../api';

/** One tool call of an agent's answer. */
export interface ChatStep {
  id: string;
  tool: string;
  input: string;
  observation: string;
}

export type TurnStatus = 'streaming' | 'done' | 'stopped' | 'blocked' | 'error';

/** One question and its answer as the page shows it, live or loaded from the conversation's history. */
export interface ChatTurn {
  key: string;
  query: string;
  answer: string;
  status: TurnStatus;
  /** Platform tokens charged for the answer, once known. */
  cost?: number;
  /** The output firewall replaced parts of the answer. */
  redacted?: boolean;
  /** An agent's tool calls, in order: the tool, its input and (once back) what it returned. */
  steps?: ChatStep[];
  /** The input firewall replaced parts of the question before the model saw it. */
  inputRedacted?: boolean;
  /** What went wrong (an ApiError or the stream's error message). */
  error?: unknown;
}

/**
 * A stored message as a turn: blocked and failed turns keep their reason, answers their cost.
 *
 * @example
 * const turns = page.data.map(turnFromStored);
 */
export function turnFromStored(message: StoredMessage): ChatTurn {
  const status: TurnStatus =
    message.status === 'blocked' ? 'blocked' : message.status === 'error' || message.error ? 'error' : 'done';
  return {
    key: message.id,
    query: message.query,
    answer: message.answer,
    status,
    cost: message.cost,
    ...(message.error ? { error: new Error(message.error) } : {}),
  };
}
