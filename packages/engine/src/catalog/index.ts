export type { CatalogEntry, CatalogProvider } from './catalog-entry.js';
export { CATALOG_PROVIDERS, CatalogEntrySchema } from './catalog-entry.js';
export { findCatalogEntry, getCatalogEntry, listCatalogEntries, MODEL_CATALOG } from './model-catalog.js';
export type { ResolvedModelId } from './resolve-model-id.js';
export { resolveModelId } from './resolve-model-id.js';
