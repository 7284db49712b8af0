import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ToolSet } from 'ai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAgent } from '../agent/run-agent.js';
import { createEchoModel } from '../echo/create-echo-model.js';
import { createBuiltinTools } from './create-builtin-tools.js';

let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url === '/page') {
      response
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end(
          '<html><head><title>Local page</title><script>x()</script></head><body><h1>Hello</h1><p>World</p></body></html>',
        );
    } else if (request.url === '/image') {
      response.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    } else {
      response
        .writeHead(201, { 'content-type': 'application/json' })
        .end(JSON.stringify({ ok: true, method: request.method }));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

async function execute(tools: ToolSet, name: string, input: unknown): Promise<unknown> {
  const execute = tools[name]?.execute;
  if (!execute) throw new Error(`${name} has no execute`);
  return execute(input as never, { toolCallId: 't1', messages: [] });
}

describe('createBuiltinTools', () => {
  it('offers the four built-in tools, or only those asked for', () => {
    expect(Object.keys(createBuiltinTools())).toEqual(['http_request', 'web_page', 'current_time', 'calculator']);
    expect(Object.keys(createBuiltinTools({ only: ['calculator'] }))).toEqual(['calculator']);
    expect(() => createBuiltinTools({ only: ['shell'] })).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });

  it('calculates and tells the time', async () => {
    const tools = createBuiltinTools({ now: () => new Date('2025-07-01T12:00:00Z') });
    expect(await execute(tools, 'calculator', { expression: '0.1 + 0.2' })).toEqual({
      expression: '0.1 + 0.2',
      result: 0.3,
    });
    expect(await execute(tools, 'current_time', { timeZone: 'Asia/Tokyo' })).toMatchObject({
      local: '2025-07-01T21:00:00+09:00',
    });
  });

  it('sends HTTP requests to allowlisted hosts and refuses private ones', async () => {
    const allowed = createBuiltinTools({ allowHosts: ['127.0.0.1'] });
    expect(await execute(allowed, 'http_request', { url: `${base}/api`, method: 'POST', body: '{}' })).toEqual({
      url: `${base}/api`,
      status: 201,
      contentType: 'application/json',
      body: '{"ok":true,"method":"POST"}',
      truncated: false,
    });
    await expect(execute(createBuiltinTools(), 'http_request', { url: `${base}/api` })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('reads web pages as text and refuses other content', async () => {
    const tools = createBuiltinTools({ allowHosts: ['127.0.0.1'] });
    expect(await execute(tools, 'web_page', { url: `${base}/page`, maxChars: 500 })).toEqual({
      url: `${base}/page`,
      status: 200,
      title: 'Local page',
      text: '# Hello\n\nWorld',
      truncated: false,
    });
    await expect(execute(tools, 'web_page', { url: `${base}/image`, maxChars: 500 })).rejects.toMatchObject({
      code: 'UNSUPPORTED_MEDIA_TYPE',
    });
  });

  it('works in the agent loop with the echo model', async () => {
    const run = runAgent({
      model: createEchoModel(),
      messages: [{ role: 'user', content: '/tool calculator {"expression":"6 * 7"}' }],
      tools: createBuiltinTools(),
      maxSteps: 3,
    });
    expect(await run.text).toBe('Tool calculator returned: {"expression":"6 * 7","result":42}');
  });

  it('lets the AI SDK reject tool input that breaks the schema, before any request', async () => {
    const run = runAgent({
      model: createEchoModel(),
      messages: [{ role: 'user', content: '/tool http_request {"url":"file:///etc/passwd"}' }],
      tools: createBuiltinTools(),
      maxSteps: 1,
    });
    const errors: string[] = [];
    for await (const part of run.fullStream) if (part.type === 'tool-error') errors.push(String(part.error));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/Invalid input/i);
  });
});
