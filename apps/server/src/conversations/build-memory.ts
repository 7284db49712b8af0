import type { schema } from '@sigmacode/db';
import type { ModelMessage } from 'ai';

type MessageRow = typeof schema.messages.$inferSelect;

const SUMMARY_BUDGET = 2_000;
const EXCERPT = 160;

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= EXCERPT ? flat : `${flat.slice(0, EXCERPT - 1)}…`;
}

/**
 * The conversation's memory for the next call: the last `window` answered exchanges verbatim, and before them a
 * running summary of the older ones — an extractive summary (the start of each older question and answer, newest
 * kept when it grows past ~2,000 characters), made without another model call so memory costs the customer nothing
 * extra. Failed, stopped and blocked exchanges are left out (a blocked prompt must not reach the model later).
 *
 * @example const { summary, messages } = buildMemory({ history, window: 10 })
 */
export function buildMemory({ history, window }: { history: readonly MessageRow[]; window: number }): {
  summary: string | undefined;
  messages: ModelMessage[];
} {
  const answered = history.filter((message) => message.status === 'normal' && message.answer.length > 0);
  const recent = window > 0 ? answered.slice(-window) : [];
  const older = answered.slice(0, answered.length - recent.length);
  let summary: string | undefined;
  if (older.length > 0) {
    const lines: string[] = [];
    let size = 0;
    for (const message of [...older].reverse()) {
      const line = `- User: ${excerpt(message.query)} / Assistant: ${excerpt(message.answer)}`;
      if (size + line.length > SUMMARY_BUDGET) break;
      lines.unshift(line);
      size += line.length;
    }
    summary = `Summary of the earlier conversation (${older.length} exchanges):\n${lines.join('\n')}`;
  }
  const messages: ModelMessage[] = recent.flatMap((message) => [
    { role: 'user' as const, content: message.query },
    { role: 'assistant' as const, content: message.answer },
  ]);
  return { summary, messages };
}
