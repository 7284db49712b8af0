import { describe, expect, it } from 'vitest';
import { readSse } from './read-sse';

function streamOf(chunks: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
}

async function collect(chunks: string[]): Promise<string[]> {
  const out: string[] = [];
  for await (const data of readSse(streamOf(chunks))) out.push(data);
  return out;
}

describe('readSse', () => {
  it('yields each data payload, also when events are split across chunks', async () => {
    expect(await collect(['data: {"a":1}\n\nda', 'ta: {"b":2}\n', '\n'])).toEqual(['{"a":1}', '{"b":2}']);
  });

  it('skips pings and comments, and joins multi-line data', async () => {
    expect(await collect(['event: ping\n\n: comment\n\ndata: one\ndata: two\r\n\r\n'])).toEqual(['one\ntwo']);
  });

  it('yields a last event that has no trailing blank line', async () => {
    expect(await collect(['data: last'])).toEqual(['last']);
  });
});
