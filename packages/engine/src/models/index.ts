export type { ModelForIdOptions } from './model-for-id.js';
export { embeddingModelFor, languageModelFor } from './model-for-id.js';
