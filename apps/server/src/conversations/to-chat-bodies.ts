import type { schema } from '@sigmacode/db';

type ConversationRow = typeof schema.conversations.$inferSelect;
type MessageRow = typeof schema.messages.$inferSelect;

const seconds = (date: Date) => Math.floor(date.getTime() / 1000);

/** A conversation in Dify's list shape. @example toConversationBody(row).name */
export function toConversationBody(row: ConversationRow) {
  return {
    id: row.id,
    name: row.name,
    status: 'normal' as const,
    introduction: '',
    created_at: seconds(row.createdAt),
    updated_at: seconds(row.updatedAt),
  };
}

/** A stored message for the console (cost in platform tokens). @example toMessageBody(row).answer */
export function toMessageBody(row: MessageRow) {
  return {
    id: row.id,
    conversation_id: row.conversationId,
    query: row.query,
    answer: row.answer,
    status: row.status,
    error: row.error,
    feedback: row.feedback ? { rating: row.feedback } : null,
    model: row.model,
    prompt_tokens: row.promptTokens,
    completion_tokens: row.completionTokens,
    cost: Number(row.cost),
    created_at: seconds(row.createdAt),
  };
}
