import { defineConfig } from 'vitest/config';

// Workspace packages export a "source" condition pointing at their TypeScript, so tests need no build step.
export default defineConfig({
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'], externalConditions: ['source'] } },
  test: {
    include: [
      'packages/*/src/**/*.test.ts',
      'apps/*/src/**/*.test.ts',
      'apps/web/e2e/**/*.test.ts',
      'bench/**/*.test.ts',
      'test/**/*.test.ts',
    ],
    exclude: ['**/node_modules/**', '**/dist/**', 'apps/web/e2e/artifacts/**'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores: PGlite instances and PostgreSQL databases per file are heavy; keep parallelism modest.
    maxWorkers: 2,
    // eventsource-parser (used by the AI SDK) also exports a "source" condition, pointing at TypeScript that Node
    // cannot load; letting Vite transform these packages makes the condition harmless.
    server: {
      deps: {
        inline: [
          'ai',
          /@ai-sdk\//,
          'eventsource-parser',
          'eventsource',
          'ollama-ai-provider-v2',
          '@modelcontextprotocol/sdk',
        ],
      },
    },
  },
});
