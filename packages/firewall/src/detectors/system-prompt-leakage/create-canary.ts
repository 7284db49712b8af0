import { randomInt } from 'node:crypto';

/**
 * A per-request canary: `token` is what the firewall looks for in the answer, `marker` what the caller appends to the
 * system prompt — an HTML comment, which models treat as markup rather than an instruction and which no honest answer
 * repeats. A model that prints it has leaked its system prompt.
 */
export interface Canary {
  readonly token: string;
  readonly marker: string;
}

// 32 letters and digits, without l, o, 0 and 1 (easily confused when a model retypes them).
const ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';
const RANDOM_CHARACTERS = 16; // 80 bits: never produced by chance, not even inside a long answer

/**
 * Makes a fresh random canary for one request (80 random bits).
 *
 * @example
 * const canary = createCanary(); // { token: 'sgc_k2j9x2m8q6p8a9bz', marker: '<!-- sgc_k2j9x2m8q6p8a9bz -->' }
 * const system = `${systemPrompt}\n\n${canary.marker}`;
 * analyzeText({ text: answer, direction: 'output', canary: canary.token }); // blocks if the answer repeats it
 */
export function createCanary(): Canary {
  let random = '';
  for (let i = 0; i < RANDOM_CHARACTERS; i++) random += ALPHABET[randomInt(ALPHABET.length)];
  const token = `sgc_${random}`;
  return { token, marker: `<!-- ${token} -->` };
}
