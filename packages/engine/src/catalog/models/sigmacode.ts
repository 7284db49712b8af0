import type { CatalogEntry } from '../catalog-entry.js';
import { EMBEDDINGS } from './capabilities.js';

/**
 * The built-in development models. They run in process without network or keys, so the platform can be tried and
 * tested end to end; they are not LLMs. They cost no usage (prices 0): calls to them are charged only their action's
 * price, so billing is exercised without metering tokens nobody pays a provider for.
 */
export const SIGMACODE_MODELS: CatalogEntry[] = [
  {
    id: 'sigmacode/echo',
    provider: 'sigmacode',
    model: 'echo',
    label: 'Echo (development model)',
    description:
      'A development model, not an LLM: it answers "Echo: <your last message>" deterministically, can call a tool ' +
      'on request (/tool <name> <json-args>) and simulate failures (/fail, /fail-after <n>). For trying and ' +
      'testing the platform without a provider.',
    capabilities: { chat: true, tools: true, vision: false, embeddings: false, streaming: true },
    contextWindow: 1_000_000,
    maxOutputTokens: 100_000,
    prices: { promptPer1K: 0, completionPer1K: 0 },
    isLLM: false,
  },
  {
    id: 'sigmacode/echo-embedding',
    provider: 'sigmacode',
    model: 'echo-embedding',
    label: 'Echo embedding (development model)',
    description:
      'A development embedding model, not a neural one: deterministic hashed bag-of-words vectors (64 dimensions), ' +
      'so texts sharing words are similar. For testing retrieval without a provider.',
    capabilities: EMBEDDINGS,
    contextWindow: 1_000_000,
    maxOutputTokens: 0,
    prices: { promptPer1K: 0, completionPer1K: 0 },
    isLLM: false,
  },
];
