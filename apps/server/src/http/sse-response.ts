/** Headers of every server-sent-event answer: no caching, and no buffering by proxies (nginx honours the last one). */
export const SSE_HEADERS = {
  'Content-Type': 'text/event-stream; charset=utf-8',
  'Cache-Control': 'no-cache',
  Connection: 'keep-alive',
  'X-Accel-Buffering': 'no',
} as const;

/**
 * A server-sent-event response streaming already framed text, pulled one piece at a time (backpressure); a client
 * that goes away ends the generator, which lets its `finally` blocks abort and settle the call.
 *
 * @example return sseResponse(streamChatCompletionSse({ parts, id, model, created }))
 */
export function sseResponse(texts: AsyncGenerator<string>): Response {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await texts.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await texts.return(undefined);
    },
  });
  return new Response(body, { headers: SSE_HEADERS });
}
