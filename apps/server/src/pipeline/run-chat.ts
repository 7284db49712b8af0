import { AppError, isAppError } from '@sigmacode/core';
import type { SamplingSettings } from '@sigmacode/engine';
import type { Policy } from '@sigmacode/firewall';
import type { Action } from '@sigmacode/ledger';
import type { ModelMessage, TextStreamPart, ToolChoice, ToolSet } from 'ai';
import { type ResolvedModel, resolveLanguageModel } from '../ai/resolve-language-model.js';
import type { Principal } from '../identity/access/principal.js';
import { enforceRateLimits, recordTokenUsage } from './enforce-rate-limits.js';
import { estimatePromptTokens } from './estimate-tokens.js';
import { guardMessages } from './guard-messages.js';
import { guardOutputParts, type OutputGuardReport } from './guard-output-parts.js';
import { countFindings, guardTexts } from './guard-texts.js';
import { type MeteredCall, openMeteredCall } from './metered-call.js';
import type { PipelineDeps } from './pipeline-deps.js';
import { chargeOf, holdAmountOf, priceCall, type TokenUsage } from './price-call.js';
import { recordOutputThreat } from './record-output-threat.js';
import { recordToolCall } from './record-tool-call.js';
import { startModelStream } from './start-model-stream.js';

type Part = TextStreamPart<ToolSet>;

/** One AI call as every API hands it to the pipeline. */
export interface ChatRequest {
  principal: Principal;
  /** Which API it came through: `openai`, `dify`, `console`. */
  api: string;
  requestId: string;
  appId: string | null;
  /** The policy in force (the app's or the organization's). */
  policy: Policy;
  /** The model, then the fallbacks tried when it fails before answering. */
  modelIds: readonly string[];
  system?: string | undefined;
  messages: readonly ModelMessage[];
  /**
   * Leading `messages` the caller has already passed through the input firewall for this call (a kept conversation's
   * history, see buildMemory); the pipeline checks the rest.
   */
  checkedMessages?: number;
  /** Client tools (no `execute`: their calls are returned) or server tools (run by the agent loop). */
  tools?: ToolSet | undefined;
  toolChoice?: ToolChoice<ToolSet> | undefined;
  maxSteps: number;
  maxOutputTokens?: number | undefined;
  settings?: SamplingSettings;
  allowSystemInMessages?: boolean;
  /** False when the answer is sent in one piece: the model is called without streaming (less CPU). Default true. */
  stream?: boolean;
  action: Action;
  /** The client's signal: a disconnect aborts the upstream call and settles for what was produced. */
  signal: AbortSignal;
}

/** How a call ended. */
export interface ChatOutcome {
  status: 'completed' | 'blocked' | 'failed' | 'aborted';
  text: string;
  usage: TokenUsage;
  /** Platform tokens charged (0 when voided). */
  charged: bigint;
  /** The output firewall replaced parts of the answer (in enforce mode) before they left. */
  redacted: boolean;
  /** The input firewall replaced parts of the prompt (e.g. a secret or personal data) before the model saw it. */
  inputRedacted: boolean;
  error?: AppError;
}

/** A call that has passed the input checks and started answering. */
export interface ChatCall {
  model: ResolvedModel;
  /** The answer's parts after the output firewall. Read them to the end (or stop: that aborts the upstream). */
  parts: AsyncIterable<Part>;
  /** Resolves once the parts are done: charged, recorded. */
  outcome: Promise<ChatOutcome>;
}

/** Output scanner windows for answers sent in one piece: a scan per megabyte of answer, not per 128 characters. */
const ONE_PIECE_SCAN = { scanStep: 1 << 20, maxHold: 1 << 24 } as const;

/** Answers longer than this are not worth holding tokens for by default (unknown model limits). */
const DEFAULT_MAX_OUTPUT_TOKENS = 4_096;

/**
 * The one pipeline every AI call passes, whatever API it came through: rate limits → price and hold → input
 * firewall → the model (with fallbacks and timeouts) → output firewall on the stream → settle (or void) → records.
 * Everything before the first answer part throws (so the API can answer with a proper status: 402, 403, 429, 502);
 * after that, failures arrive as an `error` part in `parts`.
 *
 * Money: a blocked request and a call that fails before any output are voided (cost nothing); a completed,
 * failed-midway or abandoned call is settled for what was produced — the action's price plus, for a metered model,
 * its usage (reported, or estimated when the stream was cut) — never more than the hold.
 *
 * @example
 * const call = await runChat(deps, request)
 * for await (const part of call.parts) send(part)
 */
export async function runChat(deps: PipelineDeps, request: ChatRequest): Promise<ChatCall> {
  const { db, ledger, logger, firewall, limiter, ai, box, metrics } = deps;
  const requestStarted = performance.now();
  try {
    return await startChat();
  } catch (error) {
    metrics.aiRequests.inc({
      api: request.api,
      outcome: isAppError(error) && error.code === 'CONTENT_BLOCKED' ? 'blocked' : 'refused',
    });
    throw error;
  }

  async function startChat(): Promise<ChatCall> {
    const { principal } = request;
    const organizationId = principal.organizationId;
    const promptTokens = estimatePromptTokens({ system: request.system, messages: request.messages });
    await enforceRateLimits({ limiter, limits: ai.rateLimits, principal, promptTokens });

    const loaders = request.modelIds.map((id) => () => resolveLanguageModel({ db, box, ai, organizationId, id }));
    // The primary model is resolved up front: an unknown or unconfigured model is the caller's error, not a fallback.
    const primary = await (loaders[0] as () => Promise<ResolvedModel>)();
    const price = await priceCall({ db, organizationId, action: request.action, model: primary.id });
    const maxOutputTokens = request.maxOutputTokens ?? primary.maxOutputTokens ?? DEFAULT_MAX_OUTPUT_TOKENS;
    const held = holdAmountOf({ price, promptTokens, maxTokens: maxOutputTokens });
    const apiKeyId = principal.kind === 'api_key' ? principal.keyId : null;
    const userId = principal.kind === 'user' ? principal.userId : principal.createdByUserId;
    // Calls without server tools (nothing runs on the tenant's behalf before the answer) whose balance is ample start
    // the model while the hold is written; the answer waits for the hold either way (see createHoldAhead).
    const ticket = request.tools ? null : (deps.holdAhead?.admit({ organizationId, amount: held }) ?? null);
    const holding = openMeteredCall({
      ledger,
      logger,
      organizationId,
      amount: held,
      ttlMs: ai.upstreamTimeoutMs * 4 + 60_000,
      idempotencyKey: `call:${request.requestId}`,
      userId,
      apiKeyId,
      appId: request.appId,
      action: request.action,
      model: primary.id,
    });
    let refusal: unknown = null;
    const placed = holding.then(
      (metered) => metered,
      (error: unknown) => {
        refusal = error;
        return null;
      },
    );
    void placed.then((metered) => ticket?.release({ refused: metered === null }));
    const call = ticket ? null : await placed;
    if (!ticket && !call) throw refusal;
    const threatContext = { organizationId, appId: request.appId, requestId: request.requestId, api: request.api };

    let started: Awaited<ReturnType<typeof startModelStream>>;
    let metered: MeteredCall;
    let upstreamStarted = 0;
    const inputReport = { redacted: 0 };
    try {
      const messages = await guardMessages({
        report: inputReport,
        db,
        logger,
        metrics,
        firewall,
        policy: request.policy,
        messages: request.messages,
        context: threatContext,
        ...(request.checkedMessages ? { checkedMessages: request.checkedMessages } : {}),
      });
      upstreamStarted = performance.now();
      started = await startModelStream({
        models: [async () => primary, ...loaders.slice(1)],
        signal: request.signal,
        timeoutMs: ai.upstreamTimeoutMs,
        stream: request.stream ?? true,
        options: {
          ...(request.system !== undefined ? { system: request.system } : {}),
          messages,
          ...(request.tools ? { tools: request.tools } : {}),
          ...(request.toolChoice ? { toolChoice: request.toolChoice } : {}),
          maxSteps: request.maxSteps,
          maxOutputTokens,
          ...(request.settings ? { settings: request.settings } : {}),
          ...(request.allowSystemInMessages ? { allowSystemInMessages: true } : {}),
          onToolResult: async (event) => {
            const began = performance.now();
            let status: 'ok' | 'error' | 'blocked' = event.isError ? 'error' : 'ok';
            let replacement: string | undefined;
            try {
              const [safe] = await guardTexts({
                db,
                logger,
                metrics,
                firewall,
                policy: request.policy,
                texts: [{ text: event.text, direction: 'context' }],
                context: threatContext,
              });
              if (safe !== event.text) replacement = safe;
            } catch (error) {
              if (!isAppError(error) || error.code !== 'CONTENT_BLOCKED') throw error;
              status = 'blocked';
              replacement = `[The result of ${event.toolName} was withheld by the firewall: ${error.message}]`;
            }
            await recordToolCall({
              db,
              organizationId,
              appId: request.appId,
              requestId: request.requestId,
              tool: event.toolName,
              input: event.input,
              output: replacement ?? event.text,
              status,
              durationMs: performance.now() - began,
            }).catch((error: unknown) => logger.error({ err: error }, 'could not record a tool call'));
            return replacement;
          },
        },
      });
      const got = call ?? (await placed);
      if (!got) {
        // Started ahead, but the hold was refused after all: nothing leaves, the upstream call stops.
        started.abort('the hold was refused');
        logger.warn({ organizationId, requestId: request.requestId }, 'a hold placed ahead of the model was refused');
        throw refusal;
      }
      metered = got;
    } catch (error) {
      const metered = call ?? (await placed);
      // Without a hold the refusal is the answer, as it would have been had the hold been placed first.
      if (!metered) throw refusal ?? error;
      await metered.void(
        isAppError(error) && error.code === 'CONTENT_BLOCKED' ? 'blocked by the firewall' : 'failed before output',
      );
      throw error;
    }

    const report: OutputGuardReport = { findings: [], text: '', scanMs: 0 };
    let resolveOutcome: (outcome: ChatOutcome) => void = () => {};
    const outcome = new Promise<ChatOutcome>((resolve) => {
      resolveOutcome = resolve;
    });

    async function* parts(): AsyncGenerator<Part> {
      let usage: TokenUsage | null = null;
      let status: ChatOutcome['status'] = 'aborted';
      let failure: AppError | undefined;
      let produced = false;
      let charged: bigint | null = null;
      // The settlement is submitted to the ledger before the last part goes out but not waited for: the answer does
      // not pay for the commit, and a read of the balance on this instance waits for it (Ledger.settledWrites), so
      // a client that has read the whole answer still sees the balance it paid.
      let settling: Promise<void> | null = null;
      const settle = async () => {
        charged = 0n;
        const final = usage ?? { promptTokens, completionTokens: Math.ceil(report.text.length / 4) };
        if (status === 'blocked' || !produced) {
          await metered.void(status === 'blocked' ? 'answer blocked by the firewall' : 'no output');
        } else {
          charged = chargeOf({ price, usage: final, held: metered.hold.amount });
          await metered.settle(charged);
        }
      };
      const settleOnce = (): Promise<void> => {
        settling ??= settle();
        return settling;
      };
      const toFailure = (error: unknown) =>
        isAppError(error)
          ? error
          : new AppError('UPSTREAM_FAILED', { message: 'The model failed while answering.', cause: error });
      try {
        let first = true;
        for await (const part of guardOutputParts({
          parts: started.parts,
          options: {
            policy: request.policy,
            ...(request.system ? { systemPrompt: request.system } : {}),
            // An answer sent in one piece is scanned in one piece: nobody reads it earlier, so windows would only
            // scan the same text twice.
            ...(request.stream === false ? ONE_PIECE_SCAN : {}),
          },
          report,
        })) {
          if (part.type === 'text-delta' || part.type === 'tool-call') {
            if (first)
              metrics.timeToFirstToken.observe({ api: request.api }, (performance.now() - requestStarted) / 1000);
            first = false;
            produced = true;
          }
          if (part.type === 'finish') {
            usage = {
              promptTokens: part.totalUsage.inputTokens ?? promptTokens,
              completionTokens: part.totalUsage.outputTokens ?? Math.ceil(report.text.length / 4),
            };
            status = 'completed';
            void settleOnce();
          } else if (part.type === 'abort' || (part.type === 'error' && request.signal.aborted)) {
            // Stopped by the caller: the answer so far stands; settled below for what was produced.
            status = 'aborted';
            break;
          } else if (part.type === 'error') {
            failure = toFailure(part.error);
            status = 'failed';
            await settleOnce();
          }
          yield part;
        }
      } catch (error) {
        if (request.signal.aborted && !(isAppError(error) && error.code === 'CONTENT_BLOCKED')) {
          // Stopped by the caller (disconnect, stop button): not a failure; settle for what was produced.
          status = 'aborted';
          return;
        }
        failure = toFailure(error);
        status = failure.code === 'CONTENT_BLOCKED' ? 'blocked' : 'failed';
        started.abort(status === 'blocked' ? 'blocked by the firewall' : 'failed');
        await settleOnce();
        yield { type: 'error', error: failure };
      } finally {
        if (status === 'aborted') started.abort('client went away');
        // The bookkeeping after the answer runs on its own: the stream ends now, `outcome` resolves when it is done.
        const upstreamSeconds = (performance.now() - upstreamStarted) / 1000;
        void settleOnce()
          .then(() => recordOutcome(upstreamSeconds))
          .catch((error: unknown) => logger.error({ err: error }, 'could not record the end of a call'));
      }

      async function recordOutcome(upstreamSeconds: number): Promise<void> {
        const final: TokenUsage = usage ?? { promptTokens, completionTokens: Math.ceil(report.text.length / 4) };
        try {
          await recordTokenUsage({ limiter, principal, tokens: final.completionTokens }).catch(() => {});
          metrics.aiRequests.inc({ api: request.api, outcome: status });
          metrics.upstreamSeconds.observe({ api: request.api, outcome: status }, upstreamSeconds);
          if (charged) metrics.tokensCharged.inc({ api: request.api }, Number(charged));
          metrics.firewallSeconds.observe({ direction: 'output' }, report.scanMs / 1000);
          countFindings({
            metrics,
            verdict: {
              findings: report.findings,
              ...(request.policy.mode === 'shadow' ? { shadow: true as const } : {}),
            },
            direction: 'output',
          });
          await recordOutputThreat({ deps, context: threatContext, report, policy: request.policy }).catch(
            (error: unknown) => logger.error({ err: error }, 'could not store a threat event'),
          );
        } finally {
          // Whatever failed above, the caller learns how the call ended.
          resolveOutcome({
            status,
            text: report.text,
            usage: final,
            charged: charged ?? 0n,
            redacted:
              request.policy.mode === 'enforce' && report.findings.some((finding) => finding.action === 'redact'),
            inputRedacted: inputReport.redacted > 0,
            ...(failure ? { error: failure } : {}),
          });
        }
      }
    }

    return { model: started.model, parts: parts(), outcome };
  }
}
