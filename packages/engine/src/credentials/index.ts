export type { SecretBox } from './create-secret-box.js';
export { createSecretBox } from './create-secret-box.js';
