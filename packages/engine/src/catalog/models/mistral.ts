import type { CatalogEntry } from '../catalog-entry.js';
import { CHAT_TOOLS, CHAT_TOOLS_VISION, EMBEDDINGS } from './capabilities.js';

/** Mistral models. Prices follow the rule written in `model-catalog.ts`. */
export const MISTRAL_MODELS: CatalogEntry[] = [
  {
    id: 'mistral/mistral-large-latest',
    provider: 'mistral',
    model: 'mistral-large-latest',
    label: 'Mistral Large',
    capabilities: CHAT_TOOLS,
    contextWindow: 128_000,
    maxOutputTokens: 32_768,
    prices: { promptPer1K: 1, completionPer1K: 2 },
    isLLM: true,
  },
  {
    id: 'mistral/mistral-small-latest',
    provider: 'mistral',
    model: 'mistral-small-latest',
    label: 'Mistral Small',
    capabilities: CHAT_TOOLS_VISION,
    contextWindow: 128_000,
    maxOutputTokens: 32_768,
    prices: { promptPer1K: 1, completionPer1K: 1 },
    isLLM: true,
  },
  {
    id: 'mistral/mistral-embed',
    provider: 'mistral',
    model: 'mistral-embed',
    label: 'Mistral Embed',
    capabilities: EMBEDDINGS,
    contextWindow: 8_192,
    maxOutputTokens: 0,
    prices: { promptPer1K: 1, completionPer1K: 0 },
    isLLM: true,
  },
];
