import type { CatalogEntry } from '../catalog-entry.js';
import { CHAT_TOOLS_VISION, EMBEDDINGS } from './capabilities.js';

/** Google Gemini models. Prices follow the rule written in `model-catalog.ts`. */
export const GOOGLE_MODELS: CatalogEntry[] = [
  {
    id: 'google/gemini-2.5-pro',
    provider: 'google',
    model: 'gemini-2.5-pro',
    label: 'Gemini 2.5 Pro',
    capabilities: CHAT_TOOLS_VISION,
    contextWindow: 1_048_576,
    maxOutputTokens: 65_536,
    prices: { promptPer1K: 1, completionPer1K: 2 },
    isLLM: true,
  },
  {
    id: 'google/gemini-2.5-flash',
    provider: 'google',
    model: 'gemini-2.5-flash',
    label: 'Gemini 2.5 Flash',
    capabilities: CHAT_TOOLS_VISION,
    contextWindow: 1_048_576,
    maxOutputTokens: 65_536,
    prices: { promptPer1K: 1, completionPer1K: 1 },
    isLLM: true,
  },
  {
    id: 'google/gemini-2.5-flash-lite',
    provider: 'google',
    model: 'gemini-2.5-flash-lite',
    label: 'Gemini 2.5 Flash-Lite',
    capabilities: CHAT_TOOLS_VISION,
    contextWindow: 1_048_576,
    maxOutputTokens: 65_536,
    prices: { promptPer1K: 1, completionPer1K: 1 },
    isLLM: true,
  },
  {
    id: 'google/gemini-embedding-001',
    provider: 'google',
    model: 'gemini-embedding-001',
    label: 'Gemini Embedding',
    capabilities: EMBEDDINGS,
    contextWindow: 2_048,
    maxOutputTokens: 0,
    prices: { promptPer1K: 1, completionPer1K: 0 },
    isLLM: true,
  },
];
