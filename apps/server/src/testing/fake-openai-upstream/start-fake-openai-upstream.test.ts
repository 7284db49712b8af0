import OpenAI from 'openai';
import { afterEach, describe, expect, it } from 'vitest';
import {
  type FakeOpenAiUpstream,
  type FakeOpenAiUpstreamOptions,
  startFakeOpenAiUpstream,
} from './start-fake-openai-upstream.js';

const started: FakeOpenAiUpstream[] = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map((upstream) => upstream.close()));
});

async function start(options: FakeOpenAiUpstreamOptions = {}) {
  const upstream = await startFakeOpenAiUpstream(options);
  started.push(upstream);
  const client = new OpenAI({ apiKey: 'sk-fake', baseURL: upstream.url, maxRetries: 0 });
  return { upstream, client };
}

const hello = [{ role: 'user' as const, content: 'Say hello, please' }];

/** The `data:` payloads of an SSE body. */
function ssePayloads(body: string): string[] {
  return body
    .split('\n\n')
    .filter(Boolean)
    .map((event) => event.replace(/^data: /, ''));
}

describe('startFakeOpenAiUpstream with the openai SDK', () => {
  it('answers a plain completion with estimated usage and records the request', async () => {
    const { upstream, client } = await start();
    const completion = await client.chat.completions.create({ model: 'gpt-x', messages: hello, temperature: 0 });
    expect(completion.model).toBe('gpt-x');
    expect(completion.choices[0]).toMatchObject({
      message: { role: 'assistant', content: 'Hello from the fake upstream.' },
      finish_reason: 'stop',
    });
    expect(completion.usage).toEqual({ prompt_tokens: 5, completion_tokens: 8, total_tokens: 13 });
    expect(upstream.requestCount).toBe(1);
    expect(upstream.requests[0]).toMatchObject({
      method: 'POST',
      path: '/v1/chat/completions',
      index: 0,
      body: { model: 'gpt-x', messages: hello, temperature: 0 },
      headers: { authorization: 'Bearer sk-fake' },
    });
  });

  it('streams the text in chunks of the scripted size, with usage when asked', async () => {
    const { client } = await start({
      script: { text: 'abcdefghij', chunkSize: 4, usage: { promptTokens: 7, completionTokens: 3 } },
    });
    const stream = await client.chat.completions.create({
      model: 'm',
      messages: hello,
      stream: true,
      stream_options: { include_usage: true },
    });
    const deltas: string[] = [];
    const chunks: OpenAI.ChatCompletionChunk[] = [];
    for await (const chunk of stream) {
      chunks.push(chunk);
      const content = chunk.choices[0]?.delta.content;
      if (content) deltas.push(content);
    }
    expect(deltas).toEqual(['abcd', 'efgh', 'ij']);
    expect(chunks[0]?.choices[0]?.delta).toEqual({ role: 'assistant', content: '', refusal: null });
    expect(chunks.at(-2)?.choices[0]?.finish_reason).toBe('stop');
    expect(chunks.at(-1)).toMatchObject({
      choices: [],
      usage: { prompt_tokens: 7, completion_tokens: 3, total_tokens: 10 },
    });
  });

  it('makes tool calls, streamed (assembled by the .stream() helper) and not', async () => {
    const script = {
      text: '',
      toolCalls: [
        { id: 'call_1', name: 'get_weather', arguments: { city: 'Oslo' } },
        { name: 'get_time', arguments: '{"zone":"CET"}' },
      ],
    };
    const { client } = await start({ script });
    const tools: OpenAI.ChatCompletionTool[] = [
      { type: 'function', function: { name: 'get_weather', parameters: { type: 'object' } } },
      { type: 'function', function: { name: 'get_time', parameters: { type: 'object' } } },
    ];
    const streamed = await client.chat.completions.stream({ model: 'm', messages: hello, tools }).finalChatCompletion();
    const plain = await client.chat.completions.create({ model: 'm', messages: hello, tools });
    for (const completion of [streamed, plain]) {
      expect(completion.choices[0]?.finish_reason).toBe('tool_calls');
      expect(completion.choices[0]?.message.content).toBeNull();
      expect(completion.choices[0]?.message.tool_calls).toEqual([
        { id: 'call_1', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Oslo"}' } },
        {
          id: expect.stringMatching(/^call_fake\d+_1$/),
          type: 'function',
          function: { name: 'get_time', arguments: '{"zone":"CET"}' },
        },
      ]);
    }
  });

  it('fails before output with the scripted status, and a retrying client gets the next reply', async () => {
    const { client, upstream } = await start({
      script: [
        { type: 'error', status: 500, message: 'Upstream exploded.' },
        { type: 'error', status: 429, retryAfterSeconds: 1 },
        { text: 'finally' },
      ],
    });
    const serverError = await client.chat.completions.create({ model: 'm', messages: hello }).catch((e: unknown) => e);
    expect(serverError).toBeInstanceOf(OpenAI.InternalServerError);
    expect(serverError).toMatchObject({ status: 500, message: '500 Upstream exploded.', type: 'server_error' });
    const rateLimited = await client.chat.completions.create({ model: 'm', messages: hello }).catch((e: unknown) => e);
    expect(rateLimited).toBeInstanceOf(OpenAI.RateLimitError);
    expect((rateLimited as InstanceType<typeof OpenAI.RateLimitError>).headers?.get('retry-after')).toBe('1');
    expect(rateLimited).toMatchObject({ code: 'rate_limit_exceeded', type: 'rate_limit_error' });

    upstream.setScript([{ type: 'error', status: 503 }, { text: 'after a retry' }]);
    const retrying = new OpenAI({ apiKey: 'sk-fake', baseURL: upstream.url, maxRetries: 1 });
    const completion = await retrying.chat.completions.create({ model: 'm', messages: hello });
    expect(completion.choices[0]?.message.content).toBe('after a retry');
    expect(upstream.requestCount).toBe(4);
  });

  it('cuts the connection mid-stream after the scripted number of chunks', async () => {
    const { client } = await start({
      script: { type: 'fail', mode: 'destroy', afterChunks: 3, text: 'abcdefgh', chunkSize: 2 },
    });
    const stream = await client.chat.completions.create({ model: 'm', messages: hello, stream: true });
    const seen: string[] = [];
    const failure = await (async () => {
      for await (const chunk of stream) seen.push(chunk.choices[0]?.delta.content ?? '');
    })().catch((error: unknown) => error);
    expect(seen).toEqual(['', 'ab', 'cd']);
    // fetch reports the cut as `TypeError: terminated` caused by "other side closed".
    expect(failure).toMatchObject({ message: 'terminated', cause: { message: 'other side closed' } });
  });

  it('sends an error event mid-stream, which the SDK raises as an APIError', async () => {
    const { client } = await start({
      script: {
        type: 'fail',
        mode: 'error-event',
        afterChunks: 2,
        text: 'abcdefgh',
        chunkSize: 4,
        message: 'Overloaded.',
      },
    });
    const stream = await client.chat.completions.create({ model: 'm', messages: hello, stream: true });
    const seen: string[] = [];
    const failure = await (async () => {
      for await (const chunk of stream) seen.push(chunk.choices[0]?.delta.content ?? '');
    })().catch((error: unknown) => error);
    expect(seen).toEqual(['', 'abcd']);
    expect(failure).toBeInstanceOf(OpenAI.APIError);
    expect(failure).toMatchObject({ message: 'Overloaded.', type: 'server_error' });
  });

  it('stalls after the first chunk, so a client timeout fires, and close() still returns promptly', async () => {
    const { upstream, client } = await start({ script: { type: 'stall' } });
    const plain = await client.chat.completions
      .create({ model: 'm', messages: hello }, { timeout: 150 })
      .catch((error: unknown) => error);
    expect(plain).toBeInstanceOf(OpenAI.APIConnectionTimeoutError);

    const controller = new AbortController();
    const res = await fetch(`${upstream.url}/chat/completions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ model: 'm', messages: hello, stream: true }),
      signal: controller.signal,
    });
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const reader = (res.body as ReadableStream<Uint8Array>).getReader();
    const first = new TextDecoder().decode((await reader.read()).value);
    expect(JSON.parse(ssePayloads(first)[0] ?? '')).toMatchObject({ choices: [{ delta: { role: 'assistant' } }] });
    const next = await Promise.race([
      reader.read(),
      new Promise((resolve) => setTimeout(() => resolve('silent'), 200)),
    ]);
    expect(next).toBe('silent');

    const closing = performance.now();
    await upstream.close();
    expect(performance.now() - closing).toBeLessThan(1000);
    controller.abort();
  });

  it('delays answers by the fixed delay plus the reply’s own, and paces chunks', async () => {
    const { client } = await start({
      delayMs: 60,
      script: { delayMs: 40, text: 'abc', chunkSize: 1, chunkDelayMs: 30 },
    });
    const begun = performance.now();
    const stream = await client.chat.completions.create({ model: 'm', messages: hello, stream: true });
    const arrivals: number[] = [];
    for await (const chunk of stream) if (chunk.choices[0]?.delta.content) arrivals.push(performance.now());
    expect((arrivals[0] ?? 0) - begun).toBeGreaterThanOrEqual(95);
    expect((arrivals[2] ?? 0) - (arrivals[0] ?? 0)).toBeGreaterThanOrEqual(55);
  });

  it('lists the configured models and answers embeddings (base64 by SDK default, or floats)', async () => {
    const { client, upstream } = await start({ models: ['gpt-a', 'gpt-b'], embeddingDimensions: 4 });
    const ids: string[] = [];
    for await (const model of client.models.list()) ids.push(model.id);
    expect(ids).toEqual(['gpt-a', 'gpt-b']);

    const decoded = await client.embeddings.create({ model: 'e', input: ['alpha', 'beta', 'alpha'] });
    const [alpha, beta, again] = decoded.data.map((item) => item.embedding);
    expect(alpha).toHaveLength(4);
    expect(Math.hypot(...(alpha ?? []))).toBeCloseTo(1, 5);
    expect(again).toEqual(alpha);
    expect(beta).not.toEqual(alpha);
    expect(upstream.requests.at(-1)?.body).toMatchObject({ encoding_format: 'base64' });

    const floats = await client.embeddings.create({
      model: 'e',
      input: 'alpha',
      encoding_format: 'float',
      dimensions: 4,
    });
    expect(floats.data[0]?.embedding).toEqual(alpha);
    expect(floats.usage).toEqual({ prompt_tokens: 2, total_tokens: 2 });
  });

  it('requires the API key when one is configured', async () => {
    const { client, upstream } = await start({ apiKey: 'sk-right' });
    const failure = await client.chat.completions.create({ model: 'm', messages: hello }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(OpenAI.AuthenticationError);
    expect(failure).toMatchObject({ code: 'invalid_api_key' });
    const allowed = new OpenAI({ apiKey: 'sk-right', baseURL: upstream.url, maxRetries: 0 });
    await expect(allowed.chat.completions.create({ model: 'm', messages: hello })).resolves.toBeTruthy();
  });
});

describe('startFakeOpenAiUpstream with fetch', () => {
  it('lets a script answer from the request', async () => {
    const { upstream } = await start({
      script: (request) => {
        const body = request.body as { messages: Array<{ content: string }> };
        return { text: `echo #${request.index}: ${body.messages.at(-1)?.content}` };
      },
    });
    const ask = (content: string) =>
      fetch(`${upstream.url}/chat/completions`, {
        method: 'POST',
        body: JSON.stringify({ model: 'm', messages: [{ role: 'user', content }] }),
      }).then((res) => res.json() as Promise<{ choices: Array<{ message: { content: string } }> }>);
    expect((await ask('one')).choices[0]?.message.content).toBe('echo #0: one');
    expect((await ask('two')).choices[0]?.message.content).toBe('echo #1: two');
  });

  it('streams exactly OpenAI’s event sequence', async () => {
    const { upstream } = await start({
      script: { text: 'Hi', toolCalls: [{ id: 'c1', name: 'f', arguments: '{"a":1}' }] },
    });
    const res = await fetch(`${upstream.url}/chat/completions`, {
      method: 'POST',
      body: JSON.stringify({ model: 'm', messages: hello, stream: true }),
    });
    const events = ssePayloads(await res.text());
    expect(events.at(-1)).toBe('[DONE]');
    const deltas = events.slice(0, -1).map((event) => JSON.parse(event).choices[0]);
    expect(deltas).toEqual([
      { index: 0, delta: { role: 'assistant', content: '', refusal: null }, logprobs: null, finish_reason: null },
      { index: 0, delta: { content: 'Hi' }, logprobs: null, finish_reason: null },
      {
        index: 0,
        delta: { tool_calls: [{ index: 0, id: 'c1', type: 'function', function: { name: 'f', arguments: '' } }] },
        logprobs: null,
        finish_reason: null,
      },
      {
        index: 0,
        delta: { tool_calls: [{ index: 0, function: { arguments: '{"a"' } }] },
        logprobs: null,
        finish_reason: null,
      },
      {
        index: 0,
        delta: { tool_calls: [{ index: 0, function: { arguments: ':1}' } }] },
        logprobs: null,
        finish_reason: null,
      },
      { index: 0, delta: {}, logprobs: null, finish_reason: 'tool_calls' },
    ]);
  });

  it('refuses bad requests in OpenAI’s error shape', async () => {
    const { upstream } = await start();
    const post = (path: string, body: string) => fetch(`${upstream.url}${path}`, { method: 'POST', body });
    const invalid = await post('/chat/completions', JSON.stringify({ model: 'm', messages: 'hi' }));
    expect(invalid.status).toBe(400);
    expect(await invalid.json()).toMatchObject({ error: { type: 'invalid_request_error', param: 'messages' } });
    const notJson = await post('/chat/completions', '{');
    expect(notJson.status).toBe(400);
    const unknown = await post('/completions', '{}');
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ error: { type: 'not_found_error' } });
  });

  it('keeps only the newest requests, counting all of them', async () => {
    const { upstream } = await start({ maxRecordedRequests: 3 });
    for (let i = 0; i < 7; i++) {
      await fetch(`${upstream.url}/chat/completions`, {
        method: 'POST',
        body: JSON.stringify({ model: `m${i}`, messages: hello }),
      }).then((res) => res.arrayBuffer());
    }
    expect(upstream.requestCount).toBe(7);
    expect(upstream.requests.map((request) => (request.body as { model: string }).model)).toEqual(['m4', 'm5', 'm6']);
  });
});
