import { AppError } from '@sigmacode/core';
import { tool } from 'ai';
import { z } from 'zod';
import type { BuiltinTool } from '../builtin-tool.js';
import { htmlToText } from './html-to-text.js';

const WebPageInputSchema = z.object({
  url: z
    .url({ protocol: /^https?$/ })
    .max(2_048)
    .describe('The http or https URL of the page'),
  maxChars: z
    .number()
    .int()
    .min(500)
    .max(50_000)
    .default(20_000)
    .describe('Longest text to return (default 20,000 characters)'),
});

/**
 * `web_page`: fetches a public web page through the SSRF-safe fetch and answers its title and readable text
 * (`htmlToText`), cut at `maxChars`. Plain-text pages are returned as they are; other content types are refused.
 *
 * @example
 * await tools.web_page.execute({ url: 'https://example.com/' }, options) // { title: 'Example Domain', text: '# Example Domain …' }
 */
export const webPageTool: BuiltinTool = {
  name: 'web_page',
  create: ({ fetch }) =>
    tool({
      description:
        'Read a public web page: returns its title and its text (headings as #, links with their URLs), without ' +
        'scripts, styles or markup.',
      inputSchema: WebPageInputSchema,
      execute: async ({ url, maxChars }, { abortSignal }) => {
        const response = await fetch({
          url,
          headers: { accept: 'text/html,application/xhtml+xml,text/plain;q=0.9' },
          signal: abortSignal,
        });
        const contentType = (response.headers['content-type'] ?? '').toLowerCase();
        const isHtml = contentType.includes('html') || (contentType === '' && /<html|<body|<p\b/i.test(response.body));
        if (!isHtml && !contentType.startsWith('text/')) {
          throw new AppError('UNSUPPORTED_MEDIA_TYPE', {
            message: `The page is not HTML or text (${contentType || 'no content type'}).`,
            details: { contentType },
          });
        }
        const page = isHtml
          ? htmlToText({ html: response.body, baseUrl: response.url })
          : { title: '', text: response.body };
        return {
          url: response.url,
          status: response.status,
          title: page.title,
          text: page.text.slice(0, maxChars),
          truncated: response.truncated || page.text.length > maxChars,
        };
      },
    }),
};
