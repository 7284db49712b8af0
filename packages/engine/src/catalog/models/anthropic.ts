import type { CatalogEntry } from '../catalog-entry.js';
import { CHAT_TOOLS_VISION } from './capabilities.js';

/** Anthropic models (no embeddings). Prices follow the rule written in `model-catalog.ts`. */
export const ANTHROPIC_MODELS: CatalogEntry[] = [
  {
    id: 'anthropic/claude-opus-4-1',
    provider: 'anthropic',
    model: 'claude-opus-4-1',
    label: 'Claude Opus 4.1',
    capabilities: CHAT_TOOLS_VISION,
    contextWindow: 200_000,
    maxOutputTokens: 32_000,
    prices: { promptPer1K: 3, completionPer1K: 15 },
    isLLM: true,
  },
  {
    id: 'anthropic/claude-sonnet-4-5',
    provider: 'anthropic',
    model: 'claude-sonnet-4-5',
    label: 'Claude Sonnet 4.5',
    capabilities: CHAT_TOOLS_VISION,
    contextWindow: 200_000,
    maxOutputTokens: 64_000,
    prices: { promptPer1K: 1, completionPer1K: 3 },
    isLLM: true,
  },
  {
    id: 'anthropic/claude-haiku-4-5',
    provider: 'anthropic',
    model: 'claude-haiku-4-5',
    label: 'Claude Haiku 4.5',
    capabilities: CHAT_TOOLS_VISION,
    contextWindow: 200_000,
    maxOutputTokens: 64_000,
    prices: { promptPer1K: 1, completionPer1K: 1 },
    isLLM: true,
  },
];
