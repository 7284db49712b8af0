export { type ApiKeyRow, apiKeys } from './api-keys.js';
