import { AppError } from '@sigmacode/core';
import { generateText, jsonSchema, streamText, tool } from 'ai';
import { describe, expect, it } from 'vitest';
import type { LanguageModelV3CallOptions, LanguageModelV3StreamPart } from '../model-types.js';
import { createEchoModel } from './create-echo-model.js';

function userPrompt(text: string): LanguageModelV3CallOptions['prompt'] {
  return [{ role: 'user', content: [{ type: 'text', text }] }];
}

async function collect(stream: ReadableStream<LanguageModelV3StreamPart>): Promise<LanguageModelV3StreamPart[]> {
  const parts: LanguageModelV3StreamPart[] = [];
  for await (const part of stream) parts.push(part);
  return parts;
}

const calculatorTool = {
  type: 'function' as const,
  name: 'calculator',
  inputSchema: { type: 'object' as const, properties: { expression: { type: 'string' as const } } },
};

describe('createEchoModel — doStream', () => {
  it('streams "Echo: <last user message>" in chunks of a few words, with usage of ceil(chars / 4)', async () => {
    const model = createEchoModel({ wordsPerChunk: 2 });
    const prompt: LanguageModelV3CallOptions['prompt'] = [
      { role: 'system', content: 'Be brief.' },
      { role: 'user', content: [{ type: 'text', text: 'first' }] },
      { role: 'assistant', content: [{ type: 'text', text: 'Echo: first' }] },
      { role: 'user', content: [{ type: 'text', text: 'one two three four five' }] },
    ];
    const parts = await collect((await model.doStream({ prompt })).stream);
    const deltas = parts.flatMap((part) => (part.type === 'text-delta' ? [part.delta] : []));
    expect(deltas).toEqual(['Echo: one ', 'two three ', 'four five']);
    const finish = parts.at(-1);
    expect(finish?.type).toBe('finish');
    if (finish?.type !== 'finish') return;
    expect(finish.finishReason.unified).toBe('stop');
    const promptChars = 'Be brief.'.length + 'first'.length + 'Echo: first'.length + 'one two three four five'.length;
    expect(finish.usage.inputTokens.total).toBe(Math.ceil(promptChars / 4));
    expect(finish.usage.outputTokens.total).toBe(Math.ceil('Echo: one two three four five'.length / 4));
    expect(parts.map((part) => part.type).slice(0, 3)).toEqual(['stream-start', 'response-metadata', 'text-start']);
  });

  it('gives the same answer every time', async () => {
    const model = createEchoModel();
    const texts = await Promise.all(
      [1, 2, 3].map(async () => {
        const parts = await collect((await model.doStream({ prompt: userPrompt('same input') })).stream);
        return parts.flatMap((part) => (part.type === 'text-delta' ? [part.delta] : [])).join('');
      }),
    );
    expect(new Set(texts)).toEqual(new Set(['Echo: same input']));
  });

  it('cuts the answer at maxOutputTokens and says finish reason length', async () => {
    const model = createEchoModel();
    const parts = await collect(
      (await model.doStream({ prompt: userPrompt('a fairly long message here'), maxOutputTokens: 3 })).stream,
    );
    const text = parts.flatMap((part) => (part.type === 'text-delta' ? [part.delta] : [])).join('');
    expect(text).toBe('Echo: a fair');
    const finish = parts.at(-1);
    expect(finish?.type === 'finish' && finish.finishReason.unified).toBe('length');
    expect(finish?.type === 'finish' && finish.usage.outputTokens.total).toBe(3);
  });

  it('stops with the abort reason when the signal fires mid-stream', async () => {
    const model = createEchoModel({ chunkDelayMs: 20, wordsPerChunk: 1 });
    const controller = new AbortController();
    const { stream } = await model.doStream({
      prompt: userPrompt('many words that take a while to stream out'),
      abortSignal: controller.signal,
    });
    const reader = stream.getReader();
    const seen: string[] = [];
    const reason = new Error('client went away');
    const reading = (async () => {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return 'done';
        if (value.type === 'text-delta') {
          seen.push(value.delta);
          if (seen.length === 2) controller.abort(reason);
        }
      }
    })();
    await expect(reading).rejects.toBe(reason);
    expect(seen).toHaveLength(2);
  });

  it('refuses to start when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort(new Error('too late'));
    await expect(
      createEchoModel().doStream({ prompt: userPrompt('x'), abortSignal: controller.signal }),
    ).rejects.toThrow('too late');
  });

  it('calls an offered tool on /tool <name> <json-args>', async () => {
    const model = createEchoModel();
    const parts = await collect(
      (
        await model.doStream({
          prompt: userPrompt('please\n/tool calculator {"expression":"6*7"}'),
          tools: [calculatorTool],
        })
      ).stream,
    );
    const call = parts.find((part) => part.type === 'tool-call');
    expect(call).toEqual({
      type: 'tool-call',
      toolCallId: 'echo-call-1',
      toolName: 'calculator',
      input: '{"expression":"6*7"}',
    });
    const finish = parts.at(-1);
    expect(finish?.type === 'finish' && finish.finishReason.unified).toBe('tool-calls');
  });

  it('answers in text when the tool is not offered or tool choice is none', async () => {
    const model = createEchoModel();
    for (const options of [
      { prompt: userPrompt('/tool weather {}') },
      { prompt: userPrompt('/tool calculator {}'), tools: [calculatorTool], toolChoice: { type: 'none' as const } },
    ]) {
      const parts = await collect((await model.doStream(options)).stream);
      expect(parts.some((part) => part.type === 'tool-call')).toBe(false);
      const text = parts.flatMap((part) => (part.type === 'text-delta' ? [part.delta] : [])).join('');
      expect(text).toMatch(/^Echo: no such tool offered: /);
    }
  });

  it('quotes the tool result after a tool message', async () => {
    const model = createEchoModel();
    const prompt: LanguageModelV3CallOptions['prompt'] = [
      ...userPrompt('/tool calculator {"expression":"6*7"}'),
      {
        role: 'assistant',
        content: [
          { type: 'tool-call', toolCallId: 'echo-call-1', toolName: 'calculator', input: { expression: '6*7' } },
        ],
      },
      {
        role: 'tool',
        content: [
          {
            type: 'tool-result',
            toolCallId: 'echo-call-1',
            toolName: 'calculator',
            output: { type: 'json', value: 42 },
          },
        ],
      },
    ];
    const result = await model.doGenerate({ prompt, tools: [calculatorTool] });
    expect(result.content).toEqual([{ type: 'text', text: 'Tool calculator returned: 42' }]);
  });

  it('fails before any output on /fail', async () => {
    const error = await Promise.resolve(createEchoModel().doStream({ prompt: userPrompt('/fail') })).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('UPSTREAM_FAILED');
  });

  it('emits n chunks, then an error part and finish reason error, on /fail-after <n>', async () => {
    const model = createEchoModel({ wordsPerChunk: 1 });
    const parts = await collect((await model.doStream({ prompt: userPrompt('/fail-after 2 more words here') })).stream);
    const deltas = parts.flatMap((part) => (part.type === 'text-delta' ? [part.delta] : []));
    expect(deltas).toEqual(['Echo: ', '/fail-after ']);
    const error = parts.find((part) => part.type === 'error');
    expect(error?.type === 'error' && (error.error as AppError).code).toBe('UPSTREAM_FAILED');
    const finish = parts.at(-1);
    expect(finish?.type === 'finish' && finish.finishReason.unified).toBe('error');
  });
});

describe('createEchoModel — doGenerate', () => {
  it('answers with text, tool calls, and the same failures', async () => {
    const model = createEchoModel();
    const text = await model.doGenerate({ prompt: userPrompt('hi') });
    expect(text.content).toEqual([{ type: 'text', text: 'Echo: hi' }]);
    expect(text.usage.outputTokens.total).toBe(2);

    const call = await model.doGenerate({ prompt: userPrompt('/tool calculator'), tools: [calculatorTool] });
    expect(call.content).toEqual([
      { type: 'tool-call', toolCallId: 'echo-call-1', toolName: 'calculator', input: '{}' },
    ]);
    expect(call.finishReason.unified).toBe('tool-calls');

    await expect(model.doGenerate({ prompt: userPrompt('/fail-after 1') })).rejects.toThrow(/on purpose/);
  });
});

describe('createEchoModel with the AI SDK', () => {
  it('works with streamText', async () => {
    const result = streamText({ model: createEchoModel(), prompt: 'hello from the SDK' });
    expect(await result.text).toBe('Echo: hello from the SDK');
    expect((await result.usage).outputTokens).toBe(Math.ceil('Echo: hello from the SDK'.length / 4));
  });

  it('runs a tool loop with generateText', async () => {
    const result = await generateText({
      model: createEchoModel(),
      prompt: '/tool add {"a":2,"b":3}',
      tools: {
        add: tool({
          inputSchema: jsonSchema<{ a: number; b: number }>({
            type: 'object',
            properties: { a: { type: 'number' }, b: { type: 'number' } },
            required: ['a', 'b'],
          }),
          execute: async ({ a, b }) => a + b,
        }),
      },
      stopWhen: ({ steps }) => steps.length >= 3,
    });
    expect(result.steps).toHaveLength(2);
    expect(result.text).toBe('Tool add returned: 5');
  });

  it('surfaces /fail as an error of the stream', async () => {
    const errors: unknown[] = [];
    const result = streamText({
      model: createEchoModel(),
      prompt: '/fail',
      onError: ({ error }) => {
        errors.push(error);
      },
    });
    const types: string[] = [];
    for await (const part of result.fullStream) types.push(part.type);
    expect(types).toContain('error');
    expect(errors).toEqual([expect.objectContaining({ code: 'UPSTREAM_FAILED' })]);
  });
});
