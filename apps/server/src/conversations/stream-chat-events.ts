/** How often a `event: ping` keeps idle connections (and proxies) open, as Dify does. */
const PING_MS = 10_000;

/**
 * Chat events as a server-sent-event response in Dify's framing: one compact `data: {json}` line per event, and
 * `event: ping` every 10 seconds while waiting. Closing the response (the client left) ends the event generator,
 * which aborts the model call and settles what was produced.
 *
 * @example return streamChatEvents(run.events)
 */
export function streamChatEvents(events: AsyncGenerator<Record<string, unknown>>): Response {
  const encoder = new TextEncoder();
  let ping: NodeJS.Timeout | undefined;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      ping = setInterval(() => controller.enqueue(encoder.encode('event: ping\n\n')), PING_MS);
    },
    async pull(controller) {
      const next = await events.next();
      if (next.done) {
        clearInterval(ping);
        controller.close();
      } else controller.enqueue(encoder.encode(`data: ${JSON.stringify(next.value)}\n\n`));
    },
    async cancel() {
      clearInterval(ping);
      await events.return(undefined);
    },
  });
  return new Response(body, {
    headers: {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
    },
  });
}
