import type { CatalogEntry } from '../catalog-entry.js';

/** Capability presets, so each entry states only what differs. */
export const CHAT_TOOLS_VISION: CatalogEntry['capabilities'] = {
  chat: true,
  tools: true,
  vision: true,
  embeddings: false,
  streaming: true,
};

export const CHAT_TOOLS: CatalogEntry['capabilities'] = { ...CHAT_TOOLS_VISION, vision: false };

export const EMBEDDINGS: CatalogEntry['capabilities'] = {
  chat: false,
  tools: false,
  vision: false,
  embeddings: true,
  streaming: false,
};
