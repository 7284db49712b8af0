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
 * Questions are stored as the user wrote them, so the ones memory uses pass `check` first (the input firewall: a
 * secret redacted at its own turn stays redacted in every later one) — whole, before any excerpt is cut. Answers
 * are stored as they were released by the output firewall.
 *
 * @example const { summary, messages } = await buildMemory({ history, window: 10, check: (texts) => guard(texts) })
 */
export async function buildMemory({
  history,
  window,
  check,
}: {
  history: readonly MessageRow[];
  window: number;
  /** The questions as they may reach the model, in order (throws when one must not). */
  check: (questions: string[]) => Promise<string[]>;
}): Promise<{ summary: string | undefined; messages: ModelMessage[] }> {
  const answered = history.filter((message) => message.status === 'normal' && message.answer.length > 0);
  const recent = window > 0 ? answered.slice(-window) : [];
  const older = answered.slice(0, answered.length - recent.length);
  const summarized: MessageRow[] = [];
  let size = 0;
  for (const message of [...older].reverse()) {
    const length = `- User: ${excerpt(message.query)} / Assistant: ${excerpt(message.answer)}`.length;
    if (size + length > SUMMARY_BUDGET) break;
    summarized.unshift(message);
    size += length;
  }
  const used = [...summarized, ...recent];
  const questions = used.length > 0 ? await check(used.map((message) => message.query)) : [];
  const questionOf = (index: number) => questions[index] ?? '';
  const summary =
    older.length > 0
      ? `Summary of the earlier conversation (${older.length} exchanges):\n${summarized
          .map((message, index) => `- User: ${excerpt(questionOf(index))} / Assistant: ${excerpt(message.answer)}`)
          .join('\n')}`
      : undefined;
  const messages: ModelMessage[] = recent.flatMap((message, index) => [
    { role: 'user' as const, content: questionOf(summarized.length + index) },
    { role: 'assistant' as const, content: message.answer },
  ]);
  return { summary, messages };
}
