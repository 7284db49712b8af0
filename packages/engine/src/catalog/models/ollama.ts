import type { CatalogEntry } from '../catalog-entry.js';
import { CHAT_TOOLS, EMBEDDINGS } from './capabilities.js';

/**
 * Common models of a self-hosted Ollama server. They cost the platform no provider fees; the minimum price of one
 * platform token per 1,000 model tokens covers the platform's own work. Any other model an Ollama server has can
 * still be used by id (`ollama/<name>`); it is just not listed here.
 */
export const OLLAMA_MODELS: CatalogEntry[] = [
  {
    id: 'ollama/llama3.1',
    provider: 'ollama',
    model: 'llama3.1',
    label: 'Llama 3.1 8B (Ollama)',
    capabilities: CHAT_TOOLS,
    contextWindow: 128_000,
    maxOutputTokens: 8_192,
    prices: { promptPer1K: 1, completionPer1K: 1 },
    isLLM: true,
  },
  {
    id: 'ollama/qwen2.5',
    provider: 'ollama',
    model: 'qwen2.5',
    label: 'Qwen 2.5 7B (Ollama)',
    capabilities: CHAT_TOOLS,
    contextWindow: 32_768,
    maxOutputTokens: 8_192,
    prices: { promptPer1K: 1, completionPer1K: 1 },
    isLLM: true,
  },
  {
    id: 'ollama/nomic-embed-text',
    provider: 'ollama',
    model: 'nomic-embed-text',
    label: 'nomic-embed-text (Ollama)',
    capabilities: EMBEDDINGS,
    contextWindow: 8_192,
    maxOutputTokens: 0,
    prices: { promptPer1K: 1, completionPer1K: 0 },
    isLLM: true,
  },
];
