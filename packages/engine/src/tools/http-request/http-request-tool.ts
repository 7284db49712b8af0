import { tool } from 'ai';
import { z } from 'zod';
import type { BuiltinTool } from '../builtin-tool.js';

/** The most body text handed to the model; a longer body is cut and marked `truncated`. */
export const HTTP_REQUEST_MAX_CHARS = 20_000;

const HttpRequestInputSchema = z.object({
  url: z
    .url({ protocol: /^https?$/ })
    .max(2_048)
    .describe('An http or https URL on the public internet'),
  method: z.enum(['GET', 'POST']).default('GET'),
  headers: z
    .record(z.string().min(1).max(100), z.string().max(2_000))
    .refine((headers) => Object.keys(headers).length <= 20, { message: 'at most 20 headers' })
    .optional()
    .describe('Request headers'),
  body: z.string().max(100_000).optional().describe('Request body for POST (e.g. JSON text)'),
});

/**
 * `http_request`: GET or POST to a public URL through the SSRF-safe fetch. Answers the status, content type and
 * the body as text (cut at HTTP_REQUEST_MAX_CHARS characters).
 *
 * @example
 * await tools.http_request.execute({ url: 'https://api.example.com/items', method: 'GET' }, options)
 */
export const httpRequestTool: BuiltinTool = {
  name: 'http_request',
  create: ({ fetch }) =>
    tool({
      description:
        'Send an HTTP GET or POST request to a public URL and get the status, content type and response body as ' +
        'text. Private and internal addresses are refused.',
      inputSchema: HttpRequestInputSchema,
      execute: async ({ url, method, headers, body }, { abortSignal }) => {
        const response = await fetch({ url, method, headers, body, signal: abortSignal });
        const truncated = response.truncated || response.body.length > HTTP_REQUEST_MAX_CHARS;
        return {
          url: response.url,
          status: response.status,
          contentType: response.headers['content-type'] ?? null,
          body: response.body.slice(0, HTTP_REQUEST_MAX_CHARS),
          truncated,
        };
      },
    }),
};
