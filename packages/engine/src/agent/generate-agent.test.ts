import { describe, expect, it } from 'vitest';
import { createEchoModel } from '../echo/create-echo-model.js';
import { createBuiltinTools } from '../tools/create-builtin-tools.js';
import { generateAgent } from './generate-agent.js';

describe('generateAgent', () => {
  it('answers in one piece, as the parts a stream would end with', async () => {
    const parts = await generateAgent({
      model: createEchoModel(),
      messages: [{ role: 'user', content: 'hello world' }],
      maxSteps: 1,
    });
    expect(parts.filter((part) => part.type === 'text-delta')).toEqual([
      { type: 'text-delta', id: '0', text: 'Echo: hello world' },
    ]);
    expect(parts.at(-1)).toMatchObject({ type: 'finish', finishReason: 'stop' });
  });

  it('runs the tool loop and lets the hook see each result', async () => {
    const seen: string[] = [];
    const parts = await generateAgent({
      model: createEchoModel(),
      messages: [{ role: 'user', content: '/tool calculator {"expression":"6*7"}' }],
      tools: createBuiltinTools({ only: ['calculator'] }),
      maxSteps: 3,
      onToolResult: ({ text }) => {
        seen.push(text);
        return undefined;
      },
    });
    expect(seen.join()).toContain('42');
    expect(parts.map((part) => part.type)).toEqual(['tool-call', 'tool-result', 'text-delta', 'finish']);
  });
});
