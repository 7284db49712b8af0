import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request the fake Dify received. */
export interface FakeDifyRequest {
  method: string;
  path: string;
  authorization: string | undefined;
  contentType: string | undefined;
  body: string;
}

/** The usage every fake answer reports in `message_end` (Dify 1.12's shape). */
export const FAKE_DIFY_USAGE = {
  prompt_tokens: 120,
  prompt_unit_price: '0.15',
  prompt_price_unit: '0.000001',
  prompt_price: '0.000018',
  completion_tokens: 480,
  completion_unit_price: '0.6',
  completion_price_unit: '0.000001',
  completion_price: '0.000288',
  total_tokens: 600,
  total_price: '0.000306',
  currency: 'USD',
  latency: 0.42,
};

const IDS = {
  task_id: 'c3800678-a077-43df-a102-53f23ed20b88',
  message_id: '9da23599-e713-473b-982c-4328d4f5c78a',
  conversation_id: '45701982-8118-4bc5-8e9b-64562b4555f2',
};

/** A `data:` frame exactly as Dify writes it. */
function frame(payload: Record<string, unknown>): string {
  return `data: ${JSON.stringify(payload)}\n\n`;
}

/** The frames of a streamed chat answer made of `chunks`, then `message_end`. */
export function chatFrames(chunks: readonly string[], event = 'message'): string[] {
  const created_at = 1705407629;
  return [
    ...chunks.map((answer) => frame({ event, ...IDS, id: IDS.message_id, answer, created_at })),
    frame({
      event: 'message_end',
      ...IDS,
      id: IDS.message_id,
      metadata: { usage: FAKE_DIFY_USAGE, retriever_resources: [] },
      files: null,
    }),
  ];
}

/** The frames of a streamed workflow run whose answer node streams `chunks`. */
export function workflowFrames(chunks: readonly string[]): string[] {
  const run = { task_id: IDS.task_id, workflow_run_id: 'fa4fd7a9-a1e1-4bba-8ae5-0b1de7a3c2b1' };
  const text = chunks.join('');
  return [
    frame({
      event: 'workflow_started',
      ...run,
      data: { id: run.workflow_run_id, workflow_id: 'wf-1', created_at: 1705407629 },
    }),
    frame({
      event: 'node_started',
      ...run,
      data: { id: 'n-1', node_id: 'llm', node_type: 'llm', title: 'LLM', index: 1, created_at: 1705407629 },
    }),
    ...chunks.map((piece) =>
      frame({ event: 'text_chunk', ...run, data: { text: piece, from_variable_selector: ['llm', 'text'] } }),
    ),
    frame({
      event: 'node_finished',
      ...run,
      data: { id: 'n-1', node_id: 'llm', index: 1, status: 'succeeded', elapsed_time: 0.3, created_at: 1705407629 },
    }),
    frame({
      event: 'workflow_finished',
      ...run,
      data: {
        id: run.workflow_run_id,
        workflow_id: 'wf-1',
        status: 'succeeded',
        outputs: { text },
        elapsed_time: 0.5,
        total_tokens: 300,
        total_steps: 3,
        created_at: 1705407629,
        finished_at: 1705407630,
      },
    }),
  ];
}

async function readAll(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks).toString('latin1');
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
}

/** Writes frames one by one with a short pause, so they arrive as separate chunks. */
async function sendFrames(response: ServerResponse, frames: readonly string[], pauseMs = 5): Promise<void> {
  response.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache' });
  for (const text of frames) {
    if (response.destroyed) return;
    response.write(text);
    await new Promise((resolve) => setTimeout(resolve, pauseMs));
  }
  response.end();
}

/**
 * A local stand-in for a Dify 1.12 app's Service API that replays Dify-shaped answers. What it does depends on the
 * query: `fail-before` → 400 `invalid_param` before any stream; `fail-inside` → one chunk, then Dify's `error` event;
 * `secret` → an answer whose AWS key is split across chunks; `ping` → a `event: ping` between chunks; anything else →
 * "Hello from Dify." in three chunks. `workflows/run` streams a workflow; `parameters`, `messages`, `files/upload` and
 * the rest answer as Dify does. Every request is logged, with its Authorization header, in `requests`.
 *
 * @example const dify = await startFakeDifyUpstream(); … dify.requests; await dify.close()
 */
export async function startFakeDifyUpstream({ key = 'app-upstream-key-0001' }: { key?: string } = {}) {
  const requests: FakeDifyRequest[] = [];
  /** The exact text of the last streamed answer, for byte comparisons. */
  const sent: { stream: string } = { stream: '' };
  const server = createServer(async (request, response) => {
    const body = await readAll(request);
    const path = (request.url ?? '/').replace(/^\/v1/, '').replace(/\?.*$/, '');
    requests.push({
      method: request.method ?? '',
      path,
      authorization: request.headers.authorization,
      contentType: request.headers['content-type'],
      body,
    });
    if (request.headers.authorization !== `Bearer ${key}`) {
      sendJson(response, 401, { code: 'unauthorized', message: 'Access token is invalid', status: 401 });
      return;
    }
    const json = (() => {
      try {
        return JSON.parse(body) as Record<string, unknown>;
      } catch {
        return {};
      }
    })();
    const query = String(json.query ?? (json.inputs as Record<string, unknown> | undefined)?.query ?? '');
    if (request.method === 'POST' && (path === '/chat-messages' || path === '/completion-messages')) {
      if (query.includes('fail-before')) {
        sendJson(response, 400, { code: 'invalid_param', message: 'Conversation Not Exists.', status: 400 });
        return;
      }
      const chunks = query.includes('secret')
        ? ['Your key is AKIAZ7VR', 'SQ5TJN2XKQ3P and that', ' is all.']
        : ['Hello', ' from', ' Dify.'];
      if (json.response_mode !== 'streaming') {
        sendJson(response, 200, {
          event: 'message',
          ...IDS,
          id: IDS.message_id,
          mode: 'chat',
          answer: chunks.join(''),
          metadata: { usage: FAKE_DIFY_USAGE, retriever_resources: [] },
          created_at: 1705407629,
        });
        return;
      }
      let frames = chatFrames(chunks);
      if (query.includes('fail-inside')) {
        frames = [
          ...chatFrames(['Partial']).slice(0, 1),
          frame({ event: 'error', ...IDS, status: 500, code: 'completion_request_error', message: 'model overloaded' }),
        ];
      }
      if (query.includes('ping')) frames = [frames[0] as string, 'event: ping\n\n', ...frames.slice(1)];
      sent.stream = frames.join('');
      await sendFrames(response, frames);
      return;
    }
    if (request.method === 'POST' && path === '/workflows/run') {
      const frames = workflowFrames(['Workflow ', 'done.']);
      sent.stream = frames.join('');
      await sendFrames(response, frames);
      return;
    }
    if (request.method === 'GET' && path === '/parameters') {
      sendJson(response, 200, {
        opening_statement: 'Hello from the Dify app',
        suggested_questions: ['What can you do?'],
        user_input_form: [],
        file_upload: { image: { enabled: false } },
        system_parameters: { file_size_limit: 15, image_file_size_limit: 10 },
      });
      return;
    }
    if (request.method === 'POST' && path === '/files/upload') {
      sendJson(response, 201, {
        id: '72fa9618-8f89-4a37-9b33-7e1178a24a67',
        name: 'notes.txt',
        size: body.length,
        extension: 'txt',
        mime_type: 'text/plain',
        created_by: 'user-1',
        created_at: 1705407629,
      });
      return;
    }
    if (request.method === 'DELETE' && path.startsWith('/conversations/')) {
      response.writeHead(204);
      response.end();
      return;
    }
    if (request.method === 'GET' && path.startsWith('/messages')) {
      sendJson(response, 200, { limit: 20, has_more: false, data: [] });
      return;
    }
    sendJson(response, 404, { code: 'not_found', message: 'Not found', status: 404 });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    key,
    requests,
    sent,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
