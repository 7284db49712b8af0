import { ApiError } from './api-error';
import { type ChatEvent, ChatEventSchema } from './chat-schemas';
import { fetchOk } from './fetch-json';
import { readSse } from './read-sse';

/**
 * `POST /api/chat` with streaming: calls `onEvent` for every chat event as it arrives. A refusal before the answer
 * starts (firewall block 403, no tokens 402, rate limit 429…) throws {@link ApiError}; an abort stops reading.
 *
 * @example
 * await streamChat({ appId, query: 'Hello', conversationId: null, onEvent: (event) => console.log(event) });
 */
export async function streamChat({
  appId,
  query,
  conversationId,
  signal,
  onEvent,
}: {
  appId: string;
  query: string;
  conversationId: string | null;
  signal?: AbortSignal;
  onEvent: (event: ChatEvent) => void;
}): Promise<void> {
  const response = await fetchOk({
    path: '/api/chat',
    init: {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ appId, query, stream: true, ...(conversationId ? { conversationId } : {}) }),
      ...(signal ? { signal } : {}),
    },
  });
  if (!response.body) {
    throw new ApiError({ status: response.status, code: 'INVALID_RESPONSE', message: '/api/chat sent no stream.' });
  }
  for await (const data of readSse(response.body)) {
    let json: unknown;
    try {
      json = JSON.parse(data);
    } catch {
      continue;
    }
    const parsed = ChatEventSchema.safeParse(json);
    if (parsed.success) onEvent(parsed.data);
  }
}
