import type { schema } from '@sigmacode/db';
import { toConversationBody } from '../conversations/to-chat-bodies.js';

type ConversationRow = typeof schema.conversations.$inferSelect;
type MessageRow = typeof schema.messages.$inferSelect;

function inputsOf(row: ConversationRow): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(row.inputs ?? '{}');
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** A conversation in Dify's shape (the console's, plus its `inputs`). @example toDifyConversation(row).inputs */
export function toDifyConversation(row: ConversationRow) {
  return { ...toConversationBody(row), inputs: inputsOf(row) };
}

/**
 * A stored message in Dify's `GET /messages` shape (no retriever resources, agent thoughts or files are stored).
 *
 * @example toDifyMessage(row, conversation).answer
 */
export function toDifyMessage(row: MessageRow, conversation: ConversationRow) {
  return {
    id: row.id,
    conversation_id: row.conversationId,
    parent_message_id: null,
    inputs: inputsOf(conversation),
    query: row.query,
    answer: row.answer,
    feedback: row.feedback ? { rating: row.feedback } : null,
    retriever_resources: [],
    created_at: Math.floor(row.createdAt.getTime() / 1000),
    agent_thoughts: [],
    message_files: [],
    status: row.status,
    error: row.error,
  };
}
