import { z } from 'zod';

/** Console API (`/api/...`) error body. */
export const ConsoleErrorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    requestId: z.string(),
    details: z.record(z.string(), z.unknown()).optional(),
  }),
});
export type ConsoleErrorBody = z.infer<typeof ConsoleErrorBodySchema>;

/** OpenAI-compatible API (`/v1/...`) error body, as OpenAI sends it. */
export const OpenAIErrorBodySchema = z.object({
  error: z.object({
    message: z.string(),
    type: z.string(),
    code: z.string().nullable(),
    param: z.string().nullable().optional(),
  }),
});
export type OpenAIErrorBody = z.infer<typeof OpenAIErrorBodySchema>;

/** Dify-compatible API (`/api/dify/v1/...`) error body, as Dify sends it. */
export const DifyErrorBodySchema = z.object({
  code: z.string(),
  message: z.string(),
  status: z.number().int(),
});
export type DifyErrorBody = z.infer<typeof DifyErrorBodySchema>;
