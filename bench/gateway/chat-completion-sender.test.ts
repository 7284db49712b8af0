import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type FakeOpenAiUpstream,
  startFakeOpenAiUpstream,
} from '../../apps/server/src/testing/fake-openai-upstream/index.js';
import { type ChatTarget, createChatCompletionSender } from './chat-completion-sender.js';

describe('createChatCompletionSender', () => {
  let upstream: FakeOpenAiUpstream;
  let target: ChatTarget;
  const text = 'A whole answer, streamed in small pieces.';

  beforeAll(async () => {
    upstream = await startFakeOpenAiUpstream({ apiKey: 'sk-test', script: { text, chunkSize: 5 } });
    target = {
      name: 'direct',
      url: `${upstream.url}/chat/completions`,
      headers: { authorization: 'Bearer sk-test' },
      model: 'bench-model',
    };
  });
  afterAll(() => upstream.close());

  it('sends the chat completion and accepts a whole JSON answer', async () => {
    const sender = createChatCompletionSender({ target, stream: false, prompt: 'Hi?', expectedText: text });
    const result = await sender.send();
    sender.close();
    expect(result.ok).toBe(true);
    expect(result.ms).toBeGreaterThan(0);
    const request = upstream.requests.at(-1);
    expect(request?.body).toEqual({ model: 'bench-model', messages: [{ role: 'user', content: 'Hi?' }] });
  });

  it('asks for a stream with usage and reads it to [DONE]', async () => {
    const sender = createChatCompletionSender({ target, stream: true, prompt: 'Hi?', expectedText: text });
    const results = [await sender.send(), await sender.send()];
    sender.close();
    expect(results.every((result) => result.ok)).toBe(true);
    expect(upstream.requests.at(-1)?.body).toMatchObject({ stream: true, stream_options: { include_usage: true } });
  });

  it('fails an answer with other text, a stream cut short, an HTTP error and a refused connection', async () => {
    const wrongText = createChatCompletionSender({ target, stream: false, prompt: 'Hi?', expectedText: 'other' });
    expect(await wrongText.send()).toMatchObject({ ok: false, error: 'bad answer' });
    wrongText.close();

    upstream.setScript({ type: 'fail', afterChunks: 2, mode: 'error-event', text });
    const cut = createChatCompletionSender({ target, stream: true, prompt: 'Hi?', expectedText: text });
    expect(await cut.send()).toMatchObject({ ok: false, error: 'bad answer' });
    cut.close();

    upstream.setScript({ type: 'error', status: 500 });
    const failing = createChatCompletionSender({ target, stream: false, prompt: 'Hi?', expectedText: text });
    expect(await failing.send()).toMatchObject({ ok: false, error: 'HTTP 500' });
    failing.close();
    upstream.setScript({ text, chunkSize: 5 });

    const nowhere = createChatCompletionSender({
      target: { ...target, url: 'http://127.0.0.1:1/v1/chat/completions' },
      stream: false,
      prompt: 'Hi?',
      expectedText: text,
    });
    expect(await nowhere.send()).toMatchObject({ ok: false, error: 'ECONNREFUSED' });
    nowhere.close();
  });

  it('gives up on an answer that does not come within the timeout', async () => {
    upstream.setScript({ type: 'stall', text });
    const sender = createChatCompletionSender({
      target,
      stream: false,
      prompt: 'Hi?',
      expectedText: text,
      timeoutMs: 100,
    });
    expect(await sender.send()).toMatchObject({ ok: false, error: 'timeout' });
    sender.close();
    upstream.setScript({ text, chunkSize: 5 });
  });
});
