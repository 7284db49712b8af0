/** One server-sent event as it arrived: its exact text (for byte-exact forwarding) and its parsed parts. */
export interface SseFrame {
  /** The frame's text including its terminating blank line. */
  raw: string;
  /** The `event:` field (Dify sends `event: ping`); undefined when absent. */
  event: string | undefined;
  /** The `data:` payload parsed as a JSON object, or null (no data, or not an object). */
  data: Record<string, unknown> | null;
}

/** A frame from its text (without the blank line). */
function parseFrame(text: string, raw: string): SseFrame {
  let event: string | undefined;
  const data: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.startsWith('data:')) data.push(line.slice(line.startsWith('data: ') ? 6 : 5));
    else if (line.startsWith('event:')) event = line.slice(6).trim();
  }
  let parsed: Record<string, unknown> | null = null;
  if (data.length > 0) {
    try {
      const value: unknown = JSON.parse(data.join('\n'));
      if (value && typeof value === 'object' && !Array.isArray(value)) parsed = value as Record<string, unknown>;
    } catch {
      parsed = null;
    }
  }
  return { raw, event, data: parsed };
}

/**
 * Splits a byte stream of server-sent events into frames as they complete (a frame ends at a blank line; `\n\n` and
 * `\r\n\r\n` both count), keeping each frame's exact text. A frame larger than `maxFrameBytes` ends the stream with
 * an error rather than growing without bound. Text left without a closing blank line is yielded at the end.
 *
 * @example for await (const frame of readSseFrames(response)) if (frame.data?.event === 'message') …
 */
export async function* readSseFrames(
  body: AsyncIterable<Uint8Array>,
  maxFrameBytes = 4 * 1024 * 1024,
): AsyncGenerator<SseFrame> {
  const decoder = new TextDecoder();
  let buffer = '';
  for await (const chunk of body) {
    buffer += decoder.decode(chunk, { stream: true });
    for (;;) {
      const match = /\r?\n\r?\n/.exec(buffer);
      if (!match) break;
      const end = match.index + match[0].length;
      const raw = buffer.slice(0, end);
      buffer = buffer.slice(end);
      if (raw.trim()) yield parseFrame(raw.slice(0, match.index), raw);
    }
    if (buffer.length > maxFrameBytes) throw new Error('a server-sent event frame is too large');
  }
  buffer += decoder.decode();
  if (buffer.trim()) yield parseFrame(buffer, buffer);
}
