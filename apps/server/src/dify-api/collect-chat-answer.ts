import { AppError, ERROR_CODES, type ErrorCode } from '@sigmacode/core';
import type { AppChatRun } from '../conversations/run-app-chat.js';

/** The error code whose Dify code is this one (the stream's `error` event carries only Dify's code). */
function errorCodeOf(difyCode: unknown): ErrorCode {
  const found = Object.entries(ERROR_CODES).find(([, entry]) => entry.difyCode === difyCode);
  return (found?.[0] as ErrorCode | undefined) ?? 'UPSTREAM_FAILED';
}

/**
 * A chat run read to its end for Dify's blocking mode: the whole answer and the `message_end` metadata. An `error`
 * event becomes the AppError it stands for (so a block by the output firewall is still 403 `content_blocked`).
 *
 * @example const { answer, metadata } = await collectChatAnswer(run)
 */
export async function collectChatAnswer(
  run: Pick<AppChatRun, 'events'>,
): Promise<{ answer: string; metadata: Record<string, unknown> }> {
  let answer = '';
  let metadata: Record<string, unknown> = {};
  for await (const event of run.events) {
    if (event.event === 'message' || event.event === 'agent_message') answer += String(event.answer);
    else if (event.event === 'message_end') metadata = event.metadata as Record<string, unknown>;
    else if (event.event === 'error') {
      throw new AppError(errorCodeOf(event.code), { message: String(event.message) });
    }
  }
  return { answer, metadata };
}
