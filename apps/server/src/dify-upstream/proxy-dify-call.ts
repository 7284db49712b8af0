import type { IncomingMessage } from 'node:http';
import { AppError, isAppError } from '@sigmacode/core';
import type { Action } from '@sigmacode/ledger';
import type { LoadedApp } from '../apps/find-app.js';
import { loadEffectivePolicy } from '../firewall/policy-store.js';
import { SSE_HEADERS } from '../http/sse-response.js';
import type { Principal } from '../identity/access/principal.js';
import { enforceRateLimits, recordTokenUsage } from '../pipeline/enforce-rate-limits.js';
import { guardTexts } from '../pipeline/guard-texts.js';
import { openMeteredCall } from '../pipeline/metered-call.js';
import type { PipelineDeps } from '../pipeline/pipeline-deps.js';
import { chargeOf, holdAmountOf, priceCall } from '../pipeline/price-call.js';
import { recordOutputThreat } from '../pipeline/record-output-threat.js';
import { type DifyStreamReport, guardDifyStream } from './guard-dify-stream.js';
import { difyResponseHeaders, openDifyRequest, readUpstreamText } from './open-dify-request.js';
import { readDifyUsage } from './read-dify-usage.js';
import { readSseFrames, type SseFrame } from './read-sse-frames.js';

/**
 * The model id under which operators price Dify usage (model prices); unpriced, a Dify call costs its action only.
 */
export const DIFY_PRICE_MODEL = 'dify/upstream';

/** The Dify endpoints that run the app, and so pass the whole pipeline. */
export type DifyRunEndpoint = 'chat-messages' | 'completion-messages' | 'workflows/run';

/** Worst-case answer length held for a metered Dify call (Dify does not tell its model's limit). */
const HOLD_MAX_TOKENS = 4_096;

function actionOf(endpoint: DifyRunEndpoint, mode: string): Action {
  if (endpoint === 'workflows/run') return 'workflow_run';
  return mode === 'agent-chat' ? 'agent_execution' : 'chat_message';
}

/** The texts of a request that reach Dify's model: the query and every string input. */
function inputTexts(body: Record<string, unknown>): Array<{ set: (text: string) => void; text: string }> {
  const texts: Array<{ set: (text: string) => void; text: string }> = [];
  if (typeof body.query === 'string' && body.query) {
    texts.push({ text: body.query, set: (text) => (body.query = text) });
  }
  const inputs = body.inputs;
  if (inputs && typeof inputs === 'object' && !Array.isArray(inputs)) {
    const record = inputs as Record<string, unknown>;
    for (const [key, value] of Object.entries(record)) {
      if (typeof value === 'string' && value) texts.push({ text: value, set: (text) => (record[key] = text) });
    }
  }
  return texts;
}

/** The answer texts of a blocking Dify answer: `answer`, or a workflow's string outputs. */
function outputTexts(answer: Record<string, unknown>): Array<{ set: (text: string) => void; text: string }> {
  const texts: Array<{ set: (text: string) => void; text: string }> = [];
  if (typeof answer.answer === 'string' && answer.answer) {
    texts.push({ text: answer.answer, set: (text) => (answer.answer = text) });
  }
  const outputs = (answer.data as { outputs?: unknown } | undefined)?.outputs;
  if (outputs && typeof outputs === 'object' && !Array.isArray(outputs)) {
    const record = outputs as Record<string, unknown>;
    for (const [key, value] of Object.entries(record)) {
      if (typeof value === 'string' && value) texts.push({ text: value, set: (text) => (record[key] = text) });
    }
  }
  return texts;
}

/**
 * Runs a Dify-backed app's chat message, completion or workflow through the whole pipeline: rate limits → price and
 * hold → input firewall (the query and string inputs; a redaction changes what Dify gets, a block means Dify is never
 * called) → Dify, with the request otherwise as the client sent it → output firewall (the streaming one on
 * `message`/`agent_message`/`text_chunk` events, forwarded unbuffered and byte for byte where it does not act) →
 * settle with the usage Dify reports (`message_end`, `workflow_finished`), or void when Dify refused or failed before
 * answering → records (usage, threat events, metrics). Dify's own errors reach the client unchanged.
 *
 * @example return proxyDifyCall({ deps, principal, app, endpoint: 'chat-messages', body, requestId, signal: c.req.raw.signal })
 */
export async function proxyDifyCall({
  deps,
  principal,
  app,
  endpoint,
  body,
  requestId,
  signal,
}: {
  deps: PipelineDeps;
  principal: Principal;
  app: LoadedApp;
  endpoint: DifyRunEndpoint;
  body: Record<string, unknown>;
  requestId: string;
  signal: AbortSignal;
}): Promise<Response> {
  const { db, ledger, logger, firewall, limiter, ai, box, metrics } = deps;
  const organizationId = principal.organizationId;
  const started = performance.now();
  const texts = inputTexts(body);
  const promptTokens = Math.ceil(texts.reduce((sum, item) => sum + item.text.length, 0) / 4);
  await enforceRateLimits({ limiter, limits: ai.rateLimits, principal, promptTokens });
  const action = actionOf(endpoint, app.row.mode);
  const price = await priceCall({ db, organizationId, action, model: DIFY_PRICE_MODEL });
  const call = await openMeteredCall({
    ledger,
    logger,
    organizationId,
    amount: holdAmountOf({ price, promptTokens, maxTokens: HOLD_MAX_TOKENS }),
    ttlMs: ai.upstreamTimeoutMs * 4 + 60_000,
    idempotencyKey: `call:${requestId}`,
    userId: principal.kind === 'user' ? principal.userId : principal.createdByUserId,
    apiKeyId: principal.kind === 'api_key' ? principal.keyId : null,
    appId: app.row.id,
    action,
    model: DIFY_PRICE_MODEL,
  });
  const context = { organizationId, appId: app.row.id, requestId, api: 'dify' };
  const upstream = new AbortController();
  const onClientGone = () => upstream.abort(new Error('client went away'));
  signal.addEventListener('abort', onClientGone, { once: true });
  let outcome: 'completed' | 'blocked' | 'failed' | 'aborted' | 'refused' = 'failed';
  const finish = (charged: bigint) => {
    signal.removeEventListener('abort', onClientGone);
    metrics.aiRequests.inc({ api: 'dify', outcome });
    metrics.upstreamSeconds.observe({ api: 'dify', outcome }, (performance.now() - started) / 1000);
    if (charged > 0n) metrics.tokensCharged.inc({ api: 'dify' }, Number(charged));
  };

  let policy: Awaited<ReturnType<typeof loadEffectivePolicy>>['policy'];
  let response: IncomingMessage;
  try {
    policy = (await loadEffectivePolicy({ db, organizationId, appId: app.row.id })).policy;
    const safe = await guardTexts({
      db,
      logger,
      metrics,
      firewall,
      policy,
      texts: texts.map((item) => ({ text: item.text, direction: 'input' as const })),
      context,
    });
    for (const [index, text] of safe.entries()) texts[index]?.set(text);
    response = await openDifyRequest({
      app,
      ai,
      box,
      request: {
        method: 'POST',
        path: `/${endpoint}`,
        headers: { 'content-type': 'application/json', accept: 'text/event-stream, application/json' },
        body: JSON.stringify(body),
        signal: upstream.signal,
      },
    });
  } catch (error) {
    const blocked = isAppError(error) && error.code === 'CONTENT_BLOCKED';
    outcome = blocked ? 'blocked' : 'refused';
    await call.void(blocked ? 'blocked by the firewall' : 'failed before output');
    finish(0n);
    throw error;
  }

  /** The output firewall on a whole answer's texts; true when it changed one (redacted in place). */
  const guardOutputs = async (answer: Record<string, unknown>): Promise<boolean> => {
    const outputs = outputTexts(answer);
    const safe = await guardTexts({
      db,
      logger,
      metrics,
      firewall,
      policy,
      texts: outputs.map((item) => ({ text: item.text, direction: 'output' as const })),
      context,
    });
    let changed = false;
    for (const [index, text] of safe.entries()) {
      const item = outputs[index];
      if (item && item.text !== text) {
        item.set(text);
        changed = true;
      }
    }
    return changed;
  };

  const status = response.statusCode ?? 502;
  if (status >= 400) {
    // Dify refused (bad input, its own quota, a missing conversation): its error, unchanged; nothing charged.
    const text = await readUpstreamText(response).catch(() => '');
    await call.void(`Dify answered ${status}`);
    outcome = 'refused';
    finish(0n);
    return new Response(text, { status, headers: difyResponseHeaders(response) });
  }

  const streaming = String(response.headers['content-type'] ?? '').includes('text/event-stream');
  if (!streaming) {
    let answer: Record<string, unknown>;
    let raw: string;
    try {
      raw = await readUpstreamText(response);
      answer = JSON.parse(raw) as Record<string, unknown>;
      const changed = await guardOutputs(answer);
      const charged = chargeOf({
        price,
        usage: readDifyUsage(answer) ?? { promptTokens, completionTokens: 0 },
        held: call.hold.amount,
      });
      await call.settle(charged);
      outcome = 'completed';
      finish(charged);
      metrics.timeToFirstToken.observe({ api: 'dify' }, (performance.now() - started) / 1000);
      return new Response(changed ? JSON.stringify(answer) : raw, { status, headers: difyResponseHeaders(response) });
    } catch (error) {
      const blocked = isAppError(error) && error.code === 'CONTENT_BLOCKED';
      outcome = blocked ? 'blocked' : 'failed';
      await call.void(blocked ? 'answer blocked by the firewall' : 'Dify answer unreadable');
      finish(0n);
      if (isAppError(error)) throw error;
      throw new AppError('UPSTREAM_FAILED', { message: 'Dify sent an answer that could not be read.', cause: error });
    }
  }

  const report: DifyStreamReport = {
    text: '',
    findings: [],
    scanMs: 0,
    redacted: false,
    usage: null,
    ended: false,
    failure: null,
  };
  let charged: bigint | null = null;
  let firstAt: number | null = null;
  const settle = async () => {
    if (charged !== null) return;
    charged = 0n;
    if (report.failure?.code === 'CONTENT_BLOCKED') {
      await call.void('answer blocked by the firewall');
    } else if (!report.ended && !report.text && firstAt === null) {
      await call.void('no output');
    } else {
      const usage = report.usage ?? { promptTokens, completionTokens: Math.ceil(report.text.length / 4) };
      charged = chargeOf({ price, usage, held: call.hold.amount });
      await call.settle(charged);
    }
  };
  const endEvent = endpoint === 'workflows/run' ? 'workflow_finished' : 'message_end';
  const onEnd = async (frame: SseFrame): Promise<string> => {
    let raw = frame.raw;
    if (endEvent === 'workflow_finished' && frame.data) {
      // The workflow's final outputs repeat the streamed text: they pass the firewall too.
      if (await guardOutputs(frame.data)) raw = `data: ${JSON.stringify(frame.data)}\n\n`;
    }
    await settle();
    return raw;
  };

  const encoder = new TextEncoder();
  const texts$ = guardDifyStream({
    frames: readSseFrames(response as AsyncIterable<Uint8Array>),
    options: { policy },
    report,
    endEvent,
    onEnd,
  });
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    if (!report.ended) upstream.abort(new Error('stream ended'));
    response.destroy();
    outcome = report.failure
      ? report.failure.code === 'CONTENT_BLOCKED'
        ? 'blocked'
        : 'failed'
      : report.ended
        ? 'completed'
        : signal.aborted
          ? 'aborted'
          : 'failed';
    await settle().catch((error: unknown) => logger.error({ err: error }, 'could not settle a Dify call'));
    const usage = report.usage ?? { promptTokens, completionTokens: Math.ceil(report.text.length / 4) };
    await recordTokenUsage({ limiter, principal, tokens: usage.completionTokens }).catch(() => {});
    metrics.firewallSeconds.observe({ direction: 'output' }, report.scanMs / 1000);
    await recordOutputThreat({ deps, context, report, policy }).catch((error: unknown) =>
      logger.error({ err: error }, 'could not store a threat event'),
    );
    finish(charged ?? 0n);
  };
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await texts$.next();
        if (next.done) {
          await close();
          controller.close();
          return;
        }
        if (firstAt === null) {
          firstAt = performance.now();
          metrics.timeToFirstToken.observe({ api: 'dify' }, (firstAt - started) / 1000);
        }
        controller.enqueue(encoder.encode(next.value));
      } catch (error) {
        // Dify's connection broke mid-stream: the answer so far stands and is settled; the client gets Dify's
        // error event shape.
        report.failure ??= new AppError('UPSTREAM_FAILED', { message: 'Dify stopped answering.', cause: error });
        if (!signal.aborted) {
          controller.enqueue(
            encoder.encode(
              `data: ${JSON.stringify({ event: 'error', status: 502, code: 'upstream_failed', message: report.failure.message })}\n\n`,
            ),
          );
        }
        await close();
        controller.close();
      }
    },
    async cancel() {
      await texts$.return(undefined).catch(() => {});
      await close();
    },
  });
  return new Response(stream, {
    status,
    headers: SSE_HEADERS,
  });
}
