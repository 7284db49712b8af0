export * from './agent/index.js';
export * from './catalog/index.js';
export * from './credentials/index.js';
export * from './echo/index.js';
export * from './mcp/index.js';
export type * from './model-types.js';
export * from './models/index.js';
export * from './providers/index.js';
export * from './tools/index.js';
