/**
 * Reads a server-sent-event body and yields the `data:` payload of each event, in order. Comment lines, `event:`
 * names (such as Dify's `event: ping`) and events without data are skipped; multi-line data is joined with `\n`.
 *
 * @example
 * for await (const data of readSse(response.body)) console.log(JSON.parse(data));
 */
export async function* readSse(body: ReadableStream<Uint8Array>): AsyncGenerator<string> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  try {
    while (true) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      let boundary = nextBoundary(buffer);
      while (boundary) {
        const data = dataOf(buffer.slice(0, boundary.index));
        buffer = buffer.slice(boundary.index + boundary.length);
        if (data !== undefined) yield data;
        boundary = nextBoundary(buffer);
      }
    }
    const rest = dataOf(buffer);
    if (rest !== undefined) yield rest;
  } finally {
    reader.releaseLock();
  }
}

function nextBoundary(buffer: string): { index: number; length: number } | undefined {
  const match = /\r?\n\r?\n/.exec(buffer);
  return match ? { index: match.index, length: match[0].length } : undefined;
}

function dataOf(block: string): string | undefined {
  const lines = block
    .split(/\r?\n/)
    .filter((line) => line.startsWith('data:'))
    .map((line) => line.slice(line.startsWith('data: ') ? 6 : 5));
  return lines.length > 0 ? lines.join('\n') : undefined;
}
