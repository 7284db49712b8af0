export type { PseudonymVault } from './create-pseudonym-vault.js';
export { createPseudonymVault } from './create-pseudonym-vault.js';
export type { Replacement } from './redact-text.js';
export { redactText } from './redact-text.js';
export { labelOf, replacementFor } from './replacement-for.js';
