import type { EmbeddingModel, LanguageModel } from 'ai';

/*
 * The AI SDK's model specification types (version 3), derived from what `ai` exports so the engine depends only on
 * the packages it declares (`@ai-sdk/provider` is a dependency of `ai`, not of the engine).
 */

/** A language model implementing the AI SDK's LanguageModelV3 specification. */
export type LanguageModelV3 = Extract<LanguageModel, { specificationVersion: 'v3' }>;

/** An embedding model implementing the AI SDK's EmbeddingModelV3 specification. */
export type EmbeddingModelV3 = Extract<EmbeddingModel, { specificationVersion: 'v3' }>;

/** What `doGenerate` and `doStream` receive. */
export type LanguageModelV3CallOptions = Parameters<LanguageModelV3['doStream']>[0];

/** One message of the provider-level prompt. */
export type LanguageModelV3Message = LanguageModelV3CallOptions['prompt'][number];

/** What `doGenerate` resolves to. */
export type LanguageModelV3GenerateResult = Awaited<ReturnType<LanguageModelV3['doGenerate']>>;

/** One part of the stream `doStream` returns. */
export type LanguageModelV3StreamPart =
  Awaited<ReturnType<LanguageModelV3['doStream']>>['stream'] extends ReadableStream<infer Part> ? Part : never;

/** Token usage as a LanguageModelV3 reports it. */
export type LanguageModelV3Usage = LanguageModelV3GenerateResult['usage'];

/** What `doEmbed` receives. */
export type EmbeddingModelV3CallOptions = Parameters<EmbeddingModelV3['doEmbed']>[0];

/** What `doEmbed` resolves to. */
export type EmbeddingModelV3Result = Awaited<ReturnType<EmbeddingModelV3['doEmbed']>>;
